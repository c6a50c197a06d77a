"""English for the GUI strings added by the rules work (issue 11): bulletin figures, the
信访 repeat list's state, provisional deadlines and the holiday notice."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "截至期末在办任务 %1 项，逾期未办结 %2 项；本期应办结 %3 项，办结 %4 项（按期 %5 项）；"
    "办结率 %6，按期办结率 %7。": (
        "At the period's end %1 tasks open, %2 overdue; %3 due in the period, %4 completed "
        "(%5 on time); completion rate %6, on-time rate %7."
    ),
    "应办结": "Due",
    "（暂按）": " (provisional)",
    "节假日提示": "Holiday notice",
    "节假日安排": "Holiday calendar",
    "协调": "Resolve objections",  # the step: its J or B keeps 发文's row lettered (probe121)
    "是否同意": "Agree?",
    "协调意见": "Coordination decision",
    "传阅方式": "Circulation",
    "按顺序": "In order",
    "同时分送": "To all at once",
    "协办单位（可多个，用“、”分隔）": "Assisting units (several, separated by “、”)",
    "%1 已于 %2 复核终结，同一事项不再受理。": (
        "%1 was finally reviewed on %2: the same matter is no longer accepted. "
    ),
    "命令（令）令号前缀": "Order (令) number prefix",
    "令号单独编号（GB/T 9704 §10.2），不占发文字号；留空为机关代字加“令”（如 某委办令）。公文上印作“第N号”。":
        "Orders (令) are numbered in a sequence of their own (GB/T 9704 §10.2), not taking "
        "document numbers; left blank, the office code followed by 令 (e.g. 某委办令). Printed on "
        "the order as “第N号” (No. N).",
}
