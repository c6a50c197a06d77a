"""English for the 座次 dialog's rows kept centred with no gaps (a seat moved into an empty cell
re-centres its row at once); same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "已调整，尚未保存（各排居中排列，不留空位）": (
        "Adjusted, not saved yet (each row is centred, with no empty seats)"
    ),
    "各排居中排列，不留空位：此次移动未改变座次": (
        "Each row is centred, with no empty seats: this move changed no seat"
    ),
    "各排居中排列，不留空位：此次移动未改变座次；之前的调整尚未保存": (
        "Each row is centred, with no empty seats: this move changed no seat; "
        "the earlier changes are not saved yet"
    ),
}
