"""Statements compiled once (store.compiled) read and write exactly what peewee's own do."""

from __future__ import annotations

import datetime as dt

from officedesk.core import integrity, records
from officedesk.core.directory import UNITS
from officedesk.store import compiled
from officedesk.store.models import AuditEntry


def _same_as_peewee(model, record_id) -> None:
    key = model._meta.primary_key
    expected = model.get_or_none(key == record_id)
    found = compiled.fetch(model, record_id)
    assert type(found) is type(expected)
    assert found.__data__ == expected.__data__
    assert not found._dirty and not found.is_dirty()
    assert compiled.fetch_dict(model, record_id) == model.select().where(key == record_id).dicts().first()


def test_every_registry_row_reads_as_peewee_reads_it(demo_filled):
    demo_filled(6)
    seen = 0
    for model in integrity._models().values():
        key = model._meta.primary_key
        for (record_id,) in model.select(key).tuples():
            _same_as_peewee(model, record_id)
            seen += 1
    assert seen > 300  # every registry of the demo office, not an empty database


def test_a_row_by_id_on_either_database(any_db, admin):
    parent = records.create(UNITS, {"单位名称": "县委办公室", "简称": "办"}, admin)
    unit = records.create(UNITS, {"单位名称": "秘书科", "上级单位": "县委办公室"}, admin)
    model = UNITS.model
    _same_as_peewee(model, unit.id)
    assert compiled.fetch(model, unit.id).parent_id == parent.id
    assert compiled.fetch(model, str(unit.id)).id == unit.id  # a command line's "5" reads as 5
    assert compiled.fetch(model, unit.id + 1000) is None
    assert compiled.fetch_dict(model, unit.id + 1000) is None


def test_an_inserted_row_reads_back_as_given(any_db):
    at = dt.datetime(2026, 12, 4, 9, 30, 15)
    values = {"at": at, "actor": "clerk", "action": "update", "registry": "units", "record_id": 7,
              "summary": "修改单位：简称", "before": "{}", "after": '{"简称": "办"}',
              "prev_hash": "0" * 64, "hash": "f" * 64, "row_digest": ""}
    first = compiled.insert_one(AuditEntry, values)
    second = compiled.insert_one(AuditEntry, {**values, "record_id": None})
    assert second > first
    stored = AuditEntry.get_by_id(first)
    assert {name: getattr(stored, name) for name in values} == values
    assert AuditEntry.get_by_id(second).record_id is None
