"""English for the lead's words of session 36. Same format as en_glossary.py
(scripts/fill_translations.py reads it beside it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- ui.meetings: the 实到/应到 cell of a held meeting whose sign-in was never kept
    "未登记签到": "No sign-in",
    # ---- ui: a destructive question's button names the act (messages.confirm's yes)
    "恢复": "Restore",
    "替换": "Replace",
    "更名": "Rename",
    "仍要恢复": "Restore anyway",
    "记为已发": "Mark as sent",
    "恢复排列": "Rearrange",
}
