"""Corrections of a 督查 item: a 公开 clerk rewrote the 批示内容 taken over from a 收文's 批办
(the printed 交办单 then showed it under the leader's name) and corrected a 办结 item, which
the window's 修改 greys out but core accepted. The 批示 taken from a source is the source's; one
typed at 立项 is corrected only while the item is 待交办; an item 办结 takes no correction."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import records
from officedesk.core import supervision as sv
from officedesk.core.actor import Actor
from officedesk.core.errors import PermissionDeniedError, ValidationError

PUBLIC_CLERK = Actor(username="gk", role="clerk", clearance=0, display_name="公开科员")


def test_the_instruction_taken_from_the_source_is_the_source_s(item_with_tasks, admin):
    item, _tasks = item_with_tasks
    for changes in ({"批示内容": "同意，不必按期。"}, {"批示领导": "李四"}):
        for who in (PUBLIC_CLERK, admin):
            with pytest.raises(ValidationError, match="取自来源记录"):
                records.update(sv.SPEC, item.id, changes, item.version, who)
    again = sv.get_item(item.id, admin)
    assert (again.leader, again.instruction) == (item.leader, item.instruction)
    assert records.update(sv.SPEC, item.id, {"事项内容": "年内完成 12 个。"}, item.version,
                          PUBLIC_CLERK).content == "年内完成 12 个。"


def test_an_instruction_typed_at_registration_is_corrected_until_the_item_is_split(
        db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    item = sv.create_item({"事项名称": "推进冬季清洁取暖", "来源": "领导批示", "事项内容": "略",
                           "批示领导": "王建国", "批示内容": "请抓紧。"}, admin)
    item = records.update(sv.SPEC, item.id, {"批示内容": "请抓紧落实。"}, item.version, PUBLIC_CLERK)
    assert item.instruction == "请抓紧落实。"
    sv.add_task(item.id, {"牵头单位": "市财政局", "责任人": "赵敏", "时限": "2026-03-31",
                          "办理要求": "落实资金"}, admin)
    item = sv.get_item(item.id, admin)
    with pytest.raises(ValidationError, match="只能在事项分解交办之前"):
        records.update(sv.SPEC, item.id, {"批示内容": "不必抓紧。"}, item.version, PUBLIC_CLERK)


def _closed(item, tasks, admin):
    for task in tasks:
        sv.complete_task(task.id, "2026-03-18", "已完成", admin)
    return sv.close_item(item.id, "2026-03-18", "全部完成", sv.get_item(item.id, admin).version, admin)


def test_an_item_done_takes_no_correction(item_with_tasks, admin, fixed_today):
    item, tasks = item_with_tasks
    fixed_today(dt.date(2026, 3, 20))
    item = _closed(item, tasks, admin)
    assert item.status in sv.DONE_STATUSES
    for who in (PUBLIC_CLERK, admin):
        with pytest.raises(PermissionDeniedError, match="办结的事项不能再修改"):
            records.update(sv.SPEC, item.id, {"事项名称": "另一件事"}, item.version, who)
    assert sv.get_item(item.id, admin).title == item.title


def test_the_window_asks_core(item_with_tasks, admin, qtbot, tmp_path, fixed_today):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from officedesk.ui.context import AppContext
    from officedesk.ui.widgets.dialog_buttons import Button
    from officedesk.ui.widgets.record_form import RecordFormDialog

    item, tasks = item_with_tasks
    holder = QWidget()
    qtbot.addWidget(holder)
    ctx = AppContext(PUBLIC_CLERK, "db", QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    open_form = RecordFormDialog(ctx, sv.SPEC, record=item, parent=holder)
    assert "instruction" not in open_form.panel.inputs and "title" in open_form.panel.inputs
    assert open_form.buttons.button(Button.Save).isEnabled()
    fixed_today(dt.date(2026, 3, 20))
    done = _closed(item, tasks, admin)
    done_form = RecordFormDialog(ctx, sv.SPEC, record=done, parent=holder)
    assert not done_form.buttons.button(Button.Save).isEnabled()
    assert "办结的事项不能再修改" in done_form.general_error.text()
    assert not done_form.general_error.isHidden()
