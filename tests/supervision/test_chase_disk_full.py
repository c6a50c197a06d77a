"""督查催办 when the database refuses the write (a full disk): the message says what to do, and
the dialog's summary no longer tells the clerk “没有需要新催办的任务” — the tasks were due; their
催办 just was not recorded. Clicked again once there is room, it records them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from officedesk.core import steps
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.store.db_errors import disk_full_error
from tests.supervision.split_office import split_office


@pytest.fixture
def office(db, fixed_today, monkeypatch):
    return split_office(fixed_today, monkeypatch, [])


def test_a_refused_chase_is_not_told_as_nothing_due(office, app_ctx, qtbot, monkeypatch):
    from officedesk.ui.supervision.dialogs import ReminderDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    app_ctx.actor = office["dfk"]
    dialog = ReminderDialog(app_ctx)
    qtbot.addWidget(dialog)
    perform = steps.perform

    def full(*_args, **_kwargs):
        raise disk_full_error("office.db")

    monkeypatch.setattr(steps, "perform", full)
    assert dialog.generate() == []
    assert len(shown) == 1 and "磁盘空间不足" in shown[0]
    summary = dialog.summary.text()
    assert "没有需要新催办的任务" not in summary
    assert "催办没有全部登记" in summary
    assert sv.reminders.reminders_of(office["item"], CLI_ACTOR) == []

    monkeypatch.setattr(steps, "perform", perform)  # room again: 生成催办记录 once more
    assert dialog.generate()
    assert len(sv.reminders.reminders_of(office["item"], CLI_ACTOR)) == 1
