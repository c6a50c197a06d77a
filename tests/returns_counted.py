"""The 退回 a test expects 效能 to count, read as 效能 reads them (core.efficiency.returns: by the
day each was made, over the records the reader may see, none of a voided record)."""

from __future__ import annotations

import datetime as dt

from officedesk.core.actor import CLI_ACTOR
from officedesk.core.efficiency.returns import _rows

EVER = (dt.date(1900, 1, 1).toordinal(), dt.date.max.toordinal())


def returns_count(registry: str, start: dt.date | None = None, end: dt.date | None = None) -> int:
    first = start.toordinal() if start else EVER[0]
    last = end.toordinal() if end else EVER[1]
    return len(_rows(CLI_ACTOR, registry, first, last, None))


def returns_of(registry: str, record_id: int) -> int:
    every = _rows(CLI_ACTOR, registry, *EVER, None)
    return sum(1 for rid, *_rest in every if rid == record_id)
