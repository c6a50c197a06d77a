"""English for 督查's 延期 of a task past its item's 办结时限, which moves the item's with it.

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "任务时限不能晚于事项的办结时限：事项的办结时限随之由 %1 延至 %2。": (
        "A task's deadline cannot be later than its item's: the item's deadline was extended "
        "with it, from %1 to %2."),
    # the 催办 window: each task counted once, the due-soon ones besides the pressing ones
    "今天是 %1。逾期、反馈逾期或进度严重滞后的任务 %2 项，涉及 %3 个单位；另有临期任务 %4 项。": (
        "Today is %1. Tasks overdue, late with reports or far behind schedule: %2 (units: %3); "
        "other tasks due soon: %4."),
}
