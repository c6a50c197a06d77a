"""`import --history` of a past 台账: a meeting that has ended is what was held. Two meetings in
one room at one time, a leader at two at once, a room that seated fewer than came — the 台账
records them (a meeting ended early, a hall partitioned, planned times kept) or a slip of its
typing. Neither is the clerk's to plan away: the meeting is taken as recorded, each clash kept
in its trail (`conflict_override`, as a save despite its conflicts: the reason the 台账's, or
`--force 理由` when he gave one), and the import report names every such row with its clashes
(`notes`: RegistrySpec.import_notes, on its dry run too), so a slip is found and corrected in
that meeting. A row not yet ended keeps the rules of planning (service.refuse_conflicts)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from officedesk.core import clock, state_facts
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import Verbatim, joined, text
from officedesk.core.registry import RowNote

REASON = "往年台账按原样导入：会议已召开，冲突为台账所载"


def kept(values: dict[str, Any], existing: Any = None) -> bool:
    """A new meeting of a past 台账 (`import --history`) that has ended: its clashes are taken
    as recorded, not refused."""
    end = values.get("end")
    return (existing is None and state_facts.is_history() and isinstance(end, dt.datetime)
            and end <= clock.now())


def reason(given: str = "") -> str:
    """The reason kept with a past meeting's clashes: the clerk's (`--force 理由`), else the 台账's."""
    return given.strip() or text(REASON)


def held(found: Sequence[Any]) -> list[Any]:
    """The clashes of a meeting held already, as its trail keeps them (`recorded`): in the past
    (“李建国在 … 另出席了“…””, not “要出席”, as if still to come)."""
    return [replace(c, fact=c.held) if getattr(c, "held", "") else c for c in found]


def told(found: Sequence[Any]) -> Any:
    """The clashes as facts, one sentence each (a room booked: no advice to take another; a
    person engaged: at what he attended)."""
    return joined([c.recorded for c in held(found)])


def notes(rows: list[tuple[int, dict[str, Any]]], actor: Any) -> list[RowNote]:
    """The import report's notes (RegistrySpec.import_notes): each new row of a past 台账 that
    has ended and clashes with a meeting held already or with an earlier row of the file, named
    by its row with its clashes. Nothing outside `import --history`; a row that does not parse
    is refused by the import itself, and told nothing here."""
    if not state_facts.is_history() or not rows:
        return []
    from officedesk.core.meetings import conflicts, imported, known
    from officedesk.core.meetings.meeting_batch import _booking
    from officedesk.core.meetings.service import parse_draft
    from officedesk.core.meetings.spec import CANCELLED
    from officedesk.store.meetings import Meeting, MeetingAttendee

    found: list[RowNote] = []
    earlier: list[tuple[Any, Meeting, list[MeetingAttendee]]] = []
    with known.held():
        for number, raw in rows:
            try:
                status, _why = imported._imported_status(raw)
                draft = imported.draft_from_labels(raw)
                values, errors = parse_draft(draft, None)
            except OfficeDeskError:
                continue
            if errors or status == CANCELLED or not kept(values):
                continue
            booking = _booking(values, draft)
            met = [(meeting, people) for other, meeting, people in earlier if booking.clashes(other)]
            clashes = conflicts.find_conflicts(
                values["start"], values["end"], values.get("room_id"), draft.everyone(), None,
                actor=actor, chair=values.get("chair"), pending=met)
            title = str(values.get("title") or "")
            if clashes:
                found.append(RowNote(number, text("第 %1 行“%2”：%3", number, Verbatim(title),
                                                  told(clashes)),
                                     {"row": number, "title": title,
                                      "conflicts": [str(c.recorded) for c in held(clashes)]}))
            meeting = Meeting(title=title, start=values["start"], end=values["end"],
                              room_id=values.get("room_id"), place=values.get("place") or "",
                              chair=values.get("chair") or "", secrecy=values.get("secrecy") or "",
                              status=status or "", id=10**15 + len(earlier))
            people = [MeetingAttendee(meeting=meeting.id, role=role, name=person.name,
                                      person_id=person.person_id, attendance="")
                      for role, listed in draft.people_by_role() for person in listed]
            earlier.append((booking, meeting, people))
    return found


def _register() -> None:
    from officedesk.core.meetings.spec import SPEC

    SPEC.import_notes = notes


_register()
