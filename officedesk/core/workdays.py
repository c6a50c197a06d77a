"""Working days: China's public holidays and 调休 make-up days (chinesecalendar), overridden by
the administrator's table for years the package does not know. Every deadline uses this."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import peewee

from officedesk.store.models import CalendarOverride


@lru_cache(maxsize=1)
def _package():  # costly-ish import, and absent years raise: load on first use
    import chinese_calendar

    return chinese_calendar


_overrides: dict[dt.date, bool] | None = None


def _override_table() -> dict[dt.date, bool]:
    global _overrides
    if _overrides is None:
        try:
            _overrides = {row.day: row.is_workday for row in CalendarOverride.select()}
        except (peewee.OperationalError, peewee.InterfaceError, AttributeError):
            return {}  # no database open: the package alone
    return _overrides


def forget_overrides() -> None:
    """Call after the administrator edits the table (or another database is opened)."""
    global _overrides
    _overrides = None


def is_workday(day: dt.date) -> bool:
    override = _override_table().get(day)
    if override is not None:
        return override
    try:
        return bool(_package().is_workday(day))
    except NotImplementedError:  # a year the package does not cover: weekdays only
        return day.weekday() < 5


def known_year(year: int) -> bool:
    try:
        _package().is_workday(dt.date(year, 6, 1))
        return True
    except NotImplementedError:
        return False


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The date `days` working days after `start` (the start day itself not counted)."""
    day, step, left = start, (1 if days >= 0 else -1), abs(days)
    while left:
        day += dt.timedelta(days=step)
        if is_workday(day):
            left -= 1
    return day


def add_days(start: dt.date, days: int, working: bool) -> dt.date:
    return add_working_days(start, days) if working else start + dt.timedelta(days=days)


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end` (negative when end is earlier)."""
    if end < start:
        return -working_days_between(end, start)
    return sum(1 for n in range(1, (end - start).days + 1) if is_workday(start + dt.timedelta(days=n)))


def days_left(due: dt.date, today: dt.date, working: bool = False) -> int:
    """Days remaining until `due` (0 on the day, negative when overdue)."""
    return working_days_between(today, due) if working else (due - today).days


def set_override(day: dt.date, is_work: bool, note: str = "") -> None:
    CalendarOverride.insert(day=day, is_workday=is_work, note=note).on_conflict(
        conflict_target=[CalendarOverride.day],
        update={CalendarOverride.is_workday: is_work, CalendarOverride.note: note}).execute()
    forget_overrides()


def remove_override(day: dt.date) -> None:
    CalendarOverride.delete().where(CalendarOverride.day == day).execute()
    forget_overrides()
