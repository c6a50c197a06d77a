"""English for what the 效能 办件量 counts beside `stats` (收文 less those 退回 to their sender,
发文 by 拟稿, 督查 by task) and the 统计 tab's 退回 收文 (probe62). Same format as en_glossary.py
(scripts/fill_translations.py reads it beside it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "已编号发文 %1 件，收文 %2 件（含已退回来文单位的 %5 件），在办 %3 件，逾期 %4 件":
        "Numbered outgoing documents: %1; incoming: %2 (%5 of them returned to their senders); "
        "in progress: %3; overdue: %4",
    "办件量为本期开始办理的件数：%1。": "Volume counts what started in the period: %1.",
    "收文按收文日期计，已退回来文单位的%1件不计":
        "incoming documents by the date received, less the %1 returned to their senders",
    "收文按收文日期计": "incoming documents by the date received",
    "发文按拟稿日期计": "outgoing documents by the date drafted",
    "督查按交办的任务计，一个督查事项交办几个单位即算几件":
        "supervision by task: a matter assigned to three units counts three",
    "本期收到的收文（按收文日期），已退回来文单位的不计":
        "Incoming documents received in the period, less those returned to their senders",
    "本期拟稿的发文（含尚未编号、印发的）":
        "Outgoing documents drafted in the period (not yet numbered or printed included)",
    "本期交办的督查任务，一个督查事项交办几个单位即算几件":
        "Supervision tasks assigned in the period: a matter assigned to three units counts three",
    "本期登记的信访事项": "Petitions registered in the period",
    "本期登记的效能投诉": "Efficiency complaints registered in the period",
}
