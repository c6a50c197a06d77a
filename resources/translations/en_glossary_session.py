"""English for the GUI strings of a session that ends (core.session, ui.session): the account
stopped, its role or 密级权限 changed, or its password changed elsewhere."""

GLOSSARY = {
    "请重新登录": "Log in again",
    "您的账号已被停用或权限已变更，请重新登录。":
        "Your account has been stopped or its permissions have changed. Please log in again.",
    "您的密码已被修改（管理员重置，或在另一台工作站上修改），请用新密码重新登录。":
        "Your password has been changed (reset by an administrator, or changed on another "
        "workstation). Please log in again with the new password.",
    "原密码连续输错，账号已锁定，本次登录已结束。请在锁定期满后重新登录，或请管理员解锁。":
        "The current password was entered wrongly too many times: the account is locked and this "
        "session has ended. Log in again once the lock has run out, or ask the administrator to "
        "unlock it.",
    "原密码连续输错，账号已锁定，本次登录已结束，不能继续操作。请在锁定期满后重新登录，或请管理员解锁。":
        "The current password was entered wrongly too many times: the account is locked and this "
        "session has ended; nothing more can be done in it. Log in again once the lock has run "
        "out, or ask the administrator to unlock it.",
    "原密码不正确，密码没有修改。再输错 %1 次，账号将被锁定 %2 分钟，本次登录随即结束。":
        "The current password is wrong; the password was not changed. %1 more wrong tries lock "
        "the account for %2 minutes and end this session.",
}
