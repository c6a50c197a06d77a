"""会议纪要 is a form like the others: Esc or 关闭 asks before typed minutes are lost, and the
纪要日期 and an 议定事项's 时限 are checked as they are typed (core's date rule), the message
at the field and nothing typed lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from officedesk.core import meetings as m
from tests.meetings.conftest import make_draft
from tests.ui.forms import answer_discard, shown


def _minutes(app_ctx, qtbot):
    from officedesk.ui.meetings.minutes import MinutesDialog

    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), app_ctx.actor)
    return shown(MinutesDialog(app_ctx, meeting), qtbot)


def test_esc_and_close_ask_before_typed_minutes_are_lost(directory_data, app_ctx, qtbot):
    dialog = _minutes(app_ctx, qtbot)
    dialog.text_edit.setFocus()
    dialog.text_edit.insertPlainText("会议研究了有关事项。")  # as typed (keyClicks: ASCII only)
    seen: list[str] = []
    answer_discard(QMessageBox.StandardButton.Cancel, seen)  # 继续填写
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert dialog.isVisible() and dialog.text_edit.toPlainText() == "会议研究了有关事项。"

    answer_discard(QMessageBox.StandardButton.Cancel, seen)
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert dialog.isVisible()

    answer_discard(QMessageBox.StandardButton.Discard, seen)  # 放弃内容并关闭
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert seen[0] == "放弃填写的内容？"


def test_a_decision_typed_into_the_table_also_asks(directory_data, app_ctx, qtbot):
    dialog = _minutes(app_ctx, qtbot)
    dialog.decision_edit.setText("甲事项")
    dialog.add_decision()
    seen: list[str] = []
    answer_discard(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(dialog.decision_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert dialog.isVisible() and dialog.table.rowCount() == 1


def test_nothing_typed_closes_without_asking(directory_data, app_ctx, qtbot):
    dialog = _minutes(app_ctx, qtbot)
    seen: list[str] = []
    answer_discard(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.wait(250)
    assert seen == []


def test_a_bad_minutes_date_is_reported_at_the_field_when_left(directory_data, app_ctx, qtbot):
    dialog = _minutes(app_ctx, qtbot)
    dialog.date_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.date_edit)
    qtbot.keyClicks(dialog.date_edit, "2026-02-30")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)  # leaves the field
    assert not dialog.date_error.isHidden()
    assert "不是有效日期" in dialog.date_error.text() and "2026-02-30" in dialog.date_error.text()
    assert dialog.date_edit.text() == "2026-02-30"  # kept to be corrected
    dialog.date_edit.setText("2026-02-28")  # corrected: the message goes
    assert dialog.date_error.isHidden()


def test_a_bad_deadline_does_not_go_into_the_table(directory_data, app_ctx, qtbot):
    dialog = _minutes(app_ctx, qtbot)
    dialog.decision_edit.setText("抓好安全生产")
    dialog.lead_edit.setText("市应急管理局")
    dialog.deadline_edit.setText("2026/13/01")
    dialog.deadline_edit.setFocus()
    qtbot.keyClick(dialog.deadline_edit, Qt.Key.Key_Return)  # Enter adds a decision
    assert dialog.table.rowCount() == 0
    assert not dialog.decision_error.isHidden()
    assert "不是有效日期" in dialog.decision_error.text()
    # nothing typed lost; the 时限 is where the clerk corrects it
    assert (dialog.decision_edit.text(), dialog.lead_edit.text(), dialog.deadline_edit.text()) == (
        "抓好安全生产", "市应急管理局", "2026/13/01")
    assert QApplication.focusWidget() is dialog.deadline_edit
    dialog.deadline_edit.setText("2026/12/01")
    assert dialog.decision_error.isHidden()
    qtbot.keyClick(dialog.deadline_edit, Qt.Key.Key_Return)
    assert dialog.table.rowCount() == 1


def test_a_bad_deadline_typed_in_the_table_is_reported(directory_data, app_ctx, qtbot):
    from officedesk.ui.meetings.minutes import DEADLINE

    dialog = _minutes(app_ctx, qtbot)
    dialog.decision_edit.setText("甲事项")
    dialog.add_decision()
    dialog.table.item(0, DEADLINE).setText("2026-02-30")  # as a cell editor commits it
    assert not dialog.decision_error.isHidden()
    assert "不是有效日期" in dialog.decision_error.text()
    assert dialog.table.item(0, DEADLINE).text() == "2026-02-30"
    dialog.table.item(0, DEADLINE).setText("2026-03-01")
    assert dialog.decision_error.isHidden()


def test_a_transferred_decision_is_read_only_in_the_table(directory_data, app_ctx, qtbot,
                                                          fixed_today):
    """内容, 牵头单位 and 时限 of a decision sent to 督查 cannot be typed over (core refuses it)."""
    import datetime as dt

    from officedesk.ui.meetings.minutes import DEADLINE, LEAD, MinutesDialog

    fixed_today(dt.date(2026, 12, 4))
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), app_ctx.actor)
    m.save_minutes(meeting.id, "纪要", [m.DecisionEntry("甲事项", "市财政局", "2026-12-31"),
                                       m.DecisionEntry("乙事项")], app_ctx.actor)
    m.send_to_supervision(m.decisions(meeting.id, app_ctx.actor)[0].id, app_ctx.actor)
    dialog = shown(MinutesDialog(app_ctx, m.get(meeting.id, app_ctx.actor)), qtbot)
    editable = Qt.ItemFlag.ItemIsEditable
    assert not any(dialog.table.item(0, column).flags() & editable for column in (LEAD, DEADLINE))
    assert all(dialog.table.item(1, column).flags() & editable for column in (LEAD, DEADLINE))


def test_the_table_names_no_item_above_the_clearance(directory_data, app_ctx, qtbot, fixed_today,
                                                     tmp_path):
    """已转督查（督〔2026〕N号） only to who may see the item; its 密级 raised since, only 已转督查."""
    import datetime as dt

    from PySide6.QtCore import QSettings

    from officedesk.core.actor import Actor
    from officedesk.store.supervision import SupervisionItem
    from officedesk.ui.context import AppContext
    from officedesk.ui.meetings.minutes import LINK, MinutesDialog

    fixed_today(dt.date(2026, 12, 4))
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), app_ctx.actor)
    m.save_minutes(meeting.id, "纪要", [m.DecisionEntry("甲事项", "市财政局", "2026-12-31")],
                   app_ctx.actor)
    item = m.send_to_supervision(m.decisions(meeting.id, app_ctx.actor)[0].id, app_ctx.actor)
    shown_all = shown(MinutesDialog(app_ctx, m.get(meeting.id, app_ctx.actor)), qtbot)
    assert shown_all.table.item(0, LINK).text() == f"已转督查（{item.number}）"
    SupervisionItem.update(secrecy="机密").where(SupervisionItem.id == item.id).execute()
    clerk = AppContext(Actor(username="clerk", role="clerk", clearance=1, display_name="科员"),
                       app_ctx.database_label,
                       QSettings(str(tmp_path / "clerk.ini"), QSettings.Format.IniFormat))
    dialog = shown(MinutesDialog(clerk, m.get(meeting.id, clerk.actor)), qtbot)
    assert dialog.table.item(0, LINK).text() == "已转督查"
