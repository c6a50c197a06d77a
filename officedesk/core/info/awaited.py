"""What the 信息科 is waiting to do on an 信息 outside the approval chain, with its time limit:
接收 of an item reported and not yet received (due the day it was reported: a unit's report is
received the day it comes), and the report clock of a sudden event (首报: the phone report, then
the written one, by core.info.sudden's limits). 我的待办 (core.my_work) lists them for the
section's staff, the 工作台 (figures.due_items) for everyone; both read them here, only items the
actor's clearance reaches."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from officedesk.core import clock, records, settings
from officedesk.core.actor import Actor
from officedesk.core.info import spec as S
from officedesk.core.info import sudden
from officedesk.store.db import guarded
from officedesk.store.info import InfoItem

RECEIVE, PHONE, WRITTEN = "接收", "电话报告", "书面报告"
READ_LIMIT = 500  # the items looked at per kind on each refresh, the oldest first


@dataclass(frozen=True)
class Awaited:
    item: Any  # the InfoItem
    step: str  # 接收, 电话报告 or 书面报告
    since: dt.date  # 报送 (接收) or 事发 (a sudden event's clock)
    due: dt.date
    due_at: dt.datetime | None = None  # a sudden event's limit to the minute
    clock_text: str = ""  # 书面报告剩 35 分钟 …
    mark: str = ""  # the clock's light colour
    soon_at: dt.datetime | None = None  # from when the limit is near (its yellow light)
    note: str = ""  # a phone report that came late (电话迟报 8 分钟), for good


def _visible(actor: Actor, condition: Any) -> Any:
    from officedesk.core.info import SPEC

    levels = records.visible_levels(SPEC, actor)
    return condition if levels is None else condition & levels


def to_receive(actor: Actor) -> list[Awaited]:
    """Items 待接收, due the day they were reported."""
    with guarded("查询"):
        rows = list(InfoItem.select().where(_visible(actor, InfoItem.state == S.TO_RECEIVE))
                    .order_by(InfoItem.reported_at, InfoItem.id).limit(READ_LIMIT))
    result = []
    for item in rows:
        reported = item.reported_at.date() if item.reported_at else clock.today()
        result.append(Awaited(item, RECEIVE, reported, reported))
    return result


def clocks(actor: Actor, now: dt.datetime | None = None) -> list[Awaited]:
    """First reports of sudden events whose report clock runs (no written report yet): the
    first limit still unmet — the phone report's, then the written one's."""
    now = now or clock.now()
    warn = dt.timedelta(minutes=int(settings.get(S.SUDDEN_WARN.key)))
    with guarded("查询"):
        rows = list(InfoItem.select().where(_visible(
            actor, (InfoItem.category == S.SUDDEN)
            & (InfoItem.followup_of.is_null(True) | (InfoItem.followup_of == 0)) & InfoItem.written_at.is_null() & (InfoItem.state != S.VOIDED)))
            .order_by(InfoItem.event_at, InfoItem.id).limit(READ_LIMIT))
    result = []
    for item in rows:
        running = sudden.clock_of(item, now)
        if running is None:
            continue
        step, limit = ((WRITTEN, running.written_due) if item.phoned_at
                       else (PHONE, running.phone_due))
        since = item.event_at.date() if item.event_at else limit.date()
        result.append(Awaited(item, step, since, limit.date(), limit, running.text,
                              running.color, limit - warn, sudden.phoned_late(item) or ""))
    return result


def awaited(actor: Actor, now: dt.datetime | None = None) -> list[Awaited]:
    """Both, one entry an item: a sudden event still to be received is listed by its clock (the
    nearer and stricter limit), not twice. The clocks first, by urgency (core.dashboard)."""
    running = clocks(actor, now)
    timed = {found.item.id for found in running}
    running.sort(key=lambda found: (found.due_at or dt.datetime.max, found.item.id))
    return running + [found for found in to_receive(actor) if found.item.id not in timed]


def next_step(record: Any, allowed: list[str]) -> str | None:
    """The step Enter on an item opens, of `allowed` (the steps the actor may do on it now, in
    the order the window offers them): the one its state waits for (接收 … 编发), as for a 公文
    or a 信访 (core.step_offered.next_step); none for an item already in a periodical — 上报,
    采用 and 批示 are the clerk's choice, by their buttons — nor for one 不采用 or 作废."""
    from officedesk.core.step_offered import next_step as waiting_step

    if record.state in (*S.OUT_STATES, S.REJECTED, S.VOIDED):
        return None
    return waiting_step("info", record, allowed)
