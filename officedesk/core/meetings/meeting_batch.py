"""会议 in a batch import (core.batch): create_hook's checks and rows, made without writing.

A new meeting as imported.create_hook makes it — the row read (its 状态 with its facts), the
draft parsed, its conflicts with the meetings already booked found and refused (a room booked
twice always; another conflict unless `--force 理由` gave a reason), the 主持人 added to 出席 —
with its people and agenda as sub-rows, and as later steps (batch_new.Step) the entry of a
conflict saved with a reason (`conflict_override`) and the step that puts it in the 状态 its
row brings (imported.put_in_values), in the order save_meeting and _put_in write them.

The conflicts are found without the write lock. What they were found against — the meetings
near each row's time and their people (who is away), the rooms, the 通讯录's people and units —
is noted when the check begins (`ScheduleRead`: the newest audit entry of those registries;
every change of them leaves one in its own transaction) and verified under the write lock and
the schedule lock (store.db.schedule_lock, which every meeting save holds from its check to its
commit): if another workstation booked or changed a meeting, or changed a unit, meanwhile —
or changed a room or person the rows found (each of the check's lookups made again, only when
one changed) — nothing is written and the rows are checked again (core.batch.create_many),
then refused with rules_read.RulesChanged.

Rows of the file that clash with each other (overlapping in time, in one room or with one
person due at both) meet each other as the row path meets them once saved: each row checked is
kept as the meeting it will be, with its people (`_Booking.meeting`, `.people`), and a later
row's conflicts are found against the earlier rows it may clash with too
(conflicts.find_conflicts' `pending`) — refused, or saved with the reason and its entry. A row
books nothing until it passed what records.create refuses (its 密级, the people it names), as
one refused one by one is never saved. Before, such a file went one by one under the lock."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from officedesk.core import batch, cleared_names, corrections, records, rules_read
from officedesk.core.actor import Actor
from officedesk.core.batch_new import NewRecord, Step
from officedesk.core.context_values import bound
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.core.meetings import conflicts as conflict_rules
from officedesk.core.meetings import imported, known, past_clashes
from officedesk.core.meetings.parsing import PersonEntry, resolve_person
from officedesk.core.meetings.people_saved import stamps
from officedesk.core.meetings.service import (
    MeetingDraft,
    _chair_attends,
    _texts,
    forced_reason,
    parse_draft,
    refuse_conflicts,
)
from officedesk.core.meetings.spec import CANCELLED, SPEC
from officedesk.core.typed_numbers import tidy_number
from officedesk.store.db import database, schedule_lock
from officedesk.store.meetings import AgendaItem, Meeting, MeetingAttendee
from officedesk.store.models import AuditEntry

# the audit registries whose changes may change what a row's conflict check found: the meetings
# (their times, rooms, people, marks, states), the rooms (capacity, name), the 通讯录 (whom a
# name resolves to)
WATCHED = ("meetings", "rooms", "people", "units")
CHANGED = ("导入期间其他工作站安排或修改了会议（或修改了会议室、通讯录），按原安排检查的会议冲突已作废，"
           "没有写入任何数据。请重新导入。")


def _last_changes() -> tuple[int, ...]:
    """The newest audit entry of each watched registry (one probe of the registry index each)."""
    table, param = AuditEntry._meta.table_name, database.param
    sql = " union all ".join(
        f'select {at}, coalesce(max(id), 0) from "{table}" where registry = {param}'
        for at in range(len(WATCHED)))
    rows = database.execute_sql(sql, WATCHED).fetchall()
    return tuple(int(last) for _, last in sorted(rows))


@dataclass(frozen=True)
class ScheduleRead(rules_read.RulesRead):
    """The schedule as a batch's check began reading it (rules_read.require verifies it)."""

    source: str = "schedule"
    seen: tuple[int, ...] = ()
    # the check's lookups of rooms and people (known.held's memo), filled as it runs
    memo: Any = field(default=None, compare=False, hash=False)
    changed = CHANGED  # the refusal's words (a class attribute, not a field)

    def verify(self) -> bool:
        """Under the write lock: no meeting save is under way (PostgreSQL: the schedule lock
        waits for one, and holds the next till this write commits), no meeting or unit changed
        since the check began, and a room or person changed meanwhile (another room added, a
        number corrected) changed nothing the rows found (each lookup made again)."""
        schedule_lock()
        now = _last_changes()
        if now == self.seen:
            return True
        changed = {name for name, before, after in zip(WATCHED, self.seen, now, strict=True) if before != after}
        if changed - {"rooms", "people"} or self.memo is None:
            return False
        return known.still_found(self.memo)


def read(memo: Any = None) -> ScheduleRead:
    seen = _last_changes()
    return ScheduleRead(max(seen), seen=seen, memo=memo)


# the ids a batch's rows are met by before they are saved: above every saved meeting's
_UNSAVED = 10**15


@dataclass
class _Booking:
    """What a row of the file books: its time, room and the people due at it (and, once
    checked, the meeting as it will be saved with its people, for the rows after it)."""

    start: dt.datetime
    end: dt.datetime
    room_id: int | None
    names: frozenset[str]
    ids: frozenset[int]
    meeting: Any = field(default=None, compare=False)
    people: list[Any] = field(default_factory=list, compare=False)

    def clashes(self, other: _Booking) -> bool:
        """Overlapping in time, in one room or with one person (by name or 通讯录 id) due at
        both: more than conflicts.find_conflicts would find, never less."""
        if not (other.start < self.end and other.end > self.start):
            return False
        return (self.room_id is not None and self.room_id == other.room_id) \
            or bool(self.names & other.names) or bool(self.ids & other.ids)


@dataclass
class _Scope:
    read: ScheduleRead
    booked: list[_Booking] = field(default_factory=list)
    corrected: Any = None  # an import --update's rows checked so far (core.meetings.corrected)
    # a file of corrections and new rows checked in its order (exchange.import_mixed_ordered):
    # each new row's booking, refused or not
    tried: list[_Booking] = field(default_factory=list)
    # the 发文字号 the rows checked so far give (new rows, corrections): number -> its meeting's title
    numbers: dict[str, str] = field(default_factory=dict)


_current: ContextVar[_Scope | None] = ContextVar("meeting_batch", default=None)


@contextlib.contextmanager
def scope() -> Iterator[None]:
    """A batch's check (RegistrySpec.prepare_scope): the schedule noted first, then the people
    and rooms the rows name looked up once for all of them (known.held). Entered again inside
    one (a file's corrections and new rows checked together), the rows share it."""
    if _current.get() is not None:
        yield
        return
    # nothing looked up yet when held: the schedule noted before any lookup
    with known.held(), bound(_current, _Scope(read(known.current()))):
        yield


def prepare_new(raw: dict[str, Any], actor: Actor) -> NewRecord:
    """The batch import's create_hook: the same checks, the meeting as created, its people and
    agenda, and the steps save_meeting and _put_in take on it."""
    current = _current.get()
    if current is None:
        with scope():
            return prepare_new(raw, actor)
    with imported.in_columns():
        return _prepared(raw, actor, current)


def _prepared(raw: dict[str, Any], actor: Actor, current: _Scope) -> NewRecord:
    status, reason = imported._imported_status(raw)
    draft = imported.draft_from_labels(raw)
    values, errors = parse_draft(draft, None)
    if errors:
        raise errors[0]
    found: list[conflict_rules.Conflict] = []
    booking, override = None, ""
    if status != CANCELLED:  # a cancelled meeting takes no room and no one's time
        booking = _booking(values, draft)
        _not_tangled(booking, current)
        current.tried.append(booking)
        # the file's earlier rows it meets, met as the row path meets them once saved (a
        # meeting an earlier row corrected, as that row saves it)
        met = [*(current.corrected.replacing(booking, None) if current.corrected is not None else ()),
               *((other.meeting, other.people) for other in current.booked if booking.clashes(other))]
        found = conflict_rules.find_conflicts(
            values["start"], values["end"], values.get("room_id"), draft.everyone(), None,
            actor=actor, chair=values.get("chair"), pending=met)
        override = forced_reason()  # `import --force 理由`, the window's reason
        if past_clashes.kept(values):  # a past 台账's meeting held: its clashes are facts
            override = past_clashes.reason(override) if found else override
            found = past_clashes.held(found)
        else:
            refuse_conflicts(found, override)
    _chair_attends(draft, values.get("chair"))
    values.update(_texts(draft))
    values["podium_count"] = max(0, int(draft.podium_count or 0))
    records.apply_rules(SPEC, values, None)  # as records.create applies them
    stored = records.storable(SPEC, values)
    if booking is not None:  # what records.create refuses, refused before the row books anything
        corrections.check_new_level(SPEC, stored, actor)
        cleared_names.check_new(SPEC, stored)
    claim_number(current, str(stored.get("doc_no") or ""), str(stored.get("title") or ""))
    new = NewRecord(stored, rules=current.read)
    new.children = _children(draft, actor)
    title = stored.get("title") or ""
    if found:
        new.steps.append(Step(
            "conflict_override", None, {"冲突": [c.recorded for c in found], "原因": override.strip()},
            f"存在冲突仍保存会议“{title}”，原因：{override.strip()}"))
    # the notice of a row 已发通知 went to its people as save_meeting lists them (the chair too)
    put = imported.put_in_values(Meeting(**stored), status, reason,
                                 [person.name for _role, people in draft.people_by_role()
                                  for person in people])
    if put is not None:
        _stepped(new, stored, *put)
    if booking is not None:  # the rows after it meet it as saved, its people as save_meeting lists them
        booking.meeting = Meeting(**{**stored, "status": stored.get("status") or status},
                                  id=_UNSAVED + len(current.booked))
        booking.people = [MeetingAttendee(meeting=booking.meeting.id, role=role, name=person.name,
                                          person_id=person.person_id, attendance="")
                          for role, people in draft.people_by_role() for person in people]
        current.booked.append(booking)
    return new


def claim_number(current: _Scope, number: str, title: str) -> None:
    """A 发文字号 an earlier row of the file gives another meeting: the rows are checked before
    any is written, so spec's rule (against the stored meetings) cannot see it. Named by the
    title the file's row gives (the clerk's own file, or a meeting he may correct)."""
    number = tidy_number(number)
    if not number:
        return
    if number in current.numbers:
        raise ValidationError(text(
            "发文字号“%1”已由本文件前面的一行给了会议“%2”：一个字号只能发一份通知。请改正其中一行的"
            "发文字号。", number, current.numbers[number]), "doc_no")
    current.numbers[number] = title


def _not_tangled(booking: _Booking, current: _Scope) -> None:
    """Tangled when the new row meets a corrected row of the file left to the hook (checked
    under the lock after every new row is in, it would meet rows it precedes)."""
    left = current.corrected.left if current.corrected is not None else ()
    if any(booking.clashes(row.before) or booking.clashes(row.after) for row in left):
        raise batch.Tangled


def _booking(values: dict[str, Any], draft: MeetingDraft) -> _Booking:
    """The row's time, room and people due (the 主持人 too, listed or not)."""
    due: list[PersonEntry] = list(draft.everyone())
    chair = str(values.get("chair") or "").strip()
    if chair and chair not in {p.name for p in due}:
        due.append(resolve_person(chair))
    return _Booking(values["start"], values["end"], values.get("room_id"),
                    frozenset(p.name for p in due),
                    frozenset(p.person_id for p in due if p.person_id is not None))


def _children(draft: MeetingDraft, actor: Actor) -> list[tuple[Any, str, dict[str, Any]]]:
    """people_saved.replace_people and replace_agenda's rows of a new meeting."""
    made = stamps(actor)
    rows: list[tuple[Any, str, dict[str, Any]]] = []
    for role, people in draft.people_by_role():
        for seq, person in enumerate(people, start=1):
            rows.append((MeetingAttendee, "meeting", {
                "role": role, "seq": seq, "person_id": person.person_id, "name": person.name,
                "unit": person.unit, "title": person.title, "rank": person.rank,
                "phone": person.phone, **made}))
    for seq, item in enumerate(draft.agenda, start=1):
        rows.append((AgendaItem, "meeting", {
            "seq": seq, "topic": item.topic.strip(), "unit": item.unit.strip(),
            "reporter": item.reporter.strip(), "minutes": int(item.minutes or 0), **made}))
    return rows


def _stepped(new: NewRecord, stored: dict[str, Any], changes: dict[str, Any], summary: str) -> None:
    """records.save_changes on the new meeting's row (version 1): its entry (the fields changed,
    before and after), the version raised."""
    before = records.snapshot(SPEC, Meeting(**stored, version=1))
    changes = records.storable(SPEC, changes)
    after = records.snapshot(SPEC, Meeting(**{**stored, **changes}, version=2))
    changed = {k: v for k, v in after.items() if before.get(k) != v}
    new.steps.append(Step("step", {k: before[k] for k in changed}, changed, summary,
                          {**changes, "version": 2}))


SPEC.prepare_new = prepare_new
SPEC.prepare_scope = scope
