"""The deadlines of a petition: the nearest one due (`next_due`, shown by the 工作台 and the
list's lights) and the statutory ones, recomputed from the dates they count from when a rule
they are counted by changes: the holiday table (a year's holidays entered after its deadlines
were set, 暂按) or the kind of day (`deadlines.day_kind`). Only limits still running move — not
met and not run out: a change of rule puts no petition into 逾期 after the fact or out of it, and
leaves the limits the 效能 figures judged by."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from officedesk.core import clock, counted_deadlines, records, registry, settings, workdays
from officedesk.core.corrections import AsChanged
from officedesk.core.i18n import Text
from officedesk.core.lifecycle import VOIDED
from officedesk.core.petitions import spec as S
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.petitions import Petition


def next_due(p: Any) -> tuple[dt.date | None, str]:
    """The nearest open deadline of a petition and what is due then."""
    state = p.state
    options: list[tuple[dt.date, str]] = []
    if state == S.PENDING and p.decide_due:
        options.append((p.decide_due, "转送交办"))
    elif state == S.TO_NOTIFY and p.notify_due:
        options.append((p.notify_due, "不予受理告知" if p.handling == "不予受理" else "受理告知"))
    elif state == S.HANDLING and p.handle_due:
        options.append((p.handle_due, "办理答复"))
    if state == S.HANDLING and p.handling == "直接答复" and p.notify_due and not p.notified_on:
        options.append((p.notify_due, "受理告知"))  # 第二十三条: told in writing, in 15 日
    elif state == S.TRANSFERRED and p.accept_due and not p.reported_on:
        options.append((p.accept_due, "转送受理"))
    elif state in (S.IN_REVIEW, S.IN_RECHECK) and p.review_due:
        options.append((p.review_due, f"{p.review_kind}答复"))
    if (
        state in (S.TO_NOTIFY, S.HANDLING)
        and p.handling == "交办"
        and p.report_due
        and not p.reported_on
    ):
        options.append((p.report_due, "交办回报"))
    if not options:
        return None, ""
    return min(options)


class Limit(NamedTuple):
    """One time limit over a petition's life: it runs from `since` until `met` (None: not met
    yet), and is late after `due`."""

    what: str
    since: dt.date
    met: dt.date | None
    due: dt.date | None


# the limits of the office's own procedure, 登记 → 处理 → 告知 → 答复 (the 效能 figures' span);
# the others are tracked after it (the receiving unit's 受理, 交办回报, 复查/复核)
OWN = ("转送交办", "受理告知", "不予受理告知", "办理答复")


def _first(*days: dt.date | None) -> dt.date | None:
    return next((day for day in days if day is not None), None)


def limits(p: Any, own: bool = False) -> list[Limit]:
    """The petition's time limits from its dates, those `next_due` names one at a time as the
    state moves on (a limit is met by its step, or by a later one where an imported 台账 lacks
    the date; 办结 ends them all). `own`: only the office's own procedure's (OWN)."""
    if p.state == VOIDED:
        return []
    closed, handling = p.closed_on, p.handling
    out = [Limit("转送交办", p.registered_on,
                 _first(p.decided_on, p.notified_on, p.replied_on, closed), p.decide_due)]
    decided = p.decided_on or (p.registered_on if handling else None)
    if handling and decided:  # a 直接答复 too (第二十三条): told, or answered in writing
        out.append(Limit("不予受理告知" if handling == "不予受理" else "受理告知", decided,
                         _first(p.notified_on, p.replied_on, closed), p.notify_due))
    accepted = p.accepted_on or (decided if handling == "直接答复" else p.notified_on)
    if handling in ("直接答复", "交办") and accepted:
        out.append(Limit("办理答复", accepted, _first(p.replied_on, closed), p.handle_due))
    if own:
        return out
    if handling == "转送" and p.notified_on:  # told of the 转送: the receiving unit's answer
        out.append(Limit("转送受理", p.notified_on, _first(p.reported_on, closed), p.accept_due))
    if handling == "交办" and decided:
        out.append(Limit("交办回报", decided, _first(p.reported_on, p.replied_on, closed),
                         p.report_due))
    if p.review_requested_on:
        out.append(Limit(f"{p.review_kind}答复", p.review_requested_on,
                         _first(p.review_answered_on, closed), p.review_due))
    return out


def next_due_since(p: Any) -> dt.date | None:
    """The day the deadline `next_due` names is counted from (its limit's `since`: the 登记日期,
    the 处理 or 告知 day …); None when no deadline is open."""
    due, what = next_due(p)
    if due is None:
        return None
    return next((limit.since for limit in limits(p) if limit.what == what and limit.due == due),
                None)


def overdue_on(p: Any, day: dt.date, over: bool = False) -> bool:
    """A limit had run out by `day` and was still unmet then (its due day itself not late): on
    today, the same as an open petition whose `next_due` is past. `over`: `day` is over (a past
    year's last day), so a limit due on it and unmet then had run out too (期末当天过完)."""
    return any(
        limit.due is not None and limit.since <= day
        and (limit.due < day or over and limit.due == day)
        and (limit.met is None or limit.met > day)
        for limit in limits(p)
    )


def with_due(p: Any, values: dict[str, Any]) -> dict[str, Any]:
    """values plus next_due / next_due_what computed on the record as it will be."""
    probe = AsChanged(p, values)
    due, what = next_due(probe)
    values["next_due"], values["next_due_what"] = due, what
    return values


TYPED = S.TYPED_DUES  # typed by a clerk (交办回报), never 暂按


def counted_due(p: Any) -> bool:
    """The petition's nearest deadline (`next_due`) is a count of days, 暂按 while its year's
    holidays are unknown; a 交办回报 is the date the office gave the unit."""
    return (p.next_due_what or "") not in TYPED


def due_mark(p: Any) -> str:
    """“（暂按）” after the petition's `next_due` when it is a count in a year whose holidays
    are not known yet; "" for a typed date."""
    return workdays.mark(p.next_due) if counted_due(p) else ""


def shown(day: dt.date | None) -> Text:
    """A deadline as text: “2027-01-29（暂按）” in a year whose holidays are not known yet (counted
    on weekdays alone, DOMAIN §5), the mark translated apart by the interface (workdays.shown,
    as every step's 时限)."""
    return workdays.shown(day)


def handle_due(accepted_on: dt.date, extended: bool) -> dt.date:
    """办理 within 60 日 of acceptance, extended once by 30 日 (《信访工作条例》2022): one period
    counted from acceptance (60 + 30 working days, or 90 calendar days whose last day alone moves
    past a rest day), never 30 more from a 60th day already moved past a holiday."""
    workdays.as_committed()  # the settings and the calendar as committed, before either is read
    days = int(settings.get(S.LIMIT_HANDLE.key))
    if extended:
        days += int(settings.get(S.LIMIT_EXTEND.key))
    return workdays.add_days(accepted_on, days, S.working_days())


def statutory_dues(p: Any) -> dict[str, Any]:
    """Each deadline as the rules compute it from the record's dates."""
    values: dict[str, Any] = {
        "decide_due": S.due_after(p.registered_on, S.LIMIT_DECIDE),
        "notify_due": S.due_after(p.registered_on, S.LIMIT_NOTIFY),
    }
    if p.handling == "转送" and p.decided_on:
        values["accept_due"] = S.due_after(p.decided_on, S.LIMIT_ACCEPT)
    if p.accepted_on and p.handle_due:
        values["handle_due"] = handle_due(p.accepted_on, bool(p.extended))
    if p.review_requested_on and p.review_due:
        values["review_due"] = S.due_after(p.review_requested_on, S.LIMIT_REVIEW)
    return values


# a time limit (`limits`' names) -> the statutory field it is kept in (交办回报: given by the
# clerk, not counted; 复查/复核答复: review_due)
_FIELDS = {"转送交办": "decide_due", "受理告知": "notify_due", "不予受理告知": "notify_due",
           "办理答复": "handle_due", "转送受理": "accept_due"}
DUE_FIELDS = ("decide_due", "notify_due", "accept_due", "handle_due", "review_due")


def running(p: Any, today: dt.date) -> dict[str, dt.date]:
    """The statutory limits still running on `today` (neither met nor run out; due on that day
    itself still running), each field with the day it counts from."""
    out: dict[str, dt.date] = {}
    for limit in limits(p):
        field = _FIELDS.get(limit.what) or (
            "review_due" if limit.what == f"{p.review_kind}答复" else None)
        if field and limit.met is None and limit.due is not None and limit.due >= today:
            out[field] = limit.since
    if not p.handling and p.notify_due and p.notify_due >= today and not p.notified_on:
        out["notify_due"] = p.registered_on  # before 处理: the 告知 is due all the same
    out.pop("accept_due", None)
    if (p.handling == "转送" and p.decided_on and p.accept_due and p.accept_due >= today
            and _first(p.reported_on, p.closed_on) is None):
        # the receiving unit's 受理 is counted from the 转送 (statutory_dues), told or not yet
        out["accept_due"] = p.decided_on
    return out


def _open_from(day: dt.date) -> Any:
    """Open petitions with a statutory limit on or after `day` (the few a rule may move)."""
    later = None
    for name in DUE_FIELDS:
        clause = getattr(Petition, name) >= day
        later = clause if later is None else later | clause
    return Petition.select().where(Petition.state.in_(S.OPEN_STATES) & later)


def _save(p: Any, values: dict[str, Any], actor: Any, summary: str) -> None:
    with_due(p, values)
    records.save_changes(registry.get("petitions"), p, values, p.version, actor,
                         action="step", summary=summary)


def recompute(year: int, actor: Any) -> int:
    """After `year`'s holidays changed: the running limits whose counting period runs through
    that year (from a day in it or before, to a day in it or after) set again, audited. One
    counted wholly in another year is not moved (nor set again in a rule changed since). Every
    petition is moved, whatever `actor`'s clearance; the count is of those he may see."""
    changed = 0
    today = clock.today()
    with guarded("重算期限"), write_transaction():
        for p in list(_open_from(max(dt.date(year, 1, 1), today))):
            dues = statutory_dues(p)
            values = {  # the one rule of a holiday change (core.counted_deadlines.moves)
                name: dues[name] for name, since in running(p, today).items()
                if name in dues and counted_deadlines.moves(year, today, since, getattr(p, name), dues[name])
            }
            if values:
                _save(p, values, actor, counted_deadlines.summary(year))
                changed += counted_deadlines.seen(registry.get("petitions"), p, actor)
    return changed


DAY_KINDS = {"calendar": "自然日", "working": "工作日"}


def recompute_day_kind(before: Any, after: Any, actor: Any) -> str:
    """After `deadlines.day_kind` changed: the running limits of the open petitions counted
    again in the new kind of day, as the papers now state their periods (S.period_text);
    those met or run out stay, and so does one the new kind would end before today (no
    petition is put into 逾期 by a change of rule). Says how many petitions moved."""
    old, new = DAY_KINDS.get(str(before), str(before)), DAY_KINDS.get(str(after), str(after))
    changed = 0
    today = clock.today()
    summary = trail_text("信访期限按%1改为按%2计算，重算未到期的期限", old, new)
    with guarded("重算期限"), write_transaction():
        workdays.changing_rules()
        for p in list(_open_from(today)):
            dues = statutory_dues(p)
            # as a holiday change (counted_deadlines.moves): to no day before today
            values = {name: dues[name] for name in running(p, today)
                      if name in dues and dues[name] != getattr(p, name) and dues[name] >= today}
            if values:
                _save(p, values, actor, summary)
                changed += counted_deadlines.seen(registry.get("petitions"), p, actor)
    return (f"信访期限已改为按{new}计算：{changed} 件在办信访未到期的期限已按{new}重算；"
            "已办结、已办理或已过期的期限不变。")


workdays.register_recomputer(recompute)
settings.after_change(settings.DEADLINE_DAYS_MODE.key)(recompute_day_kind)
