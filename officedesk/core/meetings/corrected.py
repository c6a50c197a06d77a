"""会议 import --update before the write lock (RegistrySpec.prepare_update): each corrected row
checked as the 修改 step's save checks it (imported.update_hook → service.save_meeting: the
same `service.checked` — its time, the meeting held, the 密级, the rooms and the leaders due
elsewhere, the 主持人, the people the sign-in recorded), with no write, and saved under the lock
with the file's other corrections (core.batch_corrections): the meeting's row and its people
and agenda where the row changed them (`Correction.first`), then the meeting's entry, which
digests them (core.sub_rows), and the entry of a conflict saved with a reason
(`Correction.then`). What the report tells of it (steps_spec.edit_notes: its notice outdated,
people added after it, a 请假 asked for the old time) is told before the save, from the people
as the save leaves them, so a dry run takes no lock. Before, each row went through the hook
under the lock (≈ 5 ms a row), its dry run too.

The check reads the schedule as meeting_batch.ScheduleRead notes it (the newest audit entry of
the meetings, rooms, people and units when the check began, the lookups of rooms and people
remembered); under the write lock it is verified (`Correction.read`): if another workstation
booked or changed a meeting meanwhile (or a room or person the rows found), no correction is
saved as checked — every row goes through the hook under the lock and is checked there as it
is then (exchange.import_rows.write_rows): a room booked meanwhile refuses the row, never a
double booking.

Rows of one file that meet each other (one books a room or a person at a time another row
moves out of or into) are left to the hook under the lock, in the file's order
(`Correction.one_by_one`, batch.OneByOne): each then meets the others as the row path met
them. A row that moves nothing (its time, room, 主持人 and people as stored) meets no other.

A file that also adds meetings (exchange.import_mixed_ordered) has its rows checked in its
order in one scope: a correction meets the new meetings above it (meeting_batch's booked, as
`pending`), and a new row the meetings corrected above it as their corrections save them
(`_Rows.replacing`, in place of the stored). A new row meeting a correction left to the hook
makes the file go one by one (batch.Tangled)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from officedesk.core import records
from officedesk.core.actor import Actor
from officedesk.core.batch import OneByOne, Tangled
from officedesk.core.cleared_names import check_change
from officedesk.core.meetings import imported, meeting_batch, people_saved, steps_spec
from officedesk.core.meetings.meeting_batch import _Booking, _booking
from officedesk.core.meetings.service import (
    _agenda_of,
    _attendees_of,
    checked,
    draft_of,
    forced_reason,
    record_override,
)
from officedesk.core.meetings.spec import SPEC
from officedesk.core.typed_numbers import tidy_number
from officedesk.store import compiled
from officedesk.store.meetings import Meeting, MeetingAttendee


@dataclass
class _Row:
    """A corrected row's meeting as stored and as the row books it."""

    before: _Booking
    after: _Booking
    correction: records.Correction | None = None  # None: left to the hook (one by one)

    @property
    def moved(self) -> bool:
        return self.before != self.after

    def days(self) -> set[dt.date]:
        return _days(self.after) | (_days(self.before) if self.moved else set())

    def meets(self, other: _Row) -> bool:
        """Whether saving one may change what the other's check finds (more, never less)."""
        return (other.moved and (self.after.clashes(other.before) or self.after.clashes(other.after))) \
            or (self.moved and (other.after.clashes(self.before) or other.after.clashes(self.after)))


def _days(booking: _Booking) -> set[dt.date]:
    first, last = booking.start.date(), max(booking.start, booking.end).date()
    return {first + dt.timedelta(days=n) for n in range((last - first).days + 1)}


@dataclass
class _Rows:
    """The corrected rows of a file checked so far, by the days they book; those left to the
    hook under the lock (they meet each other)."""

    by_day: dict[dt.date, list[_Row]] = field(default_factory=dict)
    left: list[_Row] = field(default_factory=list)

    def replacing(self, booking: _Booking, meeting_id: int | None) -> list[tuple[Meeting, list[Any]]]:
        """The meetings (other than `meeting_id`) corrected by the rows checked so far and saved
        as checked that `booking` may meet, as saved: in place of the stored ones (conflicts.
        find_conflicts' `pending`), as one by one meets them once saved."""
        found: dict[int, tuple[Meeting, list[Any]]] = {}
        for day in _days(booking):
            for row in self.by_day.get(day, ()):
                saved = row.after.meeting
                if saved is None or saved.id == meeting_id or saved.id in found \
                        or row.correction is None or row.correction.one_by_one:
                    continue
                if booking.clashes(row.before) or booking.clashes(row.after):
                    found[saved.id] = (saved, row.after.people)
        return list(found.values())

    def met(self, row: _Row) -> list[_Row]:
        found: dict[int, _Row] = {}
        for day in row.days():
            for other in self.by_day.get(day, ()):
                if id(other) not in found and row.meets(other):
                    found[id(other)] = other
        return list(found.values())

    def add(self, row: _Row) -> None:
        for day in row.days():
            self.by_day.setdefault(day, []).append(row)


def prepare_update(meeting: Meeting, labelled: dict[str, Any], actor: Actor) -> records.Correction:
    """The row's correction of `meeting` as update_hook would save it, checked with no write
    (RegistrySpec.prepare_update); batch.OneByOne when it meets another row of the file."""
    current = meeting_batch._current.get()
    if current is None:
        with meeting_batch.scope():
            return prepare_update(meeting, labelled, actor)
    with imported.update_columns():
        if current.corrected is None:
            current.corrected = _Rows()
        return _prepared(meeting, labelled, actor, current, current.corrected)


def _left(rows: _Rows, left: list[_Row], tried: list[_Booking]) -> None:
    """Rows left to the hook under the lock, after every new row of the file is in: Tangled
    when one meets a new row (the hook would meet rows it precedes, and they it as stored)."""
    for row in left:
        if not any(other is row for other in rows.left):
            rows.left.append(row)
        if any(new.clashes(row.before) or new.clashes(row.after) for new in tried):
            raise Tangled


def _prepared(meeting: Meeting, labelled: dict[str, Any], actor: Actor,
              current: meeting_batch._Scope, rows: _Rows) -> records.Correction:
    records.require_writer(actor)
    people, items = _attendees_of(meeting.id), _agenda_of(meeting.id)
    stored = draft_of(meeting, actor, people, items)
    before = _booking({"start": meeting.start, "end": meeting.end, "room_id": meeting.room_id,
                       "chair": meeting.chair}, stored)
    draft = imported.corrected_draft(meeting, labelled, actor, draft_of(meeting, actor, people, items))
    row = _Row(before, before)
    read, booked_new, tried = current.read, current.booked, current.tried

    def booked(values: dict[str, Any]) -> list[tuple[Meeting, list[Any]]]:
        row.after = _booking(values, draft)
        met = rows.met(row)
        if met:  # saved one by one under the lock, in the file's order, and so are they
            for other in met:
                if other.correction is not None:
                    other.correction.one_by_one = True
            rows.add(row)
            _left(rows, [row, *met], tried)
            raise OneByOne
        # the file's earlier rows it meets, as they are saved: meetings corrected (in place of
        # the stored) and new ones (a 台账 corrected and added to: exchange.import_mixed_ordered)
        return [*rows.replacing(row.after, meeting.id),
                *((new.meeting, new.people) for new in booked_new if row.after.clashes(new))]

    reason = forced_reason()
    values, found = checked(draft, actor, meeting, reason, booking=booked, stored=people)
    check_change(SPEC, meeting, values)  # 保密: the people it names, as the save checks them
    if "doc_no" in values and tidy_number(str(values["doc_no"] or "")) != tidy_number(meeting.doc_no or ""):
        meeting_batch.claim_number(current, str(values["doc_no"] or ""), str(values.get("title") or meeting.title))
    by_role = draft.people_by_role()
    moved_people = _people_rows(by_role) != {row.name: _stored_row(row) for row in people}
    agenda = [(item.topic.strip(), item.unit.strip(), item.reporter.strip(), int(item.minutes or 0))
              for item in draft.agenda]
    moved_agenda = agenda != [(item.topic, item.unit, item.reporter, item.minutes) for item in items]

    def first(stored: Meeting, by: Actor) -> None:
        """The people and agenda save_meeting writes before the meeting's entry, which digests
        them (a person who stays keeps his row and its mark; the people and agenda as stored
        are left as they are)."""
        if moved_people:
            people_saved.replace_people(stored, by_role, by)
        if moved_agenda:
            people_saved.replace_agenda(stored, draft.agenda, by)

    def then(saved: Meeting, by: Actor) -> None:
        """What save_meeting writes after the meeting's entry."""
        if found:
            record_override(saved, found, reason, by)

    marks = {person.name: person.attendance for person in people}
    listed = [(person.name, marks.get(person.name, "")) for _role, entries in by_role for person in entries]
    after = compiled.loaded(Meeting, {**meeting.__data__, **records.storable(SPEC, values)})
    told = steps_spec.edit_notes(meeting, after, people=listed)
    correction = records.Correction(meeting, values, {}, then=then, first=first, read=read, told=told)
    row.correction = correction
    # the rows after it meet it as saved: its people as replace_people leaves them (by name,
    # each keeping his mark)
    row.after.meeting = after
    row.after.people = [MeetingAttendee(meeting=meeting.id, role=role, name=person.name,
                                        person_id=person.person_id, attendance=marks.get(person.name, ""))
                        for role, entries in by_role for person in entries] if moved_people else list(people)
    rows.add(row)
    return correction


def _people_rows(by_role: list[tuple[str, list[Any]]]) -> dict[str, tuple[Any, ...]]:
    """The people as people_saved.replace_people would store them, by name."""
    return {person.name: (role, seq, person.person_id, person.name, person.unit, person.title,
                          person.rank, person.phone)
            for role, entries in by_role for seq, person in enumerate(entries, start=1)}


def _stored_row(row: Any) -> tuple[Any, ...]:
    return (row.role, row.seq, row.person_id, row.name, row.unit, row.title, row.rank, row.phone)
