"""收文 (incoming): 签收 → 登记 → 初审 → 拟办 → 批办 → 承办 → 传阅 → 催办 → 办结 → 归档.

The steps are here but 签收 (incoming_sign_in, with its batch form); the states, fields and spec
in incoming_spec, the default 办理时限 in deadlines, 传阅 in circulation (their names stay
importable from here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from officedesk.core import clock, corrections, i18n, records, workdays
from officedesk.core.actor import Actor
from officedesk.core.directory import known_unit, known_units
from officedesk.core.documents.common import not_in_future, run_step
from officedesk.core.documents.deadlines import (
    CIRCULATION_DAYS,
    DEFAULT_LIMIT,
    LIMIT_DAYS,
    URGENT_LIMITS,
    default_limit_days,
)
from officedesk.core.documents.incoming_sign_in import registered_before, sign_in  # noqa: F401
from officedesk.core.documents.incoming_spec import (
    ARCHIVED,
    CIRCULATING,
    DONE,
    FIELDS,
    FLOW,
    HANDLING,
    INCOMING,
    INSTRUCTED,
    OPEN_STATES,
    PROPOSED,
    REGISTERED,
    RETURNED,
    REVIEWED,
    SIGNED,  # noqa: F401
    STATES,
)
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.fields import parse_value
from officedesk.store.documents import IncomingDoc

# ---------------------------------------------------------------- the steps


def _check(spec_fields: dict[str, Any], existing: IncomingDoc) -> dict[str, Any]:
    for rule in INCOMING.rules:
        rule(spec_fields, existing)
    return spec_fields


def register_doc(
    record_id: int, version: int, raw: dict[str, Any], actor: Actor, opinion: str = "",
    day: dt.date | None = None,
) -> IncomingDoc:
    """登记: complete or correct the registration fields (`day`: the day it was registered,
    default today)."""
    values: dict[str, Any] = {}

    def check(existing: IncomingDoc) -> None:
        values.update(records.parse_values(INCOMING, raw, partial=True))
        for key in (
            "state",
            "receive_no",
            "handler_unit",
            "due_on",
            "proposal",
            "instruction",
            "result",
        ):
            values.pop(key, None)
        _check(values, existing)
        # 登记 corrects the registration: a correction's rules (the number's year, 降密, the
        # dates a deadline runs from)
        changed = {name: value for name, value in values.items() if value != getattr(existing, name, None)}
        corrections.check(INCOMING, existing, changed, actor)
        if not (values.get("kind") or existing.kind):
            raise ValidationError("请选择“文种”：登记时须写明来文的文种。", "kind")

    return run_step(
        INCOMING, record_id, version, actor, "登记", FLOW, {}, REGISTERED, opinion=opinion,
        check=check, then=lambda record: values, day=day, day_field=("on", "登记日期"),
    )


def review(
    record_id: int, version: int, actor: Actor, opinion: str = "", day: dt.date | None = None
) -> IncomingDoc:
    """初审: the document conforms and may be handled (`day`: the day it was done, default
    today)."""
    return run_step(
        INCOMING,
        record_id,
        version,
        actor,
        "初审",
        FLOW,
        {},
        REVIEWED,
        opinion=opinion.strip() or "符合要求",
        day=day,
        day_field=("on", "初审日期"),
    )


def return_doc(
    record_id: int, version: int, actor: Actor, reason: str, day: dt.date | None = None
) -> IncomingDoc:
    """初审退回: a non-conforming document goes back, with the reason."""

    def check(record: IncomingDoc) -> None:
        if not (reason or "").strip():
            raise ValidationError("退回必须写明理由。", "opinion")

    return run_step(
        INCOMING, record_id, version, actor, "退回", FLOW, {}, RETURNED,
        opinion=(reason or "").strip(), check=check, day=day, day_field=("on", "退回日期"),
    )


def propose(
    record_id: int, version: int, actor: Actor, proposal: str, person: str = "",
    day: dt.date | None = None,
) -> IncomingDoc:
    """拟办: the office's proposed handling."""
    proposal = (proposal or "").strip()

    def check(record: IncomingDoc) -> None:
        if not proposal:
            raise ValidationError("请填写拟办意见。", "proposal")

    return run_step(
        INCOMING,
        record_id,
        version,
        actor,
        "拟办",
        FLOW,
        {"proposal": proposal},
        PROPOSED,
        person=person.strip(),
        opinion=proposal,
        check=check,
        day=day,
        day_field=("on", "拟办日期"),
    )


def instruct(
    record_id: int,
    version: int,
    actor: Actor,
    instruction: str,
    leader: str = "",
    at: dt.datetime | None = None,
) -> IncomingDoc:
    """批办: the leader's 批示, entered by the leader or for the leader by a clerk."""
    if not actor.may_instruct:  # the account's role: nothing about the document
        raise ProcedureError("您的账号不能录入领导批示。")
    text = (instruction or "").strip()
    leader = (leader or "").strip() or (actor.label if actor.role == "leader" else "")

    def check(record: IncomingDoc) -> None:
        if not text:
            raise ValidationError("请填写领导批示。", "instruction")
        if not leader:
            raise ValidationError("代领导录入批示时，请填写作出批示的领导姓名。", "leader")
        if at is not None:
            not_in_future("批示时间")(at)

    def then(record: IncomingDoc) -> dict[str, Any]:
        # several 批示 in order (分管领导, then 主要领导): each is a 批办 step with who and when;
        # the record's text keeps them all, each under its leader's name once there are two
        earlier = [(s.person, s.opinion) for s in _instructions(record.id)]
        every = earlier + [(leader, text)]
        joined = text if len(every) == 1 else "\n".join(f"{who}：{what}" for who, what in every)
        return {
            "instruction": joined,
            "instruction_leader": leader,
            "state": INSTRUCTED if record.state == PROPOSED else record.state,
        }

    return run_step(
        INCOMING,
        record_id,
        version,
        actor,
        "批办",
        FLOW,
        {},
        None,
        person=leader,
        opinion=text,
        at=at,
        then=then,
        check=check,
        day_field=("at", "批示时间"),
    )


def instructions_of(record_id: int, actor: Actor) -> list[Any]:
    """The 批示 of a 收文 in the order they were made: who (person), when (at), text (opinion),
    for an actor who may read the 收文 (refused as a missing id otherwise)."""
    records.get(INCOMING, record_id, actor)
    return _instructions(record_id)


def _instructions(record_id: int) -> list[Any]:
    from officedesk.store.documents import DocStep

    return list(
        DocStep.select()
        .where(
            (DocStep.registry == "incoming")
            & (DocStep.record_id == record_id)
            & (DocStep.step == "批办")
        )
        .order_by(DocStep.at, DocStep.id)
    )


def assign(
    record_id: int,
    version: int,
    actor: Actor,
    unit: str,
    person: str = "",
    limit_days: int | None = None,
    start: dt.date | None = None,
    co_units: Sequence[str] | str = (),
) -> IncomingDoc:
    """承办: the 主办 unit (and person) that handles it, the 协办 units that help, with a time
    limit in working days (by default the one of its 紧急程度)."""
    # units of the 通讯录, by 名称 (a 简称 is the same unit; an unknown one is refused)
    unit = known_unit(unit or "", "承办单位", "handler_unit")
    given = co_units if isinstance(co_units, str) else "、".join(u for u in co_units if u)
    helpers = [u for u in known_units(given, "协办单位", "co_units").split("、") if u]
    plan: dict[str, Any] = {}

    def check(record: IncomingDoc) -> None:
        if not unit:
            raise ValidationError("请填写承办（主办）单位。", "handler_unit")
        if unit in helpers:
            raise ValidationError(i18n.text("%1已是主办单位，不能同时列为协办单位。", unit), "co_units")
        # in the step's transaction: the limit's setting and the holiday table as committed
        workdays.as_committed()
        days = (
            default_limit_days(record.urgency)
            if limit_days is None
            else parse_value(LIMIT_DAYS, limit_days)
        )
        plan.update(limit_days=days, due_on=workdays.add_working_days(start or clock.today(), days))

    def opinion(record: IncomingDoc) -> str:
        # the words translated in the window (summary_texts), the unit and people as typed
        lead = f"{unit}{'（' + person.strip() + '）' if person.strip() else ''}"
        due = plan["due_on"].isoformat()
        if helpers:
            return i18n.text("%1主办，%2协办，时限 %3 个工作日，%4 前办结", i18n.Verbatim(lead),
                             i18n.Verbatim("、".join(helpers)), plan["limit_days"], due)
        return i18n.text("%1主办，时限 %2 个工作日，%3 前办结", i18n.Verbatim(lead), plan["limit_days"], due)

    return run_step(
        INCOMING,
        record_id,
        version,
        actor,
        "承办",
        FLOW,
        {"handler_unit": unit, "handler_person": person.strip(), "co_units": "、".join(helpers)},
        HANDLING,
        opinion=opinion,
        then=lambda record: plan,
        check=check,
        day=start,
        day_field=("on", "承办日期"),
    )


def remind(record_id: int, version: int, actor: Actor, opinion: str = "") -> IncomingDoc:
    """催办: chase the handling unit (or the reader who holds it)."""

    def bump(record: IncomingDoc) -> dict[str, Any]:
        return {"remind_count": record.remind_count + 1}

    def text(record: IncomingDoc) -> str:
        return opinion.strip() or reminder_text(record)

    return run_step(
        INCOMING, record_id, version, actor, "催办", FLOW, {}, None, opinion=text, then=bump
    )


def reminder_text(record: IncomingDoc) -> str:
    """催办's words when none are given (the dialog offers them to edit): the handling unit, or
    the reader who holds it in 传阅, asked to hurry, with the 时限. Chinese: the 催办单 prints them."""
    target = record.handler_unit
    if record.state == CIRCULATING:
        current = holder_of(record.id)
        target = current.reader if current else target
    if record.due_on:
        return i18n.text("请%1抓紧办理，时限 %2", i18n.Verbatim(target), record.due_on.isoformat())
    return i18n.text("请%1抓紧办理", i18n.Verbatim(target))


def finish(
    record_id: int, version: int, actor: Actor, result: str, finished_on: dt.date | None = None
) -> IncomingDoc:
    """办结: the result of the handling."""
    result = (result or "").strip()
    finished_on = finished_on or clock.today()

    def check(record: IncomingDoc) -> None:
        if not result:
            raise ValidationError("请填写办结结果。", "result")
        not_in_future("办结日期")(finished_on)

    return run_step(
        INCOMING,
        record_id,
        version,
        actor,
        "办结",
        FLOW,
        {"result": result, "finished_on": finished_on},
        DONE,
        opinion=result,
        check=check,
        day=finished_on,
        day_field=("day", "办结日期"),
    )


def to_supervision(
    record_id: int, version: int, actor: Actor, deadline: dt.date | None = None
) -> IncomingDoc:
    """转督查: make a supervision item of the leader's 批示 (linked both ways)."""
    create = supervision_link()

    def check(record: IncomingDoc) -> None:
        if record.supervision_id:
            raise ProcedureError("这份收文已经转为督查事项。")
        if not record.instruction:
            raise ProcedureError("领导批示后才能转督查。")
        if create is None:
            raise ProcedureError("督查督办功能尚未启用。")

    def link(existing: IncomingDoc) -> dict[str, Any]:
        item = create(
            source_kind="incoming",
            source_id=existing.id,
            title=existing.title,
            content=f"{existing.from_org}{existing.from_ref}：{existing.title}",
            actor=actor,
            leader=existing.instruction_leader,
            instruction=existing.instruction,
            deadline=deadline or existing.due_on,
        )
        return {"supervision_id": item.id}

    return run_step(
        INCOMING,
        record_id,
        version,
        actor,
        "转督查",
        FLOW,
        {},
        None,
        opinion="领导批示转督查督办",
        then=link,
        check=check,
    )


def supervision_link():
    """core.supervision.create_item_from_source when that registry exists, else None."""
    try:
        from officedesk.core import supervision
    except ImportError:
        return None
    return getattr(supervision, "create_item_from_source", None)


def offered_steps(record: IncomingDoc) -> tuple[str, ...]:
    steps = FLOW.get(record.state, ())
    if "转督查" in steps and (record.supervision_id or supervision_link() is None):
        steps = tuple(s for s in steps if s != "转督查")
    return steps


# 传阅 lives in its own module; the names stay importable from here
from officedesk.core.documents.circulation import (  # noqa: E402
    circulate,
    circulation,
    holder,
    holder_of,
    holders,
    in_circulation,
    mark_read,
    state_text,
)

__all__ = [
    "ARCHIVED",
    "CIRCULATION_DAYS",
    "DEFAULT_LIMIT",
    "OPEN_STATES",
    "STATES",
    "URGENT_LIMITS",
    "FIELDS",
    "circulate",
    "circulation",
    "in_circulation",
    "holder",
    "holders",
    "mark_read",
    "state_text",
]
