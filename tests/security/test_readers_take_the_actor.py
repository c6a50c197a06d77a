"""保密 on every path that shows records: the core readers of meetings, 督查, 信息 and 信访
that once read everything when called without an actor — the calendar, conflicts, export rows,
the editing draft, the way back from a 督查 item, the 工作台 providers, the 督查通报, the
items made from a source, the petition figures — take the actor (leaving it out is a
TypeError) and refuse or hide a 机密 record from a clearance-0 clerk, while showing it to one
cleared for 机密 (so each check can fail)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from officedesk.core import info, petitions, records
from officedesk.core import meetings as m
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.directory import ROOMS
from officedesk.core.errors import PermissionDeniedError
from officedesk.core.idcard import make_id
from officedesk.core.meetings import step_values
from officedesk.store.models import Room

CLERK0 = Actor(username="clerk0", role="clerk", clearance=0, display_name="科员甲")
CLERK2 = Actor(username="clerk2", role="clerk", clearance=2, display_name="机要员乙")
TITLE = "水库迁建选址专题会"
DECISION = "三号坝址秘密勘察"
INSTRUCTION = "请密切跟踪三号坝址勘察"
PETITIONER = "张建国"
ID_NUMBER = make_id("110101", dt.date(1968, 3, 7), 231)
START, END = dt.datetime(2026, 3, 5, 9, 0), dt.datetime(2026, 3, 5, 10, 0)
TODAY, HORIZON = dt.date(2026, 3, 2), dt.date(2026, 3, 12)


@pytest.fixture
def secret(db, fixed_today) -> dict[str, Any]:
    """A 机密 meeting in a room with its decision turned 督查 (the item inherits 机密, its task
    falls due), a 机密 信息 and two 机密 petitions of one person, soon overdue."""
    fixed_today(TODAY)
    admin = CLI_ACTOR
    records.create(ROOMS, {"名称": "第一会议室", "容量": "30"}, admin)
    meeting = m.save_meeting(m.MeetingDraft(
        values={"title": TITLE, "kind": "专题会议", "secrecy": "机密", "start": "2026-03-05 09:00",
                "end": "2026-03-05 10:00", "place": "第一会议室"},
        attendees=[m.PersonEntry("李建国", "市委办公室")],
        agenda=[m.AgendaEntry("研究水库迁建选址", "市水利局", "王海涛", 30)]), admin)
    fixed_today(dt.date(2026, 3, 5))  # its 纪要 is written on the meeting's day
    m.save_minutes(meeting.id, "会议研究了选址。", [m.DecisionEntry(DECISION, "县水利局", None)],
                   admin)
    fixed_today(TODAY)
    item = m.send_to_supervision(m.decisions(meeting.id, admin)[0].id, admin)
    sv.add_task(item.id, {"牵头单位": "县水利局", "时限": "2026-03-10", "交办日期": "2026-03-02"},
                admin)
    report = records.create(info.SPEC, {"title": "水库迁建动态", "unit": "县水利局",
                                        "category": "工作动态", "secrecy": "机密", "reported_at": "2026-03-01 16:00",
                                        "content": "三号坝址勘察进展。"}, admin)
    info.procedure.instruct(report.id, report.version, admin, "王建国", INSTRUCTION, None)
    people = []
    for content in ("反映青河村土地征收补偿款至今未足额发放。", "反映青河村安置房迟迟未分配。"):
        people.append(petitions.register_petition(
            {"registered_on": "2026-03-02", "form": "来信", "name": PETITIONER,
             "id_number": ID_NUMBER, "category": "征地拆迁", "secrecy": "机密",
             "content": content, "region": "青河镇人民政府"}, None, admin))
    assert sv.get_item(item.id, admin).secrecy == "机密"  # inherited from the meeting
    room = Room.get(Room.name == "第一会议室")
    # the first meeting is held (its 纪要 says so): the 工作台 shows this one, still to come
    upcoming = m.save_meeting(m.MeetingDraft(
        values={"title": TITLE, "kind": "专题会议", "secrecy": "机密", "start": "2026-03-06 09:00",
                "end": "2026-03-06 10:00", "place": "县水利局会议室"},
        attendees=[m.PersonEntry("王海涛", "市水利局")]), admin)
    return {"meeting": meeting.id, "item": item.id, "info": report.id, "petition": people[0].id,
            "room": room.id, "upcoming": upcoming.id}


def _clash() -> m.MeetingDraft:
    """A 非密 meeting at the same time, in the same room, with the same leader."""
    return m.MeetingDraft(
        values={"title": "周例会", "kind": "工作会议", "secrecy": "非密",
                "start": "2026-03-05 09:00", "end": "2026-03-05 10:00", "place": "第一会议室"},
        attendees=[m.PersonEntry("李建国", "市委办公室")])


def _named(found: list[m.Conflict]) -> bool:
    return any(TITLE in c.message for c in found)


def _meeting(s: dict[str, Any]) -> Any:
    return records.get(m.SPEC, s["meeting"], CLI_ACTOR)


@dataclass(frozen=True)
class Reader:
    read: Callable[..., Any]  # (secret, actor=…) -> result; the actor is left out for TypeError
    shows: Callable[[dict[str, Any], Any], bool]  # whether the result tells of the 机密 record


READERS: dict[str, Reader] = {
    "meetings.between": Reader(
        lambda s, **a: m.between(TODAY, HORIZON, **a),
        lambda s, r: s["meeting"] in [x.id for x in r]),
    "meetings.check_conflicts": Reader(
        lambda s, **a: m.check_conflicts(_clash(), None, **a), lambda s, r: _named(r)),
    "meetings.find_conflicts": Reader(
        lambda s, **a: m.find_conflicts(START, END, s["room"], _clash().everyone(), None, **a),
        lambda s, r: _named(r)),
    "meetings.export_row": Reader(
        lambda s, **a: m.export_row(_meeting(s), **a),
        lambda s, r: TITLE in r.values() and "李建国" in "".join(r.values())),
    "meetings.draft_of": Reader(
        lambda s, **a: m.draft_of(_meeting(s), **a),
        lambda s, r: [p.name for p in r.attendees] == ["李建国"]),
    "meetings.meeting_of_supervision": Reader(
        lambda s, **a: m.meeting_of_supervision(s["item"], **a),
        lambda s, r: r is not None and r[0].id == s["meeting"]),
    "meetings.dashboard_items": Reader(
        lambda s, **a: m.dashboard_items(today=TODAY, horizon=HORIZON, **a),
        lambda s, r: s["upcoming"] in [i.record_id for i in r]),
    "meetings.years_with_meetings": Reader(
        lambda s, **a: m.reports.years_with_meetings(**a), lambda s, r: r == [2026]),
    "meetings.decision_entries": Reader(
        lambda s, **a: step_values.decision_entries(s["meeting"], text=None, **a),
        lambda s, r: [e.content for e in r] == [DECISION]),
    "supervision.items_for_source": Reader(
        lambda s, **a: sv.items_for_source("meeting", s["meeting"], **a),
        lambda s, r: [x.id for x in r] == [s["item"]]),
    "supervision.bulletin": Reader(
        lambda s, **a: sv.bulletin(TODAY, dt.date(2026, 3, 31), dt.date(2026, 3, 20), **a),
        lambda s, r: r.total.overdue == 1 and [x.item_id for x in r.overdue] == [s["item"]]),
    "supervision.due_items": Reader(
        lambda s, **a: sv.figures.due_items(today=TODAY, horizon=HORIZON, **a),
        lambda s, r: s["item"] in [i.record_id for i in r]),
    "supervision.export_row": Reader(
        lambda s, **a: sv.SPEC.export_row(sv.get_item(s["item"], CLI_ACTOR), **a),
        lambda s, r: DECISION in "".join(str(v) for v in r.values() if v is not None)),  # 页数: a number
    "info.export_row": Reader(
        lambda s, **a: info.SPEC.export_row(info.get(s["info"], CLI_ACTOR), **a),
        lambda s, r: INSTRUCTION in r.get("领导批示", "")),
    "petitions.export_row": Reader(
        lambda s, **a: petitions.privacy.export_row(
            petitions.SPEC, petitions.get(s["petition"], CLI_ACTOR), **a),
        lambda s, r: PETITIONER in r.values()),
    "petitions.overdue_on": Reader(
        lambda s, **a: petitions.figures.overdue_on(dt.date(2026, 4, 30), **a),
        lambda s, r: r == 2),
    "petitions.frequent_petitioners": Reader(
        lambda s, **a: petitions.frequent_petitioners(2026, **a),
        lambda s, r: [p["name"] for p in r] == [PETITIONER]),
}


def _outcome(reader: Reader, secret: dict[str, Any], actor: Actor) -> str:
    try:
        result = reader.read(secret, actor=actor)
    except PermissionDeniedError:
        return "refused"
    return "shown" if reader.shows(secret, result) else "hidden"


@pytest.mark.parametrize("name", list(READERS))
def test_a_reader_refuses_or_hides_a_classified_record_below_its_level(secret, name):
    reader = READERS[name]
    assert _outcome(reader, secret, CLERK0) in ("refused", "hidden")
    assert _outcome(reader, secret, CLERK2) == "shown"  # cleared for 机密: the same call shows it


@pytest.mark.parametrize("name", list(READERS))
def test_a_reader_cannot_be_called_without_an_actor(secret, name):
    with pytest.raises(TypeError):  # no reading of everything by leaving the reader out
        READERS[name].read(secret)
