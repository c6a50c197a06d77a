"""The steps of 收文 and 发文, declared once for the command line and the window.

Each step calls the existing core function in incoming.py / outgoing.py / archive.py, which
keeps its own validation, locking, numbering and audit; this module only says which fields a
step takes and how they reach that function.

A step without a date field of its own (登记, 核稿, 审核, 复核, 编号 …) takes the day it was done
(`takes_on`: --on, the dialog's 日期; default today, never after it, never before the steps
already done): a paper step entered later carries its own day, and holds back no later step
dated before the day it was entered. Not so 修改 (the draft as it is now), 催办 and 转督查
(done now, in the program)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from officedesk.core import due_soon, i18n, responsibility, settings, step_dates, workdays
from officedesk.core.actor import Actor
from officedesk.core.documents import (
    archive,
    circulation,
    countersign,
    dispatch,
    incoming,
    outgoing,
    outgoing_spec,
    recheck,
)
from officedesk.core.documents.common import RETENTION, steps_done
from officedesk.core.documents.countersign import COUNTERSIGN_ANSWERS
from officedesk.core.documents.deadlines import LIMIT_DAYS
from officedesk.core.errors import ValidationError
from officedesk.core.fields import CHOICE, DATE, DATETIME, INT, LONGTEXT, TEXT, FieldSpec
from officedesk.core.i18n import text
from officedesk.core.step_values import BLANK_NOW_SIGNED, BLANK_TODAY
from officedesk.core.steps import OFFICE, StepCall, StepSpec, declare, states_of


def names(text: str | None) -> list[str]:
    """People or units typed as one text: 、 ， , ; or one a line."""
    parts = re.split(r"[、，,；;\n]", text or "")
    return [p.strip() for p in parts if p.strip()]


def _optional(spec: FieldSpec) -> FieldSpec:
    """A registration field as a correction: optional, and no default overwrites what is there."""
    return replace(spec, required=False, default=None)


def _given(call: StepCall) -> dict[str, Any]:
    return {name: value for name, value in call.values.items() if value is not None}


OPINION = FieldSpec("opinion", "意见", kind=LONGTEXT)
REASON = FieldSpec("reason", "理由", kind=LONGTEXT, required=True)
RETENTION_FIELD = FieldSpec("retention", "保管期限", kind=CHOICE, choices=tuple(RETENTION),
                            required=True)
ORG_CODE = FieldSpec("org_code", "机构代码", max_length=20, placeholder="如 BGS")
PAGES = FieldSpec("pages", "页数", kind=INT, minimum=1, maximum=100_000,
                  placeholder="不填表示未计页数")


def _check_pages(call: StepCall) -> int:
    return int(call.get("pages", 0))  # 0: not counted (the bounds refuse 0 and less typed)


def _archive(registry: str):
    def run(call: StepCall) -> dict[str, Any]:
        saved = archive.archive(registry, call.record.id, call.version, call.actor,
                                call.values["retention"], call.get("org_code", ""),
                                _check_pages(call), day=call.on)
        return {"archive_no": saved.archive_no}

    return run


def _after_steps_done(registry: str, step: str) -> Any:
    """A chain step is due from the day of the step before it: the latest the document has
    done by its history and its own dates (收文日期 …) — also when it was moved on without step
    signatures (a core function, the demo) or brought in at its state."""

    def day(record: Any) -> Any:
        found = step_dates.latest(steps_done(registry, record, step))
        return found[1] if found is not None else None

    return day


# ---------------------------------------------------------------- 收文

_IN = incoming.INCOMING
_REGISTER_FIELDS = tuple(
    _optional(_IN.field(name))
    for name in ("received_on", "from_org", "from_ref", "title", "kind", "secrecy",
                 "secrecy_term", "urgency", "copies", "note")
)


def _in_states(step: str) -> tuple[str, ...]:
    return states_of(incoming.FLOW, step)


def _pending_readers(record: Any) -> list[str]:
    return [e.reader for e in circulation.entries_of(record.id) if e.read_at is None]


def _holding_readers(record: Any, actor: Actor) -> list[str]:
    """The readers holding the document now (in order: one; 分送: all not yet read) who are
    the actor himself (by 姓名 or 用户名, as core takes a reader for the actor himself)."""
    return [e.reader for e in circulation.holders_of(record.id)
            if e.reader in (actor.label, actor.username)]


def _reader_offered(record: Any, actor: Actor) -> bool:
    """阅 is offered to a reader holding the document, and to one who may record another's
    阅 (代录) — or to anyone while 逐级负责 is not in force; core refuses anyone else."""
    from officedesk.core import chains
    from officedesk.core.positions import may_record_for_others

    return (not chains.enforced() or responsibility.is_cli(actor)
            or may_record_for_others(actor) or bool(_holding_readers(record, actor)))


def _read(call: StepCall) -> Any:
    reader = call.get("reader") or call.person
    return incoming.mark_read(call.record.id, call.version, call.actor, reader,
                              call.moment("at"), call.get("note", ""))


def _to_supervision_in(call: StepCall) -> dict[str, Any]:
    saved = incoming.to_supervision(call.record.id, call.version, call.actor, call.get("deadline"))
    return {"supervision_id": saved.supervision_id}


def _not_linked(record: Any) -> str | None:
    if record.supervision_id:
        return "这份收文已经转为督查事项。"
    if incoming.supervision_link() is None:
        return "督查督办功能尚未启用。"
    return None


# 传阅 in order (one holder at a time) or, as an explicit choice, to all at once (分送)
CIRCULATION_MODES = ("按顺序", "同时分送")


def _assign_limit(record: Any) -> str:
    return text("默认 %1 个工作日", settings.get(incoming.DEFAULT_LIMIT.key))


INCOMING_STEPS = [
    StepSpec("incoming", "登记", fields=_REGISTER_FIELDS, states=_in_states("登记"), takes_on=True,
             help="补全或更正登记项目（来文机关、来文字号、标题、密级……）",
             run=lambda c: incoming.register_doc(c.record.id, c.version, _given(c), c.actor,
                                                 c.get("opinion", ""), c.on)),
    StepSpec("incoming", "初审", fields=(OPINION,), states=_in_states("初审"), takes_on=True,
             run=lambda c: incoming.review(c.record.id, c.version, c.actor, c.get("opinion", ""),
                                           c.on)),
    StepSpec("incoming", "退回", fields=(REASON,), states=_in_states("退回"), takes_on=True,
             help="初审不合要求的，写明理由退回",
             run=lambda c: incoming.return_doc(c.record.id, c.version, c.actor, c.values["reason"],
                                               c.on)),
    StepSpec("incoming", "拟办", takes_person=True, takes_on=True,
             fields=(FieldSpec("proposal", "拟办意见", kind=LONGTEXT, required=True),
                     FieldSpec("person", "拟办人", completer="people")),
             states=_in_states("拟办"), due_from=_after_steps_done("incoming", "拟办"),
             run=lambda c: incoming.propose(c.record.id, c.version, c.actor, c.values["proposal"],
                                            c.get("person") or c.person, c.on)),
    StepSpec("incoming", "批办", takes_on=True, takes_person=True,
             fields=(FieldSpec("leader", "批示领导", completer="people"),
                     FieldSpec("instruction", "批示内容", kind=LONGTEXT, required=True),
                     FieldSpec("at", "批示时间", kind=DATETIME, placeholder=BLANK_NOW_SIGNED)),
             states=_in_states("批办"),
             waits_in=(incoming.PROPOSED,),  # later 批示 (主要领导 after 分管) are optional
             due_from=_after_steps_done("incoming", "批办"),
             help="领导批示；代领导录入时写明批示领导",
             run=lambda c: incoming.instruct(c.record.id, c.version, c.actor,
                                             c.values["instruction"],
                                             c.get("leader") or c.person, c.moment("at"))),
    StepSpec("incoming", "承办", takes_on=True,
             fields=(FieldSpec("unit", "承办单位", required=True, completer="units"),
                     FieldSpec("person", "承办人", completer="people"),
                     FieldSpec("co_units", "协办单位", completer="units",
                               placeholder="可多个，用、隔开"),
                     FieldSpec("days", "办理时限（工作日）", kind=INT, placeholder="工作日，留空按设置",
                               minimum=LIMIT_DAYS.minimum, maximum=LIMIT_DAYS.maximum)),
             states=_in_states("承办"), limit=_assign_limit,
             run=lambda c: incoming.assign(c.record.id, c.version, c.actor, c.values["unit"],
                                           c.get("person", ""), c.get("days"), c.on,
                                           co_units=c.get("co_units", ""))),
    StepSpec("incoming", "传阅", takes_on=True,
             fields=(FieldSpec("readers", "传阅人", kind=LONGTEXT, required=True,
                               placeholder="按传阅顺序，用、隔开"),
                     FieldSpec("mode", "传阅方式", kind=CHOICE, choices=CIRCULATION_MODES,
                               required=True, default=CIRCULATION_MODES[0])),
             states=_in_states("传阅"),
             limit=lambda r: text("每人持有 %1 个工作日",
                                  settings.get(incoming.CIRCULATION_DAYS.key)),
             run=lambda c: incoming.circulate(c.record.id, c.version, c.actor,
                                              names(c.values["readers"]),
                                              parallel=c.get("mode") == CIRCULATION_MODES[1],
                                              day=c.on)),
    StepSpec("incoming", "阅", takes_on=True, takes_person=True,
             fields=(FieldSpec("reader", "阅文人", kind=CHOICE),
                     FieldSpec("at", "阅毕时间", kind=DATETIME, placeholder=BLANK_NOW_SIGNED),
                     FieldSpec("note", "阅文意见", kind=TEXT)),
             states=_in_states("阅"),
             choices=lambda r: {"reader": _pending_readers(r)},
             defaults=lambda r: {"reader": next(iter(_pending_readers(r)), None)},
             # the reader himself when he holds it; else (代录) the next reader
             mine=lambda r, a: {"reader": next(iter(_holding_readers(r, a)), None)
                                or next(iter(_pending_readers(r)), None)},
             offered=_reader_offered,
             run=_read),
    StepSpec("incoming", "催办", fields=(FieldSpec("opinion", "催办内容", kind=LONGTEXT),),
             states=_in_states("催办"),
             run=lambda c: incoming.remind(c.record.id, c.version, c.actor, c.get("opinion", ""))),
    # 办结 is the 承办 person's: a clerk may record it for him (--person, 经办人) as 代录
    StepSpec("incoming", "办结", takes_on=True, takes_person=True,
             fields=(FieldSpec("result", "办结结果", kind=LONGTEXT, required=True),
                     FieldSpec("day", "办结日期", kind=DATE, placeholder=BLANK_TODAY)),
             states=_in_states("办结"),
             limit=lambda r: due_soon.told(text("办理时限 %1", workdays.shown(r.due_on)), r.due_on,
                                           due_soon.INCOMING) if r.due_on else "",
             run=lambda c: incoming.finish(c.record.id, c.version, c.actor, c.values["result"],
                                           c.day("day"))),
    StepSpec("incoming", "转督查",
             fields=(FieldSpec("deadline", "督查时限", kind=DATE, placeholder="不填则同办理时限"),),
             states=_in_states("转督查"), when=_not_linked,
             help="把领导批示转为督查事项（两边互相关联）",
             run=_to_supervision_in),
    StepSpec("incoming", "归档", fields=(RETENTION_FIELD, ORG_CODE, PAGES), takes_on=True,
             states=_in_states("归档"), run=_archive("incoming")),
]

declare("incoming", "state", INCOMING_STEPS)


# ---------------------------------------------------------------- 发文

_OUT = outgoing.OUTGOING
_EDIT_FIELDS = tuple(_optional(_OUT.field(name)) for name in outgoing_spec.CONTENT)


def _return_refusal(record: Any) -> str | None:
    """Why the draft has no chain step to go back to (退回's StepSpec.when): an open 会签 不同意
    holds 签发, which the draft then does not wait for (as 签发's refusal says); else no chain."""
    if responsibility.returnable("outgoing", record):
        return None
    from officedesk.core import chains

    if chains.enforced() and chains.chain_for("outgoing", record) is not None:
        blocked = countersign.signing_refusal(record)
        if blocked:
            return f"现在不能退回：{blocked}"
    return "审批链未启用，或这份发文没有可以退回的步骤；退回拟稿人请用“退回修改”。"


def _out_states(step: str) -> tuple[str, ...]:
    return states_of(outgoing.FLOW, step)


def _pending_units(record: Any) -> list[str]:
    return [row.unit for row in countersign.countersigns_of(record.id) if row.signed_at is None]


_RANGE = re.compile(r"^(\d+)\s*[-–—~～至]\s*(\d+)$")


def parse_distribution(text: str) -> list[dispatch.Recipient]:
    """分发 as typed: one recipient a line (or separated by ；), “单位 份数 [起-止份号]”."""
    rows: list[dispatch.Recipient] = []
    for number, line in enumerate(re.split(r"[\n；;]", text or ""), start=1):
        parts = line.split()
        if not parts:
            continue
        first = last = None
        if len(parts) >= 3 and _RANGE.match(parts[-1]):
            match = _RANGE.match(parts.pop())
            assert match is not None
            first, last = int(match[1]), int(match[2])
        copies = 1
        if len(parts) >= 2 and re.fullmatch(r"\d+份?", parts[-1]):
            copies = int(parts.pop().rstrip("份"))
        elif first is not None and last is not None:
            copies = last - first + 1
        recipient = " ".join(parts)
        if not recipient:
            raise ValidationError(
                i18n.text("分发第 %1 行没有单位。每行写“单位 份数 [起-止份号]”，如"
                          "：县委办 3 1-3。",
                          number),
                "distribution")
        rows.append(dispatch.Recipient(recipient, copies, first, last))
    return rows


OUTGOING_STEPS = [
    StepSpec("outgoing", "修改", fields=_EDIT_FIELDS, states=_out_states("修改"),
             help="拟稿中修改稿件内容；联合发文改动后，联合发文机关须重新会签",
             run=lambda c: outgoing.edit_draft(c.record.id, c.version, _given(c), c.actor)),
    StepSpec("outgoing", "核稿", takes_person=True, takes_on=True,
             fields=(FieldSpec("checker", "核稿人", completer="people"), OPINION),
             states=_out_states("核稿"), due_from=_after_steps_done("outgoing", "核稿"),
             run=lambda c: outgoing.check(c.record.id, c.version, c.actor,
                                          c.get("checker") or c.person, c.get("opinion", ""),
                                          c.on)),
    StepSpec("outgoing", "送会签", takes_on=True,
             fields=(FieldSpec("units", "会签单位", kind=LONGTEXT, required=True,
                               placeholder="用、隔开"),),
             states=_out_states("送会签"),
             # 联合发文: its organs countersign (条例第二十二条), offered until they have
             defaults=lambda r: {"units": "、".join(countersign.joint_pending(r)) or None},
             help="联合发文须送各联合发文机关会签（由其负责人签署）",
             run=lambda c: outgoing.send_countersign(c.record.id, c.version, c.actor,
                                                     names(c.values["units"]), c.on)),
    StepSpec("outgoing", "会签", takes_on=True, takes_person=True,
             fields=(FieldSpec("unit", "会签单位", kind=CHOICE),
                     FieldSpec("person", "会签人", completer="people"),
                     FieldSpec("answer", "会签结果", kind=CHOICE, choices=COUNTERSIGN_ANSWERS),
                     FieldSpec("opinion", "会签意见", kind=LONGTEXT,
                               placeholder="不同意时写明理由"),
                     FieldSpec("at", "会签时间", kind=DATETIME, placeholder=BLANK_NOW_SIGNED)),
             states=_out_states("会签"),
             choices=lambda r: {"unit": _pending_units(r)},
             defaults=lambda r: {"unit": next(iter(_pending_units(r)), None), "answer": "同意"},
             run=lambda c: outgoing.countersign(c.record.id, c.version, c.actor,
                                                c.get("unit", ""), c.get("person") or c.person,
                                                c.get("opinion", ""), c.moment("at"),
                                                c.get("answer", "同意"))),
    StepSpec("outgoing", "协调", takes_person=True, takes_on=True,
             fields=(FieldSpec("signer", "签发人", completer="people"),
                     FieldSpec("decision", "协调意见", kind=LONGTEXT, required=True)),
             states=_out_states("协调"), held_by="签发",
             when=countersign.coordination_refusal,  # only while a 不同意 is open
             help="会签单位不同意时，由签发人记录协调决定（代录时写明签发人），之后由其签发",
             run=lambda c: countersign.coordinate(c.record.id, c.version, c.actor,
                                                  c.get("signer") or c.person,
                                                  c.values["decision"], c.on)),
    StepSpec("outgoing", "审核", takes_person=True, takes_on=True,
             fields=(FieldSpec("reviewer", "审核人", completer="people"), OPINION),
             states=_out_states("审核"), due_from=_after_steps_done("outgoing", "审核"),
             when=lambda r: responsibility.chain_step_closed("outgoing", r, "审核"),
             help="分管领导审核（审批链中有“审核”时，签发前须先审核）",
             run=lambda c: outgoing.review(c.record.id, c.version, c.actor, c.get("opinion", ""),
                                           c.get("reviewer") or c.person, c.on)),
    StepSpec("outgoing", "退回", fields=(FieldSpec("target", "退回到", kind=CHOICE, required=True),
                                        REASON),
             states=_out_states("退回"),
             when=_return_refusal,
             choices=lambda r: {"target": responsibility.returnable("outgoing", r)},
             defaults=lambda r: {"target": next(iter(responsibility.returnable("outgoing", r)[-1:]),
                                                None)},
             decides_waiting=True, takes_on=True,
             help="退回审批链中的前一步（写明理由），历史中留下往返",
             run=lambda c: responsibility.send_back("outgoing", c.record.id, c.version, c.actor,
                                                    c.values["target"], c.values["reason"],
                                                    c.person, c.on)),
    # the decision of the holder of the step the draft waits for (审核, 签发 …): a clerk
    # records it for him (代录) as he wrote it on the paper
    StepSpec("outgoing", "退回修改", fields=(REASON,), states=_out_states("退回修改"),
             decides_waiting=True, takes_on=True,
             run=lambda c: outgoing.send_back(c.record.id, c.version, c.actor, c.values["reason"],
                                              c.person, c.on)),
    StepSpec("outgoing", "签发", takes_on=True, takes_person=True,
             fields=(FieldSpec("signer", "签发人", completer="people"),
                     FieldSpec("opinion", "签发意见", kind=LONGTEXT),
                     FieldSpec("signed_on", "签发日期", kind=DATE, placeholder=BLANK_TODAY)),
             states=_out_states("签发"), due_from=_after_steps_done("outgoing", "签发"),
             when=countersign.signing_refusal,
             defaults=lambda r: {"signer": recheck.rereview_signer(r)
                                 or countersign.coordinator_of(r.id) or None},
             help="签发人写明意见、姓名和日期；成文日期即签发日期（联合发文须各联合发文机关会签后签发）",
             run=lambda c: outgoing.sign(c.record.id, c.version, c.actor,
                                         c.get("signer") or c.person, c.get("opinion", ""),
                                         c.day("signed_on"))),
    # 复核 (条例第二十五条（一）): by the office, like 编号, which waits for it; the 条例 names no
    # one (not a 负责人): the 复核人 is whoever of the office checks it, the doer when left blank
    StepSpec("outgoing", "复核", takes_person=True, takes_on=True,
             fields=(FieldSpec("checker", "复核人", completer="people", placeholder="留空即为办理人本人"),
                     FieldSpec("opinion", "复核意见", kind=LONGTEXT,
                               placeholder=recheck.DEFAULT_OPINION)),
             states=_out_states("复核"),
             roles=OFFICE,
             help=f"签发后、编号前复核{recheck.CHECKED_ITEMS}；需作实质性修改的，请“退回复审”",
             run=lambda c: recheck.recheck(c.record.id, c.version, c.actor,
                                           c.get("checker") or c.person, c.get("opinion", ""),
                                           c.on)),
    StepSpec("outgoing", "退回复审", fields=(REASON,), states=_out_states("退回复审"),
             takes_on=True,
             roles=OFFICE,
             help="复核发现需作实质性修改的，写明修改内容和理由，退回原签批人复审，复审后重新签发",
             run=lambda c: recheck.return_to_signer(c.record.id, c.version, c.actor,
                                                    c.values["reason"], c.on)),
    StepSpec("outgoing", "编号", takes_on=True, takes_number=True,
             fields=(FieldSpec("manual", "发文字号", placeholder="留空自动取下一个号"),),
             states=_out_states("编号"),
             roles=OFFICE,
             help="复核后取发文字号（在本步骤的事务中取号，不会重号）",
             run=lambda c: outgoing.assign_number(c.record.id, c.version, c.actor,
                                                  c.get("manual", ""), c.on)),
    StepSpec("outgoing", "印制", takes_on=True,
             fields=(FieldSpec("copies", "印制份数", kind=INT),
                     FieldSpec("print_date", "印发日期", kind=DATE, placeholder=BLANK_TODAY)),
             states=_out_states("印制"),
             run=lambda c: outgoing.mark_printed(c.record.id, c.version, c.actor,
                                                 c.get("copies"), c.day("print_date"))),
    StepSpec("outgoing", "核发", takes_on=True,
             fields=(FieldSpec("distribution", "分发", kind=LONGTEXT, required=True,
                               placeholder="每行“单位 份数 [起-止份号]”，或用；隔开"),),
             states=_out_states("核发"),
             help="涉密文件每个单位须写份号范围",
             run=lambda c: dispatch.distribute(c.record.id, c.version, c.actor,
                                               parse_distribution(c.values["distribution"]),
                                               c.on)),
    StepSpec("outgoing", "归档", fields=(RETENTION_FIELD, ORG_CODE, PAGES), takes_on=True,
             states=_out_states("归档"), run=_archive("outgoing")),
]

declare("outgoing", "state", OUTGOING_STEPS)
