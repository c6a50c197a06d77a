"""English for the 信息 flow fixes: 删除空期 (an empty issue removed, the later ones numbered up).

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "删除空期": "Remove empty issue",
    "删除《%1》%2年第%3期（总第%4期）？\n其后未印发的各期期号、总期号依次提前一号。":
        "Remove %1, %2 issue %3 (overall no. %4)?\nThe later issues not yet issued each move up "
        "one number, in the year and overall.",
}
