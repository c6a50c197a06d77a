"""English for probe119's strings: whose time a 信访's is in 效能's per-unit figures."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # core.efficiency.spans.UNIT_LABELS: the 信访 ranking's units
    "办理单位（本机关及转送、交办的去向单位）": (
        "Handling unit (this office, and the units petitions were forwarded or assigned to)"
    ),
    # core.efficiency.spans.UNIT_COUNTS: what a unit's 信访 row counts (ranking note, 说明)
    "本机关计每件信访自登记至告知信访人（直接答复的至答复），及处理、告知时限和直接答复的"
    "办理时限；去向单位计其自转送、交办之日起所办的部分，转送至其回复是否受理（受理时限），"
    "交办至答复（办理时限）；一件转送、交办的信访在本机关和去向单位各计一次": (
        "This office counts each petition from registration until the petitioner is told "
        "(one it answers itself: until the answer), and the limits to decide, to tell and to "
        "answer those it handles itself; a receiving unit counts its own part from the day the "
        "petition was forwarded or assigned to it: a forwarded one until it says whether it "
        "accepts it (the acceptance limit), an assigned one until the answer (the handling "
        "limit); a forwarded or assigned petition counts once for this office and once for the "
        "unit"
    ),
    # core.efficiency.report.completed_sentence: one unit's figures (the tab's 单位, --unit)
    "信访只计%1所办的部分（见说明）": "petitions count only %1's part of each (see the notes)",
}
