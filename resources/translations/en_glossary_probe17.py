"""English for probe17: the 临期 warning and the days left counted in working days when the
office counts its 期限 in working days (core.due_soon).

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # a list's 时限 column (收文 持有/时限, the 工作台's 剩余时间) is as wide as its words: in
    # full, and right for 1 as for 15 (a core text has one English form: “1 working days overdue”
    # was most of the 工作台's overdue rows)
    "%1 个工作日": "%1 working day(s)",
    "逾期 %1 个工作日": "%1 working day(s) overdue",
    "剩 %1 个工作日": "%1 working day(s) left",
    "距期限这么多天以内为临期（信访、收文的提示灯和工作台）；按工作日计算的期限（收文办理时限，信访期限按工作日时）为工作日数。": (
        "A time limit this many days away or nearer is due soon (the lights of petitions and"
        " incoming documents, and the dashboard); working days for a limit counted in working"
        " days (an incoming document's handling limit; petitions' when they count working days)."),
    "会议日开始时刻（时）": "Meeting day starts at (hour)",
    "会议日结束时刻（时）": "Meeting day ends at (hour)",
    "跨日会议的会议时长按每天此时刻至结束时刻计（不计夜间）；当天开完的会议按实际时长计。": (
        "A meeting over several days counts its hours each day from this hour to the end hour"
        " (not the nights); a meeting within a day counts its actual length."),
    "跨日会议每天计至此时刻；首日从会议开始计，末日计至会议结束。": (
        "A meeting over several days counts each day up to this hour; the first day from the"
        " meeting's start, the last day up to its end."),
    "“%1”（%2 时）须晚于“%3”（%4 时）。请调整其中一项。": (
        "“%1” (%2) must be later than “%3” (%4). Please change one of them."),
    "%1已按原定时间请假；会议时间已改，请向其核实是否仍请假（请假记录保留，可在签到中改回）。": (
        "%1 asked for leave for the original time; the meeting's time has changed: please check"
        " whether they still ask for leave (the leave stays recorded; it can be taken back in the"
        " sign-in)."),
    "已逾期 %1 个工作日": "%1 working day(s) overdue",
    "尚余%1个工作日": "%1 working day(s) left",
}
