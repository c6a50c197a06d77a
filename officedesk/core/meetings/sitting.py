"""How long a meeting sat, in hours: what the figures add up (the 统计's 会议时长, the “三多”
会议总时长 and the leaders' load). A meeting over several days sits in the daytime: each day
counts its hours between the office's day hours (会议日开始/结束时刻), the first day from the
start, the last day up to the end — not the nights between (09:00 one day to 12:00 the next
is 13 hours, not 27). A meeting within a day, or an evening sitting past midnight (less than a
day long), counts its clock hours."""

from __future__ import annotations

import datetime as dt

from officedesk.core import i18n, settings

DAY_START = settings.declare(
    "meetings.day_start", int, 8, "会议日开始时刻（时）", "会议", minimum=0, maximum=23,
    help="跨日会议的会议时长按每天此时刻至结束时刻计（不计夜间）；当天开完的会议按实际时长计。")
DAY_END = settings.declare(
    "meetings.day_end", int, 18, "会议日结束时刻（时）", "会议", minimum=1, maximum=24,
    help="跨日会议每天计至此时刻；首日从会议开始计，末日计至会议结束。")


@settings.between(DAY_START.key, DAY_END.key)
def _end_after_start(start: int, end: int) -> str | None:
    if end > start:
        return None
    return i18n.text("“%1”（%2 时）须晚于“%3”（%4 时）。请调整其中一项。",
                     DAY_END.label, end, DAY_START.label, start)


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=hour)


def hours(start: dt.datetime, end: dt.datetime) -> float:
    """The hours the meeting sat (0 when it ends before it starts)."""
    clock = (end - start).total_seconds() / 3600
    if clock < 24:
        return max(0.0, clock)
    first, last = int(settings.get(DAY_START.key)), int(settings.get(DAY_END.key))
    total = 0.0
    day = start.date()
    while day <= end.date():
        opens = max(start, _at(day, first)) if day == start.date() else _at(day, first)
        closes = min(end, _at(day, last)) if day == end.date() else _at(day, last)
        total += max(0.0, (closes - opens).total_seconds() / 3600)
        day += dt.timedelta(days=1)
    return total


NOON = 12


def length_days(start: dt.datetime, end: dt.datetime) -> float:
    """The 会期 of a meeting over several days, in days by half-days: each day counts its
    morning (between the day's start hour and noon) and its afternoon (noon to the day's end
    hour) when the meeting sits in them — 09:00 to 12:00 the next day is 1.5 days, not 2."""
    first, last = int(settings.get(DAY_START.key)), int(settings.get(DAY_END.key))
    halves = 0
    day = start.date()
    while day <= end.date():
        opens = start if day == start.date() else _at(day, 0)
        closes = end if day == end.date() else _at(day + dt.timedelta(days=1), 0)
        noon = _at(day, NOON)
        halves += opens < noon and closes > _at(day, first)  # the morning
        halves += closes > noon and opens < _at(day, last)  # the afternoon
        day += dt.timedelta(days=1)
    return halves / 2


def length_text(days: float) -> str:
    """1.5 → "1.5", 2.0 → "2"."""
    return f"{days:g}"
