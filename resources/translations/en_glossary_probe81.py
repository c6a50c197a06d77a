"""English for probe81's words. Same format as en_glossary.py
(scripts/fill_translations.py reads it beside it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- exchange.reading: an import of a device or a named pipe
    "“%1”不是普通文件（是设备或管道），不能导入。请选择一个 .xlsx 文件。":
        "“%1” is no ordinary file (it is a device or a pipe) and cannot be imported. Please choose an .xlsx file.",
    # ---- store.backup: a restore from a device or a named pipe
    "“%1”不是普通文件（是设备或管道），不是 OfficeDesk 的备份文件。请给出备份文件本身（.db）。":
        "“%1” is no ordinary file (it is a device or a pipe) and no OfficeDesk backup. Give the backup file itself (.db).",
    # ---- core.documents.attachments: the office's database (or a backup) as an attachment
    "“%1”是本程序的数据库文件（或其备份、副本），其中有机关的全部记录（含涉密记录和个人信息），不能作附件。需要交给他人的，请导出（按对方的密级）后附上导出的表格。":
        "“%1” is this program's database (or a backup or copy of it): it holds every record of the office, "
        "classified ones and personal data included, and cannot be an attachment. To hand data to someone, "
        "export it (at their clearance) and attach the exported sheet.",
    # ---- exchange.guard: a shared-string table past the text cap, used by a cell or not
    "其中的共享文字表（工作簿的文字）超过 %1 MB，不像是一张登记表（可能是损坏或恶意构造的文件）。请只把要导入的数据复制到一个新的工作簿，再导入。":
        "its shared-string table (the workbook's text) is over %1 MB, which is no register (the file may be damaged "
        "or crafted). Please copy only the data to import into a new workbook and import that.",
}
