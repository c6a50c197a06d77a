"""The steps of an information item, declared once for the command line and the window:
接收, 初审, 编辑, 签发, 编发, 上报, 采用, 批示, 转督查, and 电话报告 / 书面报告 of a sudden
event. Each calls
the function of core.info.procedure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from officedesk.core import responsibility, step_dates
from officedesk.core.fields import BOOL, CHOICE, DATE, DATETIME, LONGTEXT, FieldSpec
from officedesk.core.i18n import text
from officedesk.core.info import periodicals, procedure
from officedesk.core.info import spec as S
from officedesk.core.step_values import BLANK_NOW, BLANK_SUPERVISION
from officedesk.core.steps import StepCall, StepSpec, declare
from officedesk.store.info import InfoAction

LIVE = tuple(s for s in S.STATES if s != S.VOIDED)


def _review_limit(record: Any) -> str:
    from officedesk.core import settings

    return text("接收后 %1 日内", settings.get(S.REVIEW_DAYS.key))


def _periodical_choices(record: Any) -> dict[str, list[str]]:
    return {"periodical": periodicals.names()}


def _edit_defaults(record: Any) -> dict[str, Any]:
    return {"title": record.edited_title or record.title,
            "content": record.edited_content or record.content}


def _levels_left(record: Any) -> dict[str, list[str]]:
    return {"level": procedure.levels_not_sent(record)}


def _some_level_left(record: Any) -> str | None:
    return None if procedure.levels_not_sent(record) else "这件信息已上报市、省、中央各级。"


def _sudden_only(record: Any) -> str | None:
    if record.category != S.SUDDEN:
        return "只有突发事件要记书面报告时间。"
    return "这件突发事件已经收到书面报告。" if record.written_at else None


def _phone_open(record: Any) -> str | None:
    if record.category != S.SUDDEN:
        return "只有突发事件要记电话报告时间。"
    # after the written report too: a phone report before it, not recorded yet, is what the
    # phone limit is judged by (else the written one is)
    return "这件突发事件已经记过电话报告。" if record.phoned_at else None


def _phone_defaults(record: Any) -> dict[str, Any]:
    """The written report recorded first: the call came before it (else the written one was
    the first report), so the dialog starts at the written report's time, not now (refused)."""
    return {"when": record.written_at} if record.written_at else {}


def _instructed(record: Any) -> str | None:
    if record.supervision_id:
        return "这件信息的批示已经转为督查事项。"
    if procedure._latest_instruction(record.id) is None:
        return "这件信息还没有领导批示。"
    return None


def _to_supervision(call: StepCall) -> dict[str, Any]:
    task = procedure.to_supervision(call.record.id, call.actor, call.get("deadline"))
    return {"supervision_id": task.id, "supervision_number": getattr(task, "number", "")}


def _after_steps_done(item: Any) -> dt.date | None:
    """A chain step (初审, 编辑, 签发) is due from the day of the step before it: 报送, or the
    latest of 接收, 初审, 编辑 in the item's history (a side step such as 书面报告 is none)."""
    found = step_dates.latest(procedure._steps_done(item))
    return found[1] if found is not None else None


def _section(doing: str) -> Callable[[Any, Any, dt.date], str | None]:
    """The 信息科's steps outside the chain — 接收, 电话报告 and 书面报告 (the facts a 迟报 is
    judged by, never corrected), 上报, 采用, 转督查 —: whoever may 编发 and correct an 信息, or
    the 代理 of one cleared for the item (the 代理 himself is cleared: he sees it) on the day
    of the step (StepSpec.who_on): a step dated before his delegation began is not his."""
    return lambda actor, record, day: periodicals.publish_refusal(actor, doing, _level(record),
                                                                  day)


def _level(record: Any) -> int:
    from officedesk.core.chain_holders import level

    return level("info", record)


SECTION_STEPS = ("接收", "编发", "上报", "采用", "转督查", "电话报告", "书面报告")


def _substitute(actor: Any, step: str, record: Any, day: dt.date | None = None) -> Any:
    """The 信息科 post a section step (SECTION_STEPS) is done for by its 代理 on `day` (the day
    of the step): signed 代理."""
    return (periodicals.substitute_for(actor, _level(record), day) if step in SECTION_STEPS
            else None)


responsibility.OUTSIDE_SUBSTITUTES["info"] = _substitute


STEPS = [
    StepSpec("info", "接收", takes_on=True, takes_person=True, states=(S.TO_RECEIVE,),
             who_on=_section("接收信息"),
             help="登记收到，出具接收回执（命令行：officedesk print info-receipt）",
             run=lambda c: procedure.receive(c.record.id, c.version, c.actor, on=c.on,
                                             person=c.person)),
    StepSpec("info", "初审", takes_on=True, takes_person=True, states=(S.TO_REVIEW,),
             due_from=_after_steps_done,
             fields=(FieldSpec("result", "结论", kind=CHOICE, choices=("采", "不采"), required=True),
                     FieldSpec("reason", "理由", kind=LONGTEXT)),
             limit=_review_limit, help="不采用须写明理由",
             run=lambda c: procedure.review(c.record.id, c.version, c.actor, c.values["result"],
                                            c.get("reason", ""), on=c.on, person=c.person)),
    StepSpec("info", "编辑", takes_on=True, takes_person=True, states=(S.TO_EDIT,),
             due_from=_after_steps_done,
             fields=(FieldSpec("title", "编辑后标题", required=True, max_length=200),
                     FieldSpec("content", "编辑后正文", kind=LONGTEXT, required=True)),
             defaults=_edit_defaults, help="原稿保留，编辑稿另存",
             run=lambda c: procedure.edit(c.record.id, c.version, c.actor, c.values["title"],
                                          c.values["content"], on=c.on, person=c.person)),
    StepSpec("info", "签发", takes_on=True, takes_person=True, states=(S.TO_SIGN,),
             due_from=_after_steps_done,
             fields=(FieldSpec("signer", "签发人", completer="people"),
                     FieldSpec("post", "职务", kind=CHOICE, choices=S.SIGNER_POSTS)),
             help="由信息科长或分管主任签发（审批链）；领导在纸上签的，由有代录权限的经办人代录；"
                  "职务留空按签发人的岗位",
             run=lambda c: procedure.sign(c.record.id, c.version, c.actor,
                                          c.get("signer") or c.person, c.get("post") or "",
                                          on=c.on, username=c.username)),
    StepSpec("info", "编发", takes_on=True, states=(S.TO_PUBLISH,),
             who_on=_section("刊物编发"),
             fields=(FieldSpec("periodical", "刊物", kind=CHOICE, required=True,
                               choices=periodicals.names),
                     FieldSpec("new_issue", "另起新一期", kind=BOOL, default=False)),
             choices=_periodical_choices, help="编入该刊物正在编辑的一期（排在最后）",
             run=lambda c: procedure.publish(c.record.id, c.version, c.actor,
                                             c.values["periodical"],
                                             bool(c.get("new_issue", False)), on=c.on)),
    StepSpec("info", "上报", states=S.OUT_STATES, who_on=_section("上报"),
             fields=(FieldSpec("level", "上报级别", kind=CHOICE, choices=S.SEND_LEVELS,
                               required=True),
                     FieldSpec("when", "上报时间", kind=DATETIME, placeholder=BLANK_NOW)),
             choices=_levels_left, when=_some_level_left,
             run=lambda c: procedure.send_up(c.record.id, c.version, c.actor, c.values["level"],
                                             c.get("when"))),
    StepSpec("info", "采用", states=S.OUT_STATES, who_on=_section("登记采用"),
             fields=(FieldSpec("level", "采用级别", kind=CHOICE, choices=S.SEND_LEVELS,
                               required=True),
                     FieldSpec("periodical", "采用刊物", required=True,
                               max_length=InfoAction.periodical.max_length,
                               placeholder="如 市委办《每日要情》第12期"),
                     FieldSpec("day", "采用日期", kind=DATE, required=True,
                               placeholder="按上级刊物所载日期填写")),
             help="被上级刊物采用；一件信息可被多级采用，各计分",
             run=lambda c: procedure.adopt(c.record.id, c.version, c.actor, c.values["level"],
                                           c.values["periodical"], c.get("day"))),
    # the leader's own, or recorded for him (代录: the right, core.responsibility.capacity)
    StepSpec("info", "批示", states=S.OUT_STATES, takes_person=True,
             who=lambda actor, record: periodicals.instruction_refusal(actor),
             fields=(FieldSpec("leader", "批示领导", completer="people", required=True,
                               max_length=InfoAction.person.max_length),
                     FieldSpec("text", "批示内容", kind=LONGTEXT, required=True),
                     FieldSpec("day", "批示日期", kind=DATE, required=True,
                               placeholder="按批示件上的日期填写")),
             run=lambda c: procedure.instruct(c.record.id, c.version, c.actor,
                                              c.values["leader"], c.values["text"],
                                              c.get("day"))),
    StepSpec("info", "转督查", states=S.OUT_STATES, when=_instructed, who_on=_section("批示转督查"),
             fields=(FieldSpec("deadline", "督查时限", kind=DATE, placeholder=BLANK_SUPERVISION),),
             help="最近一条领导批示立为督查事项，两边互相关联",
             run=_to_supervision),
    StepSpec("info", "电话报告", states=LIVE, when=_phone_open, who_on=_section("记录电话报告"),
             fields=(FieldSpec("when", "电话报告时间", kind=DATETIME, required=True,
                               placeholder="实际来电时间"),),
             defaults=_phone_defaults,
             help="突发事件登记后才来的电话报告：记一次，按来电时间（晚于时限的仍算迟报）；"
                  "已收到书面报告的，来电在它之前：时间先填书面报告时间（与不记电话报告同样计时），请改为实际来电时间",
             run=lambda c: procedure.phone_report(c.record.id, c.version, c.actor,
                                                  c.get("when"))),
    StepSpec("info", "书面报告", states=LIVE, when=_sudden_only, who_on=_section("记录书面报告"),
             fields=(FieldSpec("when", "书面报告时间", kind=DATETIME, required=True,
                               placeholder="实际收到书面报告的时间"),),
             help="突发事件收到书面报告，计时停止",
             run=lambda c: procedure.written_report(c.record.id, c.version, c.actor,
                                                    c.get("when"))),
]

declare("info", "state", STEPS)
