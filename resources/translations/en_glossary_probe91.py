"""English for probe91's fixes (a clerk's day in 会议 and 督查 by keys): the 新建会议 window's
开始时间 takes Alt+T, so Alt+S is 保存 there as in every form; the 纪要's 议定事项 name their
督查 item by its 督查编号; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "开始时间(&T)": "S&tarts",
    # 纪要's 议定事项 name their 督查 item by its 督查编号 (督〔2026〕26号), not its id
    "已转督查（%1）": "Under supervision (%1)",
    "第 %1 项已转督查（%2）。": "Item %1 sent to supervision (%2).",
    "督查事项第 %1 号": "supervised item no. %1",
}
