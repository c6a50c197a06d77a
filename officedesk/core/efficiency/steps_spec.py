"""The steps of a 效能投诉, declared once for the command line and the window: 核查 (交核查,
with the 核查通知书), 结论 and 处理 (with the 效能告诫书). Each calls the function of
complaints.py, which keeps the checks, the history row and the audit."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from officedesk.core import counted_deadlines, due_soon, settings
from officedesk.core.efficiency import complaints as C
from officedesk.core.efficiency import reply
from officedesk.core.efficiency.recusal import step_refusal
from officedesk.core.fields import CHOICE, INT, LONGTEXT, FieldSpec
from officedesk.core.i18n import text
from officedesk.core.steps import StepSpec, declare, states_of


def _field(name: str, **changes: Any) -> FieldSpec:
    """A field of the registry as a step takes it (the registry shows it, the step sets it)."""
    return replace(C.SPEC.field(name), editable=True, **changes)


def _untrue(record: Any) -> bool:
    return record.finding == "不属实"


def _actions(record: Any) -> dict[str, list[str]]:
    return {"action": [C.NO_ACTION] if _untrue(record) else list(C.ACTIONS)}


def _limit(pattern: str, name: str):
    def limit(record: Any) -> str:
        day = getattr(record, name, None)
        if not day:
            return ""
        # counted in working days (效能's 时限 always are), said as overdue once past
        return due_soon.told(text(pattern, counted_deadlines.shown(C.SPEC.name, record, name)),
                             day, kind=True)

    return limit


STEPS = [
    StepSpec("complaints", "核查", takes_on=True, takes_person=True, who=step_refusal,
             fields=(_field("verifier_unit", required=True),
                     FieldSpec("limit_days", "核查时限（工作日）", kind=INT, minimum=1, maximum=365),
                     FieldSpec("content", "通知内容", kind=LONGTEXT,
                               placeholder="留空：请核查单位于核查时限前核查并报送核查情况")),
             states=states_of(C.FLOW, "核查"), limit=_limit("办结时限 %1", "due_on"),
             defaults=lambda r: {"limit_days": settings.get(C.VERIFY_DAYS.key)},
             help="交核查单位核查，出具核查通知书；日期为通知日期",
             run=lambda c: C.send_for_verification(
                 c.record.id, c.version, c.actor, c.values["verifier_unit"], on=c.on,
                 limit_days=c.get("limit_days"), person=c.person, content=c.get("content", ""))),
    StepSpec("complaints", "结论", button="登记结论", takes_on=True, takes_person=True, who=step_refusal,
             fields=(_field("finding", required=True), _field("finding_text", required=True)),
             states=states_of(C.FLOW, "结论"), limit=_limit("核查时限 %1", "verify_due"),
             help="核查单位报来的核查情况：属实、部分属实或不属实；日期为核查完成日期",
             run=lambda c: C.conclude(c.record.id, c.version, c.actor, c.values["finding"],
                                      c.values["finding_text"], on=c.on, person=c.person)),
    StepSpec("complaints", "处理", takes_on=True, takes_person=True, who=step_refusal,
             fields=(_field("action", required=True),
                     _field("action_text", placeholder="处理结果为“其他”时必填")),
             states=states_of(C.FLOW, "处理"), limit=_limit("办结时限 %1", "due_on"),
             choices=_actions,
             defaults=lambda r: {"action": C.NO_ACTION} if _untrue(r) else {},
             help="属实、部分属实的作出处理（效能告诫出具效能告诫书），不属实的不予处理；处理后办结",
             run=lambda c: C.dispose(c.record.id, c.version, c.actor, c.values["action"],
                                     c.get("action_text", ""), on=c.on, person=c.person)),
    StepSpec("complaints", "答复", button="答复投诉人", takes_on=True, takes_person=True,
             who=reply.refusal, when=reply.not_now,
             fields=(FieldSpec("way", "答复方式", kind=CHOICE, choices=reply.WAYS, required=True),
                     FieldSpec("content", "答复内容", kind=LONGTEXT,
                               placeholder="留空：已告知投诉人处理结果")),
             states=states_of(C.FLOW, "答复"),
             help="办结后将处理结果告知投诉人（匿名且未留电话的无法答复）；日期为答复日期",
             run=lambda c: reply.reply(c.record.id, c.version, c.actor, c.values["way"],
                                       c.get("content", ""), on=c.on, person=c.person)),
]

declare("complaints", "state", STEPS)
