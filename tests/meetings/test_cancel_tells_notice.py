"""取消会议 after its notice went out tells the clerk what to do next (defect: the meeting was
cancelled in silence — those who hold the notice would come unless told, and nothing said that
its 会议通知 now prints as the 取消通知 to send them). The step's outcome says it (the command
line prints it), the window shows it once the cancel is done; a meeting never notified has no
one to tell and says nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.actor import CLI_ACTOR
from tests.meetings.conftest import make_draft, tab_with_selected


def _meeting(actor, notified: bool):
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛"],
                                     start="2026-12-24 09:00", end="2026-12-24 11:30"), actor)
    if notified:
        steps.perform("meetings", made.id, "发通知", {}, actor)
    return made


def test_the_step_says_to_send_the_cancellation_notice(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 30))
    made = _meeting(admin, notified=True)
    outcome = steps.perform("meetings", made.id, "取消", {"取消原因": "领导另有安排"}, admin)
    said = outcome.extra.get("cancellation_due", "")
    assert "取消通知" in said and "会议通知" in said
    quiet = _meeting(admin, notified=False)
    outcome = steps.perform("meetings", quiet.id, "取消", {"取消原因": "领导另有安排"}, admin)
    assert "cancellation_due" not in outcome.extra


def test_the_window_tells_it_after_cancelling(directory_data, app_ctx, qtbot, fixed_today,
                                             monkeypatch):
    fixed_today(dt.date(2026, 11, 30))
    import officedesk.ui.meetings as tab_module
    from officedesk.ui.widgets.mnemonics import plain

    shown: list[str] = []
    monkeypatch.setattr(tab_module, "info", lambda parent, title, text: shown.append(text),
                        raising=False)
    made = _meeting(app_ctx.actor, notified=True)
    tab = tab_with_selected(app_ctx, qtbot, made.id)
    tab.cancel_meeting()
    dialog = tab.active_dialog
    dialog.set_value("reason", "领导另有安排")

    def press_cancel(tries: int = 50) -> None:  # the question: 取消会议
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            next(b for b in box.buttons() if plain(b.text()) == "取消会议").click()
        elif tries:
            QTimer.singleShot(10, lambda: press_cancel(tries - 1))

    QTimer.singleShot(0, press_cancel)
    assert dialog.try_submit()
    qtbot.waitUntil(lambda: tab.active_dialog is None)
    assert m.get(made.id, CLI_ACTOR).status == m.CANCELLED
    assert len(shown) == 1 and "取消通知" in shown[0]
