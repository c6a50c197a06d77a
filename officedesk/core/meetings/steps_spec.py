"""The steps of a meeting, declared once for the command line and the window: 修改 (time,
place, people; conflicts as in the window), 发通知, 签到 / 请假 / 缺席, 召开, 纪要, 议定事项转督查,
取消. Each calls the function in service.py or proceedings.py that the window calls."""

from __future__ import annotations

import re
from typing import Any

from officedesk.core.errors import ConflictError, ValidationError
from officedesk.core.fields import CHOICE, DATE, LONGTEXT, FieldSpec
from officedesk.core.meetings import proceedings, service
from officedesk.core.meetings.parsing import parse_people
from officedesk.core.meetings.spec import HELD, NOTIFIED, PREPARING, SPEC
from officedesk.core.steps import StepCall, StepSpec, declare

NOT_CANCELLED = (PREPARING, NOTIFIED, HELD)
BEFORE = (PREPARING, NOTIFIED)

_PEOPLE = {"attendees_text": "attendees", "nonvoting_text": "nonvoting", "guests_text": "guests"}
_EDIT = ("start", "end", "place", "chair", "attendees_text", "nonvoting_text", "guests_text")


def _edit_fields() -> tuple[FieldSpec, ...]:
    result = []
    for name in _EDIT:
        spec = SPEC.field(name)
        result.append(FieldSpec(spec.name, spec.label, kind=spec.kind, completer=spec.completer,
                                max_length=spec.max_length, placeholder=spec.placeholder))
    return tuple(result)


def _edit(call: StepCall) -> None:
    """修改: the draft of the stored meeting with the given changes, saved as the window saves
    it; a leader or room already booked then is refused unless --force gives the reason."""
    draft = service.draft_of(call.record)
    for name, value in call.values.items():
        if value is None:
            continue
        if name in _PEOPLE:
            setattr(draft, _PEOPLE[name], parse_people(str(value), SPEC.field(name).label))
        else:
            draft.values[name] = value
    try:
        service.save_meeting(draft, call.actor, call.record.id, call.version,
                             override_reason=call.force)
    except service.MeetingConflictError as exc:
        # core's message says what to do: a reason (--force 理由) only where a reason overrides,
        # another room or time for a room booked twice
        raise ConflictError(exc.message) from exc


def _attendee_ids(meeting_id: int, text: str) -> list[int]:
    wanted = [n.strip() for n in re.split(r"[、，,；;\s]+", text or "") if n.strip()]
    rows = service._attendees_of(meeting_id)
    by_name: dict[str, int] = {}
    for row in rows:
        by_name.setdefault(row.name, row.id)
    missing = [n for n in wanted if n not in by_name]
    if missing:
        everyone = "、".join(r.name for r in rows) or "（无）"
        raise ValidationError(
            f"{'、'.join(missing)}不在这次会议的参会人员中。参会人员有：{everyone}。", "names")
    return [by_name[n] for n in wanted]


def _mark(status: str):
    def run(call: StepCall) -> dict[str, Any]:
        reason = call.get("reason", "")
        marks = {i: (status, reason) for i in _attendee_ids(call.record.id, call.values["names"])}
        counts = proceedings.record_attendance(call.record.id, marks, call.actor)
        return {"attendance": counts.text()}

    return run


def _decision_labels(record: Any) -> list[str]:
    return [f"{d.seq}" for d in service._decisions_of(record.id) if d.supervision_id is None]


def _parse_decisions(record: Any, text: str | None) -> list[proceedings.DecisionEntry]:
    """One decision a line: 内容｜牵头单位｜时限 (the last two optional). Unchanged lines keep
    their decision (and its link to supervision)."""
    old = service._decisions_of(record.id)
    if text is None:
        return [proceedings.DecisionEntry(d.content, d.lead_unit, d.deadline, d.id) for d in old]
    by_content = {d.content: d for d in old}
    entries = []
    for line in (text or "").splitlines():
        parts = [p.strip() for p in re.split(r"[｜|]", line)]
        if not parts[0]:
            continue
        content = parts[0]
        unit = parts[1] if len(parts) > 1 else ""
        deadline = parts[2] if len(parts) > 2 else None
        same = by_content.get(content)
        entries.append(proceedings.DecisionEntry(content, unit, deadline, same.id if same else None))
    return entries


def _minutes(call: StepCall) -> dict[str, Any]:
    record = call.record
    saved = proceedings.save_minutes(
        record.id, call.values["text"], _parse_decisions(record, call.get("decisions")),
        call.actor, call.version, call.get("issue", record.minutes_issue or ""),
        call.day("minutes_date"))
    return {"decisions": len(service._decisions_of(saved.id))}


def _to_supervision(call: StepCall) -> dict[str, Any]:
    wanted = str(call.values["decision"]).strip()
    found = next((d for d in service._decisions_of(call.record.id) if str(d.seq) == wanted), None)
    if found is None:
        raise ValidationError(f"没有第 {wanted} 项议定事项。", "decision")
    item = proceedings.send_to_supervision(found.id, call.actor, call.get("leader") or call.person,
                                       call.get("instruction", ""), call.get("deadline"))
    return {"supervision_id": item.id, "supervision_number": item.number}


def _has_people(record: Any) -> str | None:
    if service._attendees_of(record.id):
        return None
    return "这次会议还没有参会人员，请先“修改”填写出席人员。"


def _has_open_decisions(record: Any) -> str | None:
    return None if _decision_labels(record) else "没有尚未转督查的议定事项（请先写“纪要”及议定事项）。"


NAMES = FieldSpec("names", "姓名", kind=LONGTEXT, required=True, placeholder="用、隔开")

STEPS = [
    StepSpec("meetings", "修改", fields=_edit_fields(), states=BEFORE, force=True, run=_edit,
             help="改时间、地点、主持人或参会人员；会议室或领导时间冲突须 --force 写明原因"),
    StepSpec("meetings", "发通知", states=(PREPARING,),
             run=lambda c: proceedings.mark_notice_sent(c.record.id, c.actor)),
    StepSpec("meetings", "签到", fields=(NAMES,), states=NOT_CANCELLED, when=_has_people,
             help="首次签到即标记会议已召开", run=_mark(proceedings.PRESENT)),
    StepSpec("meetings", "请假",
             fields=(NAMES, FieldSpec("reason", "请假原因", kind=LONGTEXT, required=True)),
             states=NOT_CANCELLED, when=_has_people, run=_mark(proceedings.LEAVE)),
    StepSpec("meetings", "缺席", fields=(NAMES,), states=NOT_CANCELLED, when=_has_people,
             run=_mark(proceedings.ABSENT)),
    StepSpec("meetings", "召开", states=BEFORE,
             run=lambda c: proceedings.mark_held(c.record.id, c.actor)),
    StepSpec("meetings", "纪要", takes_on=True,
             fields=(FieldSpec("text", "纪要正文", kind=LONGTEXT, required=True),
                     FieldSpec("decisions", "议定事项", kind=LONGTEXT,
                               placeholder="每行一项：内容｜牵头单位｜时限；不填则保留原有各项"),
                     FieldSpec("issue", "期号", max_length=50),
                     FieldSpec("minutes_date", "纪要日期", kind=DATE)),
             states=NOT_CANCELLED, run=_minutes),
    StepSpec("meetings", "议定事项转督查", takes_person=True,
             fields=(FieldSpec("decision", "议定事项", kind=CHOICE, required=True, placeholder="序号"),
                     FieldSpec("leader", "批示领导", completer="people"),
                     FieldSpec("instruction", "批示内容", kind=LONGTEXT),
                     FieldSpec("deadline", "督查时限", kind=DATE)),
             states=NOT_CANCELLED, when=_has_open_decisions,
             choices=lambda r: {"decision": _decision_labels(r)},
             run=_to_supervision),
    StepSpec("meetings", "取消",
             fields=(FieldSpec("reason", "取消原因", kind=LONGTEXT, required=True),),
             states=BEFORE,
             run=lambda c: proceedings.cancel(c.record.id, c.values["reason"], c.actor)),
]

declare("meetings", "status", STEPS)
