"""Figures (per month, by form, category, region; repeat and on-time rates), the 工作台's due
items and the list's lights. Everything is counted in SQL."""

from __future__ import annotations

import datetime as dt
import operator
from functools import reduce
from typing import Any

import peewee

from officedesk.core import clock, dashboard, due_soon, records, registry
from officedesk.core.actor import Actor
from officedesk.core.dashboard import DueItem
from officedesk.core.i18n import text
from officedesk.core.lifecycle import counted
from officedesk.core.petitions import deadlines
from officedesk.core.petitions import spec as S
from officedesk.core.rates import percent
from officedesk.store.db import guarded
from officedesk.store.petitions import Petition, PetitionStep

LIGHT_OVERDUE = "逾期"
LIGHT_SOON = "临期"
LIGHT_OK = "正常"


def light(record: Any, today: dt.date | None = None) -> str:
    """逾期 / 临期 / 正常 for an open petition with a deadline; '' otherwise."""
    if record.state not in S.OPEN_STATES or not record.next_due:
        return ""
    today = today or clock.today()
    if record.next_due < today:
        return LIGHT_OVERDUE
    if due_soon.soon(record.next_due, today):  # the office's 临期提醒, as it counts days
        return LIGHT_SOON
    return LIGHT_OK


def due_items(actor: Actor, today: dt.date, horizon: dt.date) -> list[DueItem]:
    # `state || ''`: not the state index (SQLite would read every open record and sort them:
    # 3.3 s at 1,000,000) but the next_due one, walked until 500 the actor may see are found
    due = (Petition.state.concat("").in_(S.OPEN_STATES) & Petition.next_due.is_null(False)
           & (Petition.next_due <= horizon))
    visible = records.visible_levels(registry.get("petitions"), actor)
    with guarded("查询"):
        rows = (
            Petition.select(
                Petition.id,
                Petition.number,
                Petition.name,
                Petition.category,
                Petition.next_due,
                Petition.next_due_what,
                Petition.target_unit,
                Petition.receiver,
            )
            .where(due if visible is None else due & visible)
            .order_by(Petition.next_due)
            .limit(dashboard.SHOWN_PER_REGISTRY)
        )
        return [
            DueItem(
                "petitions",
                "信访",
                p.id,
                text("%1 %2：%3", p.number, p.name, p.category),
                p.next_due_what,
                p.next_due,
                p.target_unit or p.receiver,
                counted=deadlines.counted_due(p),  # a typed 交办回报: never 暂按
            )
            for p in rows
            if p.next_due is not None
        ]


def _year(year: int, actor: Actor) -> peewee.Expression:
    """The year's petitions, not counting those voided (registered by mistake), only those at
    or below the actor's clearance."""
    condition = (
        (Petition.registered_on >= dt.date(year, 1, 1))
        & (Petition.registered_on <= dt.date(year, 12, 31))
        & counted("petitions", Petition)
    )
    levels = records.visible_levels(registry.get("petitions"), actor)
    return condition if levels is None else condition & levels


def _grouped(column: Any, year: int, actor: Actor) -> dict[str, int]:
    rows: Any = (
        Petition.select(column, peewee.fn.COUNT(Petition.id))
        .where(_year(year, actor))
        .group_by(column)
        .order_by(peewee.fn.COUNT(Petition.id).desc())
        .tuples()
    )
    return {str(key or "（未填）"): n for key, n in rows}


# what deadlines.limits reads of a petition
_LIMIT_FIELDS = (
    "state", "registered_on", "closed_on", "handling", "decided_on", "decide_due", "notified_on",
    "notify_due", "accepted_on", "replied_on", "handle_due", "reported_on", "accept_due",
    "report_due", "review_requested_on", "review_kind", "review_answered_on", "review_due",
)


def overdue_on(day: dt.date, actor: Actor) -> int:
    """Petitions 在办逾期 on `day` (a year's end, or today), whenever registered, that the actor
    may see: a time limit run out by then and still unmet (deadlines.overdue_on; on today, the
    list's red lights; a past year's, one due on its last day too), as the 督查 and 收文 figures
    of `stats` count theirs. Every limit the office tracks counts — the receiving unit's 受理 of a
    转送, a 交办回报, a 复查/复核 answer —, where 效能's 逾期未办 counts only the office's own 处理,
    告知 and 答复 (deadlines.limits(own=True)): `stats`' label says so."""
    from officedesk.core.petitions.deadlines import overdue_on as late

    # a day already over (a past year's end): a limit due on it and unmet then had run out
    over = day < clock.today()
    dues = [getattr(Petition, name) for name in _LIMIT_FIELDS if name.endswith("_due")]
    candidates = (
        (Petition.registered_on <= day)
        & counted("petitions", Petition)
        & (Petition.closed_on.is_null() | (Petition.closed_on > day))
        & reduce(operator.or_, [(due <= day) if over else (due < day) for due in dues])
    )
    levels = records.visible_levels(registry.get("petitions"), actor)
    if levels is not None:
        candidates &= levels
    rows: Any = Petition.select(*(getattr(Petition, n) for n in _LIMIT_FIELDS)).where(
        candidates).namedtuples()
    return sum(1 for p in rows if late(p, day, over))


_REQUESTS = ("复查申请", "复核申请")  # the steps that reopen a petition 办结 after its answer


def closed_by(day: dt.date) -> peewee.Expression:
    """Petitions 办结 on `day` (SQL): closed by then and still (办结日期 on or before it), or
    closed by then and reopened after it by a timely 复查/复核申请 — its 办结日期 is cleared then,
    and the history's 办结 step, with no request after it by `day`, tells it; looked up only for
    the few whose last request came after `day`."""
    close, request = PetitionStep.alias(), PetitionStep.alias()
    later_request = request.select(request.id).where(
        (request.petition == Petition.id) & request.kind.in_(_REQUESTS) & (request.on <= day)
        & ((request.on > close.on) | ((request.on == close.on) & (request.id > close.id))))
    closed_then = close.select(close.id).where(
        (close.petition == Petition.id) & (close.kind == "办结") & (close.on <= day)
        & ~peewee.fn.EXISTS(later_request))
    return (Petition.closed_on <= day) | (
        (Petition.review_requested_on > day) & peewee.fn.EXISTS(closed_then))


def closed_among(ids: list[int], day: dt.date) -> int:
    """How many of the petitions `ids` were 办结 on `day` (closed_by, `stats`' 已办结): 效能
    says how many of its 信访 完成 were not, beside `stats`' figure."""
    closed = 0
    with guarded("统计"):
        for chunk in range(0, len(ids), 30000):
            part = ids[chunk : chunk + 30000]
            closed += Petition.select().where(Petition.id.in_(part) & closed_by(day)).count()
    return closed


def _count(condition: peewee.Expression) -> Any:
    """SQL: how many rows meet `condition`, in an aggregate over several."""
    return peewee.fn.SUM(peewee.Case(None, [(condition, 1)], 0))


def _rate(part: int, whole: int) -> float | None:
    """A percentage with one decimal; None (shown “—”) when there is nothing to divide by, as
    效能 and 督查 have it: no petition is not a 0 % rate. 四舍五入, as they round (core.rates)."""
    return percent(part, whole)


def figures(actor: Actor, year: int) -> dict[str, Any]:
    """`stats` and the chart: per month, by form, category, region; repeat and on-time rates."""
    # as of the year's end, or today if earlier (README), as the 督查 and 收文 figures: what
    # was answered and closed by then, not as the petitions stand today
    as_of = min(dt.date(year, 12, 31), clock.today())
    answered = (Petition.replied_on <= as_of) & Petition.handle_due.is_null(False)
    with guarded("统计"):
        months = {str(m): 0 for m in range(1, 13)}
        month_expr = (
            peewee.fn.strftime("%m", Petition.registered_on)
            if _sqlite()
            else peewee.fn.date_part("month", Petition.registered_on)
        )
        per_month: Any = (
            Petition.select(month_expr.alias("m"), peewee.fn.COUNT(Petition.id))
            .where(_year(year, actor))
            .group_by(peewee.SQL("m"))
            .tuples()
        )
        for month, n in per_month:
            months[str(int(month))] = n
        total = sum(months.values())
        # one pass over the year's petitions for the four counts
        counts: Any = Petition.select(
            _count(Petition.repeat_of.is_null(False)),
            _count(answered),
            _count(answered & (Petition.replied_on <= Petition.handle_due)),
            _count(closed_by(as_of)),
        ).where(_year(year, actor)).tuples()
        repeats, replied_n, replied_on_time, closed = (int(n or 0) for n in counts.get())
        overdue = overdue_on(as_of, actor)
    # 已答复 and 按期答复 count the 答复 only: a 不予受理告知 answers nothing (it tells why the
    # matter is not taken up), and the 告知 limit is not the 答复's
    finished, on_time = replied_n, replied_on_time
    from officedesk.core.petitions.repeats import frequent_petitioners

    return {
        "year": year,
        "total": total,
        "per_month": months,
        "by_form": _grouped(Petition.form, year, actor),
        "by_category": _grouped(Petition.category, year, actor),
        "by_region": _grouped(Petition.region, year, actor),
        "repeats": repeats,
        "repeat_rate": _rate(repeats, total),
        "answered": finished,
        "answered_on_time": on_time,
        "on_time_rate": _rate(on_time, finished),
        "closed": closed,
        "open_overdue": overdue,
        "frequent_petitioners": frequent_petitioners(year, limit=10, actor=actor),
    }


def _sqlite() -> bool:
    from officedesk.store.db import is_sqlite

    return is_sqlite()
