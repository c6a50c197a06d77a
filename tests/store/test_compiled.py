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


def test_an_update_writes_only_the_version_read(any_db, admin):
    parent = records.create(UNITS, {"单位名称": "县委办公室"}, admin)
    unit = records.create(UNITS, {"单位名称": "秘书科"}, admin)
    model = UNITS.model
    before = model.get_by_id(unit.id).__data__
    changed = {"short_name": "秘", "parent": parent.id, "version": unit.version + 1}
    assert compiled.update_one(model, unit.id, unit.version + 5, changed) == 0  # another save's
    assert model.get_by_id(unit.id).__data__ == before
    assert compiled.update_one(model, unit.id, unit.version, changed) == 1
    stored = model.get_by_id(unit.id)
    assert (stored.short_name, stored.parent_id, stored.version) == ("秘", parent.id, unit.version + 1)
    # an expression goes through peewee, as before
    assert compiled.update_one(model, unit.id, stored.version, {"version": model.version + 1}) == 1
    assert model.get_by_id(unit.id).version == stored.version + 1


def test_a_fixed_select_reads_as_peewee_reads_it(any_db, admin):
    from officedesk.core import accounts
    from officedesk.store.models import User

    for name in ("wangwei", "lina", "zhaoqiang"):
        accounts.create_user(name, "pass1234", "clerk", admin, display_name=name, clearance=1)
    accounts.deactivate("lina", admin)
    query = lambda users: users.where(User.active == True).order_by(User.id)  # noqa: E712, E731
    expected = [u.__data__ for u in query(User.select())]
    expected_names = [u["username"] for u in expected]
    assert expected_names[-2:] == ["wangwei", "zhaoqiang"]  # not the stopped one
    for _ in range(2):  # compiled the first time, taken from the cache the second
        assert [u.__data__ for u in compiled.fetch_all(User, "test_active_users", query)] == expected


def test_one_records_rows_read_as_peewee_reads_them(any_db, admin):
    """fetch_all_of: compiled once, each call's record named by its own id (a 信息's history),
    the rows and their order as peewee's select gives them."""
    import pytest

    from officedesk.core import info
    from officedesk.core.info import procedure
    from officedesk.store.info import InfoAction

    items = [records.create(info.SPEC, {"标题": f"第{n}件", "报送单位": "县林业局", "类别": "工作动态",
                                        "报送时间": "2026-03-02 10:00", "正文": "正文"}, admin) for n in range(3)]
    for n, item in enumerate(items):
        for day in (5, 3)[: n + 1]:
            procedure.add_action(item, "采用", admin, on=dt.date(2026, 3, day), level="市", periodical="市委信息")

    def narrowed(select, item):
        return select.where(InfoAction.item == item).order_by(InfoAction.on, InfoAction.id)

    for item in [*items, *items]:  # the second round from the statement compiled by the first
        found = compiled.fetch_all_of(InfoAction, "test-actions", item.id, narrowed)
        expected = list(narrowed(InfoAction.select(), item.id))
        assert [a.__data__ for a in found] == [a.__data__ for a in expected] and found
        assert not any(a.is_dirty() for a in found)
    with pytest.raises(RuntimeError):  # the id named twice: no way to tell which is the record's
        compiled.fetch_all_of(InfoAction, "test-twice", items[0].id, lambda select, item: select.where(
            (InfoAction.item == item) | (InfoAction.id == item)))


def test_one_records_sub_rows_read_as_peewee_reads_them(demo_filled):
    """sub_rows' one-record read (compiled once: every audit entry of a record digests them) gives
    what peewee's select of the same rows gives, for every table of sub-rows of the demo office."""
    from officedesk.core import sub_rows

    demo_filled(6)
    compared = 0
    for table, subs in sub_rows._TABLES.items():
        model = next(m for m in integrity._models().values() if m._meta.table_name == table)
        ids = [record_id for (record_id,) in model.select(model._meta.primary_key).tuples()]
        for record_id in ids:
            for sub in subs:
                through_peewee = list(sub_rows._rows(sub, lambda parent, one=record_id: parent.in_([one])))
                assert sub_rows._rows_of_one(sub, record_id) == through_peewee, (table, record_id)
                compared += len(through_peewee)
        if ids:  # one record's texts (the compiled read) as those of a chunk (peewee's)
            assert sub_rows.texts(table, ids[:1]) == sub_rows.texts(table, [ids[0], -1])
    assert compared > 1000
    try:
        compiled.tuples_of(("not fields",), 1, lambda any_id: AuditEntry.select(AuditEntry.id + 1)
                           .where(AuditEntry.id == any_id))
    except RuntimeError:
        pass
    else:
        raise AssertionError("a select of an expression must be refused (its conversion is not a field's)")
