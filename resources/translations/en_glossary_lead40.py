"""English for the lead's Chinese strings of session 40 (a damaged file an upgrade stops at)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "发文字号“%1”是本机关发文字号（%2）中还没有发出的号：发文登记簿以后会把它发给另一份公文，两份公文"
    "就同用一个字号。会议通知作为发文办理的，请先在发文中取号，再把发出的字号填在这里；不作为发文的，"
    "请用另外的字号（如 明电）。":
        "Document no. “%1” is one of this office's own document numbers (%2) that the outgoing register"
        " has not issued yet: the register would later issue it to another document, and two documents"
        " would share one number. If the notice goes out as an outgoing document, take its number there"
        " first and enter the issued number here; if not, use another kind of number (such as 明电).",
    "尚无办理记录": "No steps taken yet",
    "数据库文件已损坏，不能升级到本程序的版本（升级前要先备份，损坏的文件备份不了）；数据库没有升级，"
    "也没有改动。请从最近的完好备份恢复（命令行：officedesk restore 备份文件），或联系管理员；"
    "officedesk check 可查看损坏之处。":
        "The database file is damaged and cannot be upgraded to this version of the program (an upgrade"
        " first takes a backup, and a damaged file cannot be backed up); the database was neither"
        " upgraded nor changed. Restore it from the latest sound backup (command line: officedesk"
        " restore BACKUP-FILE), or ask the administrator; officedesk check shows where it is damaged.",
}
