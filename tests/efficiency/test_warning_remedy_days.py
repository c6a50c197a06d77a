"""The 效能告诫书's 整改报告 period: a declared setting (efficiency.complaint.remedy_days, 1–30
working days, 5 by default), kept with the 处理 step (as the 核查时限 is with 核查), so a
reprint after the setting changed says what was served; a complaint warned before it was kept
(schema 44) prints the 5 its paper said; an imported 已办结 one keeps the setting of its import."""

from __future__ import annotations

import pytest

from officedesk.core import check, settings
from officedesk.core.efficiency import complaints as C
from officedesk.core.errors import ValidationError

from .test_warning_wording import _text, _warned


def _said(admin, record) -> str:
    text = _text("complaint-warning", [record.id], admin)
    return text[text.index("收到本告诫书之日起"):text.index("提交书面整改报告")]


def test_the_period_is_a_setting_of_1_to_30_working_days(office):
    assert settings.get(C.REMEDY_DAYS.key) == 5
    for bad in (0, 31):
        with pytest.raises(ValidationError):
            settings.put(C.REMEDY_DAYS.key, bad)


def test_the_warning_says_the_period_set_when_it_was_decided(office, admin):
    settings.put(C.REMEDY_DAYS.key, 10)
    record = C.SPEC.model.get_by_id(_warned(admin, "冯某某", "经调阅台账，核实有关情况。").id)
    assert record.remedy_days == 10
    assert _said(admin, record) == "收到本告诫书之日起10个工作日内"
    settings.put(C.REMEDY_DAYS.key, 3)  # changed since: the reprint says what was served
    assert _said(admin, record) == "收到本告诫书之日起10个工作日内"
    assert check.run_checks() == []


def test_only_a_warning_keeps_a_period(office, admin):
    record = C.register_complaint(
        {"投诉方式": "电话", "登记日期": "2025-12-01", "投诉人": "钱女士", "投诉类别": "办事拖拉",
         "被投诉单位": "县农业农村局", "投诉内容": "补贴申请两周未办结。"}, admin)
    record = C.send_for_verification(record.id, record.version, admin, "县纪委监委")
    record = C.conclude(record.id, record.version, admin, "属实", "属实。")
    assert C.dispose(record.id, record.version, admin, "通报批评").remedy_days is None


def test_one_warned_before_the_period_was_kept_prints_five(office, admin):
    settings.put(C.REMEDY_DAYS.key, 10)
    record = _warned(admin, "", "经调阅台账，核实有关情况。")
    C.SPEC.model.update(remedy_days=None).where(C.SPEC.model.id == record.id).execute()
    assert _said(admin, C.SPEC.model.get_by_id(record.id)) == "收到本告诫书之日起5个工作日内"


def test_an_imported_warning_keeps_the_setting_of_its_import(office, admin):
    settings.put(C.REMEDY_DAYS.key, 7)
    record = C.register_complaint(
        {"投诉方式": "电话", "登记日期": "2025-12-01", "投诉人": "钱女士", "投诉类别": "办事拖拉",
         "被投诉单位": "县农业农村局", "被投诉人": "冯某某", "投诉内容": "补贴申请两周未办结。",
         "状态": "已办结", "核查单位": "县纪委监委", "核查通知日期": "2025-12-02",
         "核查完成日期": "2025-12-05", "核查结论": "属实", "核查情况": "属实。",
         "处理结果": "效能告诫", "办结日期": "2025-12-08"}, admin)
    assert record.remedy_days == 7
    settings.put(C.REMEDY_DAYS.key, 12)
    assert _said(admin, record) == "收到本告诫书之日起7个工作日内"


def test_version_44_adds_the_column_and_check_passes(office, admin, monkeypatch):
    from officedesk.core import integrity
    from officedesk.store import migrations

    db = office
    monkeypatch.setattr(C, "remedy_days", lambda: None)  # warned before the period was kept
    warned = _warned(admin, "冯某某", "经调阅台账，核实有关情况。")
    monkeypatch.undo()
    db.execute_sql("alter table efficiency_complaint drop column remedy_days")  # as version 43
    db.execute_sql("delete from schema_version where version >= 44")
    assert "remedy_days" not in migrations.column_names(db, "efficiency_complaint")
    assert 44 in migrations.migrate(db, backup=lambda db, version: None)
    assert C.SPEC.model.get_by_id(warned.id).remedy_days is None
    assert check.run_checks() == []  # audited without the column: its digest still matches
    assert _said(admin, C.SPEC.model.get_by_id(warned.id)) == "收到本告诫书之日起5个工作日内"
    row = {"id": 7, "unit": "县农业农村局"}
    model = C.SPEC.model
    assert integrity._digest_row(model, {**row, "remedy_days": None}) == integrity._digest_row(model, row)
