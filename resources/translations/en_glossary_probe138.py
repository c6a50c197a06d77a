"""English for probe138's strings: whose time a 收文's is in 效能's per-unit figures."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # core.efficiency.spans.OFFICE: the office's own row in the 收文 and 信访 rankings (shown in
    # Chinese in the English window before: its key goes through display())
    "本机关": "This office",
    # core.efficiency.spans.UNIT_LABELS: the 收文 ranking's units
    "办理单位（本机关及承办单位）": "Handling unit (this office, and the units documents were assigned to)",
    # core.efficiency.spans.UNIT_COUNTS: what a unit's 收文 row counts (ranking note, 说明)
    "本机关计每件收文自收文至交承办（未交承办的至办结）；承办单位计其自承办至办结，"
    "按承办时所定时限计按时率和逾期未办；交承办的收文在本机关和承办单位各计一次": (
        "This office counts each incoming document from its receipt until it is assigned to a "
        "handling unit (one never assigned: until it is closed); a handling unit counts it from "
        "the day it was assigned until it is closed, its on-time rate and overdue items by the "
        "limit set on assignment; an assigned document counts once for this office and once "
        "for the unit"
    ),
    # core.efficiency.report.volume_sentence: one handling unit's figures
    "收文按承办日期计": "incoming documents by the date assigned",
    # core.efficiency.report.completed_sentence: one unit's figures (the tab's 单位, --unit)
    "收文只计%1所办的部分（见说明）": "incoming documents count only %1's part of each (see the notes)",
}
