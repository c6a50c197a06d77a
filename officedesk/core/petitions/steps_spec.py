"""The steps of a 信访 record, declared once for the command line and the window: 处理, 告知,
办理, 延期, 答复, 复查申请 / 复核申请, 复查复核答复, 办结, 标为重复件, 取消重复件, 转督查. Each calls the
function in procedure.py (or the package) that the window calls; the states a step leaves from
are procedure.FLOW's, and which of them a record allows is procedure.allowed_steps: one rule,
which the step functions hold too."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import clock, due_soon, i18n, petitions, record_guards, settings
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.fields import CHOICE, DATE, LONGTEXT, TEXT, FieldSpec
from officedesk.core.i18n import text
from officedesk.core.petitions import deadlines, links, procedure, review_rules
from officedesk.core.petitions import spec as S
from officedesk.core.petitions.spec import (
    HANDLINGS,
    LIMIT_EXTEND,
    LIMIT_REVIEW,
    REPLIED,
    STATES,
    working_days,
)
from officedesk.core.step_values import BLANK_SUPERVISION
from officedesk.core.steps import StepCall, StepSpec, declare
from officedesk.store.petitions import Petition

_REQUESTS = {"复查申请": "复查", "复核申请": "复核"}
# a request is judged by the day the petitioner made it: a 办结 petition lists the step while
# today is within the window, and a request made in time is entered later with its day
_REQUEST_HELP = ("按信访人提出申请之日判断期限：答复后已办结的，期限内提出的申请仍可登记，"
                 "信访件重新打开；事后补录的，“日期”写提出申请之日（命令行：--on 日期）。期限已过的"
                 "信访（已答复或已办结）不再列出此步骤，期限内提出而未登记的，请管理员补录（命令行："
                 "officedesk step petitions <id> 复查申请（复核申请） --on 提出日期）。")

_SERVICE_HELP = ("“日期”写信访人收到书面答复（答复意见书，或复查意见书）之日，以送达回证或邮件签收为准；"
                 "复查、复核申请的 30 日自此日起算（《信访工作条例》第三十五、三十六条）。未登记的，"
                 "自答复之日起算。")


def _allowed(name: str):
    """Whether the record's state allows the step on `day`, the day it is done (a late entry's
    --on; today by default): steps.StepSpec.when_on passes it."""

    def check(record: Any, day: dt.date | None = None) -> str | None:
        if name in procedure.allowed_steps(record, day):
            return None
        if name == "延期" and record.extended:
            return (f"这件信访已延期一次（至 {deadlines.shown(record.handle_due)}），"
                    "按规定只能延期一次。")
        if name == "答复送达":  # no answer a review may be asked of
            reason = review_rules.service_refusal(record, day or clock.today())
            if reason:
                return reason
        if name in _REQUESTS:  # why it is not accepted (late, or not this review)
            reason = review_rules.review_refusal(record, _REQUESTS[name], day or clock.today())
            if reason:
                return reason
        now = "、".join(procedure.allowed_steps(record, day)) or "无"
        return f"这件信访现在是“{record.state}”，不能“{name}”。此时可以：{now}。"

    return check


def _due(record: Any) -> str:
    """The record's nearest deadline, as the lists show it: said as overdue once past (counted
    as the office counts its 期限, as the 工作台 does)."""
    day, what = deadlines.next_due(record)
    if not day:
        return ""
    # a typed 交办回报 is no count: never 暂按
    due = day.isoformat() if what in deadlines.TYPED else deadlines.shown(day)
    return due_soon.told(text("%1：%2 前", what, due), day)


def _handle_limit(record: Any) -> str:
    day = record.handle_due
    return due_soon.told(text("%1：%2 前", "办理答复", deadlines.shown(day)), day)


def _handling_due(record: Any) -> str:
    """办理's 时限: the nearest deadline (a 交办's 回报) — but a 直接答复 not told yet is due its
    告知 first, which the 告知 step names: its 办理 is due by the 60 日 (第三十四条)."""
    if record.state == S.HANDLING and deadlines.next_due(record)[1] == "受理告知" and record.handle_due:
        return _handle_limit(record)
    return _due(record)


def _answer_due(record: Any) -> str:
    """答复's 时限: the 60 日 (extended: 90) it meets while 办理中, not a 交办回报 or 告知 due
    before it."""
    if record.state == S.HANDLING and record.handle_due:
        return _handle_limit(record)
    return _due(record)


def _review_limit(kind: str):
    def limit(record: Any) -> str:  # a pattern: the interface translates it (core.i18n)
        days = settings.get(LIMIT_REVIEW.key)
        working = working_days()  # said as the papers say it (个工作日)
        if kind == "复查":
            return (text("收到答复之日起 %1 个工作日内申请复查", days) if working
                    else text("收到答复之日起 %1 日内申请复查", days))
        return (text("收到复查意见之日起 %1 个工作日内申请复核", days) if working
                else text("收到复查意见之日起 %1 日内申请复核", days))

    return limit


def _extend_limit(record: Any) -> str:
    pattern = "只能延期一次，延长 %1 个工作日" if working_days() else "只能延期一次，延长 %1 日"
    return text(pattern, settings.get(LIMIT_EXTEND.key))


def _common(call: StepCall) -> dict[str, Any]:
    return {"on": call.on, "person": call.person}


def _decide(call: StepCall) -> None:
    handling = call.values["handling"]
    kwargs = _common(call) | {"content": call.get("content", "")}
    if handling in ("转送", "交办"):
        kwargs["target_unit"] = call.get("target_unit", "")
    if handling == "交办":
        kwargs["report_due"] = call.get("report_due")
    if handling == "不予受理":
        kwargs["reason"] = call.get("reason", "")
    petitions.decide(call.record.id, call.version, call.actor, handling, **kwargs)


def _review_request(kind: str):
    return lambda c: petitions.request_review(c.record.id, c.version, c.actor, kind,
                                              content=c.get("content", ""), **_common(c))


def _original(text: str, actor: Actor) -> Petition:
    """The original typed by 信访编号 or id. One above the actor's clearance is refused in the
    words of one that does not exist, naming what was typed (保密: never its hidden id, and a
    clerk trying numbers or ids learns nothing of which petitions are classified)."""
    text = text.strip()
    found = Petition.get_or_none(Petition.number == text)
    # a number too large for an id names no record (and must not overflow the query)
    if found is None and text.isdigit() and record_guards.id_in_range(text):
        found = Petition.get_or_none(Petition.id == int(text))
    if found is None or not links.named(found, actor.clearance):
        raise ValidationError(i18n.text(
            "没有找到信访编号（或 id）为“%1”的原件，或您无权查看。请核对原件；如确属重复信访而原件您无权查看，"
            "请联系有权限的同事办理。", text), "original")
    return found


def _link(call: StepCall) -> None:
    original = _original(str(call.values["original"]), call.actor)
    petitions.link_repeat(call.record.id, original.id, call.version, call.actor)


def _unlink(call: StepCall) -> None:
    petitions.link_repeat(call.record.id, None, call.version, call.actor,
                          reason=str(call.values["reason"]))


def _to_supervision(call: StepCall) -> dict[str, Any]:
    item = petitions.to_supervision(call.record.id, call.actor, call.get("leader") or call.person,
                                    call.get("instruction", ""), call.get("deadline"))
    return {"supervision_id": item.id, "supervision_number": item.number}


def _not_linked(record: Any) -> str | None:
    return "这件信访已经转为督查事项。" if record.supervision_id else None


CONTENT = FieldSpec("content", "说明", kind=TEXT)


def _handled_on(record: Any) -> Any:
    """答复 is due from the day the petition came to be handled: its 处理 (直接答复) or 告知 of
    its 受理 — the record's own dates, which a petition moved on without signatures has too."""
    if record.handling == "直接答复":  # its 告知 runs beside: the 60 日 run from the 处理
        return record.accepted_on or record.decided_on
    return max((d for d in (record.decided_on, record.notified_on, record.accepted_on)
                if d is not None), default=None)

# 逐级负责: while the chain is in force, the steps outside it are the 信访科's work — the unit its
# 处理 names: any of its users (告知 and 办理 records are a 科员's routine), his 代理, a clerk
# with the 代录 right naming one, the administrator in his own name. 延期's 批准人 and 转督查's
# 批示领导 stay whose decision it is (代录 of it, as before: chain_holders.names_decider).
SECTION: dict[str, Any] = {"section_of": "处理", "admin_self": True}


def _awaited_due(record: Any) -> dt.date | None:
    """我的待办: the 信访科's step with a statutory limit (告知, 办理, 复查复核答复) waits while
    the record has a deadline running — its nearest (受理告知, 办理答复 or 交办回报, 转送受理, 复查
    or 复核答复), as the lists show it; a further 办理 once it is met is a note, not awaited."""
    return deadlines.next_due(record)[0]


# the section's steps a record waits for in its state (我的待办), each with its deadline and
# the day that deadline is counted from (送达: a record entered in its state has no signature)
AWAITED: dict[str, Any] = SECTION | {"awaited_due": _awaited_due,
                                     "due_from": deadlines.next_due_since}

STEPS = [
    StepSpec("petitions", "处理", takes_on=True, takes_person=True,
             fields=(FieldSpec("handling", "处理方式", kind=CHOICE, choices=HANDLINGS,
                               required=True),
                     FieldSpec("target_unit", "去向单位", completer="units",
                               used_when=("handling", ("转送", "交办"))),
                     FieldSpec("report_due", "回报期限", kind=DATE, used_when=("handling", ("交办",)),
                               placeholder="交办时必填"),
                     FieldSpec("reason", "不予受理理由", kind=LONGTEXT,
                               used_when=("handling", ("不予受理",))),
                     CONTENT),
             states=procedure.states_for("处理"), when=_allowed("处理"), limit=_due,
             due_from=lambda r: r.registered_on,  # 登记日期
             help="转送、交办须写明去向单位；交办还须写明回报期限；不予受理须写明理由",
             run=_decide),
    StepSpec("petitions", "告知", **AWAITED, takes_on=True, takes_person=True,
             fields=(FieldSpec("content", "告知方式和内容", kind=TEXT),),
             states=procedure.states_for("告知"), when=_allowed("告知"), limit=_due,
             run=lambda c: petitions.notify(c.record.id, c.version, c.actor,
                                            content=c.get("content", ""), **_common(c))),
    StepSpec("petitions", "办理", **AWAITED, takes_on=True, takes_person=True,
             fields=(FieldSpec("content", "办理情况", kind=LONGTEXT, required=True),),
             states=procedure.states_for("办理"), when=_allowed("办理"), limit=_handling_due,
             run=lambda c: petitions.handle(c.record.id, c.version, c.actor,
                                            content=c.values["content"], **_common(c))),
    StepSpec("petitions", "延期", **SECTION, takes_on=True, takes_person=True,
             fields=(FieldSpec("reason", "延期理由", kind=LONGTEXT, required=True),
                     FieldSpec("approver", "批准人", completer="people", required=True)),
             states=procedure.states_for("延期"), when=_allowed("延期"), limit=_extend_limit,
             run=lambda c: petitions.extend(c.record.id, c.version, c.actor,
                                            reason=c.values["reason"],
                                            approver=c.values["approver"], **_common(c))),
    StepSpec("petitions", "答复", takes_on=True, takes_person=True,
             fields=(FieldSpec("opinion", "答复意见", kind=LONGTEXT, required=True),),
             states=procedure.states_for("答复"), when=_allowed("答复"), limit=_answer_due,
             due_from=_handled_on,
             run=lambda c: petitions.reply(c.record.id, c.version, c.actor,
                                           opinion=c.values["opinion"], **_common(c))),
    StepSpec("petitions", "答复送达", **SECTION, takes_on=True, takes_person=True,
             fields=(FieldSpec("content", "说明", kind=TEXT),),
             states=procedure.states_for("答复送达"), when=_allowed("答复送达"),
             help=_SERVICE_HELP,
             run=lambda c: petitions.record_service(c.record.id, c.version, c.actor,
                                                    content=c.get("content", ""), **_common(c))),
    StepSpec("petitions", "复查申请", button="登记复查申请", **SECTION, takes_on=True, takes_person=True, fields=(FieldSpec("content", "申请理由", kind=TEXT),),
             # also 办结 after the answer, within the request's 30 日 (review_rules.review_refusal)
             states=procedure.states_for("复查申请"), waits_in=(REPLIED,),
             when_on=_allowed("复查申请"),
             limit=_review_limit("复查"), help=_REQUEST_HELP,
             run=_review_request("复查")),
    StepSpec("petitions", "复核申请", button="登记复核申请", **SECTION, takes_on=True, takes_person=True, fields=(FieldSpec("content", "申请理由", kind=TEXT),),
             # also 办结 after the answer, within the request's 30 日 (review_rules.review_refusal)
             states=procedure.states_for("复核申请"), waits_in=(REPLIED,),
             when_on=_allowed("复核申请"),
             limit=_review_limit("复核"), help=_REQUEST_HELP,
             run=_review_request("复核")),
    StepSpec("petitions", "复查复核答复", **AWAITED, takes_on=True, takes_person=True,
             fields=(FieldSpec("opinion", "意见", kind=LONGTEXT, required=True),),
             states=procedure.states_for("复查复核答复"),
             when=_allowed("复查复核答复"), limit=_due,
             help="复查（复核）意见；复核意见为终结意见，信访件随之办结",
             run=lambda c: petitions.answer_review(c.record.id, c.version, c.actor,
                                                   opinion=c.values["opinion"], **_common(c))),
    StepSpec("petitions", "办结", **SECTION, takes_on=True, takes_person=True,
             fields=(FieldSpec("satisfaction", "满意度", kind=CHOICE,
                               choices=("满意", "基本满意", "不满意")),
                     CONTENT),
             states=procedure.states_for("办结"), when=_allowed("办结"),
             run=lambda c: petitions.close(c.record.id, c.version, c.actor,
                                           content=c.get("content", ""),
                                           satisfaction=c.get("satisfaction", ""),
                                           **_common(c))),
    StepSpec("petitions", "标为重复件", **SECTION,
             fields=(FieldSpec("original", "原件", required=True, placeholder="原件的信访编号或 id"),),
             states=STATES, run=_link),
    StepSpec("petitions", "取消重复件", keep="不取消重复件", **SECTION,
             fields=(FieldSpec("reason", "理由", kind=TEXT, required=True,
                               placeholder="如：信访人不同，误标为重复件"),),
             states=STATES, when=links.unmark_refusal, help="取消误标的重复件关联，写明理由，历史中留下记录",
             run=_unlink),
    StepSpec("petitions", "转督查", **SECTION, takes_person=True,
             fields=(FieldSpec("leader", "批示领导", completer="people"),
                     FieldSpec("instruction", "批示内容", kind=LONGTEXT),
                     FieldSpec("deadline", "督查时限", kind=DATE, placeholder=BLANK_SUPERVISION)),
             states=STATES, when=_not_linked, run=_to_supervision),
]

declare("petitions", "state", STEPS)
