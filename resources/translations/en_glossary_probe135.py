"""English for 督查's 延期 of a task past its item's 办结时限, which moves the item's with it.

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "任务时限不能晚于事项的办结时限：事项的办结时限随之由 %1 延至 %2。": (
        "A task's deadline cannot be later than its item's: the item's deadline was extended "
        "with it, from %1 to %2."),
}
