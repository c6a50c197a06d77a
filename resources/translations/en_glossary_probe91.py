"""English for probe91's fixes (a clerk's day in 会议 and 督查 by keys): the 新建会议 window's
开始时间 takes Alt+T, so Alt+S is 保存 there as in every form; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "开始时间(&T)": "S&tarts",
}
