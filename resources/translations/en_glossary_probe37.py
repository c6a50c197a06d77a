"""English for probe37's messages: an attachment's copy that could not be written (core.documents.
attachments), a pipe given as an attachment, a file that is no database or a damaged one said
with what to do (store.db_errors)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "“%1”是文件夹。请写上要存成的文件名，如 %2。":
        "“%1” is a folder. Give the name of the file to save as, such as %2.",
    "无法保存附件“%1”到“%2”：%3。请检查位置、权限和磁盘空间。":
        "Cannot save the attachment “%1” to “%2”: %3. Check the place, the permissions and the free "
        "disk space.",
    "“%1”不是普通文件（是设备或管道），不能作附件。请选择一个文件。":
        "“%1” is no ordinary file (it is a device or a pipe) and cannot be an attachment. Choose a file.",
    "文件“%1”不是数据库文件（开头没有 SQLite 数据库的标记），没有打开它。可能是%2指错了文件：请改用本机关的"
    "数据库文件。若它确是本机关的数据库，则文件已损坏，请从最近的备份恢复%3。":
        "The file “%1” is no database (it does not begin as an SQLite database does) and was not "
        "opened. The wrong file may have been given%2: use the office's database file. If it is the "
        "office's database, the file is damaged: restore it from the latest backup%3.",
    "：officedesk restore 备份文件 --db %1": ": officedesk restore BACKUP-FILE --db %1",
    "（“恢复备份”）": " (“Restore backup”)",
    "数据库文件已损坏%1。请从最近的备份恢复：officedesk restore 备份文件（当前的数据库会先另存一份），或联系管理员。":
        "The database file is damaged%1. Restore it from the latest backup: officedesk restore "
        "BACKUP-FILE (the current database is kept aside first), or contact the administrator.",
}
