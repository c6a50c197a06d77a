"""发文 (outgoing): 拟稿 → 核稿 → 会签 → 签发 → 复核 → 编号 → 印制 → 核发 → 归档.

The steps are here but 拟稿 (outgoing_draft, with its batch form); the states, fields and spec in
outgoing_spec, 会签 in countersign (its names stay importable from here, as `draft` does), 复核
(and 退回复审 to the original signer) in recheck."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import clock, i18n, numbering, records, typed_numbers
from officedesk.core.actor import Actor
from officedesk.core.documents import doc_rules
from officedesk.core.documents.common import (
    check_wenhao,
    not_in_future,
    run_step,
    standing_step,
    step_moment,
)
from officedesk.core.documents.countersign import (
    COUNTERSIGN_ANSWERS,
    coordinate,
    coordinator,
    countersign,
    countersigns,
    disagreements,
    joint_organs,
    reopen_joint,
    send_countersign,
)
from officedesk.core.documents.outgoing_draft import draft, number_dates
from officedesk.core.documents.outgoing_spec import (
    CHECKED,
    COUNTERSIGNED,
    DRAFTING,
    FLOW,
    NUMBERED,
    OUTGOING,
    PRINTED,
    REREVIEW,
    REVIEWED,  # noqa: F401
    SIGNED,
    STATES,  # noqa: F401
    UNCHANGED,
)
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.fields import parse_value
from officedesk.store.documents import OutgoingDoc

# 会签's steps and the state it ends in, importable from here with the other steps
__all__ = [
    "COUNTERSIGNED",
    "COUNTERSIGN_ANSWERS",
    "coordinate",
    "coordinator",
    "countersign",
    "countersigns",
    "disagreements",
    "draft",
    "joint_organs",
    "send_countersign",
]

# ---------------------------------------------------------------- the steps


def number_year(record: OutgoingDoc, day: dt.date | None = None) -> int:
    """The year a 发文字号 is issued in: that of the document's own date (成文日期, else 签发日期,
    else the 编号 day), as a typed one must carry (typed_numbers.check_year_of_dates)."""
    return (record.doc_date or record.signed_on or day or clock.today()).year


def edit_draft(record_id: int, version: int, raw: dict[str, Any], actor: Actor) -> OutgoingDoc:
    """修改: change the draft while it is being drafted."""
    values = records.parse_values(OUTGOING, raw, partial=True)
    for key in ("doc_no", "state", "signer", "signed_on", "doc_date"):
        values.pop(key, None)
    existing = records.get(OUTGOING, record_id, actor)
    for rule in OUTGOING.rules:
        rule(values, existing)
    changed = [OUTGOING.field(k).label for k in values if values[k] != getattr(existing, k)]
    reopened: list[str] = []

    def reopen(record: OutgoingDoc) -> None:
        if changed:  # agreed to the text before: a 联合发文机关 countersigns the new one again
            reopened.extend(reopen_joint(record))

    def opinion(_record: OutgoingDoc) -> str:
        if not changed:
            return UNCHANGED
        again = f"；{'、'.join(reopened)}须对修改后的稿件重新会签" if reopened else ""
        return "修改" + "、".join(changed) + again

    return run_step(OUTGOING, record_id, version, actor, "修改", FLOW, values, None, opinion=opinion,
                    then=reopen)


def check(
    record_id: int,
    version: int,
    actor: Actor,
    checker: str = "",
    opinion: str = "",
    day: dt.date | None = None,
) -> OutgoingDoc:
    """核稿 (`day`: the day written on the paper, default today). It names its 核稿人, as 签发
    names its 签发人: never whoever enters it (a chain step its holder does himself is named
    by steps.perform)."""
    checker = checker.strip()
    if not checker:
        raise ValidationError("请填写核稿人：核稿须写明核稿的人。", "checker")
    return run_step(
        OUTGOING,
        record_id,
        version,
        actor,
        "核稿",
        FLOW,
        {"checker": checker},
        CHECKED,
        person=checker,
        opinion=opinion.strip() or "已核",
        day=day,
        day_field=("on", "核稿日期"),
    )


def review(
    record_id: int,
    version: int,
    actor: Actor,
    opinion: str = "",
    reviewer: str = "",
    day: dt.date | None = None,
) -> OutgoingDoc:
    """审核 by the 分管 leader, when the approval chain has it (before 签发): the state stays."""
    return run_step(
        OUTGOING, record_id, version, actor, "审核", FLOW, {}, None,
        person=reviewer.strip(), opinion=opinion.strip() or "同意",
        day=day, day_field=("on", "审核日期"),
    )


def send_back(
    record_id: int, version: int, actor: Actor, reason: str, person: str = "",
    day: dt.date | None = None,
) -> OutgoingDoc:
    """退回修改: the draft goes back to its drafter (from 复审中 without the signature that
    was returned for 复审: the revised draft is signed anew). `person`: whose decision it is
    (the holder of the step the draft waited for), when a clerk records it for him (代录)."""
    if not reason.strip():
        raise ValidationError("退回修改必须写明理由。", "opinion")
    state = records.get(OUTGOING, record_id, actor).state
    unsigned = (
        {"signer": "", "sign_opinion": "", "signed_on": None, "doc_date": None}
        if state == REREVIEW
        else {}
    )
    # back to 拟稿, before every level: no 核稿 stands (standing_step), so the record names no
    # 核稿人 — the step rows keep him
    unsigned["checker"] = ""
    return run_step(
        OUTGOING, record_id, version, actor, "退回修改", FLOW, unsigned, DRAFTING,
        person=person.strip(), opinion=reason.strip(), day=day, day_field=("on", "退回修改日期"),
    )


def unstood(record: OutgoingDoc, actor: Actor) -> dict[str, Any]:
    """After a 退回's row (to a chain step): the record's name of a level it undid, cleared as
    the 发文稿纸 leaves its box blank (standing_step) — the detail pane and the export say what
    the paper says; the rows keep the round before. 签发人 goes with 退回复审/退回修改."""
    if record.checker and standing_step(OUTGOING.name, record.id, "核稿", actor) is None:
        return {"checker": ""}
    return {}


OUTGOING.return_changes.append(unstood)  # a chain's 退回 (core.chain_returns)


def sign(
    record_id: int,
    version: int,
    actor: Actor,
    signer: str,
    opinion: str = "",
    signed_on: dt.date | None = None,
) -> OutgoingDoc:
    """签发: signer, opinion and date; the 成文日期 is the date of signing — of a 联合发文, the
    last signature's (GB/T 9704: 联合行文以最后签发机关负责人签发的日期为准), which 签发 is:
    it waits for every 联合发文机关's 会签."""
    signer = signer.strip()
    if not signer:
        raise ValidationError("请填写签发人。", "signer")
    signed_on = signed_on or clock.today()
    not_in_future("签发日期")(signed_on)
    record = records.get(OUTGOING, record_id, actor)
    doc_rules.check_signer(record, signer)
    from officedesk.core.documents import countersign
    from officedesk.core.documents.recheck import check_signer, may_sign_again

    check_signer(record, signer, signed_on)  # after a 退回复审: the original signer (or his 代理)

    refusal = countersign.signing_refusal(record)  # the step is not offered for the same
    if refusal:
        raise ProcedureError(refusal)
    decided = countersign.coordinator_of(record_id)  # the record is read for the actor above
    # the 协调 was the 签发人's decision: he signs (or his 代理; or he, back, after his 代理's)
    if decided and not (may_sign_again(signer, decided, signed_on)
                        or may_sign_again(decided, signer)):
        raise ProcedureError(
            i18n.text("会签单位的不同意见已由%1协调，应由%1签发（您填写的签发人是%2）。"
                      "%1暂不在岗的，请管理员设置代理，由代理人签发；改由他人签发的，请修改"
                      "后重新“送会签”，由签发人重新协调。",
                      decided, signer)
        )
    last_joint = countersign.last_joint_day(record)
    doc_date = max(signed_on, last_joint) if last_joint else signed_on
    return run_step(
        OUTGOING,
        record_id,
        version,
        actor,
        "签发",
        FLOW,
        {
            "signer": signer,
            "sign_opinion": opinion.strip() or "同意",
            "signed_on": signed_on,
            "doc_date": doc_date,
        },
        SIGNED,
        person=signer,
        opinion=opinion.strip() or "同意",
        day=signed_on,
        day_field=("signed_on", "签发日期"),
    )


def assign_number(
    record_id: int, version: int, actor: Actor, manual: str = "", day: dt.date | None = None
) -> OutgoingDoc:
    """编号: the 发文字号 is taken now, inside this step's transaction (after 签发 and 复核).

    A number typed by hand is checked for form and refused when it was used already; a form
    hint offers the number the sequence would take (not one then refused as a skip)."""
    manual = (manual or "").strip()
    if manual:
        check_wenhao("发文字号", kind="outgoing")(manual)
        typed_numbers.refuse_misformed("outgoing", manual, offer_next=True)

    def take(record: OutgoingDoc) -> dict[str, Any]:
        if manual:
            number = typed_numbers.claim_manual("outgoing", manual, actor, OUTGOING.name, record.id,
                                               dated=number_dates(record.signed_on, record.doc_date))
        else:
            number = numbering.take("outgoing", actor, OUTGOING.name, record.id, year=number_year(
                record, day), prefix=doc_rules.number_prefix(record.kind))  # a 令: its own
        return {"doc_no": number.text, "numbered_at": step_moment(day)}

    return run_step(
        OUTGOING,
        record_id,
        version,
        actor,
        "编号",
        FLOW,
        {},
        NUMBERED,
        opinion="手工编号" if manual else "自动编号",
        then=take,
        day=day,
        day_field=("on", "编号日期"),
    )


def mark_printed(
    record_id: int,
    version: int,
    actor: Actor,
    copies: int | None = None,
    print_date: dt.date | None = None,
) -> OutgoingDoc:
    """印制: how many copies were printed, and the 印发日期."""
    record = records.get(OUTGOING, record_id, actor)
    copies = record.copies if copies is None else parse_value(OUTGOING.field("copies"), copies)
    print_date = print_date or clock.today()
    not_in_future("印发日期")(print_date)
    if record.doc_date and print_date < record.doc_date:
        raise ValidationError("印发日期不能早于成文日期。", "print_date")
    return run_step(
        OUTGOING,
        record_id,
        version,
        actor,
        "印制",
        FLOW,
        {"printed_copies": copies, "print_date": print_date},
        PRINTED,
        opinion=f"印制 {copies} 份",
        day=print_date,
        day_field=("print_date", "印发日期"),
    )


def offered_steps(record: OutgoingDoc) -> tuple[str, ...]:
    return FLOW.get(record.state, ())

