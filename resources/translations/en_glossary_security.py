"""English for the GUI strings of the security work (issue 10)."""

GLOSSARY = {
    "用户名或密码不正确，或账号已停用、已锁定（连续输错 %1 次锁定 %2 分钟）。请核对后再试；仍不能登录的，请管理员解锁。":
        "Wrong user name or password, or the account is stopped or locked (%1 wrong tries lock it "
        "for %2 minutes). Check and try again; if you still cannot log in, ask the administrator "
        "to unlock it.",
    "已备份到 %1\n审计校验码：%2（请抄录保存，日后用于核对）":
        "Backed up to %1\nAudit check code: %2 (write it down and keep it; it is used for later checks)",
    "用备份替换当前数据库的全部内容吗？备份之后新建或修改的记录将不在恢复后的数据库中；当前数据库会先另存一份。":
        "Replace the whole database with the backup? Records created or changed after the backup "
        "will not be in the restored database; the current database is saved aside first.",
}
