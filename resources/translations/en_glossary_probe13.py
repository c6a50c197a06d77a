"""English for the texts probe13 added (the 问题类别 form).

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "每行一个类别（Ctrl+Enter 保存）：": "One category a line (Ctrl+Enter saves):",
}
