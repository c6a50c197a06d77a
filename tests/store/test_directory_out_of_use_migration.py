"""Schema 43 adds 停用 (out_of_use) to the 通讯录's units, people and rooms (probe142): the entries
keep everything, are in use, and `check` still finds their rows as their audit entries digested
them (the column left out of a row's digest while False: integrity.ADDED_LATER); once put out
of use, the change is digested like any other."""

from __future__ import annotations

from officedesk.core import check, integrity, records, registry
from officedesk.store import migrations
from officedesk.store.models import Person, Room, Unit


def test_version_43_leaves_every_entry_in_use_and_check_passes(db, admin):
    records.create(registry.get("units"), {"单位名称": "县财政局"}, admin)
    records.create(registry.get("people"), {"姓名": "韦刚", "单位": "县财政局"}, admin)
    records.create(registry.get("rooms"), {"名称": "第一会议室", "容量": 40}, admin)
    for table in ("unit", "person", "room"):  # as a database of version 42 has them
        db.execute_sql(f"alter table {table} drop column out_of_use")
    db.execute_sql("delete from schema_version where version >= 43")
    assert "out_of_use" not in migrations.column_names(db, "room")

    assert 43 in migrations.migrate(db, backup=lambda db, version: None)
    assert [row.out_of_use for row in (Unit.get(), Person.get(), Room.get())] == [False] * 3
    assert check.run_checks() == []
    room = Room.get()
    records.update(registry.get("rooms"), room.id, {"停用": "是"}, room.version, admin)
    assert check.run_checks() == []


def test_an_entry_in_use_is_digested_as_a_row_without_the_column():
    row = {"id": 3, "name": "第一会议室", "capacity": 40, "location": "", "pinyin": ""}
    assert integrity._digest_row(Room, {**row, "out_of_use": False}) == integrity._digest_row(Room, row)
    assert integrity._digest_row(Room, {**row, "out_of_use": True}) != integrity._digest_row(Room, row)
