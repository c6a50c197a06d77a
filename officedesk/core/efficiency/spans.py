"""Read the recorded steps back as spans: one span per finished step, one per procedure.

A span is (procedure, step, record id, start, end, due, unit, person, category) with dates as
ordinals (end 0: still open; due 0: no time limit). `step` is WHOLE for the procedure itself
(收文 签收→办结, 发文 拟稿→印发, 督查 交办→办结, 信访 登记→答复/告知, 投诉 登记→办结).
Each loader reads only the records the actor may see (the registries' visibility filters) and
only those that touch the dates asked for. Rows are read as plain tuples: building a peewee
object per row would cost more than the figures themselves. Here: the span, the window, the
loaders of 收文 and 发文 and `load`; 督查 and 信访 in core.efficiency.matter_spans, 效能投诉 in
complaints, registered by the package."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

import peewee

from officedesk.core import records, settings, workdays
from officedesk.core.actor import Actor
from officedesk.core.lifecycle import counted

WHOLE = "全程"
BY_PERSON = "（经办人）"  # counted spans of one person's steps, whatever the step
# a stretch of a record under one time limit: counts only towards 逾期未办, for the procedures
# in LIMITED, whose whole span's due is the last limit alone (its 按时率's)
LIMIT = "（时限）"
LIMITED = frozenset({"petitions"})
NO_UNIT = "（未填）"
# a stretch of a record charged to the unit whose work it is (matter_spans.petition_parts):
# counts in the per-unit figures alone (volume, completed, 按时率), for the procedures in
# PARTED, whose whole span counts in every other figure but not per unit; a unit's 逾期未办 is
# its LIMIT spans' (the office's own limits, each charged to whoever had to meet it) and its
# PART_LIMIT spans' (a limit of the unit's alone, outside the office's procedure: a 转送's 受理)
PART = "（所办部分）"
PART_LIMIT = "（单位时限）"
PARTED = frozenset({"petitions", "incoming", "outgoing"})
# PARTED procedures whose unit's part runs in stretches, each under a limit of its own (a 发文's
# 核稿 spans, the chain's 核稿 limit): the PART's due says its 按时率 alone (on time: every
# stretch within its limit), its 逾期未办 is its stretches' PART_LIMIT spans' (figures.aggregate)
STRETCHED = frozenset({"outgoing"})
# the office itself in the per-unit figures of a PARTED procedure: the steps that are its own
OFFICE = "本机关"
# a 督查 task's 时限 as a 延期 left it: in force from the span's start (0: before the first
# 延期) on, its due; no figure counts it — `in_force_at` reads it for an earlier period's end
MOVED = "（时限变更）"

OUTGOING_LIMIT = settings.declare(
    "efficiency.outgoing_limit_days",
    int,
    10,
    "发文办理时限（工作日，拟稿至印发）",
    "效能",
    help="发文从拟稿到印发超过此数即为超时；按时率以此计算。",
)


class Span(NamedTuple):
    procedure: str  # incoming / outgoing / supervision / petitions / complaints
    step: str  # WHOLE or the step's name
    record_id: int
    start: int  # date ordinal
    end: int  # date ordinal, 0 while open
    due: int  # date ordinal, 0 when the step has no time limit
    unit: str
    person: str
    category: str  # 文种 / 督办级别 / 问题类别 / 投诉类别
    # steps counted in SQL: this many identical spans (record_id 0); a record's span: 1 + the
    # working days inside it that are not its own (a PART in stretches: spans.outgoing_parts),
    # left out of its duration (figures.own_days)
    weight: int = 1


from officedesk.core.efficiency.span_words import (  # noqa: E402,F401 (spans.UNIT_COUNTS … as before)
    CATEGORY_LABELS,
    COMPLETED_COUNTS,
    OFFICE_APART,
    PROCEDURES,
    RANKED_LABELS,
    UNIT_COUNTS,
    UNIT_LABELS,
    VOLUME_COUNTS,
)

# The steps a document waits for are its declared steps (core/documents/steps_spec.py, the
# chain's 审核 among them), less those named here: events, not waits (催办, 转督查; 修改: the
# draft changed while it waits), and steps after the procedure's end (办结, 印发). A step declared
# later is counted unless it is put here (tests/efficiency/test_chain_steps_counted.py).
NOT_WAITS: dict[str, frozenset[str]] = {
    "incoming": frozenset({"催办", "转督查", "归档"}),
    "outgoing": frozenset({"修改", "核发", "归档"}),
}
# recorded when the record is made, by no declared step: it only starts the clock
FIRST_STEP = {"incoming": "签收", "outgoing": "拟稿"}


@functools.cache
def counted_steps(registry: str) -> tuple[str, ...]:
    """The steps of 收文/发文 that the figures follow, in their declared order."""
    from officedesk.core import steps

    declared = [s.name for s in steps.procedure(registry).steps]
    return (FIRST_STEP[registry], *(n for n in declared if n not in NOT_WAITS[registry]))


def _ord(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return value.date().toordinal()
    if isinstance(value, dt.date):
        return value.toordinal()
    return dt.date.fromisoformat(str(value)[:10]).toordinal()  # PostgreSQL/SQLite text


def _rows(select: Any) -> list[tuple[Any, ...]]:
    sql, params = select.sql()
    return list(select.model._meta.database.execute_sql(sql, params).fetchall())


def _visible(spec_name: str, actor: Actor, select: Any) -> Any:
    from officedesk.core import registry

    levels = records.visible_levels(registry.get(spec_name), actor)
    return select if levels is None else select.where(levels)


class Window(NamedTuple):
    """The dates the figures look at: records started by `last` and not finished before `first`;
    one unit's records only, with `unit`; `detail`: one span per step of each record (for the
    drill-down) instead of the steps counted in SQL."""

    first: dt.date
    last: dt.date
    unit: str | None = None
    detail: bool = False


def _dates(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


# ---------------------------------------------------------------- 收文 and 发文
# The big registries: dates come out of SQL as day numbers; the steps' spans come grouped from
# the step-span summary (step_spans.counted: a GROUP BY over a covering index, ~40,000 rows for
# a year of 100,000 procedures and their 700,000 steps); the drill-down (Window.detail) reads
# each record's steps in one ordered pass. Spans are plain tuples in Span's order.

def day(column: Any) -> Any:
    """SQL for the column's day, cheaply: the text's first ten characters on SQLite, a date
    on PostgreSQL. `Days` turns the values into ordinals (a few hundred distinct ones)."""
    from officedesk.store.db import is_sqlite

    if is_sqlite():
        return peewee.fn.substr(column, 1, 10)
    return peewee.Cast(column, "date")


class Days(dict):
    """value of `day(column)` -> date ordinal (0 for NULL), computed once per distinct day."""

    def __missing__(self, value: Any) -> int:
        self[value] = result = _ord(value)
        return result


def _step_rows(registry: str, ids: Any, wanted: tuple[str, ...]) -> list[tuple[Any, ...]]:
    from officedesk.store.documents import DocStep

    return _rows(
        DocStep.select(DocStep.record_id, DocStep.step, day(DocStep.at), DocStep.person)
        .where(
            (DocStep.registry == registry)
            & DocStep.record_id.in_(ids)
            & DocStep.step.in_(list(wanted))
        )
        .order_by(DocStep.record_id, DocStep.id)
    )


def incoming_spans(actor: Actor, window: Window) -> list[Any]:
    from officedesk.core.documents import incoming
    from officedesk.core.efficiency import step_spans
    from officedesk.store.documents import IncomingDoc as D

    where = (
        (D.received_on <= window.last)
        & (D.finished_on.is_null() | (D.finished_on >= window.first))
        & (D.state != incoming.RETURNED)
        & counted("incoming", D)  # voided: registered by mistake, counts nowhere
    )
    if window.unit and window.unit != OFFICE:  # the office has its part of every 收文
        where &= D.handler_unit == window.unit
    rows = _rows(
        _visible(
            "incoming",
            actor,
            D.select(
                D.id, D.received_on, D.state, D.handler_unit, D.handler_person, D.kind,
                D.due_on, D.finished_on,
            ).where(where),
        )
    )
    finished = {incoming.DONE, incoming.ARCHIVED}
    out: list[Any] = []
    info: dict[int, tuple[str, str]] = {}
    days = Days()
    ids = _visible("incoming", actor, D.select(D.id).where(where))
    # a step is dated no earlier than those before it (core.step_dates), the first, 签收, on
    # the 收文日期: no 承办 of these records is before the earliest of their 收文日期
    since = min((days[r[1]] for r in rows), default=window.first.toordinal())
    handed = step_spans.last_days("incoming", "承办", ids, counted_steps("incoming"), since,
                                  [r[0] for r in rows])
    for rid, received, state, unit, person, kind, due, done in rows:
        kind = kind or "其他"
        info[rid] = (unit or "", kind)
        start, end = days[received], days[done] if state in finished else 0
        # the WHOLE counts in every figure but the per-unit ones (PARTED): no unit
        out.append(("incoming", WHOLE, rid, start, end, days[due], "", person, kind, 1))
        out.extend(incoming_parts(rid, start, handed.get(rid, 0), end, days[due], unit, person,
                                  kind))
    if not window.detail and not window.unit:  # `info` holds the same records as `ids`
        return out + step_spans.counted("incoming", ids, counted_steps("incoming"), "",
                                        window.first.toordinal(), window.last.toordinal(), list(info))
    # each step's span runs from the step before it; the first row only starts the clock. One
    # unit's figures (and the drill-down) read its records' steps in order: those after the
    # 承办 are its 承办单位's, the others the office's (UNIT_COUNTS), as only_unit keeps them
    current, prev, stopped, unit, kind, theirs = None, 0, False, "", "", False
    for rid, step, text, person in _step_rows("incoming", ids, counted_steps("incoming")):
        at = days[text]
        if rid != current:
            current, prev, stopped = rid, at, False
            unit, kind = info.get(rid, ("", "其他"))
            theirs = bool(unit) and not handed.get(rid)  # brought with its unit: all its own
            continue
        if stopped:
            continue
        out.append(("incoming", step, rid, prev, at, 0, unit if theirs else OFFICE, person, kind,
                    1))
        prev = at
        stopped = step == "办结"
        theirs = theirs or step == "承办" and bool(unit)
    return out


def incoming_parts(rid: int, start: int, handed: int, end: int, due: int, unit: str | None,
                   person: str, kind: str) -> list[Any]:
    """A 收文's per-unit spans (UNIT_COUNTS): the office's from the 收文日期 to the day it gave
    the document to its 承办单位 (`handed`: its 承办 step's day; none, 0: to its 办结, the office
    handled it itself), the 承办单位's from that day to the 办结 under the 办理时限 its 承办 set.
    One whose 承办 no step recorded (brought with its unit from a 台账) is its unit's whole."""
    if not unit:
        return [("incoming", PART, rid, start, end, due, OFFICE, person, kind, 1)]
    if not handed:
        return [("incoming", PART, rid, start, end, due, unit, person, kind, 1)]
    return [("incoming", PART, rid, start, handed, 0, OFFICE, "", kind, 1),
            ("incoming", PART, rid, handed, end, due, unit, person, kind, 1)]


def outgoing_spans(actor: Actor, window: Window) -> list[Any]:
    from officedesk.core.documents.outgoing_spec import DRAFTING
    from officedesk.core.efficiency import step_spans
    from officedesk.store.documents import OutgoingDoc as D

    # a document imported from an office's register (signed, printed before it was entered
    # here) started by its own dates, not on the day it was imported
    started = (
        (D.created_at < dt.datetime.combine(window.last + dt.timedelta(days=1), dt.time()))
        | (D.signed_on <= window.last) | (D.doc_date <= window.last)
    )
    where = (
        started
        & (D.print_date.is_null() | (D.print_date >= window.first))
        & counted("outgoing", D)
    )
    if window.unit and window.unit != OFFICE:  # the office has its part of every 发文
        where &= D.drafting_unit == window.unit
    rows = _rows(
        _visible(
            "outgoing",
            actor,
            D.select(
                D.id, day(D.created_at), D.drafting_unit, D.drafter, D.kind, D.print_date,
                D.signed_on, D.doc_date, D.state, D.secrecy,
            ).where(where),
        )
    )
    days = Days()
    info = {rid: [unit or NO_UNIT, kind or "其他", drafter, days[created], days[printed], 0,
                  _first_day(days[signed], days[dated], days[printed]), state == DRAFTING]
            for rid, created, unit, drafter, kind, printed, signed, dated, state, _s in rows}
    # the 核稿 limit of each record's chain (by 文种, 密级: a few distinct pairs)
    checked_by = _check_limits({rid: (kind or "", secrecy or "")
                                for rid, _c, _u, _d, kind, *_rest, secrecy in rows})
    ids = _visible("outgoing", actor, D.select(D.id).where(where))
    out: list[Any] = []
    # each record's 核稿 spans (from the 拟稿, or the 退回修改 before it): its 拟稿单位's stretches
    # (UNIT_COUNTS); `back`: the day of its last step, where a draft back with its unit began
    checks: dict[int, list[tuple[int, int]]] = {}
    back: dict[int, int] = {}
    steps_each = window.detail or bool(window.unit)  # one unit's own steps: read in order
    current, prev, stopped = None, 0, False
    entry: list[Any] = []
    for rid, step, text, person in _step_rows("outgoing", ids, counted_steps("outgoing")):
        at = days[text]
        if rid != current:
            current, prev, stopped = rid, at, False
            entry = info.get(rid) or [NO_UNIT, "其他", "", at, 0, 0, 0, False]
            entry[3] = at  # the 拟稿 step's day starts the clock
            back[rid] = at
            continue
        if stopped:
            continue
        if step == "核稿":
            checks.setdefault(rid, []).append((prev, at))
        if steps_each:
            out.append(("outgoing", step, rid, prev, at, 0,
                        entry[0] if step == "核稿" else OFFICE, person, entry[1], 1))
        prev = back[rid] = at
        if step == "印制":  # 印发: the 印制 step's day (the 印发日期 may be typed later)
            entry[5] = at
            stopped = True
    due_of = _due_cache(int(settings.get(OUTGOING_LIMIT.key)))
    for rid, (unit, kind, drafter, start, printed, stepped, own, drafting) in info.items():
        start = _first_day(start, own)  # an imported document's own dates come first
        end = stepped or printed
        # the WHOLE counts in every figure but the per-unit ones (PARTED): no unit
        out.append(("outgoing", WHOLE, rid, start, end, due_of(start), "", drafter, kind, 1))
        out.extend(outgoing_parts(rid, start, end, checks.get(rid, []),
                                  back.get(rid, 0) if drafting else 0, unit, drafter, kind,
                                  checked_by.get(rid)))
    if not steps_each:
        out += step_spans.counted("outgoing", ids, counted_steps("outgoing"), "",
                                  window.first.toordinal(), window.last.toordinal(), list(info))
    return out


def _check_limits(chosen: dict[int, tuple[str, str]]) -> dict[int, Callable[[int], int]]:
    """record id -> the due day of a 核稿 stretch started on a day, by the 核稿 limit its chain
    declares (chains.chain_for: its 文种's, else its 密级's, else the general one); none where
    the chain gives 核稿 no limit."""
    from types import SimpleNamespace

    from officedesk.core import chains

    limits: dict[tuple[str, str], Callable[[int], int] | None] = {}
    out: dict[int, Callable[[int], int]] = {}
    for rid, pair in chosen.items():
        if pair not in limits:
            chain = chains.chain_for("outgoing", SimpleNamespace(kind=pair[0], secrecy=pair[1]))
            step = chain.find("核稿") if chain is not None else None
            limits[pair] = _due_cache(step.days) if step is not None and step.days is not None \
                else None
        due_of = limits[pair]
        if due_of is not None:
            out[rid] = due_of
    return out


def outgoing_parts(rid: int, start: int, end: int, checks: list[tuple[int, int]], back: int,
                   unit: str, drafter: str, kind: str,
                   due_of: Callable[[int], int] | None = None) -> list[Any]:
    """A 发文's per-unit spans (UNIT_COUNTS): its 拟稿单位's from the 拟稿 to its last 核稿 (open
    while the draft is back with it: `back`, the day it was sent back; 0: it is not), the
    stretches between them the office's; the office's from the first 核稿 to the 印发, less the
    unit's stretches after it. Each span's weight is 1 + the working days inside it that are
    the other's (`breaks`). One no 核稿 of which is recorded (brought in past it from a 台账) is
    its unit's whole; one not yet 核稿 its unit's, open.
    `due_of` (the chain's 核稿 limit): each stretch is due that many working days after its
    start, a PART_LIMIT span (its 逾期未办); the unit's part is on time when every stretch was
    核稿 within its limit — its due the last stretch's then, else the first late one's (so its
    end is past it). One brought in past its 核稿 is judged by no limit."""
    if not checks:
        stretches = [(start, 0)] if back else []
        return [("outgoing", PART, rid, start, 0 if back else end,
                 due_of(start) if back and due_of else 0, unit, drafter, kind, 1),
                *_limits(rid, stretches, due_of, unit, drafter, kind)]
    stretches = checks + [(back, 0)] if back else checks
    theirs = 1 + sum(_working(a[1], b[0]) for a, b in zip(stretches, stretches[1:], strict=False))
    ours = 1 + sum(_working(a, b) for a, b in checks[1:])
    due = 0
    if due_of is not None:
        dues = [due_of(a) for a, _b in stretches]
        due = next((d for (_a, b), d in zip(stretches, dues, strict=True) if b > d), dues[-1])
    return [("outgoing", PART, rid, checks[0][0], 0 if back else checks[-1][1], due, unit,
             drafter, kind, theirs),
            ("outgoing", PART, rid, checks[0][1], 0 if back else end, 0, OFFICE, "", kind, ours),
            *_limits(rid, stretches, due_of, unit, drafter, kind)]


def _limits(rid: int, stretches: list[tuple[int, int]], due_of: Callable[[int], int] | None,
            unit: str, drafter: str, kind: str) -> list[Any]:
    """The unit's 核稿 stretches under the chain's limit (PART_LIMIT: its 逾期未办 alone)."""
    if due_of is None:
        return []
    return [("outgoing", PART_LIMIT, rid, a, b, due_of(a), unit, drafter, kind, 1)
            for a, b in stretches]


def _working(start: int, end: int) -> int:
    """Working days after `start` up to and including `end` (ordinals): the few breaks in a
    发文's parts (figures' spans take theirs from the WorkdayIndex)."""
    if end <= start:
        return 0
    return workdays.working_days_between(dt.date.fromordinal(start), dt.date.fromordinal(end))


def _first_day(*days: int) -> int:
    """The earliest of the day numbers given (0: none given)."""
    return min((day for day in days if day), default=0)


def _due_cache(limit: int) -> Callable[[int], int]:
    cache: dict[int, int] = {}

    def due(start: int) -> int:
        value = cache.get(start)
        if value is None:
            value = workdays.add_working_days(dt.date.fromordinal(start), limit).toordinal()
            cache[start] = value
        return value

    return due


# procedure -> its loader, in the order `load` reads them: 督查 and 信访 (core.efficiency.
# matter_spans) and 效能投诉 (complaints) are registered by the package, after these
LOADERS: dict[str, Callable[[Actor, Window], list[Any]]] = {
    "incoming": incoming_spans,
    "outgoing": outgoing_spans,
}


def register_loader(procedure: str, loader: Callable[[Actor, Window], list[Any]]) -> None:
    LOADERS[procedure] = loader


def load(actor: Actor, window: Window, procedures: Iterable[str] | None = None) -> list[Any]:
    from officedesk.store.db import guarded

    spans: list[Any] = []
    with guarded("统计效能"):
        for name in procedures or list(LOADERS):
            spans.extend(LOADERS[name](actor, window))
    return spans
