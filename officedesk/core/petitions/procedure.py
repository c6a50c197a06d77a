"""The steps of a petition's handling after 登记 (《信访工作条例》2022).

登记 (registration.py) → 处理 (直接答复 / 转送 / 交办 / 不予受理) → 受理告知 (or 不予受理告知) → 办理 (交办: the
unit reports back) → 延期 (once) → 答复 → 复查 → 复核 → 办结. Every step writes a history row and
then an audit entry (which digests the history, core.sub_rows), and moves the record's nearest
deadline (`next_due`) used by the 工作台 and the list's lights.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from officedesk.core import clock, i18n, records, registry, step_dates, workdays
from officedesk.core.actor import Actor
from officedesk.core.directory import known_unit
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.fields import parse_date
from officedesk.core.petitions import approvers, paths, report_limit
from officedesk.core.petitions import spec as S
from officedesk.core.petitions.deadlines import handle_due, shown, with_due
from officedesk.core.petitions.review_rules import (
    awaiting_service,
    review_next,
    review_refusal,
)
from officedesk.core.registry import RegistrySpec
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.petitions import Petition, PetitionStep


def _spec() -> RegistrySpec:
    return registry.get("petitions")


# The steps each state may allow, the one place of that rule: allowed_steps narrows it by the
# record (one 延期; 复查 before 复核; a 办结 petition within the request's window), each step
# function refuses a state not listed for it, and the declared steps (steps_spec) leave from
# these states. 已转送: the receiving unit's 回报 (办理, which meets the 转送受理 limit), 办结.
# 办理中's 告知: a 直接答复's, side by side with its 办理 (《信访工作条例》第二十三条: 书面告知 within
# 15 日 of receipt), until told or answered in writing (allowed_steps).
FLOW: dict[str, tuple[str, ...]] = {
    S.PENDING: ("处理",),
    S.TO_NOTIFY: ("告知",),
    S.HANDLING: ("告知", "办理", "答复", "延期"),
    S.TRANSFERRED: ("办理", "办结"),
    S.REPLIED: ("办结", "答复送达", "复查申请", "复核申请"),
    S.IN_REVIEW: ("复查复核答复",),
    S.IN_RECHECK: ("复查复核答复",),
    S.CLOSED: ("答复送达", "复查申请", "复核申请"),
}


def states_for(step: str) -> tuple[str, ...]:
    """The states FLOW lets `step` leave from."""
    return tuple(state for state, steps in FLOW.items() if step in steps)


# ---------------------------------------------------------------- steps


def _add_step(
    record: Any, kind: str, on: dt.date, person: str, content: str, actor: Actor
) -> PetitionStep:
    return PetitionStep.create(
        petition=record.id,
        kind=kind,
        on=on,
        person=person or actor.label,
        content=content,
        created_at=clock.now(),
        created_by=actor.username,
    )


def _steps_of(petition_id: int) -> list[PetitionStep]:
    """A petition's history, unchecked: for core code that has read the petition with the actor."""
    return list(
        PetitionStep.select()
        .where(PetitionStep.petition == petition_id)
        .order_by(PetitionStep.on, PetitionStep.id)
    )


def steps_of(petition_id: int, actor: Actor) -> list[PetitionStep]:
    """The history of a petition the actor may see (its rows are as secret as the petition); an
    original, or the 督查事项 it was sent to (core.named_items), named in a row and raised since
    above the actor's clearance is told as hidden."""
    from officedesk.core.named_items import untold_rows
    from officedesk.core.petitions.named_originals import redact

    records.get(_spec(), petition_id, actor)
    rows = _steps_of(petition_id)
    for row in rows:  # for reading only: never saved back
        row.content = redact(row.content or "", actor)
    return untold_rows(rows, actor)


# history rows dated the day they are written, not steps of the procedure (登记: its date is the
# record's registered_on, which a correction may move)
_NOT_STEPS = ("登记", "重复件", "转督查", "作废")


def _steps_done(record: Any, step: str = "") -> list[step_dates.Done]:
    """The steps done on the record and their dates, which a new `step` may not precede
    (core.step_dates): the record's own dates (an imported 台账 has them without history rows)
    and the history's steps (延期 and later 办理 notes are only there). A 直接答复's 告知 runs
    beside its 办理 and 延期: neither is held to the other's day."""
    beside = record.handling == "直接答复" and step in ("受理告知", "办理", "延期")
    if beside and step == "受理告知":
        return [("登记", record.registered_on), ("处理", record.decided_on)]
    done: list[step_dates.Done] = [
        ("登记", record.registered_on),
        ("处理", record.decided_on),
        ("告知", None if beside else record.notified_on),
        ("答复", record.replied_on),
        (f"{record.review_kind}申请", record.review_requested_on),
        (f"{record.review_kind}意见", record.review_answered_on),
        ("办结", record.closed_on),
    ]
    done += [
        ("处理" if row.kind in S.HANDLINGS else row.kind, row.on)
        for row in _steps_of(record.id)
        if row.kind not in _NOT_STEPS and not (beside and row.kind == "受理告知")
    ]
    return done


def _date(value: Any, label: str) -> dt.date:
    if value is None or (isinstance(value, str) and not value.strip()):
        return clock.today()
    return parse_date(value, label)


def _required(text: str | None, message: str, field: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(message, field)
    return text


def _step(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    kind: str,
    allowed: tuple[str, ...],
    on: dt.date,
    person: str,
    content: str,
    values: dict[str, Any] | Callable[[Petition], dict[str, Any]],
    in_order: bool = True,
) -> Petition:
    """A step written: its state checked, its values saved, its entry in the 办理过程. `in_order`:
    dated no earlier than the steps before it; False for a day outside the procedure's order (a
    送达回证's, which may come after a 办结), checked by the step's `values`."""
    spec = _spec()
    records.require_writer(actor)
    with guarded("保存"), write_transaction():
        record = records.get(spec, petition_id, actor)
        if record.state not in allowed:
            raise ProcedureError(
                i18n.text("这件信访现在是“%1”，不能%2。只有“%3”的信访件可以%2。",
                          record.state, kind, '、'.join(allowed))
            )
        if in_order:  # or the 60 days would run from a back-dated day
            step_dates.not_before(kind, on, _steps_done(record, kind))
        if on > clock.today():
            raise ValidationError(i18n.text("%1日期不能晚于今天。", kind), "on")
        values = values(record) if callable(values) else values
        with_due(record, values)
        # its 办理过程 row first: the entry after it digests it (core.sub_rows); a stale save
        # below undoes both
        _add_step(record, kind, on, person, content, actor)
        record = records.save_changes(
            spec,
            record,
            values,
            expected_version,
            actor,
            action="step",
            summary=trail_text("信访%1：%2", kind, content[:80]),
        )
    return record


def decide(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    handling: str,
    *,
    on: Any = None,
    person: str = "",
    target_unit: str = "",
    report_due: Any = None,
    reason: str = "",
    content: str = "",
) -> Petition:
    """处理: 直接答复, 转送 (to the unit with jurisdiction), 交办 (with a report-back deadline),
    不予受理 (with the reason)."""
    day = _date(on, "处理日期")
    if handling not in S.HANDLINGS:
        raise ValidationError(i18n.text("处理方式只能是：%1。", '、'.join(S.HANDLINGS)), "handling")
    # read as the actor may (refused above its clearance) before the rules speak of the record
    current = records.get(_spec(), petition_id, actor)
    paths.check_handling(current, handling, target_unit)
    values: dict[str, Any] = {"handling": handling, "decided_on": day}
    text = content.strip()
    if handling == "不予受理" and not reason.strip():
        reason = paths.default_reject_reason(current)
    if handling in ("转送", "交办"):
        given = _required(target_unit, f"{handling}须写明去向单位。", "target_unit")
        values["target_unit"] = known_unit(given, "去向单位", "target_unit")  # by its 名称
        values["state"] = S.TO_NOTIFY
        text = text or f"{handling}{values['target_unit']}"
        if handling == "转送":  # the receiving unit decides on 受理; no 60 days of this office
            due = values["accept_due"] = S.due_after(day, S.LIMIT_ACCEPT)
            text += f"，由其于{due.month}月{due.day}日{workdays.mark(due)}前决定是否受理"
        if handling == "交办":
            if report_due is None or (isinstance(report_due, str) and not report_due.strip()):
                raise ValidationError("交办须写明回报期限。", "report_due")
            due = parse_date(report_due, "回报期限")
            if due <= day:
                raise ValidationError("回报期限应晚于交办日期。", "report_due")
            report_limit.check(due, day)
            values["report_due"] = due
            text += f"，{due.month}月{due.day}日前回报"
    elif handling == "不予受理":
        values["reject_reason"] = _required(reason, "不予受理须写明理由。", "reason")
        values["state"] = S.TO_NOTIFY
        text = text or f"不予受理：{values['reject_reason']}"
    else:  # 直接答复: accepted at once, handled by this office; its 告知 still due (notify)
        values.update(
            state=S.HANDLING, accepted_on=day, handle_due=handle_due(day, extended=False)
        )
        text = text or "直接答复，本机关办理"
    return _step(
        petition_id, expected_version, actor, handling, states_for("处理"), day, person, text, values
    )


def notify(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    *,
    on: Any = None,
    person: str = "",
    content: str = "",
) -> Petition:
    """受理告知 (or 不予受理告知): the petitioner is told; a 交办 starts its 60 days. A 直接答复
    was accepted at its 处理, whose 60 days run on: its 告知 (第二十三条) is only recorded."""
    day = _date(on, "告知日期")

    def values(record: Petition) -> dict[str, Any]:
        if record.state == S.HANDLING and "告知" not in allowed_steps(record, day):
            # 办理中: only an untold 直接答复's (a 交办 was told before it came to be 办理中)
            raise ProcedureError(
                i18n.text("这件信访已告知信访人（%1），不能再次告知。",
                          record.notified_on.isoformat() if record.notified_on else "")
            )
        if record.handling == "直接答复":
            return {"notified_on": day}
        if record.handling == "不予受理":
            return {"notified_on": day, "state": S.CLOSED, "closed_on": day}
        if record.handling == "转送":  # told of the 转送; the receiving unit accepts or not
            return {"notified_on": day, "state": S.TRANSFERRED}
        return {
            "notified_on": day,
            "accepted_on": day,
            "state": S.HANDLING,
            "handle_due": handle_due(day, extended=False),
        }

    record = Petition.get_or_none(Petition.id == petition_id)
    handling = record.handling if record is not None else ""
    kind = {"不予受理": "不予受理告知", "转送": "转送告知"}.get(handling, "受理告知")
    text = content.strip() or {
        "不予受理告知": "已告知信访人不予受理及理由",
        "转送告知": f"已告知信访人该事项已转送{record.target_unit if record else ''}",
    }.get(kind, "已告知信访人受理")
    return _step(
        petition_id, expected_version, actor, kind, states_for("告知"), day, person, text, values
    )


def handle(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    *,
    on: Any = None,
    person: str = "",
    content: str = "",
) -> Petition:
    """办理: a note of the handling (for 交办 the first one is the unit's report back; for 转送
    the receiving unit's answer whether it accepted the matter)."""
    day = _date(on, "办理日期")
    text = _required(content, "请写明办理情况。", "content")

    def values(record: Petition) -> dict[str, Any]:
        if record.handling in ("交办", "转送") and not record.reported_on:
            return {"reported_on": day}
        return {}

    return _step(
        petition_id,
        expected_version,
        actor,
        "办理",
        states_for("办理"),
        day,
        person,
        text,
        values,
    )


def extend(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    *,
    reason: str,
    approver: str,
    on: Any = None,
    person: str = "",
) -> Petition:
    """延期: once, with the approver and the reason; the 60 + 30 days count from acceptance."""
    day = _date(on, "延期日期")
    reason = _required(reason, "延期须写明理由。", "reason")
    # the 负责人 who may approve: the office's, or a 交办's unit's (read as the actor may)
    approver = approvers.approver(_required(approver, "延期须经批准，请写明批准人。", "approver"),
                                  records.get(_spec(), petition_id, actor))

    def values(record: Petition) -> dict[str, Any]:
        if record.extended:
            raise ProcedureError(
                i18n.text("这件信访已于此前延期一次（至 %1），按规定只能延期一次。",
                          shown(record.handle_due))
            )
        # art. 34 extends a running period: one run out is 逾期, for the administrator too (a
        # 延期 approved in time and entered late is entered with its own date)
        if record.handle_due is not None and day > record.handle_due:
            raise ProcedureError(
                i18n.text("这件信访的办理期限到 %1 止，延期日期 %2 已过期限，不能延期"
                          "：延期须在办理期限内经批准（《信访工作条例》第三十四条）。延期确在"
                          "期限内批准的，请按批准的日期办理延期（填写延期日期）；否则这件信访"
                          "按逾期计，请尽快办理答复。",
                          shown(record.handle_due), day.isoformat())
            )
        return {
            "extended": True,
            "extension_reason": reason,
            "extension_approver": approver,
            "handle_due": handle_due(record.accepted_on or day, extended=True),
        }

    # in the office's kind of day, as the 告知书 told the petitioner
    text = f"延期{S.period_text(S.LIMIT_EXTEND)}，理由：{reason}；批准人：{approver}；已告知信访人"
    return _step(
        petition_id, expected_version, actor, "延期", states_for("延期"), day, person, text, values
    )


def reply(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    *,
    opinion: str,
    on: Any = None,
    person: str = "",
) -> Petition:
    """答复: the 答复意见 given to the petitioner."""
    day = _date(on, "答复日期")
    opinion = _required(opinion, "请填写答复意见。", "reply_opinion")
    return _step(
        petition_id,
        expected_version,
        actor,
        "答复",
        states_for("答复"),
        day,
        person,
        opinion,
        {"replied_on": day, "reply_opinion": opinion, "state": S.REPLIED},
    )


def close(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    *,
    on: Any = None,
    person: str = "",
    content: str = "",
    satisfaction: str = "",
) -> Petition:
    """办结 after the reply (and any review)."""
    day = _date(on, "办结日期")
    values = {"state": S.CLOSED, "closed_on": day, "satisfaction": satisfaction.strip()}
    text = content.strip() or "办结" + (
        f"，信访人{satisfaction.strip()}" if satisfaction.strip() else ""
    )
    return _step(
        petition_id,
        expected_version,
        actor,
        "办结",
        states_for("办结"),
        day,
        person,
        text,
        values,
    )


def allowed_steps(record: Any, day: dt.date | None = None) -> list[str]:
    """The steps the record's state allows (the UI enables its buttons from this) on `day`
    (today by default): a review request only when made within the request's window, which a
    late entry gives as its day — answered (已答复) or 办结 after its answer alike, as
    request_review refuses a late one (art. 35)."""
    state = record.state

    def narrowed(step: str) -> bool:
        if step == "延期":  # once only
            return not record.extended
        if step == "告知" and state == S.HANDLING:  # a 直接答复's, until told or answered
            return record.handling == "直接答复" and not record.notified_on
        if step == "答复送达":  # of an answer a review may be asked of
            return awaiting_service(record) is not None
        if step in ("复查申请", "复核申请"):  # 复查 first, then 复核 of its answer
            kind = step.removesuffix("申请")
            if review_next(record) != kind:
                return False
            # a timely request reopens one 办结 after its answer
            return review_refusal(record, kind, day or clock.today()) is None
        return True

    return [step for step in FLOW.get(state, ()) if narrowed(step)]
