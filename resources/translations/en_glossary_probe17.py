"""English for probe17: the 临期 warning and the days left counted in working days when the
office counts its 期限 in working days (core.due_soon).

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "%1 个工作日": "%1 working d",
    "逾期 %1 个工作日": "%1 working d overdue",
    "剩 %1 个工作日": "%1 working days left",
    "距期限这么多天以内为临期（信访、收文的提示灯和工作台）；按工作日计算的期限（收文办理时限，信访期限按工作日时）为工作日数。": (
        "A time limit this many days away or nearer is due soon (the lights of petitions and"
        " incoming documents, and the dashboard); working days for a limit counted in working"
        " days (an incoming document's handling limit; petitions' when they count working days)."),
}
