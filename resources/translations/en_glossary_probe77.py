"""English for probe77's words. Same format as en_glossary.py
(scripts/fill_translations.py reads it beside it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- ui.petitions.register_dialog: the 可能的重复件 panel before anything is typed
    "填写信访人或反映内容后，这里列出可能相同的信访。":
        "Petitions that may be the same are listed here once a petitioner or the content is typed.",
}
