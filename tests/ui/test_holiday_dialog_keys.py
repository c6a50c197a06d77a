"""工具 → 节假日调整 writes a calendar change only on purpose: Enter on opening it or on a row
of its list changed nothing before and added today as 放假 (添加 was the dialog's default
button), adding over a day already entered replaced it silently, and the English 类型 column
wrapped "Working day (swap)"."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QStyle

from officedesk.core import workdays
from officedesk.core.actor import CLI_ACTOR
from tests.ui.test_confirmations import CANCEL, OK, Answer


def _days() -> list[tuple[str, str, str]]:
    return [(o.day.isoformat(), o.kind, o.note) for o in workdays.overrides()]


@pytest.fixture
def dialog(db, qtbot):
    from officedesk.ui.admin import HolidaysDialog

    workdays.set_override(dt.date(2027, 2, 6), False, "春节", CLI_ACTOR)
    shown = HolidaysDialog(CLI_ACTOR)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_enter_on_opening_or_on_a_row_changes_nothing(dialog, qtbot):
    before = _days()
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert _days() == before and dialog.isVisible()
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, 0)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(dialog.table, key)
    qtbot.wait(50)
    assert _days() == before and dialog.outcome.text() == ""
    for button in dialog.findChildren(QPushButton):
        assert not button.isDefault() and not button.autoDefault(), button.text()


def test_delete_on_a_row_asks_as_the_button_does(dialog, qtbot):
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, 0)
    answer = Answer(CANCEL)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert answer.texts and "2027-02-06" in answer.texts[0] and answer.defaults == ["取消"]
    assert len(_days()) == 1
    Answer(OK)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert _days() == []


def test_enter_in_the_note_or_on_add_adds(dialog, qtbot):
    dialog.day.set_value(dt.date(2027, 10, 8))
    dialog.kind.setCurrentIndex(0)  # 放假, chosen (the box opens on 请选择)
    dialog.note.setFocus()
    dialog.note.setText("国庆节")  # (QTest types ASCII only)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert ("2027-10-08", "放假", "国庆节") in _days()
    dialog.day.set_value(dt.date(2027, 10, 9))
    dialog.kind.setCurrentIndex(1)
    dialog.add_button.setFocus()
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Return)
    assert ("2027-10-09", "上班（调休）", "") in _days()


def test_adding_over_a_day_entered_asks_naming_the_old_entry(dialog, qtbot):
    dialog.day.set_value(dt.date(2027, 2, 6))
    dialog.kind.setCurrentIndex(1)
    dialog.note.setText("调休上班")
    answer = Answer(CANCEL)
    dialog.add()
    assert answer.texts and answer.defaults == ["取消"]
    assert "2027-02-06" in answer.texts[0] and "放假" in answer.texts[0] and "春节" in answer.texts[0]
    assert _days() == [("2027-02-06", "放假", "春节")] and dialog.outcome.text() == ""
    assert dialog.note.text() == "调休上班"  # what was typed stays, to change the date
    Answer(OK)
    dialog.add()
    assert _days() == [("2027-02-06", "上班（调休）", "调休上班")]
    assert "春节" in dialog.outcome.text() and "重算期限" in dialog.outcome.text()


def test_adding_the_same_again_does_not_ask(dialog, qtbot):
    dialog.day.set_value(dt.date(2027, 2, 6))
    dialog.kind.setCurrentIndex(0)
    dialog.note.setText(" 春节 ")
    answer = Answer(OK)
    dialog.add()
    qtbot.wait(100)
    assert answer.texts == [] and _days() == [("2027-02-06", "放假", "春节")]


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_kind_column_reads_whole(language, db, qtbot):
    from officedesk.ui.admin import HolidaysDialog

    workdays.set_override(dt.date(2027, 2, 6), True, "调休", CLI_ACTOR)
    dialog = HolidaysDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    kind = dialog.table.item(0, 1).text()
    if language == "en":
        assert kind == "Working day (swap)"
    # a cell's text and its margins (QCommonStyle: the focus frame's and one pixel, each side)
    style = dialog.table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, dialog.table) + 1
    needs = dialog.table.fontMetrics().horizontalAdvance(kind) + 2 * margin
    assert dialog.table.columnWidth(1) >= needs, (kind, dialog.table.columnWidth(1), needs)


def test_the_year_entered_whole_is_marked_in_the_dialog(db, qtbot, fixed_today):
    """The built-in table lacks 2027: its deadlines are 暂按 until the administrator ticks that
    the year is entered whole (one day typed is not the year's table); unticked, 暂按 again."""
    from officedesk.ui.admin import HolidaysDialog

    fixed_today(dt.date(2026, 12, 1))
    workdays.set_override(dt.date(2027, 2, 6), False, "春节", CLI_ACTOR)
    shown = HolidaysDialog(CLI_ACTOR)
    qtbot.addWidget(shown)
    box = shown.entered[2027]
    assert not box.isChecked() and workdays.provisional(dt.date(2027, 3, 1))
    box.click()
    assert box.isChecked() and not workdays.provisional(dt.date(2027, 3, 1))
    assert "2027" in shown.outcome.text() and "2027" in shown.known.text()
    box.click()
    assert not box.isChecked() and workdays.provisional(dt.date(2027, 3, 1))
