"""What a save writes of a meeting's people and agenda (service.save_meeting), and what it keeps.

A person who stays keeps his row and its attendance; the removed are deleted, the new added. A
person the sign-in recorded (已到, 缺席; 请假 once the meeting is held) is not removed by a save:
his row is the record of who came, counted in 实到 and listed by the 纪要. A wrong mark is taken
back first (登记签到 → 未签到, audited as every mark is), then the list corrected. A 请假 before
the meeting does not hold the list (the people asked for leave may be dropped from it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from officedesk.core import clock, i18n
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.meetings.parsing import AgendaEntry, PersonEntry
from officedesk.core.meetings.spec import ABSENT, HELD, LEAVE, PRESENT
from officedesk.store.meetings import AgendaItem, Meeting, MeetingAttendee


def stamps(actor: Actor) -> dict[str, Any]:
    now = clock.now()
    return {
        "created_at": now,
        "created_by": actor.username,
        "updated_at": now,
        "updated_by": actor.username,
    }


def _kept_marks(meeting: Meeting) -> tuple[str, ...]:
    return (PRESENT, ABSENT, LEAVE) if meeting.status == HELD else (PRESENT, ABSENT)


def refuse_dropping_marked(meeting: Meeting, people: Iterable[PersonEntry],
                           stored: Sequence[MeetingAttendee] | None = None) -> None:
    """Refuse a save of `meeting` that leaves out a person whose attendance it must keep
    (`stored`: the meeting's people rows, when the caller read them)."""
    staying = {person.name for person in people}
    kept = _kept_marks(meeting)
    marked = sorted((row for row in stored if row.attendance in kept), key=lambda row: row.id) \
        if stored is not None else MeetingAttendee.select().where(
            (MeetingAttendee.meeting == meeting.id)
            & MeetingAttendee.attendance.in_(kept)).order_by(MeetingAttendee.id)
    dropped = [row for row in marked if row.name not in staying]
    if not dropped:
        return
    named = "、".join(f"{row.name}（{row.attendance}）" for row in dropped)
    raise ValidationError(
        i18n.text("%1已登记签到，不能从参会人员中删去：签到记录是谁到会的凭据。如登记有误，请先在"
                  "“登记签到”中把他们填入“未签到”，再修改参会人员。", named),
        "attendees_text")


def replace_people(meeting: Meeting, by_role: Sequence[tuple[str, Sequence[PersonEntry]]],
                   actor: Actor) -> None:
    """Keep each person's attendance when they stay; drop the removed; add the new."""
    old = {
        row.name: row
        for row in MeetingAttendee.select().where(MeetingAttendee.meeting == meeting.id)
    }
    keep: set[int] = set()
    for role, people in by_role:
        for seq, person in enumerate(people, start=1):
            data = {
                "role": role,
                "seq": seq,
                "person_id": person.person_id,
                "name": person.name,
                "unit": person.unit,
                "title": person.title,
                "rank": person.rank,
                "phone": person.phone,
            }
            row = old.get(person.name)
            if row is not None:
                changed = {k: v for k, v in data.items() if getattr(row, k) != v}
                if changed:
                    changed.update(
                        updated_at=clock.now(), updated_by=actor.username, version=row.version + 1
                    )
                    MeetingAttendee.update(changed).where(MeetingAttendee.id == row.id).execute()
                keep.add(row.id)
            else:
                MeetingAttendee.create(meeting=meeting.id, **data, **stamps(actor))
    gone = [row.id for row in old.values() if row.id not in keep]
    if gone:
        MeetingAttendee.delete().where(MeetingAttendee.id.in_(gone)).execute()


def replace_agenda(meeting: Meeting, agenda: Sequence[AgendaEntry], actor: Actor) -> None:
    AgendaItem.delete().where(AgendaItem.meeting == meeting.id).execute()
    for seq, item in enumerate(agenda, start=1):
        AgendaItem.create(
            meeting=meeting.id,
            seq=seq,
            topic=item.topic.strip(),
            unit=item.unit.strip(),
            reporter=item.reporter.strip(),
            minutes=int(item.minutes or 0),
            **stamps(actor),
        )
