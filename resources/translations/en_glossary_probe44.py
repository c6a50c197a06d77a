"""English for what the command line says where the window's words would send a clerk at a
terminal to a login, a menu or a file dialog (store.db_errors.for_reader), and for the lost
database file's message in both wordings.

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "这个数据库已经初始化，已有用户，没有再初始化。管理用户请用 officedesk users（如 officedesk users "
    "list）；要另建一个机关的数据库，请用 --db 指定一个新文件。":
        "This database is set up already and has users; it was not set up again. Manage users with "
        "officedesk users (such as officedesk users list); for another office's database, name a new "
        "file with --db.",
    "数据库文件“%1”已不在原处（被删除、移走或换成了别的文件），这次没有写入。请先把刚才填写的"
    "内容记下，退出程序，把数据库文件放回原处（或用“恢复备份”从最近的备份恢复）后再打开。":
        "The database file “%1” is no longer where it was (deleted, moved, or replaced by another "
        "file); nothing was written this time. Note down what you just entered, quit the program, "
        "put the database file back (or restore the latest backup with Restore Backup), then open it again.",
    "数据库文件“%1”已不在原处（被删除、移走或换成了别的文件），这次没有写入。请把数据库文件放回"
    "原处（或从最近的备份恢复：officedesk restore 备份文件 --db %1）后重新运行这条命令。":
        "The database file “%1” is no longer where it was (deleted, moved, or replaced by another "
        "file); nothing was written this time. Put the database file back (or restore the latest "
        "backup: officedesk restore BACKUP-FILE --db %1), then run the command again.",
    "“%1”是文件夹，请写出其中的一个文件（一个文件夹可压缩成 .zip 再作附件）。":
        "“%1” is a folder: name a file in it (a folder can be compressed into a .zip and attached).",
    "“%1”不是普通文件（是设备或管道），不能作附件。请写出一个文件。":
        "“%1” is no ordinary file (it is a device or a pipe) and cannot be an attachment. Name a file.",
    "找不到附件文件“%1”，请检查文件名和所在的文件夹。":
        "The attachment file “%1” was not found; check the file's name and its folder.",
    "%1：这项任务（第%2项 %3）在导出后已被 %4 于 %5 改动（%6），表中还是导出时的旧值，"
    "导入会把那次改动改回去，所以这一事项没有导入。请重新导出后再改，或用步骤“修改任务”修改它："
    "officedesk step supervision %7 修改任务 任务序号=%2 字段=值 …":
        "%1: this task (no. %2, %3) was changed by %4 at %5 after the export (%6). The sheet still "
        "holds the values of the export, which would undo that change, so this item was not "
        "imported. Export again and edit that, or change the task with the step 修改任务: "
        "officedesk step supervision %7 修改任务 任务序号=%2 FIELD=VALUE …",
}
