"""Saving meetings with their people and agenda, conflict overrides and reading them back (their
import/export hooks are in imported.py). What happens once a meeting is set (notice, held, cancelled, attendance,
minutes, decisions to 督查) is in proceedings.py."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from officedesk.core import audit, clock, corrections, i18n, records
from officedesk.core.actor import Actor
from officedesk.core.context_values import bound
from officedesk.core.errors import ConflictError, ProcedureError, ValidationError
from officedesk.core.fields import parse_value
from officedesk.core.meetings import conflicts as conflict_rules
from officedesk.core.meetings import notices, past_clashes, people_saved
from officedesk.core.meetings.conflicts import Conflict
from officedesk.core.meetings.parsing import (
    AGENDA_MINUTES_MAX,
    ROLE_ATTEND,
    ROLE_GUEST,
    ROLE_NONVOTING,
    ROLE_OBSERVER,
    ROLES,
    AgendaEntry,
    PersonEntry,
    format_agenda,
    format_people,
    resolve_person,
)
from officedesk.core.meetings.spec import CANCELLED, SPEC, keep_checkin_lead
from officedesk.core.summary_texts import trail_text
from officedesk.store import compiled
from officedesk.store.db import guarded, schedule_lock, write_transaction
from officedesk.store.meetings import AgendaItem, Meeting, MeetingAttendee, MeetingDecision

# the fields a meeting dialog edits directly (the rest are sub-rows or system-assigned)
FORM_FIELDS = (
    "title",
    "kind",
    "secrecy",
    "start",
    "end",
    "place",
    "host_unit",
    "chair",
    "doc_no",
    "checkin_time",
    "materials",
    "signup_deadline",
    "contact",
    "contact_phone",
    "note",
)


class MeetingConflictError(ConflictError):
    """Saving was refused because of conflicts: a blocking one, or others without a reason."""

    def __init__(self, message: str, conflicts: Sequence[Conflict]) -> None:
        super().__init__(message)
        self.conflicts = list(conflicts)


@dataclass
class MeetingDraft:
    """What a dialog, `add` or an import row gives: raw field values keyed by field name, and
    the people and agenda as entries."""

    values: dict[str, Any] = field(default_factory=dict)
    attendees: list[PersonEntry] = field(default_factory=list)
    nonvoting: list[PersonEntry] = field(default_factory=list)
    guests: list[PersonEntry] = field(default_factory=list)
    observers: list[PersonEntry] = field(default_factory=list)  # 旁听
    agenda: list[AgendaEntry] = field(default_factory=list)
    podium_count: int = 0
    # the fields the clerk gave (the 修改 step, import --update), None when the whole form is
    # saved (the window): a 报到时间 given is kept as given (spec.keep_checkin_lead)
    typed: frozenset[str] | None = None

    def everyone(self) -> list[PersonEntry]:
        return [*self.attendees, *self.nonvoting, *self.guests, *self.observers]

    def counted(self) -> list[PersonEntry]:
        """The meeting's people in its 应到人数: the observers (旁听) are not."""
        return [*self.attendees, *self.nonvoting, *self.guests]

    def people_by_role(self) -> list[tuple[str, list[PersonEntry]]]:
        return [
            (ROLE_ATTEND, self.attendees),
            (ROLE_NONVOTING, self.nonvoting),
            (ROLE_GUEST, self.guests),
            (ROLE_OBSERVER, self.observers),
        ]


def parse_draft(
    draft: MeetingDraft, existing: Meeting | None = None
) -> tuple[dict[str, Any], list[ValidationError]]:
    """Parse every field; return the values and all the errors (each names its field)."""
    values: dict[str, Any] = {}
    errors: list[ValidationError] = []
    for name in FORM_FIELDS:
        if existing is not None and name not in draft.values:
            continue
        spec = SPEC.field(name)
        try:
            value = parse_value(spec, draft.values.get(name))
        except ValidationError as exc:
            errors.append(ValidationError(exc.message, name))
            continue
        values[name] = (
            value if value is not None else ("" if spec.kind in ("text", "longtext") else None)
        )
    for name in ("start", "end", "checkin_time", "signup_deadline"):
        if any(e.field == name for e in errors):
            values.pop(name, None)
    try:
        for rule in SPEC.rules:
            if rule is keep_checkin_lead:
                keep_checkin_lead(values, existing, draft.typed)
            else:
                rule(values, existing)
    except ValidationError as exc:
        errors.append(exc)
    passed = _deadline_passed(values, existing)
    if passed:
        errors.append(ValidationError(passed, "signup_deadline"))
    seen: dict[str, str] = {}
    for role, people in draft.people_by_role():
        for person in people:
            if person.name in seen:
                errors.append(
                    ValidationError(
                        i18n.text("%1同时出现在“%2”和“%3”中。",
                                  person.name, seen[person.name], role),
                        _people_field(role),
                    )
                )
            seen[person.name] = role
    chair = str((values.get("chair") if "chair" in values
                 else getattr(existing, "chair", "")) or "").strip()
    if chair and seen.get(chair) == ROLE_OBSERVER:
        # the 主持人 is the meeting's own: on the podium, with his 桌签, among 应到 — never
        # in the 旁听席 (like a person listed twice, he is refused, not moved)
        errors.append(ValidationError(
            i18n.text("%1同时出现在“主持人”和“%2”中：主持人出席会议，请从旁听人员中删"
                      "去他，或另定主持人。",
                      chair, ROLE_OBSERVER), _people_field(ROLE_OBSERVER)))
    for number, item in enumerate(draft.agenda, start=1):
        if not item.topic.strip():
            errors.append(ValidationError(i18n.text("议程第 %1 项没有议题。", number), "agenda_text"))
        elif item.minutes < 0:
            errors.append(ValidationError(i18n.text("议程第 %1 项的时长不能为负。", number), "agenda_text"))
        elif item.minutes > AGENDA_MINUTES_MAX:
            errors.append(ValidationError(
                i18n.text("议程第 %1 项的时长 %2 分钟不合理：应在 1 到 %3 分钟"
                          "之间。",
                          number, item.minutes, AGENDA_MINUTES_MAX), "agenda_text"))
    return values, errors


def _deadline_passed(values: dict[str, Any], existing: Meeting | None) -> str:
    """A 报名截止 set or changed to a time already gone, for a meeting still to come, is refused:
    its notice would ask for names by then (and prints no 报名 at all). One kept as it was, or
    of a meeting already held (an old one entered), is left alone."""
    if "signup_deadline" not in values:
        return ""
    deadline = values["signup_deadline"]
    if existing is not None and deadline == existing.signup_deadline:
        return ""
    passed = notices.deadline_passed(deadline, values.get("start") or getattr(existing, "start", None))
    if not passed:
        return ""
    return f"{passed}：会议通知不能要求在已过的时间前报名。请设置新的报名截止时间，或不填报名截止。"


def _people_field(role: str) -> str:
    return {
        ROLE_ATTEND: "attendees_text",
        ROLE_NONVOTING: "nonvoting_text",
        ROLE_GUEST: "guests_text",
        ROLE_OBSERVER: "observers_text",
    }[role]


def check_conflicts(draft: MeetingDraft, meeting_id: int | None, actor: Actor) -> list[Conflict]:
    """The conflicts of a draft as the dialog shows them to `actor` (fields that do not parse
    are skipped); meetings above the actor's clearance are not named."""
    values, _errors = parse_draft(draft, None)
    return conflict_rules.find_conflicts(
        values.get("start"), values.get("end"), values.get("room_id"), draft.everyone(), meeting_id,
        actor=actor, chair=values.get("chair"),
    )


def save_meeting(
    draft: MeetingDraft,
    actor: Actor,
    meeting_id: int | None = None,
    expected_version: int | None = None,
    override_reason: str = "",
    check: bool = True,
    summary: str = "",
) -> Meeting:
    """Create (meeting_id None) or update a meeting with its people and agenda.

    A blocking conflict refuses; other conflicts need `override_reason`, which is recorded in
    the audit trail. `check` False: a cancelled meeting brought by an import, which takes no
    room and no one's time. `summary`: the audit entry's of an update (an import's: what it
    changed), by default the fields changed."""
    records.require_writer(actor)
    with guarded("保存会议"), write_transaction():
        schedule_lock()  # till it commits: no other save checks the rooms and people meanwhile
        existing = records.get(SPEC, meeting_id, actor) if meeting_id is not None else None
        values, found = checked(draft, actor, existing, override_reason, check)
        if found and past_clashes.kept(values, existing):  # a past 台账's: kept as recorded
            override_reason = past_clashes.reason(override_reason)
            found = past_clashes.held(found)

        def sub_rows(meeting: Meeting) -> None:
            # before the meeting's entry, which digests them (core.sub_rows)
            people_saved.replace_people(meeting, draft.people_by_role(), actor)
            people_saved.replace_agenda(meeting, draft.agenda, actor)

        if existing is None:
            meeting = records.create(SPEC, values, actor, parsed=True, after_insert=sub_rows)
        else:
            if expected_version is None:
                expected_version = existing.version
            sub_rows(existing)  # (a stale save is refused below, the transaction undone)
            meeting = records.save_changes(SPEC, existing, values, expected_version, actor, summary=summary)
        if found:
            record_override(meeting, found, override_reason, actor)
    return meeting


def checked(draft: MeetingDraft, actor: Actor, existing: Meeting | None, override_reason: str = "",
            check: bool = True, booking: Callable[[dict[str, Any]], Any] | None = None,
            stored: Sequence[MeetingAttendee] | None = None) -> tuple[dict[str, Any], list[Conflict]]:
    """Every check of a save that writes nothing, in its order: the draft's values as the
    meeting stores them (its people and agenda as texts, the 主持人 added to 出席 in `draft`)
    and the conflicts it is saved with, for their reason. save_meeting runs it under the write
    lock; an import --update's correction before it (core.meetings.corrected), verified under it.
    `booking(values)`: called with the values parsed, before the conflicts are looked for
    (what it returns: conflicts.find_conflicts' `pending`, an import's earlier rows not saved
    yet); `stored`: the meeting's people rows, when the caller read them."""
    if existing is not None and existing.status == CANCELLED:
        raise ProcedureError("会议已取消，不能再修改。")
    values, errors = parse_draft(draft, existing)
    if errors:
        raise errors[0]
    if existing is not None and values["start"] != existing.start:
        _not_after_it_was_held(existing, values["start"])
    if existing is not None and "secrecy" in values:  # 保密: the one rule of a 密级 change
        corrections.check_level(SPEC, existing, values["secrecy"], actor)
    pending = booking(values) if booking is not None else None
    found = conflict_rules.find_conflicts(
        values["start"], values["end"], values.get("room_id"), draft.everyone(),
        existing.id if existing is not None else None, actor=actor, chair=values.get("chair"),
        pending=pending or (),
    ) if check else []
    if found and existing is not None and _same_schedule(existing, values, draft):
        # its conflicts were settled (with a reason) when it was saved, or by the later
        # meeting's save: a note or an agenda fixed asks for none again
        found = [c for c in found if c.blocking]
    if not past_clashes.kept(values, existing):  # a past 台账's meeting held: its clashes are facts
        refuse_conflicts(found, override_reason)
    _chair_attends(draft, values.get("chair"))
    if existing is not None:
        people_saved.refuse_dropping_marked(existing, draft.everyone(), stored)
    values.update(_texts(draft))
    values["podium_count"] = max(0, int(draft.podium_count or 0))
    return values, found


def record_override(meeting: Meeting, found: Sequence[Conflict], reason: str, actor: Actor) -> None:
    """The audit entry of a meeting saved despite its conflicts, with the reason given."""
    audit.record(
        actor,
        "conflict_override",
        SPEC.name,
        meeting.id,
        None,
        {"冲突": [c.recorded for c in found], "原因": reason.strip()},
        trail_text("存在冲突仍保存会议“%1”，原因：%2", meeting.title, reason.strip()),
    )


def _same_schedule(meeting: Meeting, values: dict[str, Any], draft: MeetingDraft) -> bool:
    """The draft keeps the meeting's time, room, chair and people (whatever their roles)."""
    if (values["start"], values["end"], values.get("room_id"), values.get("chair")) != \
            (meeting.start, meeting.end, meeting.room_id, meeting.chair):
        return False
    people = {(p.person_id, p.name) for p in draft.everyone()}
    return people == {(row.person_id, row.name) for row in _attendees_of(meeting.id)}


def _not_after_it_was_held(meeting: Meeting, start: Any) -> None:
    """签到, 缺席, 召开 and 纪要 are not before the meeting's day (proceedings.too_early): a
    meeting held, or with any of them recorded, is not moved to a day after today nor after the
    earliest day they were recorded on, which would leave them before it."""
    from officedesk.core.meetings.proceedings import ABSENT, PRESENT
    from officedesk.core.meetings.spec import HELD

    marks = [row for row in _attendees_of(meeting.id) if row.attendance in (PRESENT, ABSENT)]
    if meeting.status != HELD and not marks and not meeting.minutes_date:
        return
    bounds = [(clock.today(), "今天")]
    bounds += [((row.signed_at or row.updated_at).date(), f"{row.name}{row.attendance}的登记")
               for row in marks if row.signed_at or row.updated_at]
    if meeting.minutes_date:
        bounds.append((meeting.minutes_date, "纪要日期"))
    latest, what = min(bounds, key=lambda b: b[0])
    if start.date() > latest:
        raise ValidationError(
            i18n.text("会议“%1”已召开或已登记签到、纪要，开始时间不能改到 %2，晚于%3"
                      "（%4）：签到、缺席、召开和纪要都不早于会议当天。如只是改正时间，请改"
                      "为不晚于该日；如会议另行召开，请新建会议。",
                      meeting.title, f"{start:%Y-%m-%d}", what, f"{latest:%Y-%m-%d}"), "start")


# `add … --force 理由` (and `step … --force 理由`): the reason a person gave for saving a
# meeting despite its conflicts (someone due elsewhere, a small room)
_force_reason: contextvars.ContextVar[str] = contextvars.ContextVar("force_reason", default="")


@contextlib.contextmanager
def forcing(reason: str) -> Iterator[None]:
    with bound(_force_reason, (reason or "").strip()):
        yield


def forced_reason() -> str:
    return _force_reason.get()


def refuse_conflicts(found: Sequence[Conflict], reason: str = "") -> None:
    """The one conflict rule of the window and the command line: a room booked twice always
    refuses; any other conflict (a leader due at two meetings at once, a small room) refuses
    unless a reason is given (the dialog's 原因, `--force 理由`), which the caller records."""
    hard = conflict_rules.blocking(found)
    if hard:
        raise MeetingConflictError(conflict_rules.describe(hard), hard)
    if found and not (reason or "").strip():
        refused = MeetingConflictError(
            i18n.text("存在冲突：%1如仍要保存，请写明原因（命令行：--force 理由）。",
                      conflict_rules.describe(found)),
            found,
        )
        refused.needs_reason = True
        raise refused


def _chair_attends(draft: MeetingDraft, chair: str | None) -> None:
    """The 主持人 is due at the meeting: not listed among its people, he is added to 出席, so
    that he has his seat, 桌签 and line on the 签到表. The seats and the papers order 出席 by
    级别 (seating.rank_key; DOMAIN §3: No. 1 is the first by rank, not the one chairing — a
    秘书长 chairing a meeting the 县长 attends sits below him), so he takes his place by his
    级别; among those of his 级别 he comes first, as the one presiding (the clerk typed the
    others' order, not his: added after them, the chair of a meeting of equals sat at the end
    of the podium). Typed among 出席, he keeps the place the clerk gave him. Without a 级别 (not
    in the 通讯录, or his 职级 not set) he comes first, typed or not (rank_key: he presides and
    nothing says anyone outranks him)."""
    name = (chair or "").strip()
    if name and name not in {p.name for p in draft.everyone()}:
        draft.attendees = [resolve_person(name), *draft.attendees]


def _texts(draft: MeetingDraft) -> dict[str, Any]:
    return {
        "attendees_text": format_people(draft.attendees),
        "nonvoting_text": format_people(draft.nonvoting),
        "guests_text": format_people(draft.guests),
        "observers_text": format_people(draft.observers),
        "agenda_text": format_agenda(draft.agenda),
        "head_count": len(draft.counted()),
    }


# ---------------------------------------------------------------- reading


def get(meeting_id: int, actor: Actor) -> Meeting:
    """The meeting, read for `actor`: one above the actor's clearance is refused. Core code
    that has read it with the actor in the same call already uses `records.get_unchecked`."""
    return records.get(SPEC, meeting_id, actor)


def _attendees_of(meeting_id: int, role: str | None = None) -> list[MeetingAttendee]:
    """A meeting's people, unchecked: for core code that has read the meeting with the actor
    (a step, an export row of a visible record) or needs the raw rows."""
    # the statement compiled once (store.compiled): an import reads every row's people
    rows = compiled.fetch_all_of(MeetingAttendee, "meeting people", meeting_id,
                                 lambda query, at: query.where(MeetingAttendee.meeting == at))
    if role is not None:
        rows = [row for row in rows if row.role == role]
    order = {r: i for i, r in enumerate(ROLES)}
    return sorted(rows, key=lambda row: (order.get(row.role, 9), row.seq, row.id))


def _agenda_of(meeting_id: int) -> list[AgendaItem]:
    return compiled.fetch_all_of(AgendaItem, "meeting agenda", meeting_id, lambda query, at: query.where(
        AgendaItem.meeting == at).order_by(AgendaItem.seq))


def _decisions_of(meeting_id: int) -> list[MeetingDecision]:
    return list(
        MeetingDecision.select()
        .where(MeetingDecision.meeting == meeting_id)
        .order_by(MeetingDecision.seq, MeetingDecision.id)
    )


# The sub-rows of a meeting are as secret as the meeting: the public readers read the meeting
# with the actor first, so one above the actor's clearance is refused before any row is read.


def attendees(meeting_id: int, actor: Actor, role: str | None = None) -> list[MeetingAttendee]:
    get(meeting_id, actor)
    return _attendees_of(meeting_id, role)


def agenda(meeting_id: int, actor: Actor) -> list[AgendaItem]:
    get(meeting_id, actor)
    return _agenda_of(meeting_id)


def decisions(meeting_id: int, actor: Actor) -> list[MeetingDecision]:
    get(meeting_id, actor)
    return _decisions_of(meeting_id)


def entry_of(row: MeetingAttendee) -> PersonEntry:
    return PersonEntry(row.name, row.unit, row.title, row.rank, row.phone, row.person_id)


def draft_of(meeting: Meeting, actor: Actor, people: list[MeetingAttendee] | None = None,
             items: list[AgendaItem] | None = None) -> MeetingDraft:
    """The stored meeting as a draft, for editing, with its people and agenda (`people`,
    `items`: its rows, when the caller read them): refused for a meeting above the actor's
    clearance."""
    from officedesk.core.fields import display

    records.ensure_visible(SPEC, meeting, actor)
    values = {name: display(SPEC.field(name), getattr(meeting, name), True) for name in FORM_FIELDS}
    people = _attendees_of(meeting.id) if people is None else people
    items = _agenda_of(meeting.id) if items is None else items
    return MeetingDraft(
        values=values,
        attendees=[entry_of(r) for r in people if r.role == ROLE_ATTEND],
        nonvoting=[entry_of(r) for r in people if r.role == ROLE_NONVOTING],
        guests=[entry_of(r) for r in people if r.role == ROLE_GUEST],
        observers=[entry_of(r) for r in people if r.role == ROLE_OBSERVER],
        agenda=[AgendaEntry(a.topic, a.unit, a.reporter, a.minutes) for a in items],
        podium_count=meeting.podium_count,
    )


def room_label(meeting: Meeting) -> str:
    if meeting.room_id is None:
        return f"{meeting.place}（外部场所）" if meeting.place else "（未定地点）"
    return meeting.place


def paper_place(meeting: Meeting) -> str:
    """The place as a paper prints it (通知, 签到表, 议程, 座次表): the room or the venue's
    name, "" while none is set — never the list's （未定地点） or （外部场所）: a notice then
    says 地点另行通知."""
    return (meeting.place or "").strip()


def duration_hours(meeting: Meeting) -> float:
    return max(0.0, (meeting.end - meeting.start).total_seconds() / 3600)
