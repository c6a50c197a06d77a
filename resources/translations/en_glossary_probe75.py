"""English for probe75's new words (a clerk's workstation walked in Chinese and English). Same
format as en_glossary.py (scripts/fill_translations.py reads it beside it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- ui.meetings: the conflict check says nothing is clear before there is anything to check
    "填写开始和结束时间后检查冲突。": "Conflicts are checked once the start and end times are typed.",
}
