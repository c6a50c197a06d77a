"""The steps of a meeting, declared once for the command line and the window: 修改 (every field
of the meeting; conflicts as in the window), 发通知, 签到 / 请假 / 缺席 and 登记签到 (the whole
sign-in sheet, a mark taken back too), 召开, 纪要 (its decisions kept by 原序号, or none),
议定事项转督查, 取消. Each calls the function in service.py or proceedings.py; the window's
dialogs collect these steps' values (step_values.py) and perform them through core.steps."""

from __future__ import annotations

from typing import Any

from officedesk.core import clock, i18n
from officedesk.core.errors import ConflictError, ValidationError
from officedesk.core.fields import CHOICE, DATE, LONGTEXT, FieldSpec
from officedesk.core.i18n import text
from officedesk.core.meetings import (
    decision_supervision,
    notices,
    papers,
    proceedings,
    service,
    step_values,
)
from officedesk.core.meetings.parsing import parse_agenda_rows, parse_people
from officedesk.core.meetings.spec import HELD, LEAVE, NOTIFIED, PREPARING
from officedesk.core.steps import StepCall, StepSpec, declare

NOT_CANCELLED = (PREPARING, NOTIFIED, HELD)
BEFORE = (PREPARING, NOTIFIED)


def _cancel(call: StepCall) -> Any:
    """取消会议; when its notice went out, the clerk is told to send the 取消通知 (those who hold
    the notice come unless told): the notice prints as it now (papers.cancellation_to_print)."""
    meeting = proceedings.cancel(call.record.id, call.values["reason"], call.actor)
    if papers.cancellation_to_print(meeting) is None:
        return meeting
    return {"cancellation_due": text(
        "会议通知已经发出，收到通知的单位和人员仍会按时到会：请印发取消通知（打印会议通知，"
        "即印为取消通知），送达他们。")}


def _notice_outdated(before: Any, after: Any) -> str:
    """What a 修改 of a notified meeting makes wrong in the notice already sent out: its time or
    its place; "" when neither changed or no notice was sent. The meeting stays 已发通知 (a
    notice went out, and its lead time counts from it); the clerk sends a corrected one."""
    if before.status != NOTIFIED:
        return ""
    if notices.sent_notice(after) is not None:  # against what the notice said, not the edit
        change = notices.change_since_sent(after)
        time, place = (change.time, change.place) if change is not None else (False, False)
    else:  # notified before the notice was recorded (schema 19)
        time = before.start != after.start or before.end != after.end
        place = before.place != after.place
    if not (time or place):
        return ""
    # one whole sentence each, as the interface translates them
    if time and place:
        said = text("会议时间和地点已改，已发出的通知不再准确，请重新发通知（打印会议通知，即为更正通知，送达参会人员）。")
    elif time:
        said = text("会议时间已改，已发出的通知不再准确，请重新发通知（打印会议通知，即为更正通知，送达参会人员）。")
    else:
        said = text("会议地点已改，已发出的通知不再准确，请重新发通知（打印会议通知，即为更正通知，送达参会人员）。")
    deadline = after.signup_deadline
    if papers.signup_closed(deadline, clock.today(), clock.now()):
        # the 更正通知, dated today, leaves the passed deadline out: the clerk may set a new one
        return text("%1报名截止时间（%2）已过，更正通知中不再写报名要求；如仍需报名，请在“修改”中设置新的报名截止时间。",
                    said, f"{deadline:%Y-%m-%d %H:%M}")
    return said


Listed = list[tuple[str, str]]  # a meeting's people, in order: (name, attendance)


def _listed(after: Any, people: Listed | None) -> Listed:
    """The people of the meeting saved (`people`: as its save will leave them, told before it)."""
    if people is not None:
        return people
    return [(row.name, row.attendance) for row in service._attendees_of(after.id)]


def _leave_kept(before: Any, after: Any, people: Listed | None = None) -> str:
    """A meeting still to come moved to another time: whose 请假 was asked for the old time
    (the marks stay — nobody said they come now —, the clerk checks with them); "" else."""
    if after.status not in BEFORE or (before.start == after.start and before.end == after.end):
        return ""
    away = [name for name, attendance in _listed(after, people) if attendance == LEAVE]
    if not away:
        return ""
    return text("%1已按原定时间请假；会议时间已改，请向其核实是否仍请假（请假记录保留，可在签到中改回）。",
                "、".join(away))


def _added_after_notice(before: Any, after: Any, had: list[str] | None,
                        people: Listed | None = None) -> str:
    """A notified meeting's people added by this change (`had`: the names before it; None:
    unknown, an import's update) whom no notice issued went to (notices.notified_people): the
    notice people hold never reached them; "" when there are none, or nothing tells."""
    if before.status != NOTIFIED or after.status != NOTIFIED:
        return ""
    notified = notices.notified_people(after)
    if had is None and notified is None:
        return ""
    added = [name for name, _attendance in _listed(after, people)
             if (had is None or name not in had) and (notified is None or name not in notified)]
    if not added:
        return ""
    return text("%1是会议通知发出之后加入的参会人员，已发出的通知没有送达：请另行送达会议通知（可打印“补发会议通知”，只印给后加入的人员）。",
                "、".join(added))


def edit_notes(before: Any, after: Any, had: list[str] | None = None,
               people: Listed | None = None) -> dict[str, str]:
    """What the clerk is told of a meeting changed by 修改 or by `import --update` (one rule
    for both): its notice outdated, the leave asked for its old time, the people added since
    the notice went out (`had`: the names before the change, when the caller read them),
    keyed as the step's --json gives them. `people`: the meeting's people and their marks as
    the change leaves them, when it is told before it is saved (an import's dry run); else
    they are read."""
    notes = {}
    added = _added_after_notice(before, after, had, people)
    if added:
        notes["added_after_notice"] = added
    outdated = _notice_outdated(before, after)
    if outdated:
        notes["notice_outdated"] = outdated
    kept = _leave_kept(before, after, people)
    if kept:
        notes["leave_kept"] = kept
    return notes


def _edit(call: StepCall) -> dict[str, Any]:
    """修改: the draft of the stored meeting with the given changes, saved as the window saves
    it; a leader or room already booked then is refused unless --force gives the reason. A
    person who stays keeps his stored entry; 清空 leaves the fields it names empty."""
    labels = step_values.edit_labels()
    empty = step_values.cleared(
        call.get("clear"),
        {n: label for n, label in labels.items() if n not in step_values.EDIT_KEPT},
        {n: labels[n] for n in step_values.EDIT_KEPT})
    draft = service.draft_of(call.record, call.actor)
    # what was given or cleared is the clerk's own (a 报到时间 typed with the new 开始时间 too)
    draft.typed = frozenset(name for name, value in call.values.items()
                            if name != "clear" and value is not None) | frozenset(empty)
    known = {entry.name: entry for entry in draft.everyone()}
    for name, value in call.values.items():
        if name == "clear" or value is None:
            continue
        if name in empty:
            raise ValidationError(i18n.text("“%1”既填写了内容又要清空，请只做一样。",
                                            labels[name]), name)
        if name in step_values.PEOPLE_FIELDS:
            setattr(draft, step_values.PEOPLE_FIELDS[name],
                    parse_people(str(value), labels[name], known))
        elif name == "agenda_text":
            draft.agenda = parse_agenda_rows(str(value), labels[name])
        elif name == "podium_count":
            draft.podium_count = int(value)
        else:
            draft.values[name] = value
    for name in empty:
        if name in step_values.PEOPLE_FIELDS:
            setattr(draft, step_values.PEOPLE_FIELDS[name], [])
        elif name == "agenda_text":
            draft.agenda = []
        elif name == "podium_count":
            draft.podium_count = 0
        else:
            draft.values[name] = ""
    had = [row.name for row in service._attendees_of(call.record.id)]
    try:
        saved = service.save_meeting(draft, call.actor, call.record.id, call.version,
                                     override_reason=call.force)
    except service.MeetingConflictError as exc:
        # core's message says what to do: a reason (--force 理由) only where a reason overrides,
        # another room or time for a room booked twice
        raise ConflictError(exc.message) from exc
    return edit_notes(call.record, saved, had)


def _mark(status: str):
    def run(call: StepCall) -> dict[str, Any]:
        reason = call.get("reason", "")
        rows = service._attendees_of(call.record.id)
        wanted = step_values.names(call.values["names"])
        marks = {i: (status, reason) for i in step_values.attendee_ids(rows, wanted)}
        counts = proceedings.record_attendance(call.record.id, marks, call.actor)
        return {"attendance": counts.text()}

    return run


_SHEET = (("present", proceedings.PRESENT), ("leave", proceedings.LEAVE),
          ("absent", proceedings.ABSENT), ("unmarked", ""))


def _sheet(call: StepCall) -> dict[str, Any]:
    """登记签到: the sign-in sheet, several people's marks at once (a leave with each one's
    reason), or a mark taken back (未签到); one audit entry, in the order of the list."""
    rows = service._attendees_of(call.record.id)
    labels = {spec.name: spec.label for spec in SHEET_FIELDS}
    given: dict[str, tuple[str, str, str]] = {}  # name -> (status, reason, field)
    for field, status in _SHEET:
        if field == "leave":
            entries = step_values.leave_lines(call.get(field))
        else:
            entries = [(n, "") for n in step_values.names(call.get(field))]
        for name, reason in entries:
            if name in given:
                where = "" if given[name][2] == field else f"和“{labels[field]}”"
                raise ValidationError(
                    i18n.text("%1在“%2”%3中填了两次。",
                              name, labels[given[name][2]], where), field)
            given[name] = (status, reason, field)
    if not given:
        raise ValidationError(
            i18n.text("请至少填写一项：%1（用姓名）。", '、'.join(labels.values())), "present")
    ids = dict(zip(given, step_values.attendee_ids(rows, list(given)), strict=True))
    order = {row.id: n for n, row in enumerate(rows)}
    marks = {ids[name]: given[name][:2] for name in sorted(given, key=lambda n: order[ids[n]])}
    counts = proceedings.record_attendance(call.record.id, marks, call.actor)
    return {"attendance": counts.text()}


SHEET_FIELDS = (
    FieldSpec("present", "已到", kind=LONGTEXT, placeholder="姓名，用、隔开"),
    FieldSpec("leave", "请假", kind=LONGTEXT, placeholder="每行一人：姓名：请假原因"),
    FieldSpec("absent", "缺席", kind=LONGTEXT, placeholder="姓名，用、隔开"),
    FieldSpec("unmarked", "未签到", kind=LONGTEXT, placeholder="改回未签到的人员，用、隔开"),
)


def _decision_labels(record: Any) -> list[str]:
    return [f"{d.seq}" for d in service._decisions_of(record.id) if d.supervision_id is None]


_MINUTES_CLEARABLE = {"text": "纪要正文", "decisions": "议定事项", "issue": "期号"}


def _minutes(call: StepCall) -> dict[str, Any]:
    """纪要: what is given replaces what is stored, what is not given stays; 清空 empties the
    text, the 期号 or the decisions (a meeting that decided nothing)."""
    record = call.record
    empty = step_values.cleared(call.get("clear"), _MINUTES_CLEARABLE, {})
    for name in sorted(empty):
        if call.get(name) is not None:
            raise ValidationError(
                i18n.text("“%1”既填写了内容又要清空，请只做一样。", _MINUTES_CLEARABLE[name]), name)
    text = "" if "text" in empty else call.get("text", record.minutes_text or "")
    issue = "" if "issue" in empty else call.get("issue", record.minutes_issue or "")
    entries = [] if "decisions" in empty else \
        step_values.decision_entries(record.id, call.actor, call.get("decisions"))
    saved = proceedings.save_minutes(record.id, text, entries, call.actor, call.version, issue,
                                     call.day("minutes_date"))
    return {"decisions": len(service._decisions_of(saved.id))}


def _to_supervision(call: StepCall) -> dict[str, Any]:
    wanted = str(call.values["decision"]).strip()
    found = next((d for d in service._decisions_of(call.record.id) if str(d.seq) == wanted), None)
    if found is None:
        raise ValidationError(i18n.text("没有第 %1 项议定事项。", wanted), "decision")
    item = decision_supervision.send_to_supervision(
        found.id, call.actor, call.get("leader") or call.person, call.get("instruction", ""),
        call.get("deadline"))
    return {"supervision_id": item.id, "supervision_number": item.number}


def _has_people(record: Any) -> str | None:
    if service._attendees_of(record.id):
        return None
    return "这次会议还没有参会人员，请先“修改”填写出席人员。"


def _on_the_day(what: str, people: bool = False):
    """签到, 缺席, 召开: only from the meeting's day (proceedings.too_early, which the step's
    function checks again)."""
    def check(record: Any) -> str | None:
        return (_has_people(record) if people else None) or proceedings.too_early(record, what)

    return check


def _held(record: Any) -> str | None:
    """纪要: from the meeting's day (its saving marks a meeting nobody marked 召开 as held)."""
    if record.status == proceedings.CANCELLED:
        return "会议已取消，不能写纪要。"
    return proceedings.too_early(record, "写纪要")


def _has_open_decisions(record: Any) -> str | None:
    return None if _decision_labels(record) else "没有尚未转督查的议定事项（请先写“纪要”及议定事项）。"


NAMES = FieldSpec("names", "姓名", kind=LONGTEXT, required=True, placeholder="用、隔开")

STEPS = [
    StepSpec("meetings", "修改", fields=step_values.edit_fields(), states=NOT_CANCELLED,
             force=True, run=_edit,
             help="改会议的任何一项；议程每行“议题｜汇报单位｜汇报人｜分钟”；“清空”写要清空的各项"
                  "（命令行：清空=备注、列席人员）；会议室已被占用的一律不能保存（请换会议室或时间）；"
                  "领导同一时间另有会议或会议室坐不下的，须写明理由（命令行：--force 理由）"),
    StepSpec("meetings", "发通知", states=(PREPARING,),
             run=lambda c: proceedings.mark_notice_sent(c.record.id, c.actor)),
    StepSpec("meetings", "签到", fields=(NAMES,), states=NOT_CANCELLED,
             when=_on_the_day("签到", people=True),
             help="首次签到即标记会议已召开", run=_mark(proceedings.PRESENT)),
    StepSpec("meetings", "请假",
             fields=(NAMES, FieldSpec("reason", "请假原因", kind=LONGTEXT, required=True)),
             states=NOT_CANCELLED, when=_has_people, run=_mark(proceedings.LEAVE)),
    StepSpec("meetings", "缺席", fields=(NAMES,), states=NOT_CANCELLED,
             when=_on_the_day("登记缺席", people=True),
             run=_mark(proceedings.ABSENT)),
    StepSpec("meetings", "登记签到", fields=SHEET_FIELDS, states=NOT_CANCELLED, when=_has_people,
             help="按签到表逐人登记：已到、缺席、未签到（改回）写姓名，请假每行“姓名：原因”；"
                  "首次签到即标记会议已召开",
             run=_sheet),
    StepSpec("meetings", "召开", states=BEFORE, when=_on_the_day("标记为已召开"),
             run=lambda c: proceedings.mark_held(c.record.id, c.actor)),
    StepSpec("meetings", "纪要", takes_on=True,
             help="议定事项每行“内容｜牵头单位｜时限｜原序号”（写原序号即修改该项）；"
                  "“清空”写议定事项即本次会议没有议定事项（命令行：清空=议定事项）",
             fields=(FieldSpec("text", "纪要正文", kind=LONGTEXT,
                               placeholder="不填则保留原有正文"),
                     FieldSpec("decisions", "议定事项", kind=LONGTEXT,
                               placeholder="每行一项：内容｜牵头单位｜时限｜原序号（写原序号即修改该项）；"
                                           "不填则保留原有各项"),
                     FieldSpec("issue", "期号", max_length=50),
                     FieldSpec("minutes_date", "纪要日期", kind=DATE, placeholder="不填则为原纪要日期或今天"),
                     FieldSpec("clear", "清空", kind=LONGTEXT,
                               placeholder="纪要正文、议定事项或期号；清空议定事项即本次会议没有议定事项")),
             states=NOT_CANCELLED, when=_held, run=_minutes),
    StepSpec("meetings", "议定事项转督查", takes_person=True,
             fields=(FieldSpec("decision", "议定事项", kind=CHOICE, required=True, placeholder="序号"),
                     FieldSpec("leader", "批示领导", completer="people"),
                     FieldSpec("instruction", "批示内容", kind=LONGTEXT),
                     FieldSpec("deadline", "督查时限", kind=DATE, placeholder="不填则同议定时限，没有或已过的按督查默认天数")),
             states=NOT_CANCELLED, when=_has_open_decisions,
             choices=lambda r: {"decision": _decision_labels(r)},
             help="督查时限留空的，按议定事项的时限；时限已过或没有时限的，按督查的默认时限（自今天立项起算），"
                  "已过的议定时限写入督查事项内容",
             run=_to_supervision),
    StepSpec("meetings", "取消", button="取消会议", keep="不取消",
             fields=(FieldSpec("reason", "取消原因", kind=LONGTEXT, required=True),),
             states=BEFORE, run=_cancel),
]

declare("meetings", "status", STEPS)
