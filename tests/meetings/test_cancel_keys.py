"""取消会议 by keyboard: the question says which answer cancels the meeting — 取消会议 / 不取消
(it was 确定 / 取消, in English “Cancel this meeting? OK / Cancel”, where Cancel kept the
meeting); Enter on the question keeps the meeting, and only 取消会议 cancels it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from officedesk.core import meetings as m
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.widgets.mnemonics import plain
from tests.meetings.conftest import make_draft, tab_with_selected
from tests.ui.conftest import language  # noqa: F401, F811 (the fixture)

asked: list[str] = []  # the questions' words, in turn


def _answer(qtbot, seen: list, press) -> None:
    """When the question shows: note its buttons (default first) and its words, then `press(box)`."""

    def act(tries: int = 50) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            buttons = sorted(box.buttons(), key=lambda b: not b.isDefault())
            seen.append([plain(b.text()) for b in buttons])  # the words, less the Alt letter
            asked.append(box.text())
            press(box)
        elif tries:
            QTimer.singleShot(10, lambda: act(tries - 1))

    QTimer.singleShot(0, act)


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_question_names_the_answers_and_enter_keeps_the_meeting(
        directory_data, app_ctx, qtbot, language):  # noqa: F811
    meeting = m.save_meeting(make_draft(attendees=["李建国"]), app_ctx.actor)
    tab = tab_with_selected(app_ctx, qtbot, meeting.id)
    dialog = tab.cancel_dialog()
    qtbot.addWidget(dialog)
    dialog.set_value("reason", "主要领导另有公务")
    seen: list = []
    _answer(qtbot, seen, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    assert not dialog.try_submit()
    keep, cancel = ("不取消", "取消会议") if language == "zh_CN" else ("Keep meeting", "Cancel meeting")
    assert seen == [[keep, cancel]]
    assert meeting.title in asked[-1]  # the question names the meeting it cancels
    assert m.get(meeting.id, CLI_ACTOR).status == m.PREPARING

    _answer(qtbot, seen, lambda box: next(b for b in box.buttons() if plain(b.text()) == cancel).click())
    assert dialog.try_submit()
    assert m.get(meeting.id, CLI_ACTOR).status == m.CANCELLED
