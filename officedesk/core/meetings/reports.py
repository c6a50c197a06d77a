"""Calendar, the 工作台 provider and the "三多" figures of meetings."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any, cast

import peewee

from officedesk.core.actor import Actor
from officedesk.core.dashboard import DueItem
from officedesk.core.i18n import text
from officedesk.core.lifecycle import counted
from officedesk.core.meetings import sitting
from officedesk.core.meetings.spec import CANCELLED, HELD
from officedesk.store.meetings import Meeting


def _visible(query: Any, actor: Actor) -> Any:
    """Only the meetings at or below the actor's clearance."""
    from officedesk.core import records
    from officedesk.core.meetings.spec import SPEC

    levels = records.visible_levels(SPEC, actor)
    return query if levels is None else query.where(levels)


def between(
    first: dt.date, last: dt.date, include_cancelled: bool = False, *, actor: Actor
) -> list[Meeting]:
    """Meetings that touch the days first..last that the actor may see, by start time."""
    start = dt.datetime.combine(first, dt.time(0, 0))
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0, 0))
    query = _visible(Meeting.select().where((Meeting.start < end) & (Meeting.end > start)), actor)
    if not include_cancelled:
        query = query.where(Meeting.status != CANCELLED)
    return list(query.order_by(Meeting.start, Meeting.id))


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def on_day(meeting: Meeting, day: dt.date) -> bool:
    """Whether a meeting is held on `day` (the calendar's cells): from its start's day to the
    day of its last minute — one ending at midnight (22:00–24:00, its end stored as 00:00 of
    the next day) is not on the next day, where the calendar listed it too."""
    last = max(meeting.start, meeting.end - dt.timedelta(seconds=1)).date()
    return meeting.start.date() <= day <= last


def span_text(meeting: Meeting) -> str:
    """When a meeting is, as the calendar tells it: 12-03 09:00–11:30, or with the end's day
    when it ends on another (12-05 22:00–12-06 02:00: “–02:00” read as the same night's)."""
    start, end = meeting.start, meeting.end
    if end.date() == start.date():
        return f"{start:%m-%d %H:%M}–{end:%H:%M}"
    if end.time() == dt.time(0) and end.date() == start.date() + dt.timedelta(days=1):
        return f"{start:%m-%d %H:%M}–24:00"
    return f"{start:%m-%d %H:%M}–{end:%m-%d %H:%M}"


def by_room(meetings: list[Meeting]) -> dict[str, list[Meeting]]:
    """Room name (outside venues together) -> its meetings, directory rooms first."""
    from officedesk.store.models import Room

    grouped: dict[str, list[Meeting]] = {r.name: [] for r in Room.select().order_by(Room.name)}
    outside = "外部场所"
    for meeting in meetings:
        key = meeting.place if meeting.room_id is not None and meeting.place in grouped else outside
        grouped.setdefault(key, []).append(meeting)
    return grouped


def _coming(column: Any, start: dt.datetime, end: dt.datetime, actor: Actor) -> Any:
    """Meetings neither cancelled nor held whose `column` falls in start..end, in that order,
    those above the actor's clearance left out."""
    return _visible(
        Meeting.select()
        .where((column >= start) & (column < end) & Meeting.status.not_in([CANCELLED, HELD])),
        actor,
    ).order_by(column)


def dashboard_items(actor: Actor, today: dt.date, horizon: dt.date) -> list[DueItem]:
    items: list[DueItem] = []
    start = dt.datetime.combine(today, dt.time(0, 0))
    end = dt.datetime.combine(horizon + dt.timedelta(days=1), dt.time(0, 0))
    for meeting in _coming(Meeting.start, start, end, actor):
        place = meeting.place or ""
        items.append(
            DueItem(
                "meetings",
                "会议",
                meeting.id,
                meeting.title,
                text("%1 开会（%2）", f"{meeting.start:%H:%M}", place)
                if place else text("%1 开会", f"{meeting.start:%H:%M}"),
                meeting.start.date(),
                meeting.host_unit or "",
                counted=False,  # the day set for it: never 暂按
            )
        )
    for meeting in _coming(Meeting.signup_deadline, start, end, actor):
        items.append(
            DueItem(
                "meetings",
                "会议",
                meeting.id,
                meeting.title,
                text("报名截止 %1", f"{meeting.signup_deadline:%H:%M}"),
                _day(meeting.signup_deadline),
                meeting.contact or meeting.host_unit or "",
                counted=False,
            )
        )
    return items


def _day(value: Any) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def figures(actor: Actor, year: int) -> dict[str, Any]:
    """Meetings held or planned in a year (cancelled ones left out): per month, by type, by
    主办单位, and their hours."""
    rows: list[tuple[dt.datetime, dt.datetime, str, str]] = list(
        cast(
            Any,
            Meeting.select(Meeting.start, Meeting.end, Meeting.kind, Meeting.host_unit)
            .where(
                (Meeting.start >= dt.datetime(year, 1, 1))
                & (Meeting.start < dt.datetime(year + 1, 1, 1))
                & counted("meetings", Meeting)
            )
            .where(_visible_condition(actor))
            .tuples(),
        )
    )
    by_month = Counter(start.month for start, _e, _k, _h in rows)
    hours_by_month: dict[int, float] = {}
    for start, end, _k, _h in rows:
        hours_by_month[start.month] = hours_by_month.get(start.month, 0.0) + sitting.hours(start, end)
    by_kind = Counter(kind for _s, _e, kind, _h in rows)
    by_host = Counter(host or "（未填）" for _s, _e, _k, host in rows)
    return {
        "year": year,
        "total": len(rows),
        "hours": round(sum(hours_by_month.values()), 1),
        "by_month": {str(m): by_month.get(m, 0) for m in range(1, 13)},
        "hours_by_month": {str(m): round(hours_by_month.get(m, 0), 1) for m in range(1, 13)},
        "by_kind": {k: by_kind[k] for k in sorted(by_kind, key=lambda k: (-by_kind[k], k))},
        "by_host": {h: by_host[h] for h in sorted(by_host, key=lambda h: (-by_host[h], h))},
    }


def _visible_condition(actor: Actor) -> Any:
    from officedesk.core import records
    from officedesk.core.meetings.spec import SPEC

    levels = records.visible_levels(SPEC, actor)
    return levels if levels is not None else peewee.SQL("1 = 1")


def years_with_meetings(actor: Actor) -> list[int]:
    """The years from the first to the last meeting the actor may see."""
    first = Meeting.select(peewee.fn.MIN(Meeting.start)).where(_visible_condition(actor)).scalar()
    last = Meeting.select(peewee.fn.MAX(Meeting.start)).where(_visible_condition(actor)).scalar()
    if not first or not last:
        return []
    return list(range(first.year, last.year + 1))
