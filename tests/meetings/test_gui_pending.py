"""Nothing typed is lost by Ctrl+S: an entry typed into a "type, then Enter to add" line (an
议定事项 in the 纪要 window, a person in 出席/列席, an agenda item) is added on save as Enter would
add it — or, when Enter would refuse it, the save is refused with the message at the line and the
text kept. A table cell still being typed in (a 请假原因, a corrected 议定事项 or 议题) is taken
as typed. And 纪要 is offered only when core would take one."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

from officedesk.core import meetings as m
from tests.meetings.conftest import make_draft
from tests.ui.forms import shown

CTRL = Qt.KeyboardModifier.ControlModifier
EDITING = QAbstractItemView.State.EditingState


def ime(text: str) -> None:
    """Type Chinese into the focused widget as an input method commits it."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(QApplication.focusWidget(), event)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    ime(text)


def ctrl_s(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)


@pytest.fixture
def held(directory_data, app_ctx, fixed_today):
    """A meeting of 2026-12-03 (李建国, 王海涛), the day after it: its 纪要 may be written."""
    fixed_today(dt.date(2026, 12, 4))
    return m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), app_ctx.actor)


def _minutes(app_ctx, qtbot, meeting):
    from officedesk.ui.meetings.minutes import MinutesDialog

    return shown(MinutesDialog(app_ctx, m.get(meeting.id, app_ctx.actor)), qtbot)


# ---------------------------------------------------------------- 纪要


def test_a_decision_typed_and_not_added_is_saved_by_ctrl_s(held, app_ctx, qtbot):
    dialog = _minutes(app_ctx, qtbot, held)
    type_into(qtbot, dialog.text_edit, "会议研究了有关事项。")
    type_into(qtbot, dialog.decision_edit, "修复甲路")
    type_into(qtbot, dialog.lead_edit, "市财政局")
    type_into(qtbot, dialog.deadline_edit, "2026-12-31")
    ctrl_s(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = [(d.content, d.lead_unit, d.deadline) for d in m.decisions(held.id, app_ctx.actor)]
    assert stored == [("修复甲路", "市财政局", dt.date(2026, 12, 31))]


def test_a_pending_decision_enter_would_refuse_keeps_the_window_open(held, app_ctx, qtbot):
    dialog = _minutes(app_ctx, qtbot, held)
    type_into(qtbot, dialog.decision_edit, "修复甲路")
    type_into(qtbot, dialog.deadline_edit, "2026/13/01")
    ctrl_s(qtbot)
    qtbot.wait(50)
    assert dialog.isVisible()
    assert not dialog.decision_error.isHidden()
    assert "不是有效日期" in dialog.decision_error.text()
    assert (dialog.decision_edit.text(), dialog.deadline_edit.text()) == ("修复甲路", "2026/13/01")
    assert QApplication.focusWidget() is dialog.deadline_edit
    assert m.get(held.id, app_ctx.actor).minutes_text in (None, "")
    assert m.decisions(held.id, app_ctx.actor) == []


def test_a_lead_unit_without_its_decision_is_not_dropped(held, app_ctx, qtbot):
    dialog = _minutes(app_ctx, qtbot, held)
    type_into(qtbot, dialog.lead_edit, "市财政局")
    ctrl_s(qtbot)
    qtbot.wait(50)
    assert dialog.isVisible()
    assert not dialog.decision_error.isHidden() and "议定事项" in dialog.decision_error.text()
    assert dialog.lead_edit.text() == "市财政局"
    assert QApplication.focusWidget() is dialog.decision_edit


def test_a_decision_being_corrected_in_its_cell_is_saved_as_typed(held, app_ctx, qtbot):
    from officedesk.ui.meetings.minutes import CONTENT

    m.save_minutes(held.id, "纪要", [m.DecisionEntry("甲事项")], app_ctx.actor)
    dialog = _minutes(app_ctx, qtbot, held)
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, CONTENT)
    dialog.table.editItem(dialog.table.item(0, CONTENT))
    qtbot.waitUntil(lambda: dialog.table.state() == EDITING)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
    ime("乙事项")
    ctrl_s(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [d.content for d in m.decisions(held.id, app_ctx.actor)] == ["乙事项"]


# ---------------------------------------------------------------- 新建 / 修改会议


def _new_meeting(app_ctx, qtbot):
    from officedesk.ui.meetings.dialog import MeetingDialog

    dialog = shown(MeetingDialog(app_ctx), qtbot)
    dialog.title_edit.setText("碰头会")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("专题会议"))
    dialog.start_edit.setText("2026-12-10 09:00")
    dialog.end_edit.setText("2026-12-10 10:00")
    dialog.place_edit.setText("第一会议室")
    return dialog


def test_a_person_typed_and_not_added_is_saved_by_ctrl_s(directory_data, app_ctx, qtbot):
    dialog = _new_meeting(app_ctx, qtbot)
    type_into(qtbot, dialog.people["attendees_text"].edit, "马俊")
    type_into(qtbot, dialog.people["nonvoting_text"].edit, "外宾甲（某大学）")
    ctrl_s(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = dialog.saved_record
    # a directory person as Enter adds him; a name not in the 通讯录 as typed, as Enter keeps it
    attending = m.attendees(saved.id, app_ctx.actor, m.ROLE_ATTEND)
    assert [(a.name, a.person_id is not None) for a in attending] == [("马俊", True)]
    nonvoting = m.attendees(saved.id, app_ctx.actor, m.ROLE_NONVOTING)
    assert [(a.name, a.unit, a.person_id) for a in nonvoting] == [("外宾甲", "某大学", None)]


def test_a_person_enter_would_refuse_keeps_the_window_open(directory_data, app_ctx, qtbot):
    dialog = _new_meeting(app_ctx, qtbot)
    editor = dialog.people["attendees_text"]
    type_into(qtbot, editor.edit, "马俊、马俊")  # Enter says the name is there twice
    ctrl_s(qtbot)
    qtbot.wait(50)
    assert dialog.isVisible() and dialog.saved_record is None
    assert not editor.error.isHidden() and "两次" in editor.error.text()
    assert editor.edit.text() == "马俊、马俊" and editor.entries == []
    assert QApplication.focusWidget() is editor.edit


def test_an_agenda_item_typed_and_not_added_is_saved_by_ctrl_s(directory_data, app_ctx, qtbot):
    dialog = _new_meeting(app_ctx, qtbot)
    type_into(qtbot, dialog.agenda.topic, "研究教育布局调整方案")
    type_into(qtbot, dialog.agenda.reporter, "林涛")
    ctrl_s(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    agenda = m.agenda(dialog.saved_record.id, app_ctx.actor)
    assert [(a.topic, a.reporter) for a in agenda] == [("研究教育布局调整方案", "林涛")]


def test_a_reporter_without_a_topic_is_not_dropped(directory_data, app_ctx, qtbot):
    dialog = _new_meeting(app_ctx, qtbot)
    type_into(qtbot, dialog.agenda.reporter, "林涛")
    ctrl_s(qtbot)
    qtbot.wait(50)
    assert dialog.isVisible() and dialog.saved_record is None
    assert not dialog.agenda.error.isHidden() and "议题" in dialog.agenda.error.text()
    assert dialog.agenda.reporter.text() == "林涛"
    assert QApplication.focusWidget() is dialog.agenda.topic


def test_an_agenda_cell_being_typed_in_is_saved_as_typed(directory_data, app_ctx, qtbot):
    dialog = _new_meeting(app_ctx, qtbot)
    dialog.agenda.append(m.AgendaEntry("甲议题"))
    dialog.agenda.table.setFocus()
    dialog.agenda.table.setCurrentCell(0, 3)
    dialog.agenda.table.editItem(dialog.agenda.table.item(0, 3))
    qtbot.waitUntil(lambda: dialog.agenda.table.state() == EDITING)
    qtbot.keyClicks(QApplication.focusWidget(), "25")
    ctrl_s(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [(a.topic, a.minutes) for a in m.agenda(dialog.saved_record.id, app_ctx.actor)] == [
        ("甲议题", 25)]


# ---------------------------------------------------------------- 签到


def test_a_leave_reason_still_being_typed_is_saved_by_ctrl_s(held, app_ctx, qtbot):
    from officedesk.ui.meetings.attendance import AttendanceDialog

    dialog = shown(AttendanceDialog(app_ctx, m.get(held.id, app_ctx.actor)), qtbot)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)  # 请假: the reason cell opens
    qtbot.waitUntil(lambda: dialog.table.state() == EDITING)
    qtbot.keyClicks(QApplication.focusWidget(), "chuchai")
    ctrl_s(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    marks = {a.name: (a.attendance, a.leave_reason) for a in m.attendees(held.id, app_ctx.actor)}
    assert marks["王海涛"] == (m.LEAVE, "chuchai") and marks["李建国"][0] == m.PRESENT


# ---------------------------------------------------------------- the 纪要 button


def test_the_minutes_button_waits_for_the_meetings_day(directory_data, app_ctx, qtbot,
                                                       fixed_today):
    from officedesk.core import steps
    from officedesk.ui.meetings import MeetingsTab

    fixed_today(dt.date(2026, 11, 30))
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), app_ctx.actor)
    tab = MeetingsTab(app_ctx)
    qtbot.addWidget(tab)
    tab.list.refresh()
    assert tab.list.select_record(meeting.id)
    tab.update_buttons()
    proc = steps.procedure("meetings")
    refusal = steps.refusal(proc, proc.find("纪要"), meeting, app_ctx.actor)
    assert refusal and "还没有到会议当天" in refusal  # core's word, shown as it says it
    assert not tab.minutes_button.isEnabled()
    assert tab.minutes_button.toolTip() == refusal
    tab.minutes()  # its shortcut (Ctrl+Shift+M) opens nothing either
    assert tab.active_dialog is None
    fixed_today(dt.date(2026, 12, 3))
    tab.update_buttons()
    assert tab.minutes_button.isEnabled() and "还没有到会议当天" not in tab.minutes_button.toolTip()
