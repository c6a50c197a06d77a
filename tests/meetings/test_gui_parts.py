"""The meeting dialog's conflicts and errors, seating by drag and drop, calendar and figures."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from officedesk.core import audit
from officedesk.core import meetings as m
from officedesk.core.actor import CLI_ACTOR
from tests.meetings.conftest import make_draft, tab_with_selected


def _fill(dialog, title, start, end, place, names):
    dialog.title_edit.setText(title)
    dialog.kind_combo.setCurrentText("专题会议")  # required, no default
    dialog.start_edit.setText(start)
    dialog.end_edit.setText(end)
    dialog.place_edit.setText(place)
    editor = dialog.people["attendees_text"]
    for name in names:
        editor.edit.setText(name)
        editor.add_from_edit()


def test_dialog_blocks_double_booking_and_asks_a_reason(directory_data, app_ctx, qtbot):
    from officedesk.ui.meetings.dialog import MeetingDialog

    m.save_meeting(make_draft(place="第二会议室", attendees=["李建国"]), app_ctx.actor)
    dialog = MeetingDialog(app_ctx)
    qtbot.addWidget(dialog)
    _fill(dialog, "碰头会", "2026-12-03 10:00", "2026-12-03 11:00", "第二会议室", ["马俊"])
    dialog.check_conflicts()
    assert (
        "必须调整" in dialog.conflict_label.text() and "第二会议室" in dialog.conflict_label.text()
    )
    assert not dialog.try_save()
    assert not dialog.errors["place"].isHidden() and dialog.errors["place"].text()
    # another room, but 李建国 is busy: save needs a reason, which lands in the audit trail
    dialog.place_edit.setText("第一会议室")
    dialog.people["attendees_text"].edit.setText("李建国")
    dialog.people["attendees_text"].add_from_edit()
    dialog.check_conflicts()
    assert (
        "可说明原因后保存" in dialog.conflict_label.text()
        and "必须调整" not in dialog.conflict_label.text()
    )
    assert not dialog.try_save()
    assert "原因" in dialog.reason_error.text()
    dialog.reason_edit.setText("书记只参加前半小时")
    assert dialog.try_save()
    saved = dialog.saved_record
    assert any("书记只参加前半小时" in e.after for e in audit.history("meetings", saved.id))


def test_dialog_keeps_input_on_bad_values(directory_data, app_ctx, qtbot):
    from officedesk.ui.meetings.dialog import MeetingDialog

    dialog = MeetingDialog(app_ctx)
    qtbot.addWidget(dialog)
    _fill(dialog, "", "明天上午", "2026-12-03 11:00", "市会展中心", ["李建国", "外宾甲（某大学）"])
    assert "外部场所" in dialog.place_note.text()
    assert not dialog.try_save()
    assert not dialog.errors["title"].isHidden() and not dialog.errors["start"].isHidden()
    assert "不是有效时间" in dialog.errors["start"].text()
    assert (
        dialog.start_edit.text() == "明天上午" and len(dialog.people["attendees_text"].entries) == 2
    )
    dialog.title_edit.setText("调研座谈")
    dialog.start_edit.setText("2026年12月3日9时")
    assert dialog.try_save()
    people = m.attendees(dialog.saved_record.id, CLI_ACTOR)
    assert people[1].name == "外宾甲" and people[1].unit == "某大学" and people[1].person_id is None
    assert dialog.saved_record.room_id is None


def test_seating_drag_swaps_and_is_kept(directory_data, app_ctx, qtbot):
    from officedesk.ui.meetings.seating import SeatingDialog

    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明"]), app_ctx.actor)
    dialog = SeatingDialog(app_ctx, meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [dialog.name_at(0, c) for c in range(3)] == ["陈志明", "李建国", "王海涛"]
    grid = dialog.grid
    grid.setCurrentCell(0, 0)
    target = grid.visualItemRect(grid.item(0, 2)).center()
    mime = QMimeData()
    event = QDropEvent(
        QPointF(target),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    grid.dropEvent(event)
    assert [dialog.name_at(0, c) for c in range(3)] == ["王海涛", "李建国", "陈志明"]
    assert dialog.save()
    layout = m.seating(m.get(meeting.id, CLI_ACTOR))
    names = {p.id: p.name for p in m.attendees(meeting.id, CLI_ACTOR)}
    assert [names[i] for i in layout.podium] == ["王海涛", "李建国", "陈志明"] and layout.manual


def test_calendar_and_stats(directory_data, app_ctx, qtbot, fixed_today):
    from officedesk.ui.meetings.calendar import MeetingCalendar
    from officedesk.ui.meetings.stats import MeetingStats

    fixed_today(dt.date(2026, 12, 1))
    meeting = m.save_meeting(
        make_draft(attendees=["李建国"]), app_ctx.actor
    )  # Thu 3 Dec, 常委会议室
    calendar = MeetingCalendar(app_ctx)
    qtbot.addWidget(calendar)
    rooms = [calendar.table.verticalHeaderItem(r).text() for r in range(calendar.table.rowCount())]
    row = rooms.index("常委会议室")
    assert (
        calendar.ids_at(row, 3) == [meeting.id]
        and "市委常委会" in calendar.table.item(row, 3).text()
    )
    with qtbot.waitSignal(calendar.meeting_chosen) as chosen:
        calendar._chosen(row, 3)
    assert chosen.args == [meeting.id]
    calendar.mode.setCurrentIndex(1)  # month: Dec 2026 starts on a Tuesday
    assert calendar.ids_at(0, 3) == [meeting.id]
    stats = MeetingStats(app_ctx)
    qtbot.addWidget(stats)
    assert stats.figures["by_month"]["12"] == 1 and "2.5" in stats.summary.text()


def test_notice_and_cancelling_in_the_window_are_the_declared_steps(
        directory_data, app_ctx, qtbot, monkeypatch):
    """已发通知 and 取消会议 go through core's step runner, as `officedesk step meetings …`:
    each leaves its step's signature; 取消 asks first, and a refusal keeps the typed reason."""
    from officedesk.core import responsibility
    from officedesk.ui import meetings as tab_module

    meeting = m.save_meeting(make_draft(attendees=["李建国"]), app_ctx.actor)
    tab = tab_with_selected(app_ctx, qtbot, meeting.id)
    asked: list[str] = []
    answers = [True]  # 已发通知 asks first: it cannot be undone
    monkeypatch.setattr(tab_module, "confirm",
                        lambda parent, title, text, danger=False, **_names: asked.append(text)
                        or answers.pop(0))
    tab.notice_sent()
    assert m.get(meeting.id, CLI_ACTOR).status == m.NOTIFIED
    assert responsibility.last_sign("meetings", meeting.id, "发通知") is not None

    asked.clear()
    answers[:] = [False, True]
    dialog = tab.cancel_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.try_submit()  # no reason: refused next to the input
    assert "取消原因" in dialog.errors["reason"].text() and asked == []
    dialog.set_value("reason", "主要领导另有公务")
    assert not dialog.try_submit()  # asked, and not confirmed: nothing sent, the reason kept
    assert asked and dialog.value("reason") == "主要领导另有公务"
    assert m.get(meeting.id, CLI_ACTOR).status == m.NOTIFIED
    assert dialog.try_submit()
    assert m.get(meeting.id, CLI_ACTOR).status == m.CANCELLED
    assert responsibility.last_sign("meetings", meeting.id, "取消").reason == "主要领导另有公务"


def test_the_calendar_remembers_its_view(directory_data, app_ctx, qtbot, fixed_today):
    """周视图 or 月视图 comes back as the clerk left it (DESIGN: last-used views persist)."""
    from officedesk.ui.meetings.calendar import MeetingCalendar

    fixed_today(dt.date(2026, 12, 1))
    first = MeetingCalendar(app_ctx)
    qtbot.addWidget(first)
    first.mode.setCurrentIndex(1)
    again = MeetingCalendar(app_ctx)
    qtbot.addWidget(again)
    assert again.mode.currentIndex() == 1 and again.table.columnCount() == 7
