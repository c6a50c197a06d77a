"""English for probe120's strings: files other accounts of the machine can read (check)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # check's kind of problem (core.check.KIND_LABELS)
    "文件权限": "File permissions",
    # core.file_check: who besides the owner may, and what
    "本机所有账户": "every account on this computer",
    "组 %1 的成员（%2）": "the members of group %1 (%2)",
    "可读": " can read it",
    "可写": " can write it",
    "可读写": " can read and write it",
    "数据文件夹 %1": "the data folder %1",
    "数据库文件 %1": "the database file %1",
    "数据库的 %1 文件": "the database's %1 file",
    "备份文件夹 %1": "the backups folder %1",
    "附件文件夹 %1": "the attachments folder %1",
    "%1（%2，权限 %3）": "%1 (%2; permissions %3)",
    "备份文件夹中的 %1 个备份（%2，如 %3）": "%1 backups in the backups folder (%2; e.g. %3)",
    "本机其他账户能读取（或改写）本单位的数据：%1。命令行不需登录，能读到这些文件就能看到全部密级的记录和"
    "未遮盖的身份证号、电话，能写就能改动或换掉数据。请管理员运行：%2": (
        "Other accounts on this computer can read (or change) the office's data: %1. The command "
        "line needs no log-in: whoever can read these files sees every record at every classification "
        "level and ID numbers and phones unmasked; whoever can write them can change or replace the "
        "data. The administrator should run: %2"
    ),
    "数据库所在的文件夹 %1 %2（权限 %3）：别人能删除数据库文件或换成另一个。请管理员运行：%4": (
        "In the database's folder %1, %2 (permissions %3): others can delete the database file or "
        "put another in its place. The administrator should run: %4"
    ),
}
