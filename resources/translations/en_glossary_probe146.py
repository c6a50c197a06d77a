"""English for probe146's strings: the drafting unit's part of a 发文 judged by the chain's 核稿
limit, and the ranking chart's median days where no unit has an on-time rate."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # core.efficiency.spans.UNIT_COUNTS: what a unit's 发文 row counts (ranking note, 说明)
    "拟稿单位计每件发文自拟稿至本单位负责人核稿，退回修改的另计自退回至重新核稿，各段工作日相加；"
    "其余（会签、审核、签发、复核、编号、印制及退回前的等待）计入本机关；拟稿单位按审批链"
    "（按文种、密级）规定的核稿时限计按时率和逾期未办，每段自拟稿或退回修改之日起计，"
    "各段均在时限内核稿的为按时，任一段超时即为超时；审批链未规定核稿时限的不计，本机关"
    "所办部分未规定时限，不计按时率和逾期未办；一件发文在拟稿单位和本机关各计一次": (
        "A drafting unit counts each outgoing document from its drafting until its own head "
        "checks it (核稿), and, for one sent back for revision, again from the return until it "
        "is checked anew, the working days of these stretches added up; the rest (countersigning, "
        "review, signing, re-checking, numbering, printing and the waits before a return) counts "
        "for this office; the drafting unit's on-time rate and overdue items follow the checking "
        "(核稿) time limit of the document's approval chain (by document type and classification), "
        "each stretch counted from the drafting or the return: on time when every stretch was "
        "checked within the limit, late when any stretch ran over it; where the chain sets no "
        "checking limit they are not counted, and this office's part has no time limit, so no "
        "on-time rate or overdue items; a document counts once for its drafting unit and once "
        "for this office"
    ),
    # ui.efficiency.charts.RankChart: the ranking's chart
    "中位用时（工作日）：各单位均无按时率": "Median working days: no unit has an on-time rate",
    "本期各单位无按时率，也无完成件，图中无数据":
        "No unit has an on-time rate or a completed item this period: nothing to chart",
    "用时合计（工作日）": "Total working days",
}
