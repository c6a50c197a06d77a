"""English for the GUI strings of a session that ends (core.session, ui.session): the account
stopped, its role or 密级权限 changed, or its password changed elsewhere."""

GLOSSARY = {
    "请重新登录": "Log in again",
    "您的账号已被停用或权限已变更，请重新登录。":
        "Your account has been stopped or its permissions have changed. Please log in again.",
    "您的密码已被修改（管理员重置，或在另一台工作站上修改），请用新密码重新登录。":
        "Your password has been changed (reset by an administrator, or changed on another "
        "workstation). Please log in again with the new password.",
}
