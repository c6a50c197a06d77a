"""突发事件 一事一报: the time limits from the event (电话, 书面; per event level, a setting in dated
versions, core.info.limits: a change never rewrites a registered event's 迟报), the running clock
and its light in the list and on the 工作台, and 续报 linked to the first report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from officedesk.core import clock, settings
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text, tr
from officedesk.core.info import limits
from officedesk.core.info import spec as S
from officedesk.store.info import InfoItem

LIGHT_LATE = "超时"  # red: a limit has passed without the report, or the report came late
LIGHT_SOON = "临近"  # orange: the written limit is near
LIGHT_RUNNING = "计时"  # green: the clock runs, time left
LIGHT_DONE = "按时"  # green: reported within both limits
LIGHT_COLORS = {LIGHT_LATE: "#c0392b", LIGHT_SOON: "#e67e22", LIGHT_RUNNING: "#27ae60",
                LIGHT_DONE: "#27ae60"}


@dataclass(frozen=True)
class Clock:
    light: str
    text: str  # 书面报告剩 35 分钟 / 书面报告超时 20 分钟 / 按时报送
    phone_due: dt.datetime
    written_due: dt.datetime

    @property
    def color(self) -> str:
        return LIGHT_COLORS[self.light]


def is_first_report(record: Any) -> bool:
    return (record.category == S.SUDDEN and record.event_at is not None
            and not record.followup_of and record.state != S.VOIDED)


def deadlines(record: Any) -> tuple[dt.datetime, dt.datetime] | None:
    """The phone and written limits of an event, by the limits in force on its 事发时间's day."""
    if not record.event_at:
        return None
    in_force = limits.limits_on(record.event_at.date())
    if record.event_level not in in_force:
        return None
    phone, written = in_force[record.event_level]
    return (record.event_at + dt.timedelta(minutes=phone),
            record.event_at + dt.timedelta(minutes=written))


def _minutes(delta: dt.timedelta, late: bool = False) -> str:
    """Whole minutes: time left rounded down, time late rounded up — a report late by
    seconds is 1 分钟 late, never 0."""
    seconds = delta.total_seconds()
    total = max(int(-(-seconds // 60) if late else seconds // 60), 0)
    if total >= 60:
        return tr("%1 小时 %2 分钟").replace("%1", str(total // 60)).replace("%2", str(total % 60))
    return tr("%1 分钟").replace("%1", str(total))


def _say(text: str, delta: dt.timedelta, late: bool = True) -> str:
    """书面迟报 1 分钟 / 书面报告剩 35 分钟 (`late` False) — in the interface's language
    (core.i18n); the time of a 迟报 or 超时 rounded up."""
    return tr(text).replace("%1", _minutes(delta, late))


def _both(first: str, second: str = "") -> str:
    """Two clock texts as one (书面迟报 …，电话迟报 …); the first alone when there is no second."""
    return tr("%1，%2").replace("%1", first).replace("%2", second) if second else first


def clock_of(record: Any, now: dt.datetime | None = None) -> Clock | None:
    """The report clock of a first report of a sudden event (None for anything else)."""
    if not is_first_report(record):
        return None
    due = deadlines(record)
    if due is None:
        return None
    phone_due, written_due = due
    now = now or clock.now()
    if record.written_at:
        late = []
        if record.written_at > written_due:
            late.append(_say("书面迟报 %1", record.written_at - written_due))
        first_phone = record.phoned_at or record.written_at
        if first_phone > phone_due:
            late.append(_say("电话迟报 %1", first_phone - phone_due))
        if late:
            return Clock(LIGHT_LATE, _both(*late), phone_due, written_due)
        return Clock(LIGHT_DONE, tr("按时报送"), phone_due, written_due)
    # a phone report after its limit is late for good: red from then on, not when the
    # written report arrives
    phoned_late = (_say("电话迟报 %1", record.phoned_at - phone_due)
                   if record.phoned_at and record.phoned_at > phone_due else "")
    if now > written_due:
        return Clock(LIGHT_LATE, _both(_say("书面报告超时 %1", now - written_due), phoned_late),
                     phone_due, written_due)
    if not record.phoned_at and now > phone_due:
        return Clock(LIGHT_LATE, _say("电话报告超时 %1", now - phone_due), phone_due,
                     written_due)
    left = written_due - now
    if phoned_late:
        return Clock(LIGHT_LATE, _both(phoned_late, _say("书面报告剩 %1", left, late=False)), phone_due,
                     written_due)
    warn = dt.timedelta(minutes=int(settings.get(S.SUDDEN_WARN.key)))
    light = LIGHT_SOON if left <= warn else LIGHT_RUNNING
    return Clock(light, _say("书面报告剩 %1", left, late=False), phone_due, written_due)


def phoned_late(record: Any) -> str | None:
    """电话迟报 8 分钟: the phone report came after its limit (late for good); None otherwise."""
    due = deadlines(record) if is_first_report(record) else None
    if due is None or not record.phoned_at or record.phoned_at <= due[0]:
        return None
    return _say("电话迟报 %1", record.phoned_at - due[0])


CLOCK_PATTERNS = ("书面报告剩 %1", "书面报告超时 %1", "电话报告超时 %1", "书面迟报 %1", "电话迟报 %1")


def widest_texts() -> list[str]:
    """Each clock as it reads at its longest, days late (99 小时 59 分钟), in the interface's
    language: what a list's column of clocks is made wide enough for. (Two at once — 电话迟报 …，
    书面报告剩 … — are longer; their cell's tool tip tells them whole.)"""
    long = dt.timedelta(hours=99, minutes=59)
    return [_say(pattern, long) for pattern in CLOCK_PATTERNS] + [tr("按时报送")]


def light(record: Any, now: dt.datetime | None = None) -> str:
    found = clock_of(record, now)
    return found.light if found else ""


def _as_counted(text: str) -> list[limits.Version]:
    """A text of the limits as the clock read it: one kept from before its checks (refused now)
    was read as the default (core.settings)."""
    try:
        return limits.versions(text)
    except ValidationError:
        return limits.versions(str(limits.SUDDEN_LIMITS.default))


def _events_rewritten(before: str, after: str) -> list[Any]:
    """The registered first reports (not voided) whose limits the change alters, latest first."""
    old, new = _as_counted(before), limits.versions(after)
    starts = sorted({day for day, _ in old} | {day for day, _ in new})
    found: list[Any] = []
    for n, day in enumerate(starts):
        was, will = limits.limits_on(day, old), limits.limits_on(day, new)
        changed = [level for level in {*was, *will} if was.get(level) != will.get(level)]
        if not changed:
            continue
        where = ((InfoItem.category == S.SUDDEN) & InfoItem.event_at.is_null(False)
                 & (InfoItem.followup_of.is_null(True) | (InfoItem.followup_of == 0))
                 & (InfoItem.state != S.VOIDED) & InfoItem.event_level.in_(changed))
        if day > dt.date.min:
            where &= InfoItem.event_at >= dt.datetime.combine(day, dt.time.min)
        if n + 1 < len(starts):
            where &= InfoItem.event_at < dt.datetime.combine(starts[n + 1], dt.time.min)
        found.extend(InfoItem.select().where(where))
    return sorted(found, key=lambda item: item.event_at, reverse=True)


@settings.after_change(limits.SUDDEN_LIMITS.key)
def _limits_changed(before: Any, after: Any, actor: Any) -> str | None:
    """A change may not alter the limits of an event already registered: its 迟报 (or 按时) was
    judged by them, and a settings change hides a late report as a corrected 事发时间 would.
    保密 (an administrator may be cleared below an event): the refusal names, as its example, the
    latest event he may see, and counts none; events above his clearance alone refuse it
    without an example, in words the same for one as for five."""
    from officedesk.core.info import SPEC
    from officedesk.core.record_guards import level_of

    events = _events_rewritten(str(before or ""), str(after or ""))
    if not events:
        return None
    seen = [event for event in events if level_of(SPEC, event) <= actor.clearance]
    latest = (seen or events)[0]
    since = max(clock.today(), latest.event_at.date() + dt.timedelta(days=1)).isoformat()
    if seen:
        refused = text("新的突发事件报送时限会改变已登记的突发事件的时限，改写其是否迟报（如%1，事发时间 %2，"
                       "%3）。请保留原时限，另起一行写“%4起：”（或以后的日期），其下写自该日起改变的时限，"
                       "如“一般=60,180”。", latest.number or "未编号的一件",
                       f"{latest.event_at:%Y-%m-%d %H:%M}", latest.event_level, since)
    else:
        refused = text("新的突发事件报送时限会改变已登记的突发事件的时限，改写其是否迟报。请保留原时限，"
                       "另起一行写“%1起：”（或以后的日期），其下写自该日起改变的时限，如“一般=60,180”。",
                       since)
    raise ValidationError(refused, limits.SUDDEN_LIMITS.key)
