"""English for the twenty-second review's fixes: an import with nothing to skip to, a restore
that names the backup before it asks, 另存为 PDF over an existing file; same format as
en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- 导入: nothing was written
    "没有导入": "Nothing imported",
    # ---- 另存为 PDF: the .pdf written exists, and the file dialog asked about another name
    "“%1”已存在。要用这份 PDF 替换它吗？它原有的内容将丢失。":
        "“%1” already exists. Replace it with this PDF? Its present content will be lost.",
    # ---- 从备份恢复: the backup checked, then named in the question
    "正在检查备份…": "Checking the backup…",
    "正在恢复…": "Restoring…",
    "%1 %2 条": "%1: %2",
    "没有记录": "no records",
    "%1（代字 %2）": "%1 (code %2)",
    "名称未知": "name unknown",
    "未知": "unknown",
    "用这个备份替换当前数据库的全部内容吗？\n"
    "备份文件：%1\n机关：%2\n备份中的最后一次操作：%3\n备份中的记录：%4\n\n"
    "备份之后新建或修改的记录将不在恢复后的数据库中；当前数据库会先另存一份。":
        "Replace the whole content of the current database with this backup?\n"
        "Backup file: %1\nOffice: %2\nLast operation in the backup: %3\nRecords in the backup: %4\n\n"
        "Records created or changed after the backup will not be in the restored database; the "
        "current database is saved aside first.",
}
