"""English for the fourth keyboard probe's fixes (用户管理's questions naming the user, 已发通知
naming the meeting); same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "%1 的新角色：": "New role of %1:",
    "%1 可查看的最高密级：": "Highest classification %1 may see:",
    "确定停用用户 %1 吗？停用后该用户不能登录，记录保留。":
        "Disable the user %1? A disabled user cannot log in; their records are kept.",
    "确定“%1”（%2）的会议通知已经发出吗？记为已发后不能撤回：通知内容即固定，此后改动时间或地点，须印发更正通知。":
        "Has the notice of “%1” (%2) been sent? Once recorded as sent this cannot be undone: the "
        "notice is fixed, and a later change of time or place needs a correction notice.",
}
