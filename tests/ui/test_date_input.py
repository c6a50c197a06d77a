"""The one date input: read by core's parser as typed, days and months by the keyboard, a
calendar for the mouse."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from officedesk.core.errors import ValidationError
from officedesk.ui.widgets.date_input import DateInput

TODAY = dt.date(2026, 11, 16)


@pytest.fixture
def today(db, fixed_today):
    fixed_today(TODAY)


@pytest.mark.parametrize("typed", ["2026-3-5", "2026-03-05", "20260305", "2026/3/5", "2026.3.5",
                                   "2026年3月5日"])
def test_a_date_is_read_as_clerks_write_it(today, qtbot, typed):
    edit = DateInput(label="签发日期")
    qtbot.addWidget(edit)
    if typed.isascii():
        qtbot.keyClicks(edit, typed)
    else:
        edit.insert(typed)  # QTest types no Chinese: as an input method would
    assert edit.value() == dt.date(2026, 3, 5)


def test_a_time_is_read_with_its_date(today, qtbot):
    edit = DateInput(label="开始时间", with_time=True)
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "2026-3-5 9:30")
    assert edit.value() == dt.datetime(2026, 3, 5, 9, 30)


@pytest.mark.parametrize("typed", ["2026-2-30", "2026-13-1", "下周一"])
def test_what_does_not_read_is_refused_with_cores_message(today, qtbot, typed):
    edit = DateInput(label="签发日期", optional=True)
    qtbot.addWidget(edit)
    edit.insert(typed)
    with pytest.raises(ValidationError, match="“签发日期”不是有效日期"):
        edit.value()
    assert edit.typed() == typed  # handed on as typed, for core to refuse
    assert "不是有效日期" in edit.problem()


def test_empty_is_not_given_only_where_optional(today, qtbot):
    optional, required = DateInput(optional=True), DateInput(label="日期")
    for edit in (optional, required):
        qtbot.addWidget(edit)
    assert optional.value() is None and "不填" in optional.placeholderText()
    with pytest.raises(ValidationError, match="请填写“日期”") as empty:  # not "“” is no date"
        required.value()
    assert "不是有效日期" not in empty.value.message


def test_a_date_that_does_not_read_is_marked_where_it_is(today, qtbot):
    """Dialogs that say why in a box (效能 period, 代理, holidays) keep the field marked."""
    edit = DateInput(label="结束日期")
    qtbot.addWidget(edit)
    edit.setText("2026-12-32")
    edit.editingFinished.emit()
    assert edit.property("invalid") is True and "不是有效日期" in edit.toolTip()
    edit.setText("2026-12-31")
    edit.editingFinished.emit()
    assert edit.property("invalid") is False and edit.toolTip() == ""


def test_a_form_keeps_the_mark_of_a_bad_date_when_core_refuses_another_field(app_ctx, qtbot):
    from officedesk.core import supervision as sv
    from officedesk.ui.widgets.record_form import RecordFormDialog

    dialog = RecordFormDialog(app_ctx, sv.SPEC)
    qtbot.addWidget(dialog)
    dialog.panel.inputs["start_date"].widget.setText("2026-2-30")
    dialog.try_save()  # 事项名称 is missing: core names it first
    assert "请填写“事项名称”" in dialog.panel.inputs["title"].error.text()
    assert "不是有效日期" in dialog.panel.inputs["start_date"].error.text()


def test_up_down_move_the_day_and_page_keys_the_month(today, qtbot):
    edit = DateInput(optional=True)
    qtbot.addWidget(edit)
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # empty: from today
    assert edit.value() == TODAY + dt.timedelta(days=1)
    edit.set_value(dt.date(2026, 1, 31))
    qtbot.keyClick(edit, Qt.Key.Key_PageUp)
    assert edit.value() == dt.date(2026, 2, 28)  # February has no 31st
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_PageDown)
    assert edit.value() == dt.date(2026, 1, 27)


def test_the_calendar_sets_the_day_and_keeps_the_time(today, qtbot):
    edit = DateInput(with_time=True)
    qtbot.addWidget(edit)
    edit.set_value(dt.datetime(2026, 11, 2, 14, 30))
    edit.show()
    edit.show_calendar()
    popup = edit.popup
    assert popup is not None and popup.isVisible()
    assert popup.selectedDate() == QDate(2026, 11, 2)
    popup.clicked.emit(QDate(2026, 11, 9))
    assert not popup.isVisible()
    assert edit.value() == dt.datetime(2026, 11, 9, 14, 30)


def test_a_time_typed_into_a_date_is_left_out_and_said(today, qtbot):
    """A date-only input takes the date of “2026-3-5 14:30”, as `add` and an import do: on
    leaving it shows the date kept, and its tip says the time was left out."""
    edit = DateInput(label="收文日期")
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "2026-3-5 14:30")
    assert edit.value() == dt.date(2026, 3, 5) and edit.problem() == ""
    edit.editingFinished.emit()
    assert edit.text() == "2026-03-05"
    assert edit.toolTip() == "“收文日期”带时间 14:30，只保存了日期 2026-03-05。"
    assert not edit.property("invalid")
    edit.setText("2026-3-6 00:00")  # a date at midnight is the date: nothing said
    edit.editingFinished.emit()
    assert edit.text() == "2026-3-6 00:00" and edit.toolTip() == ""
    edit.setText("1800-3-6 14:30")  # out of the date window: refused, the text kept as typed
    edit.editingFinished.emit()
    assert edit.text() == "1800-3-6 14:30" and "超出允许的范围" in edit.toolTip()
    assert edit.property("invalid")
