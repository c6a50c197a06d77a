"""临期: the one rule of how near a time limit is before it is 临期 (the office's
临期提醒（天）, `deadlines.due_soon_days`). The days are counted as the limit itself was: a
信访's (and an 信息's) as the office counts its 期限 (`deadlines.day_kind`), a 收文's 办理时限
and 传阅 holding always in working days (`INCOMING`). In working days “3 天内到期” is three
working days, so a limit on Monday is 临期 on the Thursday before, however long the weekend or
a holiday between. Read by the 信访 list's light, the 收文 list's light and words, the
工作台's horizon (its providers list what is due by it) and its 剩余. 督查 has its own rule
(supervision.lights.due_soon: its own days and its own kind of day)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from officedesk.core import clock, settings, workdays
from officedesk.core.i18n import Text, text

INCOMING = True  # a 收文's limits are counted in working days (办理时限（工作日）, 传阅 持有)


def working(kind: bool | None = None) -> bool:
    """Whether days are counted as working days: `kind` when a limit says (True/False), else
    as the office counts its 期限."""
    if kind is not None:
        return kind
    return settings.get(settings.DEADLINE_DAYS_MODE.key) == "working"


def horizon(today: dt.date, kind: bool | None = None) -> dt.date:
    """The last day a limit is still 临期 on: today + the 临期提醒 days, in working days the
    day before the working day after them (a limit on a rest day just after the last one
    counted is no further away than that working day)."""
    days = int(settings.get(settings.DUE_SOON_DAYS.key))
    if not working(kind):
        return today + dt.timedelta(days=days)
    return workdays.add_working_days(today, days + 1) - dt.timedelta(days=1)


def soon(due: dt.date, today: dt.date, kind: bool | None = None) -> bool:
    """Due today or within the 临期提醒 days (not yet overdue)."""
    return today <= due <= horizon(today, kind)


def days_left(due: dt.date, today: dt.date, kind: bool | None = None) -> int:
    """Days from today to `due` as the limit counts them (0 on the day, negative once
    overdue): the 工作台's 剩余 beside its 临期 horizon. Past the limit it is at least 1 day
    overdue: a rest day just after it already counts (as 督查 counts, lights.days_overdue), never
    “逾期 0 个工作日” on the Sunday after a Friday's limit."""
    left = workdays.days_left(due, today, working(kind))
    return min(left, -1) if due < today else left


def left_words(days: int, kind: bool | None = None) -> Text:
    """剩余 in words: 3 天 / 逾期 2 天, in working days 3 个工作日 / 逾期 2 个工作日."""
    if working(kind):
        return text("逾期 %1 个工作日", -days) if days < 0 else text("%1 个工作日", days)
    return text("逾期 %1 天", -days) if days < 0 else text("%1 天", days)


def overdue_words(days_late: int, kind: bool | None = None) -> Text:
    """已逾期 N 天, in working days 已逾期 N 个工作日: a step's 时限 once past (`told`)."""
    if working(kind):
        return text("已逾期 %1 个工作日", days_late)
    return text("已逾期 %1 天", days_late)


def told(limit: str, due: dt.date | None, kind: bool | None = None,
         late: Callable[[dt.date, dt.date], int] | None = None) -> str:
    """A step's 时限 (`limit`, the text naming `due`) said as overdue once past it: “办结时限
    2026-06-15（已逾期 120 个工作日）” — in `steps` and the step window alike. The days are the
    list's light's: `late(due, today)` where the registry counts its own (督查's
    lights.days_overdue), else `days_left` in the limit's kind of day; never counted twice."""
    today = clock.today()
    if not limit or due is None or due >= today:
        return limit
    days = late(due, today) if late is not None else -days_left(due, today, kind)
    return text("%1（%2）", limit, overdue_words(days, kind))
