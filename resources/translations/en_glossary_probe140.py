"""English for probe140's strings: whose time a 发文's is in 效能's per-unit figures."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # core.efficiency.spans.UNIT_LABELS: the 发文 ranking's units
    "办理单位（拟稿单位及本机关）": "Handling unit (the drafting units, and this office)",
    # core.efficiency.spans.UNIT_COUNTS: what a unit's 发文 row counts (ranking note, 说明)
    "拟稿单位计每件发文自拟稿至本单位负责人核稿，退回修改的另计自退回至重新核稿，各段工作日相加；"
    "其余（会签、审核、签发、复核、编号、印制及退回前的等待）计入本机关；发文未规定拟稿单位"
    "所办部分的时限，拟稿单位和本机关不计按时率和逾期未办；一件发文在拟稿单位和本机关各计一次": (
        "A drafting unit counts each outgoing document from its drafting until its own head "
        "checks it (核稿), and, for one sent back for revision, again from the return until it "
        "is checked anew, the working days of these stretches added up; the rest (countersigning, "
        "review, signing, re-checking, numbering, printing and the waits before a return) counts "
        "for this office; no time limit is set for the drafting unit's part, so neither the "
        "drafting units nor this office have an on-time rate or overdue items here; a document "
        "counts once for its drafting unit and once for this office"
    ),
    # core.efficiency.spans.OFFICE_APART: under the rankings (tab's tooltip, 通报, 说明)
    "本机关所办部分列于各单位之后，不参加排名":
        "This office's own part is listed after the units and is not ranked",
    # core.efficiency.spans.RANKED_LABELS: whom a ranking ranks, 本机关 set apart
    "转送、交办的去向单位": "the units matters were forwarded or assigned to",
    # core.efficiency.report.volume_sentence: this office's own figures (--unit 本机关)
    "发文按核稿日期计": "outgoing documents by the date first checked (核稿)",
    # core.efficiency.report.completed_sentence: one unit's figures (the tab's 单位, --unit)
    "发文只计%1所办的部分（见说明）": "outgoing documents count only %1's part of each (see the notes)",
}
