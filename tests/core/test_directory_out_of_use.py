"""停用: a 通讯录 room, person or unit out of use (probe142).

A room closed for renovation, a person transferred or retired, a unit merged away stayed in every
picker and a new meeting could still be booked in the closed room: the only way out was to
delete the entry (refused while records use it, core.directory_uses) or to write 已停用 into the
room's 位置 by hand. Now each entry has 停用 (`out_of_use`, migration 43): a declared field (form,
list, xlsx, CLI), audited as any change; the pickers offer no entry out of use; a meeting not yet
held is not booked in a room out of use (a held one, and a meeting that already had the room,
keep it); the refusal of a delete says to 停用 instead."""

from __future__ import annotations

import pytest

from officedesk.core import directory_completion, records, registry
from officedesk.core.directory import _unit_names
from officedesk.core.errors import ValidationError
from officedesk.store.migrations import MIGRATIONS
from officedesk.store.models import AuditEntry, Person, Room, Unit


@pytest.fixture
def office(any_db, admin):
    records.create(registry.get("units"), {"单位名称": "县财政局"}, admin)
    records.create(registry.get("units"), {"单位名称": "县粮食局"}, admin)
    records.create(registry.get("people"), {"姓名": "韦刚", "单位": "县财政局"}, admin)
    records.create(registry.get("people"), {"姓名": "韦明", "单位": "县财政局"}, admin)
    records.create(registry.get("rooms"), {"名称": "第一会议室", "容量": 40}, admin)
    records.create(registry.get("rooms"), {"名称": "第二会议室", "容量": 20}, admin)
    return admin


def _set(name: str, row, out: bool, actor) -> None:
    row = type(row).get_by_id(row.id)
    records.update(registry.get(name), row.id, {"停用": "是" if out else "否"}, row.version, actor)


def _meeting(actor, place: str, day: str = "2026-12-20", title: str = "全县工作会"):
    return records.create(registry.get("meetings"), {
        "会议名称": title, "会议类型": "工作会议", "开始时间": f"{day} 09:00",
        "结束时间": f"{day} 11:00", "地点": place}, actor)


def test_the_column_is_a_migration_of_its_own():
    assert (43, "m0043_directory_out_of_use") in MIGRATIONS
    for model in (Unit, Person, Room):
        assert "out_of_use" in model._meta.fields


def test_the_field_is_declared_once_for_each_directory_registry():
    for name in ("units", "people", "rooms"):
        field = registry.get(name).field("out_of_use")
        assert field.label == "停用" and field.column  # form, list column, xlsx and CLI


def test_pickers_offer_no_entry_out_of_use_and_offer_it_again_once_enabled(office, clerk):
    _set("rooms", Room.get(Room.name == "第一会议室"), True, clerk)
    _set("people", Person.get(Person.name == "韦刚"), True, clerk)
    _set("units", Unit.get(Unit.name == "县粮食局"), True, clerk)
    assert [s.text for s in directory_completion.suggest("rooms", "会议室")] == ["第二会议室"]
    assert [s.text for s in directory_completion.suggest("people", "韦")] == ["韦明"]
    assert [s.text for s in directory_completion.suggest("people", "wg")] == []
    assert directory_completion.meant_by("people", "wg") == []
    assert [s.text for s in directory_completion.suggest("units", "局")] == ["县财政局"]
    assert "县粮食局" not in _unit_names()  # a person's 单位, a unit's 上级单位
    _set("rooms", Room.get(Room.name == "第一会议室"), False, clerk)
    assert "第一会议室" in [s.text for s in directory_completion.suggest("rooms", "会议室")]


def test_the_change_is_audited_as_any(office, clerk):
    room = Room.get(Room.name == "第一会议室")
    before = AuditEntry.select().count()
    _set("rooms", room, True, clerk)
    assert Room.get_by_id(room.id).out_of_use is True
    assert AuditEntry.select().count() == before + 1


def test_no_new_meeting_is_booked_in_a_room_out_of_use(office, clerk, fixed_today):
    import datetime as dt

    fixed_today(dt.date(2026, 12, 1))
    kept = _meeting(clerk, "第一会议室", title="已订会议")
    _set("rooms", Room.get(Room.name == "第一会议室"), True, clerk)
    with pytest.raises(ValidationError) as refused:
        _meeting(clerk, "第一会议室")
    said = str(refused.value)
    assert "第一会议室" in said and "已停用" in said and "通讯录" in said
    # a meeting booked before keeps its room, and is corrected as before
    kept = type(kept).get_by_id(kept.id)
    records.update(registry.get("meetings"), kept.id, {"会议名称": "已订会议（改）"}, kept.version, clerk)
    assert type(kept).get_by_id(kept.id).room_id == Room.get(Room.name == "第一会议室").id
    # nor is a meeting moved into it
    other = _meeting(clerk, "第二会议室", title="另一会议")
    with pytest.raises(ValidationError):
        records.update(registry.get("meetings"), other.id, {"地点": "第一会议室"}, other.version, clerk)
    # a meeting already held is recorded where it was held
    held = _meeting(clerk, "第一会议室", day="2026-11-20", title="已开会议")
    assert held.room_id == Room.get(Room.name == "第一会议室").id
    # enabled again: booked
    _set("rooms", Room.get(Room.name == "第一会议室"), False, clerk)
    assert _meeting(clerk, "第一会议室", title="再订会议").room_id is not None


def test_records_keep_the_name_of_an_entry_out_of_use(office, clerk, fixed_today):
    import datetime as dt

    fixed_today(dt.date(2026, 12, 1))
    meeting = _meeting(clerk, "第一会议室")
    _set("rooms", Room.get(Room.name == "第一会议室"), True, clerk)
    _set("units", Unit.get(Unit.name == "县财政局"), True, clerk)
    assert type(meeting).get_by_id(meeting.id).place == "第一会议室"
    assert Person.get(Person.name == "韦刚").unit.name == "县财政局"


def test_the_delete_refusal_says_to_put_it_out_of_use(office, clerk, fixed_today):
    import datetime as dt

    fixed_today(dt.date(2026, 12, 1))
    _meeting(clerk, "第一会议室")
    room = Room.get(Room.name == "第一会议室")
    person = Person.get(Person.name == "韦刚")
    unit = Unit.get(Unit.name == "县财政局")
    for name, row in (("rooms", room), ("people", person), ("units", unit)):
        if name == "people":
            from officedesk.store.models import User

            User.create(username="weigang", role="clerk", password_hash="x", person=person.id)
        with pytest.raises(ValidationError) as refused:
            records.delete(registry.get(name), row.id, row.version, clerk)
        said = str(refused.value)
        assert "可将其停用" in said, said
        assert "位置" not in said and "请保留" not in said, said


def test_an_attendee_typed_by_name_is_the_namesake_in_use(office, clerk):
    from officedesk.core.meetings.parsing import resolve_person

    retired = Person.get(Person.name == "韦刚")
    records.create(registry.get("people"), {"姓名": "韦刚", "单位": "县粮食局"}, clerk)
    _set("people", retired, True, clerk)
    assert resolve_person("韦刚").person_id != retired.id
    assert resolve_person("韦刚", "县财政局").person_id == retired.id  # the unit says which
