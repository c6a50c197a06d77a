"""English for the strings of the probe123 session (督查: 延期, 催办, 归档)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # the 延期 step's note (core.supervision.steps_spec)
    "延长事项的办结时限时，时限与原办结时限相同的未办结任务一并延长；时限更早的任务不变，需要时逐项延期（填单位或任务序号）": (
        "Extending the item's deadline extends with it the open tasks whose deadline was the item's "
        "old one; tasks with an earlier deadline keep theirs: extend them one by one if needed "
        "(give the unit or the task number)"
    ),
}
