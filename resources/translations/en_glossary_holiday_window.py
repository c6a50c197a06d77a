"""English for the 节假日调整 dialog's word on what a change did to the deadlines.

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "重算结果": "Deadlines recounted",
    "已添加 %1（%2）；重算期限 %3 件。": "Added %1 (%2); deadlines recounted: %3.",
    "已删除 %1（%2）的调整；重算期限 %3 件。": "Removed the adjustment of %1 (%2); deadlines recounted: %3.",
}
