"""English for the keyboard walk of 会议 座次, 纪要, 取消会议 and 登录 (probe51): the seating's
Ctrl+Z and name search, the cancel question's own answers, the log-in's Caps Lock line. Same
format as en_glossary.py (scripts/fill_translations.py reads it beside it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "台下面向主席台的视角。拖动姓名到另一座位即互换；或选中后按 Ctrl+方向键移动，Ctrl+Z 撤销；输入姓名即找到其座位。Ctrl+S 保存，Ctrl+P 保存并打印座次表。": (
        "Seen from the floor facing the podium. Drag a name onto another seat to swap; or select "
        "and press Ctrl+arrow keys to move, Ctrl+Z to undo; type a name to find his seat. "
        "Ctrl+S saves, Ctrl+P saves and prints the seating chart."
    ),
    "已撤销一步调整": "One move undone",
    "已撤销一步调整，尚未保存": "One move undone, not saved yet",
    "不取消": "Keep meeting",
    "大写锁定": "Caps Lock",
    "大写锁定已打开": "Caps Lock is on",
}
