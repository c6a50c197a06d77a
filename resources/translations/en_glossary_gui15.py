"""English for the fifteenth GUI review's fixes: the 信访 and 信息 detail panes' words and
punctuation, the statistics' months and separators, the accessible names of lists and search
boxes, and the 工作台's “Done by” composed in core (chains); same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- petition states and step names not yet in the glossary
    "已转送": "Transferred",
    "转送告知": "Transfer notice",
    # ---- the detail panes' punctuation and composed lines
    "，": ", ",
    "%1（%2）：%3": "%1 (%2): %3",
    "%1级": "%1 level",
    "%1（%2批准）": "%1 (approved by %2)",
    "（代录：%1）": " (entered by %1)",
    "（代理%1）": " (acting for %1)",
    # ---- the statistics charts' months (ui.widgets.charts.month_names)
    "1月": "Jan",
    "2月": "Feb",
    "3月": "Mar",
    "4月": "Apr",
    "5月": "May",
    "6月": "Jun",
    "7月": "Jul",
    "8月": "Aug",
    "9月": "Sep",
    "10月": "Oct",
    "11月": "Nov",
    "12月": "Dec",
    # ---- lists and search boxes named after their registry
    "查找%1": "Find %1",
    "%1列表": "%1 list",
    # ---- who does a step (chains.Alt.describe), the posts staying as they are named
    "%1或%2": "%1, or %2",
    "%1的%2": "the %2 of %1",
    "分管%1的%2": "the %2 in charge of %1",
    "本单位": "the unit",
    "该单位": "the unit",
    "拟办意见呈请的%1": "the %1 the proposed handling names",
    "请先填写议定事项。": "Please enter the decision first.",
}
