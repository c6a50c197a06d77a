"""A unit's rename is refused when a record naming the unit lies above the renamer's clearance
(README; sec12), whichever registry keeps it and however its hook writes: the 督查 tasks are
written by their own hook, not by unit_renames.Renaming, and a 秘密 administrator renamed the
tasks of 机密/绝密 items (signing their history) while the same rename of a unit named by a 机密
收文 was refused. Before the rename is asked the form reads what follows (rename_effects): it
counts nothing above the renamer's clearance but raises the same refusal. And the checks the
save runs on the new 名称 and the renamer are one function (check_rename) the form runs first."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import accounts, directory, records, registry, unit_renaming, users
from officedesk.core import supervision as sv
from officedesk.core.errors import PermissionDeniedError, ValidationError
from officedesk.store.models import AuditEntry
from officedesk.store.supervision import SupervisionTask

OLD, NEW = "县测试局", "县测试管理局"
PASSWORD = "pass12345678"


@pytest.fixture
def office(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    registry.load_all()
    for name in (OLD, "县对照局", "县委组织部"):
        records.create(directory.UNITS, {"单位名称": name}, admin)
    accounts.create_user("adm2", PASSWORD, "admin", admin, display_name="秘密管理员", clearance=1)
    return admin


def _low_admin():
    return users.authenticate("adm2", PASSWORD)  # an administrator cleared for 秘密 only


def _rename(actor, old, new):
    unit = directory.unit_by_name(old)
    return records.update(directory.UNITS, unit.id, {"单位名称": new}, unit.version, actor)


def _item(admin, secrecy, unit):
    item = sv.create_item({"事项名称": f"{secrecy}事项", "来源": "领导批示", "密级": secrecy,
                           "立项日期": "2026-03-02"}, admin)
    sv.add_task(item.id, {"牵头单位": unit, "时限": "2026-03-31", "交办日期": "2026-03-02"}, admin)
    return item.id


def _entries(item_id):
    return AuditEntry.select().where((AuditEntry.registry == "supervision")
                                     & (AuditEntry.record_id == item_id)).count()


def test_supervision_tasks_above_the_renamers_clearance_refuse_the_rename(office):
    secret = [_item(office, "机密", OLD), _item(office, "绝密", OLD)]
    entries = [_entries(item_id) for item_id in secret]
    low = _low_admin()

    with pytest.raises(ValidationError, match="涉密权限") as refused:
        _rename(low, OLD, NEW)
    # who can do it, not how secret the items are (保密: tests/security/test_refusal_level_untold.py)
    assert "督查" in refused.value.message and "涉密权限足够的管理员" in refused.value.message
    assert "绝密" not in refused.value.message and "机密" not in refused.value.message
    assert refused.value.field == "name"
    assert directory.unit_by_name(OLD) is not None and directory.unit_by_name(NEW) is None
    assert [task.lead_unit for task in SupervisionTask.select()] == [OLD, OLD]
    assert [_entries(item_id) for item_id in secret] == entries  # nothing signed by him
    # the hook itself refuses, whoever calls it (not only the check before the save)
    from officedesk.core.supervision import renamed
    with pytest.raises(ValidationError, match="涉密权限"):
        renamed.follow_rename(OLD, NEW, low)
    assert [task.lead_unit for task in SupervisionTask.select()] == [OLD, OLD]

    # an administrator cleared for them renames (so the test can fail)
    _rename(office, OLD, NEW)
    assert [task.lead_unit for task in SupervisionTask.select()] == [NEW, NEW]


def test_tasks_within_the_renamers_clearance_follow_his_rename(office):
    plain = _item(office, "秘密", OLD)
    _item(office, "机密", "县对照局")  # names another unit: no matter
    _rename(_low_admin(), OLD, NEW)
    assert SupervisionTask.get(SupervisionTask.item == plain).lead_unit == NEW


def test_the_counts_refuse_when_a_record_above_the_clearance_names_the_unit(office):
    _item(office, "秘密", OLD)
    _item(office, "机密", OLD)
    _item(office, "绝密", OLD)
    label = registry.get("supervision").label
    low = _low_admin()

    with pytest.raises(ValidationError, match="涉密权限") as refused:
        unit_renaming.rename_effects(OLD, low)
    assert "件" not in refused.value.message  # no count of what he may not open
    with pytest.raises(ValidationError, match="涉密权限"):
        unit_renaming.check_rename(directory.unit_by_name(OLD), NEW, low)
    assert unit_renaming.rename_effects(OLD, office) == unit_renaming.RenameEffects(0, [(label, 3)])
    # the 收文 the same way
    records.create(registry.get("incoming"), {"收文日期": "2026-01-05", "来文机关": "市委办",
                                              "标题": "机密件", "密级": "机密", "承办单位": "县对照局"},
                   office)
    with pytest.raises(ValidationError, match="收文"):
        unit_renaming.rename_effects("县对照局", low)


def test_check_rename_refuses_as_the_save_does_without_writing(office):
    unit = directory.unit_by_name(OLD)
    low = _low_admin()
    entries = AuditEntry.select().count()
    for new, field, words in (("县委组织部", "name", "已是单位"), ("县测试局、县对照局", "name", "不能含"),
                              ("", "name", "请填写")):
        with pytest.raises(ValidationError, match=words) as checked:
            unit_renaming.check_rename(unit, new, office)
        assert checked.value.field == field
        with pytest.raises(ValidationError) as saved:
            _rename(office, OLD, new)
        assert saved.value.message == checked.value.message
    clerk = accounts.actor_for(accounts.create_user("kx", "Abc12345678", "clerk", office))
    with pytest.raises(PermissionDeniedError, match="管理员"):
        unit_renaming.check_rename(unit, NEW, clerk)
    assert AuditEntry.select().count() == entries + 1  # only the clerk's account: nothing else
    # a name the save takes: what follows, and nothing written
    _item(office, "秘密", OLD)
    assert unit_renaming.check_rename(unit, NEW, low) == unit_renaming.RenameEffects(
        0, [(registry.get("supervision").label, 1)])
    assert directory.unit_by_name(OLD) is not None
