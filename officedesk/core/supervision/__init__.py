"""The supervision registry (督查督办): 立项 → 分解交办 → 反馈 → 催办 → 办结 → 通报.

A small package; everything the other parts use is importable from here:
`officedesk.core.supervision.create_item_from_source(...)`, `items_for_source(...)`, `SPEC`, …

- items: the item's fields, rules and the cross-registry entry point
- tasks: 分解交办, 反馈, task 办结 and item 办结 (task_fields: what a task, a 反馈 and an 办结
  hold, the 反馈 cycle; task_reads: reading them)
- lights: warning lights from settings
- reminders: 催办 (临期, 逾期, 反馈逾期), escalating
- figures: 督查通报, stats, the 工作台 provider
"""

from __future__ import annotations

from officedesk.core.supervision import (
    corrected,
    counted,
    figures,
    item_batch,
    items,
    lights,
    reminders,
    renamed,
    tasks,
)
from officedesk.core.supervision.figures import (
    Bulletin,
    UnitFigures,
    bulletin,
    rate_text,
    year_figures,
)
from officedesk.core.supervision.item_closing import close_item, reopen_item
from officedesk.core.supervision.item_making import create_item, create_item_from_source
from officedesk.core.supervision.items import (
    CYCLES,
    DONE_LATE,
    DONE_ON_TIME,
    DONE_STATUSES,
    LEVELS,
    OPEN,
    PENDING,
    SPEC,
    STATUSES,
    URGENCIES,
    deadline_note,
    default_deadline,
    get_item,
)
from officedesk.core.supervision.lights import Light, item_light, item_lights, task_light
from officedesk.core.supervision.reminders import (
    Chase,
    chases,
    generate_reminders,
    level_label,
    overdue_chases,
    units_with_overdue,
)
from officedesk.core.supervision.sources import (
    SOURCE_KINDS,
    SOURCES,
    items_for_source,
    source_label_for,
)
from officedesk.core.supervision.tasks import (
    TASK_DONE,
    TASK_OPEN,
    add_report,
    add_task,
    complete_task,
    delete_task,
    reports_of,
    tasks_of,
    update_task,
)
from officedesk.store.supervision import (
    SupervisionItem,
    SupervisionReminder,
    SupervisionReport,
    SupervisionTask,
)

__all__ = [
    "CYCLES",
    "DONE_LATE",
    "DONE_ON_TIME",
    "DONE_STATUSES",
    "LEVELS",
    "OPEN",
    "PENDING",
    "SOURCES",
    "SOURCE_KINDS",
    "SPEC",
    "STATUSES",
    "TASK_DONE",
    "TASK_OPEN",
    "URGENCIES",
    "Bulletin",
    "Chase",
    "Light",
    "SupervisionItem",
    "SupervisionReminder",
    "SupervisionReport",
    "SupervisionTask",
    "UnitFigures",
    "add_report",
    "add_task",
    "bulletin",
    "chases",
    "close_item",
    "complete_task",
    "corrected",
    "counted",
    "item_batch",
    "renamed",
    "create_item",
    "create_item_from_source",
    "deadline_note",
    "default_deadline",
    "delete_task",
    "figures",
    "generate_reminders",
    "get_item",
    "item_light",
    "item_lights",
    "items",
    "items_for_source",
    "level_label",
    "lights",
    "overdue_chases",
    "rate_text",
    "reminders",
    "reopen_item",
    "reports_of",
    "source_label_for",
    "task_light",
    "tasks",
    "tasks_of",
    "units_with_overdue",
    "update_task",
    "year_figures",
]
