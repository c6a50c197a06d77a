"""A correction (records.update: the form's 修改, import --update) changes only the fields a
person may type: the state and the facts a step records (签发人, 处理方式, 得分, 核查结论 …) are
the steps' — core refuses them, whatever the window shows."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, records
from officedesk.core.documents import incoming
from officedesk.core.errors import ValidationError
from officedesk.store.models import AuditEntry


def _incoming(clerk):
    return incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委", "来文字号": "省委发〔2026〕1号",
                             "标题": "通知", "文种": "通知", "密级": "非密", "份数": "1"}, clerk)


@pytest.mark.parametrize("changes", [{"状态": "已办结"}, {"state": "已办结"}, {"标题": "新标题", "状态": "已办结"}])
def test_a_correction_may_not_set_the_state(db, clerk, fixed_today, changes):
    fixed_today(dt.date(2026, 3, 2))
    doc = _incoming(clerk)
    entries = AuditEntry.select().count()
    with pytest.raises(ValidationError, match="由办理步骤记录"):
        records.update(incoming.INCOMING, doc.id, changes, doc.version, clerk)
    again = records.get(incoming.INCOMING, doc.id, clerk)
    assert (again.state, again.title, again.version) == (doc.state, doc.title, doc.version)
    assert AuditEntry.select().count() == entries


def test_a_correction_of_a_typed_field_still_works(db, clerk, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    doc = _incoming(clerk)
    saved = records.update(incoming.INCOMING, doc.id, {"标题": "关于某事的通知"}, doc.version, clerk)
    assert saved.title == "关于某事的通知"


def test_every_registry_refuses_its_step_fields(db, clerk):
    from officedesk.core import registry

    for spec in (registry.load_all(), registry.all_registries())[1]:
        fixed = [f for f in spec.fields if not f.editable]
        if not fixed:
            continue
        with pytest.raises(ValidationError, match="由办理步骤记录"):
            # refused before the record is read: no record 1 is needed
            records.update(spec, 1, {fixed[0].label: "x"}, 1, clerk)


def test_what_a_step_changes_after_registration_is_not_corrected(db, clerk, admin, fixed_today):
    """办结时限 is moved by 延期 (a reason, audited as such), a 突发事件's report times by its
    registration and 书面报告: a correction moved an overdue item's limit a year on and hid a
    late report."""
    from officedesk.core import info, steps
    from officedesk.core import supervision as sv

    fixed_today(dt.date(2026, 12, 1))
    item = sv.create_item({"事项名称": "推进冬季清洁取暖", "来源": "领导批示", "事项内容": "略",
                           "立项日期": "2026-08-01", "办结时限": "2026-09-09"}, admin)
    with pytest.raises(ValidationError, match="“办结时限”由办理步骤记录"):
        records.update(sv.SPEC, item.id, {"办结时限": "2027-06-30"}, item.version, clerk)
    sudden = records.create(info.SPEC, {
        "title": "梅岭乡一辆客车侧翻", "unit": "县应急管理局", "reporter": "李明", "phone": "13812345678",
        "category": "突发事件", "content": "客车侧翻，3人受伤。", "event_at": "2026-11-30 19:10",
        "event_level": "一般", "phoned_at": "2026-11-30 19:50", "written_at": "2026-11-30 22:00",
        "reported_at": clock.now()}, admin)
    for changed in ({"书面报告时间": "2026-11-30 19:20"}, {"电话报告时间": "2026-11-30 19:15"}):
        with pytest.raises(ValidationError, match="由办理步骤记录"):
            records.update(info.SPEC, sudden.id, changed, sudden.version, clerk)
    steps.perform("supervision", item.id, "延期", {"办结时限": "2026-12-31", "延期理由": "需协调"}, admin)
    assert sv.get_item(item.id, admin).deadline == dt.date(2026, 12, 31)


def test_the_correction_form_leaves_them_to_their_steps(db, admin, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from officedesk.core import supervision as sv
    from officedesk.ui.context import AppContext
    from officedesk.ui.widgets.record_form import RecordFormDialog

    ctx = AppContext(admin, "db", QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    made = RecordFormDialog(ctx, sv.SPEC)
    qtbot.addWidget(made)
    assert "deadline" in made.panel.inputs  # given when the item is made
    item = sv.create_item({"事项名称": "推进冬季清洁取暖", "来源": "领导批示", "事项内容": "略"}, admin)
    corrected = RecordFormDialog(ctx, sv.SPEC, record=item)
    qtbot.addWidget(corrected)
    assert "deadline" not in corrected.panel.inputs and "title" in corrected.panel.inputs
