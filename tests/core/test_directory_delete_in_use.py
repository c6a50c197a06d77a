"""A 通讯录 entry in use is not deleted out from under the records that name it (probe139).

A plain 科员 deleted the room 第一会议室 while its meetings (one 机密) still pointed at it (their
room link left on nothing, the room's conflicts no longer found), a person who sits on a classified
meeting, and the office's own unit — whose people and 下级单位 were then cleared without an audit
entry, so `check` took them for rows changed outside the program. Now core refuses the delete,
saying what uses the entry (records above the actor's clearance counted, never named) and what to
do; the office's own unit is never deleted; `check` names records already pointing at a deleted
room or person."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import integrity, records, registry, rule_checks, settings
from officedesk.core.errors import ValidationError
from officedesk.store.meetings import Meeting, MeetingAttendee
from officedesk.store.models import Person, Room, Unit, User

SECRET_TITLE = "绝密专题研究会"


def _meeting(admin, place: str = "", people: str = "", secrecy: str = "非密",
             title: str = "全县工作会", host: str = "", day: str = "2026-03-10") -> Meeting:
    """A meeting (its 出席人员 rows as the meeting's save makes them: the directory person's id)."""
    values = {"会议名称": title, "会议类型": "工作会议", "密级": secrecy,
              "开始时间": f"{day} 09:00", "结束时间": f"{day} 11:00"}
    if place:
        values["地点"] = place
    if host:
        values["主办单位"] = host
    meeting = records.create(registry.get("meetings"), values, admin)
    if people:
        person = Person.get(Person.name == people)
        MeetingAttendee.create(meeting=meeting.id, role="出席", seq=0, person_id=person.id, name=person.name)
    return meeting


@pytest.fixture
def office(any_db, admin):
    settings.put("org.name", "中共云岭县委办公室", admin)
    records.create(registry.get("units"), {"单位名称": "中共云岭县委办公室", "简称": "县委办"}, admin)
    records.create(registry.get("units"), {"单位名称": "县财政局"}, admin)
    records.create(registry.get("units"), {"单位名称": "县档案馆"}, admin)
    records.create(registry.get("people"), {"姓名": "韦刚", "单位": "县财政局"}, admin)
    records.create(registry.get("people"), {"姓名": "马林"}, admin)
    records.create(registry.get("rooms"), {"名称": "第一会议室", "容量": 40}, admin)
    records.create(registry.get("rooms"), {"名称": "第二会议室", "容量": 20}, admin)
    return admin


def _delete(name: str, row, actor) -> None:
    records.delete(registry.get(name), row.id, row.version, actor)


def _refused(name: str, row, actor) -> str:
    with pytest.raises(ValidationError) as refused:
        _delete(name, row, actor)
    return str(refused.value)


def test_a_room_meetings_are_held_in_is_not_deleted(office, clerk):
    _meeting(office, place="第一会议室")
    _meeting(office, place="第一会议室", secrecy="机密", title=SECRET_TITLE)
    room = Room.get(Room.name == "第一会议室")
    said = _refused("rooms", room, clerk)
    assert "第一会议室" in said and "2" in said and "无权查看" in said
    assert SECRET_TITLE not in said and "全县工作会" not in said  # counted, never named
    assert Room.get_or_none(Room.id == room.id) is not None
    assert Meeting.select().where(Meeting.room_id == room.id).count() == 2
    # the administrator, who may see both, is refused as well: the meetings still need it
    said = _refused("rooms", room, office)
    assert "无权查看" not in said and "2" in said


def test_a_room_no_meeting_uses_is_deleted(office, clerk):
    _meeting(office, place="第一会议室")
    room = Room.get(Room.name == "第二会议室")
    _delete("rooms", room, clerk)
    assert Room.get_or_none(Room.id == room.id) is None


def test_a_person_on_a_classified_meeting_is_not_deleted(office, clerk):
    _meeting(office, people="韦刚", secrecy="机密", title=SECRET_TITLE)
    person = Person.get(Person.name == "韦刚")
    said = _refused("people", person, clerk)
    assert "韦刚" in said and "无权查看" in said and SECRET_TITLE not in said
    assert Person.get_or_none(Person.id == person.id) is not None


def test_a_person_a_user_is_linked_to_is_not_deleted(office, clerk):
    person = Person.get(Person.name == "马林")
    User.create(username="ml", display_name="马林", role="clerk", password_hash="x", person=person.id)
    said = _refused("people", person, clerk)
    assert "马林" in said and "用户" in said
    assert User.get(User.username == "ml").person_id == person.id


def test_a_person_nothing_uses_is_deleted(office, clerk):
    person = Person.get(Person.name == "马林")
    _delete("people", person, clerk)
    assert Person.get_or_none(Person.id == person.id) is None


def test_the_office_own_unit_is_never_deleted(office):
    own = Unit.get(Unit.name == "中共云岭县委办公室")
    said = _refused("units", own, office)  # nothing else uses it, the administrator asks
    assert "本机关" in said
    assert Unit.get_or_none(Unit.id == own.id) is not None


def test_a_unit_with_people_or_records_is_not_deleted(office, clerk):
    unit = Unit.get(Unit.name == "县财政局")
    said = _refused("units", unit, clerk)
    assert "县财政局" in said and "人员" in said
    assert Person.get(Person.name == "韦刚").unit_id == unit.id
    archive = Unit.get(Unit.name == "县档案馆")
    _meeting(office, host="县档案馆", secrecy="机密", title=SECRET_TITLE)
    said = _refused("units", archive, clerk)
    assert "县档案馆" in said and "无权查看" in said and SECRET_TITLE not in said


def test_a_unit_with_a_lower_unit_is_not_deleted_nor_its_people_cleared(office, admin):
    parent = Unit.get(Unit.name == "县档案馆")
    records.create(registry.get("units"), {"单位名称": "县档案馆利用科", "上级单位": "县档案馆"}, admin)
    said = _refused("units", parent, admin)
    assert "下级单位" in said
    assert Unit.get(Unit.name == "县档案馆利用科").parent_id == parent.id
    assert not list(integrity.check_rows())


def test_a_unit_nothing_uses_is_deleted(office, clerk):
    unit = Unit.get(Unit.name == "县档案馆")
    _delete("units", unit, clerk)
    assert Unit.get_or_none(Unit.id == unit.id) is None


def test_the_window_asks_core_before_its_question(office, clerk):
    """The 删除 button asks core first (no write): the refusal, not a 确定删除吗 it then refuses."""
    _meeting(office, place="第一会议室")
    room = Room.get(Room.name == "第一会议室")
    said = records.delete_refusal(registry.get("rooms"), room, clerk)
    assert said is not None and "第一会议室" in str(said)
    assert records.delete_refusal(registry.get("rooms"), Room.get(Room.name == "第二会议室"), clerk) is None


def test_check_names_meetings_left_on_a_deleted_room_or_person(office, fixed_today):
    """An office upgraded with such damage: `check` names the meetings to come and what to do;
    a meeting held keeps its 地点 and names as its own record (the link served its conflicts)."""
    fixed_today(dt.date(2026, 3, 1))
    coming = _meeting(office, place="第一会议室", people="韦刚", day="2026-03-10")
    held = _meeting(office, place="第一会议室", people="韦刚", day="2026-02-10")
    room = Room.get(Room.name == "第一会议室")
    person = Person.get(Person.name == "韦刚")
    Room.delete().where(Room.id == room.id).execute()  # as the delete before this change left it
    Person.delete().where(Person.id == person.id).execute()
    found = [finding.message for finding in rule_checks.check_links()]
    rooms = [text for text in found if "第一会议室" in text]
    people = [text for text in found if "韦刚" in text]
    assert len(rooms) == 1 and f"id {coming.id}）" in rooms[0] and "请" in rooms[0]
    assert len(people) == 1 and f"id {coming.id}）" in people[0] and "请" in people[0]
    assert str(held.id) not in rooms[0] + people[0]
    # chosen again (the room added again, the meeting saved with its place): no longer named
    records.create(registry.get("rooms"), {"名称": "第一会议室"}, office)
    meeting = Meeting.get_by_id(coming.id)
    records.update(registry.get("meetings"), meeting.id, {"地点": "第一会议室"}, meeting.version, office)
    assert not [finding for finding in rule_checks.check_links() if "第一会议室" in finding.message]


def test_a_unit_a_setting_names_is_not_deleted(office):
    """The default 收文 审批链 finds its 拟办 among 科员、副科长、科长@秘书科: a 秘书科 of the 通讯录
    deleted would leave the chain naming a unit the office does not have."""
    unit = records.create(registry.get("units"), {"单位名称": "秘书科"}, office)
    said = _refused("units", unit, office)
    assert "秘书科" in said and "系统设置“审批链" in said


def test_the_refusal_reads_in_english(office, clerk, english):
    from officedesk.core.i18n import display

    _meeting(office, place="第一会议室", secrecy="机密", title=SECRET_TITLE)
    refused = records.delete_refusal(registry.get("rooms"), Room.get(Room.name == "第一会议室"), clerk)
    shown = display(refused.message)
    assert shown.startswith("Room “第一会议室” cannot be deleted: Meetings: 1 (1 of them you may not see)")
