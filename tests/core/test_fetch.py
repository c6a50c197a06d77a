"""records.fetch builds the records itself from the raw rows (the lists read a page per paint
with it): they must be exactly the records peewee's own select makes, for every registry."""

from __future__ import annotations

import peewee

from officedesk import demo
from officedesk.core import records, registry
from officedesk.core.actor import CLI_ACTOR


def _peewee(spec, ids):
    return {row.id: row for row in spec.model.select().where(spec.model.id.in_(ids))}


def test_fetch_gives_peewees_records_for_every_registry(any_db, request):
    if isinstance(any_db, peewee.SqliteDatabase):
        # the demo most tests ask for, made once a run (its making was most of this test)
        request.getfixturevalue("demo_filled")(6)
    else:
        demo.populate(3)
    compared = 0
    for spec in registry.all_registries():
        ids = [row.id for row in spec.model.select(spec.model.id).limit(40)]
        if not ids:
            continue
        mine, theirs = records.fetch(spec, ids), _peewee(spec, ids)
        assert mine.keys() == theirs.keys() == set(ids), spec.name
        for record_id, record in mine.items():
            expected = theirs[record_id]
            assert type(record) is type(expected)
            assert record.__data__ == expected.__data__, (spec.name, record_id)
            assert [type(v) for v in record.__data__.values()] == [type(v) for v in expected.__data__.values()]
            assert not record.is_dirty() and record.__rel__ == {}
        compared += 1
    assert compared >= 5


def test_fetch_leaves_out_ids_not_found_and_follows_references(db, admin):
    units, people = registry.get("units"), registry.get("people")
    unit = records.create(units, {"单位名称": "县委办公室"}, admin)
    person = records.create(people, {"姓名": "张三", "单位": "县委办公室", "级别": 9}, admin)
    fetched = records.fetch(people, [person.id, person.id + 1000])
    assert list(fetched) == [person.id]
    assert fetched[person.id].unit.id == unit.id and fetched[person.id].unit.name == "县委办公室"
    assert records.fetch(people, []) == {}
    # a fetched record saves like any other (nothing dirty: only what is changed is written)
    again = fetched[person.id]
    again.name = "张四"
    again.save()
    assert records.get(people, person.id, CLI_ACTOR).name == "张四"
