"""English for the 经办人 / 签发人 hint of a clerk who may only record a step for its holder (代录)
(probe59). Same format as en_glossary.py (scripts/fill_translations.py reads it beside it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "代录：填写办理人姓名（本步骤不由您办理）": "Entering for someone: the name of who did it (not your step)",
}
