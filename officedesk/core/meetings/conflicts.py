"""Conflicts shown before a meeting is saved, and enforced when it is.

- ``room_booked``: the room is booked by another meeting at an overlapping time. Blocking: the
  clerk must choose another room or time.
- ``room_small``: more people than the room seats. The clerk may save with a stated reason.
- ``person_busy``: someone is due at another meeting at the same time (the 主持人 too, listed
  among the people or not). Likewise.

Cancelled meetings book nothing, and someone on 请假 or marked 缺席 at a meeting is not due
there (nor at the meeting edited, when he is so marked at it). An outside venue (a place that names no directory room) is
never checked. A meeting above the actor's clearance still books its room and its people's
time, but is never named: not its title, its time or its people's roles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from officedesk.core.actor import Actor, clearance_of
from officedesk.core.i18n import Verbatim, text
from officedesk.core.meetings import known
from officedesk.core.meetings.parsing import PersonEntry, resolve_person
from officedesk.core.meetings.spec import AWAY, CANCELLED
from officedesk.store.meetings import Meeting, MeetingAttendee, longest_meeting
from officedesk.store.models import Room

ROOM_BOOKED = "room_booked"
ROOM_SMALL = "room_small"
PERSON_BUSY = "person_busy"

KIND_LABELS = {
    ROOM_BOOKED: "会议室已被占用",
    ROOM_SMALL: "会议室容量不足",
    PERSON_BUSY: "人员时间冲突",
}


@dataclass(frozen=True)
class Conflict:
    kind: str
    message: str
    blocking: bool
    other_meeting_id: int | None = None
    # the conflict as a fact, without what to do about it (a room booked twice: without “请换一个
    # 会议室或改时间”): what a past 台账's meeting is told and keeps (core.meetings.past_clashes)
    fact: str = ""
    # the conflict of a meeting held already, in the past (a person “另出席了” another): what a
    # past 台账's meeting is told and keeps instead (core.meetings.past_clashes.held)
    held: str = ""

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def recorded(self) -> str:
        return self.fact or self.message


def _fmt(start: dt.datetime, end: dt.datetime) -> str:
    if start.date() == end.date():
        return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
    return f"{start:%Y-%m-%d %H:%M}–{end:%Y-%m-%d %H:%M}"


def _overlapping_unchecked(start: dt.datetime, end: dt.datetime,
                           exclude_id: int | None = None) -> list[Meeting]:
    """Every meeting overlapping start..end, whatever its 密级, by its start: the rules hold
    against a meeting the actor may not see too. Only `find_conflicts` reads it, and names none
    above the actor's clearance. None starts more than the longest meeting's length before
    `start` (store.meetings.longest_meeting): a range of the start index, the meetings near this
    time however many there are before it (an import row reads as few in a full registry)."""
    earliest = start - longest_meeting() - dt.timedelta(seconds=1)
    query = Meeting.select().where(
        (Meeting.start >= earliest) & (Meeting.start < end) & (Meeting.end > start)
        & (Meeting.status != CANCELLED)
    )
    if exclude_id is not None:
        query = query.where(Meeting.id != exclude_id)
    return list(query.order_by(Meeting.start, Meeting.id))


def _away(condition) -> set[tuple[int | None, str]]:
    """(person id, name) of the people marked 请假 or 缺席 where `condition` holds."""
    rows = MeetingAttendee.select(MeetingAttendee.person_id, MeetingAttendee.name).where(
        condition & MeetingAttendee.attendance.in_(AWAY))
    return {(row.person_id, row.name) for row in rows}


def _people_at(meeting_ids: list[int]) -> list[MeetingAttendee]:
    """The people listed at these meetings, read by meeting (the meeting index): as many rows
    as those meetings have, not every meeting a name or a person was ever listed at."""
    rows: list[MeetingAttendee] = []
    for at in range(0, len(meeting_ids), _IDS_AT_ONCE):
        rows.extend(MeetingAttendee.select().where(
            MeetingAttendee.meeting.in_(meeting_ids[at:at + _IDS_AT_ONCE]))
            .order_by(MeetingAttendee.meeting, MeetingAttendee.id))
    return rows


_IDS_AT_ONCE = 500


def find_conflicts(
    start: dt.datetime | None,
    end: dt.datetime | None,
    room_id: int | None,
    people: Sequence[PersonEntry],
    exclude_id: int | None = None,
    *,
    actor: Actor,
    chair: str | None = None,
    pending: Sequence[tuple[Meeting, Sequence[MeetingAttendee]]] = (),
) -> list[Conflict]:
    """Every conflict of a meeting as it would be saved (pure: reads, never writes), told to
    `actor`. A meeting above the actor's clearance is never named: the room it books is only
    said to be taken during the draft's own time, a person due there only to be engaged then.
    `pending`: meetings not saved yet, with their people — an import's earlier rows, checked
    together before any is written (meeting_batch) — met as if they were saved after the
    others (their ids above every saved one's); one with a saved meeting's id is that meeting
    as an earlier row's correction saves it, met in place of the stored one."""

    def visible(other: Meeting) -> bool:
        return clearance_of(other.secrecy) <= actor.clearance

    found: list[Conflict] = []
    # the chair is due at the meeting as much as those listed (DOMAIN §3: a leader due at two
    # meetings at once), whether or not he is also listed among them; not listed, he is added
    # to 出席 when it is saved (service._chair_attends), so he needs a seat as well
    chair = (chair or "").strip()
    due = list(people)
    if chair and chair not in {p.name for p in people}:
        due.append(resolve_person(chair))
    room = known.remembered(("room id", room_id), lambda: Room.get_or_none(Room.id == room_id)) \
        if room_id is not None else None
    if room is not None and room.capacity and len(due) > room.capacity:
        found.append(
            Conflict(
                ROOM_SMALL,
                text("%1只能坐 %2 人，本次会议有 %3 人。", room.name, room.capacity, len(due)),
                False,
            )
        )
    if start is None or end is None or end <= start:
        return found
    others = _overlapping_unchecked(start, end, exclude_id)
    if pending:  # a meeting corrected by an earlier row: as corrected, not as stored
        replaced = {other.id for other, _rows in pending}
        others = [other for other in others if other.id not in replaced]
    near = [(other, rows) for other, rows in pending
            if other.start < end and other.end > start and other.status != CANCELLED]
    if near:
        others = sorted([*others, *(other for other, _rows in near)], key=lambda o: (o.start, o.id))
    if room is not None:
        hidden = False
        for other in (o for o in others if o.room_id == room.id):
            if not visible(other):
                hidden = True
                continue
            found.append(
                Conflict(
                    ROOM_BOOKED,
                    text("%1在 %2 已安排“%3”，请换一个会议室或改时间。",
                         room.name, _fmt(other.start, other.end), Verbatim(other.title)),
                    True,
                    other.id,
                    text("%1在 %2 已安排“%3”。", room.name, _fmt(other.start, other.end),
                         Verbatim(other.title)),
                )
            )
        # The room is still taken, but when that meeting starts and ends, what it is called and
        # how many there are is its own: only the draft's time is named, once, after the others.
        if hidden:
            found.append(
                Conflict(
                    ROOM_BOOKED,
                    text("%1在本次会议时段（%2）已被占用，请换一个会议室或改时间。",
                         room.name, _fmt(start, end)),
                    True,
                    fact=text("%1在本次会议时段（%2）已被占用。", room.name, _fmt(start, end)),
                )
            )
    if exclude_id is not None:  # the meeting edited: one on leave from it is not due there
        away_here = _away(MeetingAttendee.meeting == exclude_id)
        due = [p for p in due if (p.person_id, p.name) not in away_here]
    names = {p.name for p in due}
    ids = {p.person_id for p in due if p.person_id is not None}
    typed = {p.name for p in due if p.person_id is None}
    by_id = {other.id: other for other in others}
    unsaved = {other.id for other, _rows in near}
    listed_there = [*_people_at([i for i in by_id if i not in unsaved]),
                    *(row for _other, rows in near for row in rows)] if names else []
    if near:  # by meeting, as the saved ones are read: who is due where, in one order
        listed_there.sort(key=lambda row: row.__data__["meeting"])
    busy: list[tuple[Meeting, str, str]] = []  # (other meeting, name, as what)
    for row in listed_there:
        due_there = row.person_id in ids if row.person_id is not None else row.name in typed
        if due_there and row.attendance not in AWAY:
            busy.append((by_id[row.__data__["meeting"]], row.name, row.role))
    if names:
        # a chair on leave from his meeting (listed there as 请假) is not due there either
        listed = {(other.id, name) for other, name, _role in busy} | {
            (row.__data__["meeting"], row.name) for row in listed_there
            if row.name in names and row.attendance in AWAY}
        for other in others:
            if other.chair in names and (other.id, other.chair) not in listed:
                busy.append((other, other.chair, "主持"))
    busy.sort(key=lambda b: (b[0].start, b[1]))
    engaged: list[str] = []
    for other, name, role in busy:
        if visible(other):
            # the place tells two meetings of one name apart (an import's rows often share one)
            when = _fmt(other.start, other.end)
            # the title as the clerk typed it (a meeting named 书记办公会 is not the type's English)
            title = Verbatim(other.title)
            said = (text("%1在 %2 要%3“%4”，地点：%5。", name, when, role, title, other.place)
                    if other.place else text("%1在 %2 要%3“%4”。", name, when, role, title))
            # as a past 台账's meeting is told and keeps it: held (core.meetings.past_clashes)
            held = (text("%1在 %2 另%3了“%4”，地点：%5。", name, when, role, title, other.place)
                    if other.place else text("%1在 %2 另%3了“%4”。", name, when, role, title))
            found.append(Conflict(PERSON_BUSY, said, False, other.id, held=held))
        elif name not in engaged:
            engaged.append(name)
    # The rule still holds for a meeting above the actor's clearance, but who attends it, as
    # what and when is that meeting's own: only the draft's time is named, once a person
    # however many such meetings there are, after the others (their order says nothing).
    for person in engaged:
        found.append(
            Conflict(PERSON_BUSY, text("%1在本次会议时段（%2）另有安排。", person, _fmt(start, end)),
                     False)
        )
    return found


def blocking(conflicts: Sequence[Conflict]) -> list[Conflict]:
    return [c for c in conflicts if c.blocking]


def describe(conflicts: Sequence[Conflict]) -> str:
    """The messages as one sentence: “甲；乙。” (each message ends with its own “。”)."""
    if not conflicts:
        return ""
    return "；".join(c.message.rstrip("。") for c in conflicts) + "。"
