"""The meeting window asks before what cannot be taken back or loses work: the 座次 dialog
closed with moved seats unsaved (the 放弃填写的内容？ question of 签到 and 纪要), 恢复按规则排列
over a saved hand-made seating, and 已发通知 (the notice is frozen). A cancelled meeting's
notice previews and saves as the 取消通知, a moved one's as the 更正通知."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from officedesk.core import meetings as m
from tests.meetings.conftest import make_draft
from tests.ui.forms import answer_discard, shown

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
Discard, Cancel = QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel


def answer(button, seen: list) -> None:
    """Answer the next message box with `button`, noting (title, text, its default button)."""

    def act(tries: int = 40) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text(), box.standardButton(box.defaultButton())))
            box.button(button).click()
        elif tries:
            QTimer.singleShot(10, lambda: act(tries - 1))

    QTimer.singleShot(0, act)


@pytest.fixture
def meeting(directory_data, admin, on_day):
    return m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明"]), admin)


def _seating(app_ctx, meeting, qtbot):
    from officedesk.ui.meetings.seating import SeatingDialog

    return shown(SeatingDialog(app_ctx, meeting), qtbot)


def _moved(dialog, qtbot):
    names = [dialog.name_at(0, c) for c in range(dialog.grid.columnCount())]
    first = next(c for c, name in enumerate(names) if name)
    dialog.grid.setCurrentCell(0, first)
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert [dialog.name_at(0, c) for c in range(len(names))] != names
    return names


@pytest.mark.parametrize("how", ["esc", "close"])
def test_seats_moved_and_not_saved_are_not_thrown_away_unasked(meeting, app_ctx, qtbot, how):
    dialog = _seating(app_ctx, meeting, qtbot)

    def leave():
        if how == "esc":
            qtbot.keyClick(dialog.grid, Qt.Key.Key_Escape)
        else:
            dialog.close_button.click()

    _moved(dialog, qtbot)
    seen: list[str] = []
    answer_discard(Cancel, seen)
    leave()
    assert seen == ["放弃填写的内容？"] and dialog.isVisible()
    answer_discard(Discard, seen)
    leave()
    assert len(seen) == 2
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not m.seating(m.get(meeting.id, app_ctx.actor)).manual


def test_seats_saved_or_untouched_close_without_a_question(meeting, app_ctx, qtbot):
    dialog = _seating(app_ctx, meeting, qtbot)
    seen: list[str] = []
    answer_discard(Discard, seen)
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Escape)
    assert not seen and not dialog.isVisible()
    dialog = _seating(app_ctx, meeting, qtbot)
    _moved(dialog, qtbot)
    assert dialog.save()
    answer_discard(Discard, seen)
    dialog.close_button.click()
    assert not seen and not dialog.isVisible()


def test_reset_asks_before_it_overwrites_a_saved_seating(meeting, app_ctx, qtbot):
    dialog = _seating(app_ctx, meeting, qtbot)
    _moved(dialog, qtbot)
    moved = [dialog.name_at(0, c) for c in range(dialog.grid.columnCount())]
    assert dialog.save()
    seen: list = []
    answer(No, seen)
    dialog.reset_button.click()
    assert len(seen) == 1 and seen[0][2] == No  # 取消 the default
    assert "恢复按规则排列" in seen[0][0]
    assert m.seating(m.get(meeting.id, app_ctx.actor)).manual
    assert [dialog.name_at(0, c) for c in range(dialog.grid.columnCount())] == moved
    answer(Yes, seen)
    dialog.reset_button.click()
    assert len(seen) == 2
    assert not m.seating(m.get(meeting.id, app_ctx.actor)).manual
    # back to the rule, saved: closing asks nothing
    answer_discard(Discard, seen)
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Escape)
    assert len(seen) == 2 and not dialog.isVisible()


def _tab(app_ctx, qtbot, meeting):
    from officedesk.ui.meetings import MeetingsTab

    tab = MeetingsTab(app_ctx)
    qtbot.addWidget(tab)
    tab.list.refresh()
    assert tab.list.select_record(meeting.id)
    tab.update_buttons()
    return tab


def test_notice_sent_asks_first_it_cannot_be_taken_back(meeting, app_ctx, qtbot):
    tab = _tab(app_ctx, qtbot, meeting)
    seen: list = []
    answer(No, seen)
    tab.notice_sent_button.click()
    assert len(seen) == 1 and seen[0][2] == No
    assert m.get(meeting.id, app_ctx.actor).status == m.PREPARING
    answer(Yes, seen)
    tab.notice_sent_button.click()
    assert len(seen) == 2
    assert m.get(meeting.id, app_ctx.actor).status == m.NOTIFIED


def _preview_title(tab, qtbot):
    preview = tab.print_form("notice")
    qtbot.addWidget(preview)
    return preview.windowTitle(), preview.file_name


def test_the_notices_preview_and_file_say_which_notice_it_is(meeting, app_ctx, qtbot):
    admin = app_ctx.actor
    tab = _tab(app_ctx, qtbot, meeting)
    title, file_name = _preview_title(tab, qtbot)
    assert "会议通知" in title and file_name.startswith("会议通知-")
    m.mark_notice_sent(meeting.id, admin)
    draft = m.draft_of(m.get(meeting.id, admin), admin)
    draft.values["start"], draft.values["end"] = "2026-12-03 15:00", "2026-12-03 17:00"
    m.save_meeting(draft, admin, meeting.id)
    title, file_name = _preview_title(tab, qtbot)
    assert "更正通知" in title and file_name.startswith("更正通知-"), (title, file_name)
    m.cancel(meeting.id, "领导另有安排", admin)
    tab.list.refresh()
    tab.update_buttons()
    title, file_name = _preview_title(tab, qtbot)
    assert "取消通知" in title and file_name.startswith("取消通知-"), (title, file_name)

