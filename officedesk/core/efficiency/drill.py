"""Drill-down: the records behind a figure — which 收文, 发文, 督查 tasks, 信访 or 投诉 make up
a unit's, person's, category's, step's or month's count — with their own durations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from officedesk.core.actor import Actor
from officedesk.core.efficiency import figures as F
from officedesk.core.efficiency import report
from officedesk.core.efficiency import spans as S

# a record's 情况 in a drill-down (the interface shows them through the catalogue)
ON_TIME, LATE, DONE, OVERDUE, OPEN = "按时", "超时", "完成", "逾期未办", "在办"
STATES = (ON_TIME, LATE, DONE, OVERDUE, OPEN)

# procedure -> (registry a record opens in, its number field, its title field)
RECORDS = {
    "incoming": ("incoming", "receive_no", "title"),
    "outgoing": ("outgoing", "doc_no", "title"),
    "supervision": ("supervision", "number", "title"),
    "petitions": ("petitions", "number", "category"),
    "complaints": ("complaints", "number", "unit"),
}


@dataclass(frozen=True)
class Behind:
    registry: str
    record_id: int
    number: str
    title: str
    step: str
    start: dt.date
    end: dt.date | None
    due: dt.date | None
    days: int | None  # working days, for a finished span
    state: str  # one of STATES


def records_behind(
    actor: Actor,
    procedure: str,
    first: dt.date,
    last: dt.date,
    group: str = "total",
    key: str = "",
    today: dt.date | None = None,
    unit: str | None = None,
) -> list[Behind]:
    """The spans behind a figure of the period: group is total, unit, person, category (whole
    procedures started, finished or overdue in the period), step (that step finished in the
    period; key = the step's name) or step_person (the steps a person did; key = the name).
    `unit`: behind one unit's figures (the tab's 单位), as report.efficiency(unit=) counts them."""
    from officedesk.core import clock

    report.check_period(first, last)
    today = today or clock.today()
    window = S.Window(first, last, unit, True)
    cal = report.calendar_for(window, today)
    lo, hi = first.toordinal(), last.toordinal()
    chosen = []
    column = {"unit": 6, "person": 7, "category": 8}.get(group)
    spans = [S.Span(*row) for row in report.only_unit(S.LOADERS[procedure](actor, window), unit)]
    # per unit, a PARTED procedure's records are each unit's part of them, late by its limits
    parted = group == "unit" and procedure in S.PARTED
    late = _late(procedure, spans, F.Period(first, last), today, key if parted else None)
    for span in spans:
        if group in ("step", "step_person"):
            wanted = span.step == key if group == "step" else span.person == key
            if span.step in COUNTED or not wanted or not span.end or not lo <= span.end <= hi:
                continue
        else:
            if span.step != (S.PART if parted else S.WHOLE):
                continue
            if column is not None and span[column] != key:
                continue
            overdue = span.record_id in late
            if not (lo <= span.start <= hi or (span.end and lo <= span.end <= hi) or overdue):
                continue
        chosen.append(span)
    return _rows(procedure, chosen, cal, late, actor, hi)


def _late(procedure: str, spans: list[S.Span], period: F.Period, today: dt.date,
          unit: str | None = None) -> set[int]:
    """The records 逾期未办 at the period's end (or today), as figures.aggregate counts them;
    `unit`: by the limits charged to that unit (a PARTED procedure's per-unit figure)."""
    counted = {S.LIMIT} if procedure in S.LIMITED else {S.WHOLE}
    if procedure in S.STRETCHED:  # the whole's limit; a unit's part (only_unit) its stretches'
        counted = {S.WHOLE, S.LIMIT}
    if unit is not None:  # a unit's own limits: its LIMIT spans' and its own, or its part's
        counted = {S.LIMIT, S.PART_LIMIT} if procedure in S.LIMITED else \
            {S.PART_LIMIT} if procedure in S.STRETCHED else {S.PART}
    cut, over = F.cut_day(period, today)
    return {s.record_id for s in spans
            if s.step in counted and (unit is None or s.unit == unit)
            and not (s.step == S.WHOLE and s.unit and procedure in S.STRETCHED)
            and F.overdue(s.due, s.start, s.end, cut, over)}


# the spans that are no step of a procedure
COUNTED = (S.WHOLE, S.LIMIT, S.PART, S.PART_LIMIT, S.MOVED)


def _rows(procedure: str, chosen: list, cal: Any, late: set[int], actor: Actor,
          last: int) -> list[Behind]:
    """The records behind the chosen spans, less those withheld from the actor (a 效能投诉 from
    whom it complains of): the figure counts it, its drill-down does not name it. Each one's
    情况 is its state at the period's end (the day `last`), as the figures count it: one done
    after it was 在办 or 逾期未办 then, not 按时 or 超时 (its end and days still shown)."""
    from officedesk.core import records, registry

    registry_name, number_field, title_field = RECORDS[procedure]
    ids = {s.record_id for s in chosen}
    opened: dict[int, int] = {}
    if procedure == "supervision":  # spans are tasks; the item is what opens
        from officedesk.store.supervision import SupervisionTask

        pairs: Any = (
            SupervisionTask.select(SupervisionTask.id, SupervisionTask.item)
            .where(SupervisionTask.id.in_(list(ids)))
            .tuples()
        )
        for task_id, item_id in pairs:
            opened[task_id] = item_id
    spec = registry.get(registry_name)
    fetched = records.fetch(spec, set(opened.values()) if opened else ids)
    out = []
    for s in sorted(chosen, key=lambda s: (s.start, s.record_id)):
        rid = opened.get(s.record_id, s.record_id)
        record = fetched.get(rid)
        if record is None or records.withheld(spec, record, actor):
            continue
        days = F.own_days(cal, s) if s.end else None
        if s.end and s.end <= last:
            state = LATE if s.due and s.end > s.due else ON_TIME if s.due else DONE
        else:
            state = OVERDUE if s.record_id in late else OPEN
        out.append(
            Behind(
                registry_name,
                rid,
                str(getattr(record, number_field, "") or ""),
                str(getattr(record, title_field, "") or ""),
                s.step,
                dt.date.fromordinal(s.start),
                dt.date.fromordinal(s.end) if s.end else None,
                dt.date.fromordinal(s.due) if s.due else None,
                days,
                state,
            )
        )
    return out
