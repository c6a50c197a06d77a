"""`check`: each counted deadline (counted_deadline) against the count it says it was.

A row keeps how a stored deadline was counted — `days` (working or calendar) from `since` — and
the day it gave, `due` (core.counted_deadlines); a change of the holiday table counts the running
ones again from it. Its `due` was `workdays.add_days(since, days, working)` under the holiday
table of the day it was counted (or last counted again). The table may have changed since, but
only on days whose standing can change: a day any 节假日调整 entry named, or one the table now
holds otherwise than an ordinary week does (a holiday on a weekday, a 调休 weekend — a year the
table did not know then holds its holidays now). A row the table cannot explain so was written
outside the program: its next recount would move a running limit by the days it claims.
(Read once: the rows, and the 节假日调整 entries.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from officedesk.core import i18n, workdays

_DAY = dt.timedelta(days=1)


def _days_named() -> set[dt.date]:
    """Every day a 节假日调整 entry named (set, changed or removed), and every override now."""
    from officedesk.core import audit
    from officedesk.store.models import AuditEntry as A
    from officedesk.store.models import CalendarOverride

    named = {row.day for row in CalendarOverride.select(CalendarOverride.day)}
    key = workdays.audit_key(dt.date(2000, 1, 1))[:-len("2000-01-01")]
    query: Any = (A.select(A.before, A.after)
                  .where((A.registry == "settings") & (A.before.contains(key) | A.after.contains(key)))
                  .tuples())
    for before, after in query.iterator():
        for text in (before, after):
            for name in audit.fields_of(text):
                if isinstance(name, str) and name.startswith(key):
                    try:
                        named.add(dt.date.fromisoformat(name[len(key):].strip()))
                    except ValueError:
                        continue
    return named


def _plain(day: dt.date) -> bool:
    """Whether an ordinary week makes the day a working day (the holidays fixed by date rest)."""
    return day.weekday() < 5 and (day.month, day.day) not in workdays.FIXED_HOLIDAYS


def _changeable(day: dt.date, named: set[dt.date]) -> bool:
    return day in named or workdays.is_workday(day) != _plain(day)


def _explained(since: dt.date, days: int, working: bool, due: dt.date, named: set[dt.date]) -> bool:
    """Whether `due` is what `days` from `since` gave under some holiday table differing from
    today's only on changeable days."""
    if days < 0 or due < since:
        return False
    if working:
        counted, loose = 0, 0
        day = since
        while day < due:
            day += _DAY
            counted += workdays.is_workday(day)
            loose += _changeable(day, named)
        return abs(counted - days) <= loose
    end = since + dt.timedelta(days=days)
    if due < end:
        return False
    day = end  # the days the period's end was moved past were rest days when it was counted
    while day < due:
        if workdays.is_workday(day) and not _changeable(day, named):
            return False
        day += _DAY
    return True


def problems() -> Iterator[str]:
    """Each counted deadline its own count cannot give, in words naming the record."""
    from officedesk.store.counted_deadline import CountedDeadline as C

    rows: Any = (C.select(C.id, C.registry, C.record_id, C.field, C.since, C.days, C.working, C.due)
                 .order_by(C.id).tuples())
    named: set[dt.date] | None = None
    # many limits share their start, count and end (a day's 收文 at one 办理时限): each such
    # count is walked once, not once a row
    explained: dict[tuple[dt.date, int, bool, dt.date], bool] = {}
    for row_id, registry, record_id, field, since, days, working, due in rows.iterator():
        if named is None:
            named = _days_named()
        key = (since, days, bool(working), due)
        if key not in explained:
            explained[key] = _explained(since, days, bool(working), due, named)
        if explained[key]:
            continue
        counted = workdays.add_days(since, days, bool(working)) if 0 <= days <= 3660 else None
        count = (i18n.text("%1 个工作日", days) if working else i18n.text("%1 日", days))
        yield i18n.text("计算期限第 %1 条（%2）记载自 %3 起 %4、至 %5，按节假日表应至 %6，"
                        "相差的天数不能由节假日调整解释（在程序之外被改动）",
                        row_id, deadline_named(registry, record_id, field), since.isoformat(), count,
                        due.isoformat(), counted.isoformat() if counted is not None else "—")


def deadline_named(name: str, record_id: int, field: str) -> Any:
    """督查督办第 3 号记录的“办结时限”; a name no registry has, by itself."""
    from officedesk.core import registry
    from officedesk.core.supervision.tasks import TASK_COUNTED

    if name == TASK_COUNTED:
        return i18n.text("督查任务第 %1 号的“办结时限”", record_id)
    try:
        spec = registry.get(name)
        label = spec.field(field).label
    except Exception:  # noqa: BLE001  (a registry or field this program does not have)
        return i18n.text("%1 第 %2 号记录的 %3", name, record_id, field)
    return i18n.text("%1第 %2 号记录的“%3”", spec.label, record_id, label)
