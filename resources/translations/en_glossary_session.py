"""English for the GUI strings of a session that ends (core.session, ui.session)."""

GLOSSARY = {
    "请重新登录": "Log in again",
    "您的账号已被停用或权限已变更，请重新登录。":
        "Your account has been stopped or its permissions have changed. Please log in again.",
}
