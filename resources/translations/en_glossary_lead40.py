"""English for the lead's Chinese strings of session 40 (a damaged file an upgrade stops at)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "尚无办理记录": "No steps taken yet",
    "数据库文件已损坏，不能升级到本程序的版本（升级前要先备份，损坏的文件备份不了）；数据库没有升级，"
    "也没有改动。请从最近的完好备份恢复（命令行：officedesk restore 备份文件），或联系管理员；"
    "officedesk check 可查看损坏之处。":
        "The database file is damaged and cannot be upgraded to this version of the program (an upgrade"
        " first takes a backup, and a damaged file cannot be backed up); the database was neither"
        " upgraded nor changed. Restore it from the latest sound backup (command line: officedesk"
        " restore BACKUP-FILE), or ask the administrator; officedesk check shows where it is damaged.",
}
