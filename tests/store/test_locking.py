"""Optimistic locking: a save over a newer change is refused and nothing is overwritten."""

from __future__ import annotations

import pytest

from officedesk.core import audit, records
from officedesk.core.directory import PEOPLE, UNITS
from officedesk.core.errors import StaleRecordError
from officedesk.store.models import Person, Unit


def test_new_record_has_stamps_and_version_one(any_db, admin):
    unit = records.create(UNITS, {"单位名称": "办公室", "简称": "办"}, admin)
    stored = Unit.get_by_id(unit.id)
    assert stored.version == 1
    assert stored.created_by == admin.username == stored.updated_by
    assert stored.created_at is not None and stored.updated_at is not None


def test_save_bumps_version_and_stamps(any_db, admin, clerk):
    unit = records.create(UNITS, {"单位名称": "办公室"}, admin)
    changed = records.update(UNITS, unit.id, {"简称": "办"}, 1, clerk)
    assert changed.version == 2
    assert changed.updated_by == "clerk"
    assert changed.created_by == admin.username
    assert Unit.get_by_id(unit.id).short_name == "办"


def test_stale_save_is_refused_and_nothing_overwritten(any_db, admin, clerk):
    unit = records.create(UNITS, {"单位名称": "办公室", "简称": "原简称"}, admin)
    # Two clerks open version 1; the first saves.
    records.update(UNITS, unit.id, {"简称": "先存的"}, 1, clerk)
    entries_before = len(audit.history("units", unit.id))
    with pytest.raises(StaleRecordError) as caught:
        records.update(UNITS, unit.id, {"简称": "后存的", "单位名称": "改名"}, 1, admin)
    assert "已被他人修改" in caught.value.message
    assert "第 1 版" in caught.value.message
    stored = Unit.get_by_id(unit.id)
    assert (stored.short_name, stored.name, stored.version) == ("先存的", "办公室", 2)
    assert stored.updated_by == "clerk"
    # A refused save leaves no trail entry and the index keeps the saved text.
    assert len(audit.history("units", unit.id)) == entries_before
    assert records.list_ids(UNITS, admin, text="后存的") == []
    assert records.list_ids(UNITS, admin, text="先存的") == [unit.id]


def test_saving_with_the_current_version_works_after_a_refusal(any_db, admin, clerk):
    person = records.create(PEOPLE, {"姓名": "张三", "职务": "科员"}, admin)
    records.update(PEOPLE, person.id, {"职务": "副科长"}, 1, clerk)
    with pytest.raises(StaleRecordError):
        records.update(PEOPLE, person.id, {"职务": "科长"}, 1, admin)
    records.update(PEOPLE, person.id, {"职务": "科长"}, 2, admin)
    stored = Person.get_by_id(person.id)
    assert (stored.title, stored.version) == ("科长", 3)


def test_stale_delete_is_refused(any_db, admin, clerk):
    unit = records.create(UNITS, {"单位名称": "办公室"}, admin)
    records.update(UNITS, unit.id, {"简称": "办"}, 1, clerk)
    with pytest.raises(StaleRecordError):
        records.delete(UNITS, unit.id, 1, admin)
    assert Unit.get_or_none(Unit.id == unit.id) is not None
    records.delete(UNITS, unit.id, 2, admin)
    assert Unit.get_or_none(Unit.id == unit.id) is None
