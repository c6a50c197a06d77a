"""English for 我的待办 and the 工作台 telling a 突发事件's report clock in hours and minutes.

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "剩 %1": "%1 left",
    "已超 %1": "%1 overdue",
    "%1 天": "%1 d",
    "剩余时间": "Time left",
}
