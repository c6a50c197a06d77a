"""座次: the podium order by 级别 and the rows of the hall, and the clerk's adjustments.

Rule (DOMAIN §3): odd count — No. 1 in the centre, No. 2 on No. 1's left, No. 3 on the right,
alternating outwards; even count — No. 1 and No. 2 share the centre, No. 2 on No. 1's left.
Whose "left" is a setting (``meetings.seating.left_of``): the leaders' as they face the
audience (the usual rule), or the audience's.

Seats are always listed as the audience sees them, left to right.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from officedesk.core import audit, clock, i18n, records, settings
from officedesk.core.actor import Actor
from officedesk.core.errors import StaleRecordError, ValidationError
from officedesk.core.i18n import text
from officedesk.core.meetings.parsing import ROLE_ATTEND, ROLE_OBSERVER, ROLES
from officedesk.core.meetings.spec import PODIUM_MAX, ROW_SEATS, SEAT_LEFT_OF, SPEC
from officedesk.core.ranks import NO_RANK
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.meetings import Meeting, MeetingAttendee


def podium_order(count: int, left_of: str | None = None) -> list[int]:
    """Which No. (1-based, by 级别) sits in each seat, audience view left to right.

    >>> podium_order(5, "leaders")
    [5, 3, 1, 2, 4]
    >>> podium_order(4, "leaders")
    [3, 1, 2, 4]
    """
    if count <= 0:
        return []
    left_of = left_of or str(settings.get(SEAT_LEFT_OF.key))
    offsets: dict[int, float] = {}  # positive: towards "left"
    if count % 2:
        offsets[1] = 0
        for number in range(2, count + 1):
            step = number // 2
            offsets[number] = step if number % 2 == 0 else -step
    else:
        for number in range(1, count + 1):
            pair = (number - 1) // 2  # 0 for No.1 and No.2
            offsets[number] = (pair + 0.5) if number % 2 == 0 else -(pair + 0.5)
    # the leaders face the audience, so their left is the audience's right
    sign = 1 if left_of == "leaders" else -1
    return sorted(offsets, key=lambda n: sign * offsets[n])


@dataclass
class Seating:
    """Attendee ids seat by seat, audience view left to right; rows front to back."""

    podium: list[int] = field(default_factory=list)
    rows: list[list[int]] = field(default_factory=list)
    manual: bool = False
    note: str = ""  # what changed since the clerk saved it (people added or gone)

    def all_ids(self) -> list[int]:
        return [*self.podium, *(i for row in self.rows for i in row)]

    def to_json(self) -> str:
        return json.dumps({"podium": self.podium, "rows": self.rows}, ensure_ascii=False)


def rank_key(row: MeetingAttendee, *, chair: str | None) -> tuple[bool, int, int, int]:
    """The one order of a meeting's people by 级别 (the 职级's 排序: the smaller, the nearer
    the centre), ties in the order the clerk typed them: the podium's No. 1, 2, 3… and every
    list of names on the papers (通知, 签到表, 纪要, 议程) follow it. The meeting's `chair`
    (主持人) without a 级别 (not in the 通讯录, or his 职级 not set) comes first: he presides and
    nothing says anyone outranks him — after everyone with a 级别 he sat at the end of the
    podium, where a 主持人 never sits. With a 级别 he takes his place by it (DOMAIN §3)."""
    presiding_unranked = bool(chair) and row.name == (chair or "").strip() and \
        row.rank == NO_RANK
    return (not presiding_unranked, row.rank, row.seq, row.id)


def _ranked(people: list[MeetingAttendee], chair: str | None) -> list[MeetingAttendee]:
    return sorted(people, key=lambda row: rank_key(row, chair=chair))


def ranked(people: list[MeetingAttendee], *, chair: str | None) -> list[MeetingAttendee]:
    """People as the papers list them: group by group (出席, 列席, 特邀, 旁听), each by 级别
    as the seats are given (rank_key; `chair`: the meeting's 主持人)."""
    order = {role: n for n, role in enumerate(ROLES)}
    return sorted(people, key=lambda r: (order.get(r.role, len(order)), *rank_key(r, chair=chair)))


def arrange(ranked: list[int], left_of: str | None = None) -> list[int]:
    """Place ids (best first) into seats by the centre rule; audience view left to right."""
    order = podium_order(len(ranked), left_of)
    return [ranked[number - 1] for number in order]


def podium_size(meeting: Meeting, attending: int) -> int:
    if meeting.podium_count:
        return min(meeting.podium_count, attending)
    return min(attending, int(settings.get(PODIUM_MAX.key)))


def seated_people(meeting_id: int) -> list[MeetingAttendee]:
    """The people who take a seat: everyone but those on 请假 or marked 缺席 (the 纪要 leaves
    them out of 出席 too); they get no seat and no 桌签."""
    from officedesk.core.meetings.proceedings import ABSENT, LEAVE

    return list(MeetingAttendee.select().where(
        (MeetingAttendee.meeting == meeting_id)
        & MeetingAttendee.attendance.not_in([LEAVE, ABSENT])))


def _hall_rows(people: list[MeetingAttendee], left_of: str | None) -> list[list[int]]:
    per_row = max(1, int(settings.get(ROW_SEATS.key)))
    return [arrange([p.id for p in people[start : start + per_row]], left_of=left_of)
            for start in range(0, len(people), per_row)]


def _observers(people: list[MeetingAttendee], chair: str | None) -> list[MeetingAttendee]:
    return _ranked([p for p in people if p.role == ROLE_OBSERVER], chair)


def _hall_and_gallery(hall: list[MeetingAttendee], observers: list[MeetingAttendee],
                      left_of: str | None) -> list[list[int]]:
    """The hall's rows, then the 旁听席: the observers on rows of their own behind everyone."""
    return _hall_rows(hall, left_of) + _hall_rows(observers, left_of)


def _by_rule(people: list[MeetingAttendee], chair: str | None) -> list[list[int]]:
    """The rows of people placed by the rule: 出席 before 列席 and 特邀, each by 级别; the
    observers (旁听) behind them, on rows of their own."""
    attending = _ranked([p for p in people if p.role == ROLE_ATTEND], chair)
    others = _ranked([p for p in people if p.role not in (ROLE_ATTEND, ROLE_OBSERVER)], chair)
    return _hall_and_gallery(attending + others, _observers(people, chair), None)


def default_seating(meeting: Meeting, left_of: str | None = None) -> Seating:
    """出席 people by 级别 on the podium; the rest of them, then 列席 and 特邀, fill the hall
    rows front to back, each row centred by the same rule; the observers (旁听席) take the back
    rows, never the podium. Those on 请假 or 缺席 have no seat."""
    people = seated_people(meeting.id)
    attending = _ranked([p for p in people if p.role == ROLE_ATTEND], meeting.chair)
    others = _ranked([p for p in people if p.role not in (ROLE_ATTEND, ROLE_OBSERVER)],
                     meeting.chair)
    size = podium_size(meeting, len(attending))
    podium_people, hall = attending[:size], attending[size:] + others
    return Seating(arrange([p.id for p in podium_people], left_of=left_of),
                   _hall_and_gallery(hall, _observers(people, meeting.chair), left_of))


def gallery_rows(arrangement: Seating, people: list[MeetingAttendee]) -> set[int]:
    """The rows (0-based, front to back) of the 旁听席: those where only observers sit."""
    observers = {p.id for p in people if p.role == ROLE_OBSERVER}
    return {n for n, row in enumerate(arrangement.rows) if row and set(row) <= observers}


def _stored(meeting: Meeting) -> Seating | None:
    if not meeting.seating_json:
        return None
    try:
        data = json.loads(meeting.seating_json)
        return Seating(
            [int(i) for i in data.get("podium", [])],
            [[int(i) for i in row] for row in data.get("rows", [])],
            True,
        )
    except (ValueError, TypeError, AttributeError):
        return None


def seating(meeting: Meeting) -> Seating:
    """The clerk's adjusted seating, else the rule's. When people were added or left since
    (a 修改, a 请假 or 缺席), the clerk's seats stay for those still there, the gaps close up,
    and the newcomers sit behind them in the hall by the rule; `note` says so."""
    stored = _stored(meeting)
    placed = stored.all_ids() if stored is not None else []
    if stored is None or len(placed) != len(set(placed)):
        return default_seating(meeting)
    people = {p.id: p for p in seated_people(meeting.id)}
    # an observer never sits on the podium (one made 旁听 after the seats were saved)
    observers = {i for i, p in people.items() if p.role == ROLE_OBSERVER}
    kept_podium = [i for i in stored.podium if i in people and i not in observers]
    kept_rows = [kept for row in stored.rows if (kept := [i for i in row if i in people])]
    if not kept_podium and not kept_rows:
        return default_seating(meeting)
    seated = set(kept_podium) | {i for row in kept_rows for i in row}
    newcomers = [p for i, p in people.items() if i not in seated]
    gone = len([i for i in placed if i not in people])
    if not newcomers and not gone:
        return stored
    # the newcomers of the hall sit before the 旁听席, the new observers in it, at the back
    gallery = [row for row in kept_rows if set(row) <= observers]
    hall = [row for row in kept_rows if not set(row) <= observers]
    new_rows = _by_rule(newcomers, meeting.chair)
    new_gallery = [row for row in new_rows if set(row) <= observers]
    rows = hall + [row for row in new_rows if row not in new_gallery] + gallery + new_gallery
    # each part a pattern of its own, so the interface translates them (a joined str it could not)
    added = text("新增的%1按规则排在会场后排", "、".join(p.name for p in newcomers)) if newcomers else None
    removed = text("已不参会或请假、缺席的 %1 人已移出", gone) if gone else None
    if added is not None and removed is not None:
        note = text("座次已按人员变化调整：%1；%2。请核对后保存。", added, removed)
    else:
        note = text("座次已按人员变化调整：%1。请核对后保存。", added if added is not None else removed)
    return Seating(kept_podium, rows, True, note)


def save_seating(meeting_id: int, arrangement: Seating | None, actor: Actor,
                 expected_version: int | None = None) -> Meeting:
    """Keep the clerk's adjusted seating (None: back to the rule). `expected_version`: the
    meeting's version the seating was arranged on (the window's dialog gives it): refused
    (StaleRecordError) when someone saved the meeting since — another clerk's seating, or its
    people changed — rather than written over it."""
    records.require_writer(actor)
    with guarded("保存座次"), write_transaction():
        meeting = records.get(SPEC, meeting_id, actor)
        if expected_version is not None and meeting.version != expected_version:
            raise StaleRecordError(i18n.text(
                "这次会议的座次或人员已被他人修改（您打开的是第 %1 版），您的座次没有保存。"
                "请关闭座次表重新打开，再调整。", expected_version))
        text = ""
        if arrangement is not None:
            ids = {r.id for r in seated_people(meeting_id)}
            placed = arrangement.all_ids()
            if len(placed) != len(set(placed)) or set(placed) != ids:
                raise ValidationError(
                    "座次表中的人员与参会人员不一致，请刷新后重新调整。", "seating"
                )
            on_podium = [r.name for r in seated_people(meeting_id)
                         if r.role == ROLE_OBSERVER and r.id in set(arrangement.podium)]
            if on_podium:
                raise ValidationError(
                    i18n.text("%1是旁听人员，不能安排在主席台，请排在会场后排的旁听席。", on_podium),
                    "seating")
            text = arrangement.to_json()
        Meeting.update(
            seating_json=text,
            updated_at=clock.now(),
            updated_by=actor.username,
            version=Meeting.version + 1,
        ).where(Meeting.id == meeting_id).execute()
        audit.record(
            actor,
            "seating",
            SPEC.name,
            meeting_id,
            None,
            {"座次": text or "按规则"},
            trail_text("调整会议“%1”座次", meeting.title)
            if text
            else trail_text("会议“%1”座次恢复按规则排列", meeting.title),
        )
        return Meeting.get_by_id(meeting_id)
