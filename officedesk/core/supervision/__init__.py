"""The supervision registry (督查督办): 立项 → 分解交办 → 反馈 → 催办 → 办结 → 通报.

A small package; everything the other parts use is importable from here:
`officedesk.core.supervision.create_item_from_source(...)`, `items_for_source(...)`, `SPEC`, …
"""

from __future__ import annotations

from officedesk.core.supervision.items import (
    CYCLES,
    DONE_LATE,
    DONE_ON_TIME,
    DONE_STATUSES,
    LEVELS,
    OPEN,
    PENDING,
    SOURCE_KINDS,
    SOURCES,
    SPEC,
    STATUSES,
    URGENCIES,
    create_item,
    create_item_from_source,
    default_deadline,
    get_item,
    items_for_source,
    source_label_for,
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
    "URGENCIES",
    "SupervisionItem",
    "SupervisionReminder",
    "SupervisionReport",
    "SupervisionTask",
    "create_item",
    "create_item_from_source",
    "default_deadline",
    "get_item",
    "items_for_source",
    "source_label_for",
]
