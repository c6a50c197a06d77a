"""English for probe140's strings: whose time a 发文's is in 效能's per-unit figures."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # core.efficiency.spans.UNIT_LABELS: the 发文 ranking's units
    "办理单位（拟稿单位及本机关）": "Handling unit (the drafting units, and this office)",
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
