"""A unit's rename moves posts and records across the office, so it is guarded (sec12): only an
administrator renames a unit (a 科员 moved five users and 王志刚's 分管, and with them chain
rights, by renaming a unit he had just added); never into a name the posts already hold (two
科室 merged); never by someone the records naming it lie above (a 秘密 clerk changed a 机密
收文); and no unit's 名称 or 简称 holds a list separator (“综合科、督查室” split into other units
and gave 分管 of them)."""

from __future__ import annotations

import pytest

from officedesk.core import accounts, directory, positions, records, registry, unit_renaming
from officedesk.core.actor import Actor
from officedesk.core.errors import PermissionDeniedError, ValidationError
from officedesk.store.models import User

OLD, NEW = "县委办公室秘书科", "县委办公室文秘科"


@pytest.fixture
def office(db, admin):
    registry.load_all()
    for name in (OLD, "县水利局"):
        records.create(directory.UNITS, {"单位名称": name}, admin)
    accounts.create_user("hlj", "Abc12345678", "clerk", admin, display_name="黄丽君")
    positions.set_post("hlj", admin, unit=OLD, position="副科长")
    accounts.create_user("ys", "Abc12345678", "clerk", admin, display_name="杨帅")
    # a post naming a 科室 that is no 通讯录 unit (as the demo's, and offices set up before the
    # 通讯录 was checked)
    User.update(unit="县委办公室信息科", position="科长").where(User.username == "ys").execute()
    return admin


def _rename(actor, old, new):
    unit = directory.unit_by_name(old)
    return records.update(directory.UNITS, unit.id, {"单位名称": new}, unit.version, actor)


def test_only_an_administrator_renames_a_unit(office):
    clerk = accounts.actor_for(User.get(User.username == "hlj"))
    with pytest.raises(ValidationError, match="管理员"):  # the form offers him no 单位名称
        _rename(clerk, OLD, NEW)
    with pytest.raises(PermissionDeniedError, match="管理员"):  # nor does the rename itself
        unit_renaming.rename_unit(directory.unit_by_name(OLD), {"name": NEW}, clerk)
    assert positions.post_of("hlj").unit == OLD
    unit = directory.unit_by_name(OLD)  # his other corrections of the unit stay his to make
    records.update(directory.UNITS, unit.id, {"简称": "秘书科"}, unit.version, clerk)
    _rename(office, OLD, NEW)
    assert positions.post_of("hlj").unit == NEW


def test_no_rename_into_a_unit_the_posts_already_hold(office):
    with pytest.raises(ValidationError, match="县委办公室信息科") as refused:
        _rename(office, OLD, "县委办公室信息科")
    assert "合并" in refused.value.message
    assert positions.post_of("hlj").unit == OLD


def test_no_rename_by_someone_a_record_naming_the_unit_lies_above(office):
    low_admin = Actor(username="low", role="admin", clearance=1, display_name="秘密管理员")
    records.create(registry.get("incoming"), {"收文日期": "2026-01-05", "来文机关": "市委办",
                                              "标题": "机密件", "密级": "机密", "承办单位": "县水利局"}, office)
    with pytest.raises(ValidationError, match="涉密权限"):
        _rename(low_admin, "县水利局", "县水务局")
    assert directory.unit_by_name("县水利局") is not None
    _rename(office, "县水利局", "县水务局")


@pytest.mark.parametrize("name", ["县委办公室综合科、县委办公室督查室", "甲，乙", "甲;乙"])
def test_no_list_separator_in_a_units_name(office, name):
    with pytest.raises(ValidationError, match="不能含"):
        records.create(directory.UNITS, {"单位名称": name}, office)
    with pytest.raises(ValidationError, match="不能含"):
        _rename(office, OLD, name)
    with pytest.raises(ValidationError, match="不能含"):
        records.create(directory.UNITS, {"单位名称": "县审计局", "简称": name}, office)
