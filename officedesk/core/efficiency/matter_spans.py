"""督查 and 信访 as spans (core.efficiency.spans): each 事项 read off the dates its own rows
keep — a 督查 task's 交办, 反馈 and 办结 under the 时限 in force (a 延期 moving it: MOVED spans,
`in_force_at` for an earlier period's end); a 信访事项's 处理, 告知 and 答复 with their legal
limits — where 收文 and 发文 are read from their step table. Registered as loaders by the
package (core.efficiency), in spans.PROCEDURES' order."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from officedesk.core import clock
from officedesk.core.actor import Actor
from officedesk.core.efficiency.spans import (
    LIMIT,
    MOVED,
    NO_UNIT,
    OFFICE,
    PART,
    PART_LIMIT,
    WHOLE,
    Span,
    Window,
    _dates,
    _ord,
    _rows,
    _visible,
)
from officedesk.core.lifecycle import counted
from officedesk.core.petitions.deadlines import OWN as OWN_LIMITS

# ---------------------------------------------------------------- 督查


def supervision_spans(actor: Actor, window: Window) -> list[Span]:
    from officedesk.core.supervision import in_force
    from officedesk.core.supervision.tasks import next_report_due
    from officedesk.store.supervision import SupervisionItem as I
    from officedesk.store.supervision import SupervisionReport as R
    from officedesk.store.supervision import SupervisionTask as T

    items = _visible("supervision", actor, I.select(I.id).where(counted("supervision", I)))
    select = (
        T.select(
            T.id, T.item, T.assigned_on, T.done_on, T.deadline, T.lead_unit, T.responsible,
            I.level, I.start_date, I.cycle, T.seq, T.created_at,
        )
        .join(I, on=(T.item == I.id))
        .where(
            T.item.in_(items)
            & (T.assigned_on <= window.last)
            & (T.done_on.is_null() | (T.done_on >= window.first))
        )
    )
    rows = _rows(select)
    reports: dict[int, list[int]] = {}
    task_ids = [r[0] for r in rows]
    for chunk in range(0, len(task_ids), 30000):
        part = task_ids[chunk : chunk + 30000]
        for task_id, on in _rows(
            R.select(R.task, R.report_date).where(R.task.in_(part)).order_by(R.task, R.report_date)
        ):
            reports.setdefault(task_id, []).append(_ord(on))
    # each task's 时限 as the 督查通报 reads it (in_force): the one in force on the day it was
    # done, or at the window's end (or today) while open then — a 延期 granted later does not
    # take a task out of a past period's 逾期未办
    moved = in_force.extensions({row[1] for row in rows})
    open_until = min(window.last, clock.today())
    out: list[Span] = []
    for tid, item_id, assigned, done, deadline, unit, person, level, started, cycle, seq, made \
            in rows:
        if moved.get(item_id):
            done_day = _dates(done)
            judged = done_day if done_day is not None and done_day <= window.last else open_until
            task = _TaskDates(tid, item_id, seq, unit, _dates(deadline), _when(made))
            deadline = in_force.task_deadline(task, moved, judged)
        start, end, due = _ord(assigned), _ord(done), _ord(deadline)
        unit = unit or NO_UNIT
        level = level or "一般督办"
        out.append(Span("supervision", WHOLE, tid, start, end, due, unit, person, level))
        if moved.get(item_id):
            out.extend(_moves(task, moved, unit, person, level))
        # 立项→交办 is the 督查 office's (it splits the item and assigns it), not the unit's
        # nor its 责任人's: the unit's part begins when it is assigned its task
        out.append(Span("supervision", "交办", tid, _ord(started), start, 0, OFFICE, "", level))
        base = start
        for on in reports.get(tid, []):
            report_due = next_report_due(
                cycle, dt.date.fromordinal(base), _dates(deadline) or dt.date.fromordinal(due)
            )
            out.append(
                Span("supervision", "反馈", tid, base, on, report_due.toordinal(), unit, person, level)
            )
            base = on
        if end:
            out.append(Span("supervision", "办结", tid, base, end, due, unit, person, level))
    return out


def _moves(task: _TaskDates, moved: dict[int, list[Any]], unit: str, person: str,
           level: str) -> list[Span]:
    """The task's 时限 in force from each day a 延期 of its item was granted on (and before the
    first), as MOVED spans; none when no 延期 moved this task's."""
    from officedesk.core.supervision import in_force

    granted = sorted({e.granted for e in moved.get(task.item_id, ()) if not e.of_item})
    if not granted:
        return []
    first = in_force.task_deadline(task, moved, granted[0] - dt.timedelta(days=1))
    steps = [(0, first.toordinal())]
    for day in granted:
        due = in_force.task_deadline(task, moved, day).toordinal()
        if due != steps[-1][1]:
            steps.append((day.toordinal(), due))
    if len(steps) == 1:
        return []
    return [Span("supervision", MOVED, task.id, since, 0, due, unit, person, level)
            for since, due in steps]


def in_force_at(spans: list[Any], cut: int) -> list[Any]:
    """The spans as a period ending on the day `cut` reads them: each 督查 task still open at
    the end of that day is due by the 时限 in force then, as that period's 督查通报 read it (a
    延期 granted after it does not take the task out of its 逾期未办). The loader dates the
    open tasks by the window's end; an earlier period (环比, 同比) needs its own."""
    moves: dict[int, int] = {}
    for span in spans:
        if span[1] == MOVED and span[3] <= cut:  # in order: the latest in force by `cut` wins
            moves[span[2]] = span[5]
    if not moves:
        return spans
    out = []
    for span in spans:
        if span[1] == WHOLE and span[0] == "supervision" and (not span[4] or span[4] > cut):
            due = moves.get(span[2])
            if due is not None and due != span[5]:
                span = span._replace(due=due)
        out.append(span)
    return out


class _TaskDates(NamedTuple):
    """What in_force.task_deadline reads of a task."""

    id: int
    item_id: int
    seq: int
    lead_unit: str
    deadline: dt.date | None
    created_at: dt.datetime | None


def _when(value: Any) -> dt.datetime | None:
    """A stamp as SQLite (text) or PostgreSQL (a datetime) gives it."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


# ---------------------------------------------------------------- 信访


# whose work each time limit of a 信访事项 is (《信访工作条例》2022, DOMAIN §5): deciding and
# forwarding within 15 日 and telling the petitioner are the office's (本机关), as is the 办理 of
# a matter it answers itself; the 去向单位's part begins when it was sent the matter — a 转送's
# 受理 (deciding in 15 日 whether to accept), a 交办's 办理 and 答复. 交办回报 and 复查/复核 are
# tracked by the registry (stats), not in 效能.
UNITS_LIMITS = {"转送": "转送受理", "交办": "办理答复"}


def charged_to(handling: str | None, target: str | None, limit: str) -> str | None:
    """The unit a petition's limit (`deadlines.Limit.what`) is charged to in 效能's per-unit
    figures: the 去向单位 for its own part, the office (OFFICE) for the rest; None for a limit
    效能 does not count."""
    if target and handling and UNITS_LIMITS.get(handling) == limit:
        return target
    return OFFICE if limit in OWN_LIMITS else None


def petition_spans(actor: Actor, window: Window) -> list[Span]:
    from officedesk.core.petitions.deadlines import limits
    from officedesk.store.petitions import Petition as P
    from officedesk.store.petitions import PetitionStep as PS

    select = _visible(
        "petitions",
        actor,
        P.select(
            P.id, P.registered_on, P.handling, P.target_unit, P.receiver, P.category,
            P.decided_on, P.decide_due, P.notified_on, P.notify_due, P.accepted_on,
            P.replied_on, P.handle_due, P.closed_on, P.state, P.reported_on, P.accept_due,
        ).where(
            (P.registered_on <= window.last)
            & (P.closed_on.is_null() | (P.closed_on >= window.first))
            & counted("petitions", P)
        ),
    )
    rows = _rows(select)
    people: dict[tuple[int, str], str] = {}
    ids = [r[0] for r in rows]
    for chunk in range(0, len(ids), 30000):
        part = ids[chunk : chunk + 30000]
        for pid, kind, person in _rows(
            PS.select(PS.petition, PS.kind, PS.person).where(PS.petition.in_(part))
        ):
            people[(pid, kind)] = person
    out: list[Span] = []
    for row in rows:
        pid, registered, handling, target, receiver, category = row[:6]
        decided, decide_due, notified, notify_due, accepted, replied, handle_due, closed = (
            _ord(v) for v in row[6:14]
        )
        reported, accept_due = _ord(row[15]), _ord(row[16])
        start = _ord(registered)
        category = category or "其他"
        receiver = receiver or people.get((pid, "登记"), "")
        # the WHOLE span counts in every figure but the per-unit ones (PARTED): no unit
        if decided:
            out.append(
                Span("petitions", "处理", pid, start, decided, decide_due, OFFICE,
                     people.get((pid, handling), receiver), category)
            )
            if notified:
                kind = "不予受理告知" if handling == "不予受理" else "受理告知"
                out.append(
                    Span("petitions", "告知", pid, decided, notified, notify_due, OFFICE,
                         people.get((pid, kind), receiver), category)
                )
        if replied:
            out.append(
                Span("petitions", "答复", pid, accepted or decided or start, replied, handle_due,
                     charged_to(handling, target, "办理答复") or OFFICE,
                     people.get((pid, "答复"), receiver), category)
            )
        if handling in ("转送", "不予受理"):  # this office's part ends with telling the petitioner
            end, due = notified, notify_due
        else:
            end, due = replied, handle_due
        out.append(Span("petitions", WHOLE, pid, start, end, due, "", receiver, category))
        # per unit: the office's part from 登记 (to its 告知 where a unit takes the matter on),
        # the 去向单位's from the day it was sent it (处理), ended as its limit is met
        own_end, own_due = (notified, notify_due) if handling == "交办" else (end, due)
        out.append(Span("petitions", PART, pid, start, own_end, own_due, OFFICE, receiver,
                        category))
        unit = charged_to(handling, target, UNITS_LIMITS.get(handling or "", ""))
        if unit and decided:  # a 交办's ends with its 答复, a 转送's with the unit's answer
            if handling == "转送":
                end, due = reported or closed, accept_due
            out.append(Span("petitions", PART, pid, decided, end, due, unit, receiver, category))
        # 逾期未办: the earliest legal limit still unmet (处理, then 告知, then 答复), the rule
        # of the registry's own deadlines (deadlines.limits), not the last limit alone; each
        # charged to whoever had to meet it
        day = _dates
        dates = _PetitionDates(
            row[14], day(registered), day(row[6]), day(row[7]), day(row[8]), day(row[9]),
            day(row[10]), day(row[11]), day(row[12]), day(row[13]), handling,
            day(row[15]), day(row[16]), None, None,
        )
        for limit in limits(dates):
            charged = charged_to(handling, target, limit.what)
            if charged is None:
                continue
            step = LIMIT if limit.what in OWN_LIMITS else PART_LIMIT
            out.append(Span("petitions", step, pid, limit.since.toordinal(), _ord(limit.met),
                            _ord(limit.due), charged, receiver, category))
    return out


class _PetitionDates(NamedTuple):
    """What deadlines.limits reads of a petition."""

    state: str
    registered_on: dt.date | None
    decided_on: dt.date | None
    decide_due: dt.date | None
    notified_on: dt.date | None
    notify_due: dt.date | None
    accepted_on: dt.date | None
    replied_on: dt.date | None
    handle_due: dt.date | None
    closed_on: dt.date | None
    handling: str | None
    reported_on: dt.date | None
    accept_due: dt.date | None
    report_due: dt.date | None  # 交办回报: not charged in 效能 (charged_to)
    review_requested_on: dt.date | None  # 复查/复核: likewise
