"""会签 of a 发文 draft: the units asked, each one's answer (同意 / 不同意 with its opinion), a
new round, and the 签发人's 协调 decision that resolves a 不同意 (签发 waits for it).

A 联合发文 (联合发文机关) is countersigned by the 负责人 of every organ it is issued with
(《党政机关公文处理工作条例》第二十二条): 签发 waits for each one's 同意, which no 协调 of the
lead office replaces."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from officedesk.core import clock, i18n, records
from officedesk.core.actor import Actor
from officedesk.core.directory import known_unit, unit_by_name
from officedesk.core.documents import doc_rules
from officedesk.core.documents.common import not_in_future, run_step
from officedesk.core.documents.outgoing_spec import (
    COUNTERSIGNED,
    COUNTERSIGNING,
    FLOW,
    OUTGOING,
    UNCHANGED,
)
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.fields import chinese_date
from officedesk.store.documents import Countersign, DocStep, OutgoingDoc


def send_countersign(
    record_id: int, version: int, actor: Actor, units: Sequence[str], day: dt.date | None = None
) -> OutgoingDoc:
    """送会签: the units that must co-sign, each a unit of the 通讯录 (or one of the office's own
    科室) kept by its 名称, as 收文's 协办单位: a typo would leave a 会签 nobody can give."""
    names: list[str] = []

    def check(record: OutgoingDoc) -> None:
        # only once the actor may see the document (run_step), as every step's own input
        names.clear()
        joint = {_organ(o): o for o in joint_organs(record)}
        for unit in units:
            # a 联合发文机关 is taken as the draft names it: another organ, often not in the 通讯录
            name = joint.get(_organ(unit)) or known_unit(unit, "会签单位", "units")
            if name and name not in names:
                names.append(name)
        if not names:
            raise ValidationError("请至少填写一个会签单位。", "units")

    def add(record: OutgoingDoc) -> None:
        Countersign.delete().where(Countersign.doc_id == record.id).execute()
        for seq, unit in enumerate(names, start=1):
            Countersign.create(doc_id=record.id, seq=seq, unit=unit)

    return run_step(
        OUTGOING,
        record_id,
        version,
        actor,
        "送会签",
        FLOW,
        {},
        COUNTERSIGNING,
        opinion=lambda record: "送会签：" + "、".join(names),
        then=add,
        check=check,
        day=day,
        day_field=("on", "送会签日期"),
    )


COUNTERSIGN_ANSWERS = ("同意", "不同意")


# ---------------------------------------------------------------- 联合发文


def joint_organs(record: Any) -> list[str]:
    """The 联合发文机关 of the draft, as it names them."""
    return doc_rules.organs(getattr(record, "joint_organs", "") or "")


def _organ(name: str) -> str:
    """An organ by its 通讯录 名称 when it is kept there (named by its 简称 or 名称), else as typed."""
    found = unit_by_name(name) if name.strip() else None
    return found.name if found is not None else name.strip()


def _joint_rows(record: Any) -> tuple[list[str], list[Countersign]]:
    """(the 联合发文机关 that have not countersigned 同意, the rows of those that have)."""
    rows = {_organ(c.unit): c for c in countersigns_of(record.id)}
    missing: list[str] = []
    agreed: list[Countersign] = []
    for organ in joint_organs(record):
        row = rows.get(_organ(organ))
        if row is not None and row.signed_at is not None and row.answer in ("", "同意"):
            agreed.append(row)
        else:
            missing.append(organ)
    return missing, agreed


def reopen_joint(record: Any) -> list[str]:
    """The draft's text changed (修改): each 联合发文机关's 负责人 agrees to the text issued, so
    their answers are asked again (the 会签 steps stay in the history); the organs reopened."""
    organs = {_organ(o) for o in joint_organs(record)}
    rows = [c for c in countersigns_of(record.id) if c.signed_at is not None and _organ(c.unit) in organs]
    if rows:
        Countersign.update(person="", opinion="", signed_at=None, answer="", resolution="").where(
            Countersign.id.in_([c.id for c in rows])).execute()
    return [c.unit for c in rows]


def joint_refusal(record: Any) -> str | None:
    """Why a 联合发文 may not be signed yet: a 联合发文机关 has not countersigned 同意."""
    missing, _agreed = _joint_rows(record)
    if not missing:
        return None
    rows = {_organ(c.unit): c for c in countersigns_of(record.id)}
    against = [o for o in missing if (row := rows.get(_organ(o))) is not None
               and row.answer == "不同意"]
    text = (f"联合发文须经各联署机关负责人会签同意后方可签发（《党政机关公文处理工作条例》"
            f"第二十二条）。尚未会签：{'、'.join(missing)}。")
    if against:
        return text + (f"其中{'、'.join(against)}不同意：请修改稿件后重新“送会签”；不再联合发文的，"
                       "请“退回修改”，改正“联合发文机关”。")
    return text + "请“送会签”给这些机关，由其负责人会签（写明会签人）后再签发。"


def last_joint_day(record: Any) -> dt.date | None:
    """The day the last 联合发文机关 signed (its 负责人's 会签), or None."""
    _missing, agreed = _joint_rows(record)
    days: list[dt.date] = [c.signed_at.date() if isinstance(c.signed_at, dt.datetime)
                           else c.signed_at for c in agreed if c.signed_at is not None]
    return max(days) if days else None


def joint_signers(record: Any) -> list[str]:
    """The 负责人 who countersigned 同意 for the 联合发文机关, in the order the draft names them
    (the 签发人 of a joint 上行文 after the lead office's own, GB/T 9704 §7.2.5)."""
    return [c.person for c in _joint_rows(record)[1] if c.person.strip()]


def joint_pending(record: Any) -> list[str]:
    """The 联合发文机关 still to be sent to 会签 (what 送会签 offers)."""
    return _joint_rows(record)[0]


def awaited(record: Any, row: Countersign) -> bool:
    """Whether an unanswered 会签 is still waited for: while the draft is 会签中, or a 联合发文
    机关's (签发 waits for it). One the draft was taken back from (退回修改 at 会签中, not sent
    again) is not: the draft went on without it, and its 稿纸 says it was never given."""
    if row.signed_at is not None:
        return False
    return record.state == COUNTERSIGNING or _organ(row.unit) in {
        _organ(o) for o in joint_organs(record)}


def edited_since_sent(record_id: int) -> bool:
    """Whether the draft was changed (a 修改 that changed something) since it was last sent to
    会签: a 会签 is only answered while the draft is 会签中, and only 送会签 makes it so again,
    so every answer kept was given to the text before the change."""
    rows = list(DocStep.select(DocStep.id, DocStep.step, DocStep.opinion)
                .where((DocStep.registry == "outgoing") & (DocStep.record_id == record_id)
                       & DocStep.step.in_(("送会签", "修改")))
                .order_by(DocStep.id))
    sent = [r.id for r in rows if r.step == "送会签"]
    return bool(sent) and any(r.step == "修改" and r.opinion != UNCHANGED and r.id > sent[-1]
                              for r in rows)


def answered_before_edit(record: Any, row: Countersign, edited: bool | None = None) -> bool:
    """Whether a unit's answer was given to the text before a 修改 (退回修改, then rewritten,
    not sent to 会签 again): it is not a 会签 of the text now to be signed, and the 稿纸 says
    未会签, the answer kept as the trail. `edited`: `edited_since_sent`, when read already."""
    if row.signed_at is None:
        return False
    return edited_since_sent(record.id) if edited is None else edited


# ---------------------------------------------------------------- 协调


def coordinator(record_id: int, actor: Actor) -> str:
    """The 签发人 who resolved this round's 不同意 (协调), or "", for an actor who may read the
    发文 (refused as a missing id otherwise)."""
    records.get(OUTGOING, record_id, actor)
    return coordinator_of(record_id)


def coordinator_of(record_id: int) -> str:
    """The 签发人 who resolved this round's 不同意 (协调), or "": 签发 is his. For core's rules
    (no reader's clearance asked)."""
    if not any(c.resolution for c in countersigns_of(record_id)):
        return ""
    rows = list(DocStep.select().where((DocStep.registry == "outgoing")
                                       & (DocStep.record_id == record_id)
                                       & DocStep.step.in_(("送会签", "协调")))
                .order_by(DocStep.id.desc()).limit(1))
    return rows[0].person if rows and rows[0].step == "协调" else ""


def disagreements(record_id: int, actor: Actor) -> list[Countersign]:
    """会签 units that answered 不同意 and are not yet resolved by 协调, for an actor who may
    read the 发文 (as secret as it is; refused as a missing id otherwise)."""
    records.get(OUTGOING, record_id, actor)
    return disagreements_of(record_id)


def disagreements_of(record_id: int) -> list[Countersign]:
    """The open 不同意 as stored, for core's rules (no reader's clearance asked)."""
    return [c for c in countersigns_of(record_id) if c.answer == "不同意" and not c.resolution]


def signing_refusal(record: Any) -> str | None:
    """Why the draft may not be signed yet as to its 会签 (签发's StepSpec.when, so it is not
    offered): a 联合发文机关 has not agreed, or a unit's 不同意 is open (a new round, or 协调).
    outgoing.sign refuses by it too."""
    joint = joint_refusal(record)
    if joint:
        return joint
    blocked = disagreements_of(record.id)
    if not blocked:
        return None
    units = "、".join(f"{c.unit}（{c.opinion}）" for c in blocked)
    return f"会签单位不同意：{units}。请修改后重新送会签，或由签发人记录协调意见后再签发。"


def coordination_refusal(record: Any) -> str | None:
    """Why there is nothing 协调 may resolve on this draft, or None: no 不同意 is open, or one is
    a 联合发文机关's, which the lead office's 签发人 does not overrule. The step is offered by this
    (StepSpec.when) and `coordinate` checks it again."""
    open_rows = disagreements_of(record.id)
    if not open_rows:
        return "没有需要协调的会签意见：各会签单位均已同意或已协调。"
    joint = {_organ(o) for o in joint_organs(record)}
    against = [c.unit for c in open_rows if _organ(c.unit) in joint]
    if against:
        return (f"联合发文机关{'、'.join(against)}不同意：联合发文须经各联署机关同意，不能由本机关"
                "签发人协调代替。请修改稿件后重新“送会签”；不再联合发文的，请“退回修改”。")
    return None


def coordinate(
    record_id: int, version: int, actor: Actor, signer: str, decision: str,
    day: dt.date | None = None,
) -> OutgoingDoc:
    """协调: the 签发人 records the decision that resolves the units' 不同意 (one text for all)."""
    signer, decision = signer.strip(), decision.strip()
    open_rows: list[Countersign] = []

    def check(record: OutgoingDoc) -> None:
        # only once the actor may see the document: its units' answers are its own
        if not signer:
            raise ValidationError("请填写作出协调决定的签发人。", "signer")
        if not decision:
            raise ValidationError("请写明协调意见。", "decision")
        reason = coordination_refusal(record)
        if reason:
            raise ProcedureError(reason)
        open_rows[:] = disagreements_of(record.id)
        # the one who decides is one who may sign (签发 is then his: outgoing.sign)
        doc_rules.check_signer(record, signer)

    def resolve(record: OutgoingDoc) -> None:
        # dated as the paper's other lines are (2026年12月1日): the text is printed as stored
        text = f"{signer}协调：{decision}（{chinese_date(day or clock.today())}）"
        Countersign.update(resolution=text).where(
            Countersign.id.in_([c.id for c in open_rows])
        ).execute()

    def opinion(record: OutgoingDoc) -> str:
        units = "、".join(c.unit for c in open_rows)
        return f"就{units}的不同意见协调：{decision}"

    return run_step(
        OUTGOING,
        record_id,
        version,
        actor,
        "协调",
        FLOW,
        {},
        None,
        person=signer,
        opinion=opinion,
        then=resolve,
        check=check,
        day=day,
        day_field=("on", "协调日期"),
    )


def _row_of(record_id: int, unit: str) -> Countersign | None:
    """The 会签 row of `unit`, named as it was sent or by its 简称 (the rows keep the 名称)."""
    rows = {c.unit: c for c in countersigns_of(record_id)}
    if unit.strip() in rows:
        return rows[unit.strip()]
    found = unit_by_name(unit) if unit.strip() else None
    return rows.get(found.name) if found is not None else None


def countersigns(record_id: int, actor: Actor) -> list[Countersign]:
    """A 发文's 会签 rows in order, for an actor who may read the 发文 (as secret as it is;
    refused as a missing id otherwise)."""
    records.get(OUTGOING, record_id, actor)
    return countersigns_of(record_id)


def countersigns_of(record_id: int) -> list[Countersign]:
    """The 会签 rows as stored, for core's rules (no reader's clearance asked)."""
    return list(
        Countersign.select().where(Countersign.doc_id == record_id).order_by(Countersign.seq)
    )


def countersign(
    record_id: int,
    version: int,
    actor: Actor,
    unit: str,
    person: str,
    opinion: str = "",
    at: dt.datetime | None = None,
    answer: str = "同意",
) -> OutgoingDoc:
    """会签: one unit answers 同意 or 不同意 (with its opinion); after the last one the draft goes
    on to 签发, which a 不同意 blocks until it is resolved (a new round, or 协调)."""
    at = at or clock.now()
    answer = (answer or "同意").strip()
    row: Countersign | None = None

    def check(record: OutgoingDoc) -> None:
        # only once the actor may see the document: which units sign it is its own
        nonlocal row
        not_in_future("会签时间")(at)
        if not person.strip():
            raise ValidationError("请填写会签人。", "person")
        if answer not in COUNTERSIGN_ANSWERS:
            raise ValidationError(i18n.text("会签意见只能是：%1。",
                                            '、'.join(COUNTERSIGN_ANSWERS)), "answer")
        if answer == "不同意" and not opinion.strip():
            raise ValidationError("不同意时请写明理由和修改意见。", "opinion")
        row = _row_of(record.id, unit)
        if row is None:
            raise ValidationError(i18n.text("“%1”不在会签单位中。", unit), "unit")
        if row.signed_at is not None:
            raise ValidationError(i18n.text("“%1”已经会签。", unit), "unit")

    def sign_row(record: OutgoingDoc) -> dict[str, Any]:
        assert row is not None  # found by check
        Countersign.update(
            person=person.strip(), opinion=opinion.strip() or answer, signed_at=at, answer=answer
        ).where(Countersign.id == row.id).execute()
        pending = (
            Countersign.select()
            .where((Countersign.doc_id == record.id) & Countersign.signed_at.is_null())
            .exists()
        )
        return {} if pending else {"state": COUNTERSIGNED}

    return run_step(
        OUTGOING,
        record_id,
        version,
        actor,
        "会签",
        FLOW,
        {},
        None,
        person=f"{unit.strip()} {person.strip()}",
        opinion=(f"不同意：{opinion.strip()}" if answer == "不同意" else opinion.strip() or "同意"),
        at=at,
        then=sign_row,
        check=check,
        day_field=("at", "会签时间"),
    )
