"""English for the lead's words of session 36. Same format as en_glossary.py
(scripts/fill_translations.py reads it beside it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- ui.meetings: the 实到/应到 cell of a held meeting whose sign-in was never kept
    "未登记签到": "No sign-in",
}
