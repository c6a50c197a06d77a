"""The texts the meeting steps take (steps_spec.py), both ways: read for the step, and made from
what a window dialog holds, so that the window's 签到 sheet, 纪要 editor and meeting form go
through the same declared steps as `officedesk step`, losing nothing on the way.

- names: 张三、李四 (、，； spaces or new lines between them);
- 请假: one person a line, 姓名：原因;
- 议定事项: one a line, 内容｜牵头单位｜时限｜原序号 — the 原序号 (the decision's 序号 now) keeps
  that decision (and its link to 督查) whatever else changes; a line without it keeps the
  decision of the same content, if there is one;
- 清空: the labels of what the step is to leave empty (a blank value leaves a field as it is).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from officedesk.core import i18n
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.fields import LONGTEXT, FieldSpec
from officedesk.core.meetings import service
from officedesk.core.meetings.parsing import format_agenda_rows, format_people_exact
from officedesk.core.meetings.proceedings import ABSENT, LEAVE, PRESENT, DecisionEntry
from officedesk.core.meetings.service import FORM_FIELDS, MeetingDraft
from officedesk.core.meetings.spec import SPEC
from officedesk.store.meetings import MeetingAttendee, MeetingDecision

_SEPARATORS = re.compile(r"[、，,；;\s]+")
_BAR = re.compile(r"[｜|]")
_COLON = re.compile(r"[：:]")

# ---------------------------------------------------------------- reading a step's texts


def names(text: str | None) -> list[str]:
    return [n for n in _SEPARATORS.split(text or "") if n]


def leave_lines(text: str | None) -> list[tuple[str, str]]:
    """请假: 姓名：原因, one person a line (a line without a reason gives an empty one, which
    the attendance rule refuses, naming the person)."""
    found = []
    for line in (text or "").splitlines():
        if line.strip():
            name, _colon, reason = _COLON.sub("：", line, count=1).partition("：")
            found.append((re.sub(r"\s+", "", name), reason.strip()))
    return found


def attendee_ids(rows: Sequence[MeetingAttendee], wanted: Sequence[str]) -> list[int]:
    """The attendee rows of these names; a name not at the meeting is refused, listing who is."""
    by_name: dict[str, int] = {}
    for row in rows:
        by_name.setdefault(row.name, row.id)
    missing = [n for n in wanted if n not in by_name]
    if missing:
        everyone = "、".join(r.name for r in rows) or "（无）"
        raise ValidationError(
            i18n.text("%1不在这次会议的参会人员中。参会人员有：%2。",
                      '、'.join(missing), everyone), "names")
    return [by_name[n] for n in wanted]


def cleared(text: str | None, clearable: Mapping[str, str], kept: Mapping[str, str]) -> set[str]:
    """The field names 清空 lists, by label or name. `clearable`: name → label of what may be
    left empty; `kept`: name → label of what must stay filled (refused, naming it)."""
    result: set[str] = set()
    for item in names(text):
        for table, may in ((clearable, True), (kept, False)):
            name = next((n for n, label in table.items() if item in (n, label)), None)
            if name is None:
                continue
            if not may:
                raise ValidationError(i18n.text("请填写“%1”：它不能清空。", table[name]), name)
            result.add(name)
            break
        else:
            raise ValidationError(
                i18n.text("“%1”不能清空。可以清空的有：%2。",
                          item, '、'.join(clearable.values())), "clear")
    return result


def decision_entries(record_id: int, actor: Actor, text: str | None) -> list[DecisionEntry]:
    """议定事项 as typed (None: the stored ones, unchanged). A line's 原序号 keeps that
    decision; a line without one keeps the stored decision of the same content. The stored
    ones are read for `actor` (a meeting above its clearance is refused)."""
    old = service.decisions(record_id, actor)
    if text is None:
        return [DecisionEntry(d.content, d.lead_unit, d.deadline, d.id) for d in old]
    by_seq = {d.seq: d for d in old}
    rows: list[tuple[int, list[str]]] = []
    for line in text.splitlines():
        parts = [p.strip() for p in _BAR.split(line)]
        if not any(parts):
            continue
        number = len(rows) + 1
        if len(parts) > 4:
            raise ValidationError(
                i18n.text("第 %1 项议定事项分成了 %2 栏：每行写“内容｜牵头单位｜时限"
                          "｜原序号”，内容中不能有“｜”。",
                          number, len(parts)), "decisions")
        rows.append((number, (parts + ["", "", ""])[:4]))
    claimed: dict[int, int] = {}  # decision id -> the line that keeps it
    for number, (_content, _unit, _deadline, seq) in rows:
        if not seq:
            continue
        if not seq.isdigit() or int(seq) not in by_seq:
            known = "、".join(str(s) for s in by_seq) or "（无）"
            raise ValidationError(
                i18n.text("第 %1 项议定事项的原序号“%2”不是现有的议定事项（现有序号："
                          "%3）。",
                          number, seq, known),
                "decisions")
        decision = by_seq[int(seq)]
        if decision.id in claimed:
            raise ValidationError(
                i18n.text("第 %1 项和第 %2 项议定事项都写了原序号 %3。",
                          claimed[decision.id], number, seq),
                "decisions")
        claimed[decision.id] = number
    entries = []
    for number, (content, unit, deadline, seq) in rows:
        same: MeetingDecision | None = by_seq[int(seq)] if seq else None
        if same is None:
            same = next((d for d in old if d.content == content and d.id not in claimed), None)
            if same is not None:
                claimed[same.id] = number
        entries.append(DecisionEntry(content, unit, deadline or None,
                                     same.id if same is not None else None))
    return entries


# ---------------------------------------------------------------- made from a dialog's values


PEOPLE_FIELDS = {"attendees_text": "attendees", "nonvoting_text": "nonvoting",
                 "guests_text": "guests", "observers_text": "observers"}
# 修改: every field of the meeting form, in its order; what must stay filled cannot be cleared
EDIT_ORDER = ("title", "kind", "secrecy", "start", "end", "place", "host_unit", "chair",
              *PEOPLE_FIELDS, "podium_count", "agenda_text", "doc_no", "checkin_time",
              "signup_deadline", "materials", "contact", "contact_phone", "note")
EDIT_KEPT = ("title", "kind", "secrecy", "start", "end")
PODIUM = replace(SPEC.field("podium_count"), default=None)  # not given: stays as it is
AGENDA_PLACEHOLDER = "每行一项：议题｜汇报单位｜汇报人｜分钟（后三项可不填）"


def edit_fields() -> tuple[FieldSpec, ...]:
    """The 修改 step's fields: the registry's own (their checks and bounds), all optional and
    without a default (what is not given stays as it is), and 清空."""
    result = []
    for name in EDIT_ORDER:
        if name == "podium_count":
            result.append(PODIUM)
            continue
        spec = replace(SPEC.field(name), required=False, default=None)
        if name == "agenda_text":
            spec = replace(spec, placeholder=AGENDA_PLACEHOLDER)
        result.append(spec)
    kept = "、".join(SPEC.field(n).label for n in EDIT_KEPT)
    result.append(FieldSpec("clear", "清空", kind=LONGTEXT,
                            placeholder=f"要清空的项，用、隔开（{kept}不能清空）"))
    return tuple(result)


def edit_labels() -> dict[str, str]:
    """name → label of the 修改 step's fields (清空 aside)."""
    return {spec.name: spec.label for spec in edit_fields() if spec.name != "clear"}


def edit_values(draft: MeetingDraft, before: MeetingDraft | None = None) -> dict[str, Any]:
    """The 修改 step's values for the whole meeting as a form holds it: every field, the people
    and agenda in the texts that read back the same, and 清空 naming what is left blank. With
    `before` (the stored meeting as a draft, service.draft_of), only what the clerk changed is
    given, as on the command line: a field left as it was is not his typing (a 报到时间 left
    alone moves with a new 开始时间, spec.keep_checkin_lead)."""
    values = _form_values(draft)
    if before is not None:
        stored = _form_values(before)
        values = {name: value for name, value in values.items() if value != stored[name]}
    labels = edit_labels()
    blank = [labels[name] for name, value in values.items()
             if value is None or (isinstance(value, str) and not value.strip())]
    values["clear"] = "、".join(blank)
    return values


def _form_values(draft: MeetingDraft) -> dict[str, Any]:
    values: dict[str, Any] = {name: draft.values.get(name) for name in FORM_FIELDS}
    for name, role in PEOPLE_FIELDS.items():
        values[name] = format_people_exact(getattr(draft, role))
    values["agenda_text"] = format_agenda_rows(draft.agenda)
    values["podium_count"] = max(0, int(draft.podium_count or 0))
    return values


def minutes_values(meeting_id: int, actor: Actor, text: str, entries: Sequence[DecisionEntry],
                   issue: str = "", minutes_date: dt.date | str | None = None) -> dict[str, Any]:
    """The 纪要 step's values for what the minutes editor holds: each decision that is stored
    already with its 原序号 (so an edited one stays the same decision)."""
    seq_of = {d.id: d.seq for d in service.decisions(meeting_id, actor)}
    lines = []
    for entry in entries:
        deadline = entry.deadline.isoformat() if isinstance(entry.deadline, dt.date) \
            else str(entry.deadline or "")
        seq = seq_of.get(entry.id) if entry.id is not None else None
        lines.append("｜".join((entry.content.strip(), entry.lead_unit.strip(), deadline.strip(),
                               str(seq) if seq else "")))
    values: dict[str, Any] = {"text": text, "decisions": "\n".join(lines), "issue": issue,
                              "minutes_date": minutes_date or None}
    blank = [label for name, label in (("text", "纪要正文"), ("decisions", "议定事项"),
                                       ("issue", "期号"))
             if not str(values[name] or "").strip()]
    values["clear"] = "、".join(blank)
    return values


def attendance_values(meeting_id: int, actor: Actor,
                      marks: Mapping[int, tuple[str, str]]) -> dict[str, str]:
    """The 登记签到 step's values for a sign-in sheet: only the people whose mark (or leave
    reason) differs from the stored one; empty when nothing changed."""
    groups: dict[str, list[str]] = {PRESENT: [], LEAVE: [], ABSENT: [], "": []}
    for row in service.attendees(meeting_id, actor):
        if row.id not in marks:
            continue
        status, reason = marks[row.id]
        # a reason is one line of the step's text (a cell holds none, a paste might)
        reason = " ".join((reason or "").splitlines()).strip() if status == LEAVE else ""
        if (status, reason) == (row.attendance, row.leave_reason or ""):
            continue
        if status not in groups:
            raise ValidationError(i18n.text("签到状态只能是：已到、请假、缺席（%1：“%2”"
                                            "）。",
                                            row.name, status),
                                  "attendance")
        groups[status].append(f"{row.name}：{reason}" if status == LEAVE else row.name)
    values = {"present": "、".join(groups[PRESENT]), "leave": "\n".join(groups[LEAVE]),
              "absent": "、".join(groups[ABSENT]), "unmarked": "、".join(groups[""])}
    return {name: text for name, text in values.items() if text}
