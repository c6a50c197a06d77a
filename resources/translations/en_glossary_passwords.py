"""English for the password dialog (工具 → 修改密码, 用户管理 → 重置密码)."""

GLOSSARY = {
    "修改密码": "Change password",
    "修改密码…": "Change password…",
    "原密码": "Current password",
    "新密码": "New password",
    "再输一次新密码": "New password again",
    "提示": "Note",
    "两次输入的新密码不一致，请重新输入。": "The two new passwords differ. Please type them again.",
    "密码已修改。在其他工作站上的登录需要用新密码重新登录。":
        "Password changed. Sessions on other workstations must log in again with the new password.",
}
