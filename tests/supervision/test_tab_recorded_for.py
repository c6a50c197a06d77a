"""The window's 催办 and 删除任务 by a clerk with the 代录 right (not one of 分解's holders): core
refuses them naming nobody, so the 督查催办 window offers an 经办人 field and passes it as the
step's person, and shows a refusal rather than “nothing to chase”; 删除任务 asks its
confirmation in a dialog with the 经办人 (and still asks before deleting)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from officedesk.core import responsibility
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.supervision import SupervisionTab, step_actions
from officedesk.ui.supervision.dialogs import ReminderDialog
from officedesk.ui.widgets.step_form import SpecStepDialog
from tests.supervision.split_office import split_office


@pytest.fixture
def sv_office(db, fixed_today, monkeypatch):
    return split_office(fixed_today, monkeypatch, [
        ("dy", "郑文", "clerk", "督查室", "科员", "", True),  # may record for others (代录)
    ])


def _as(app_ctx, actor):
    app_ctx.actor = actor
    return app_ctx


def test_the_chase_window_takes_the_person_a_recording_clerk_names(app_ctx, qtbot, sv_office):
    item = sv_office["item"]
    dialog = ReminderDialog(_as(app_ctx, sv_office["dy"]))
    qtbot.addWidget(dialog)
    assert dialog.generate_button.isEnabled()
    assert not dialog.person.isHidden()  # he records for someone: whom
    dialog.person.setText("何斌")
    dialog.generate_button.click()
    assert sv.reminders.reminders_of(item, CLI_ACTOR)
    sign = responsibility.last_sign("supervision", item, "催办")
    assert (sign.mode, sign.person, sign.actor) == ("代录", "何斌", "dy")


def test_the_chase_window_shows_the_refusal_not_nothing_to_chase(app_ctx, qtbot, sv_office):
    item = sv_office["item"]
    dialog = ReminderDialog(_as(app_ctx, sv_office["dy"]))
    qtbot.addWidget(dialog)
    number = sv.get_item(item, CLI_ACTOR).number
    dialog.generate_button.click()  # nobody named
    assert not sv.reminders.reminders_of(item, CLI_ACTOR)
    text = dialog.summary.text()
    assert "没有需要新催办的任务" not in text
    assert number in text and "经办人" in text  # core's reason, with the item it is about


def test_a_holder_chases_without_an_entered_for_field(app_ctx, qtbot, sv_office):
    dialog = ReminderDialog(_as(app_ctx, sv_office["dc"]))
    qtbot.addWidget(dialog)
    assert dialog.person.isHidden()
    dialog.generate_button.click()
    assert sv.reminders.reminders_of(sv_office["item"], CLI_ACTOR)


def _delete_with(app_ctx, qtbot, monkeypatch, actor, item, act):
    shown: list[str] = []  # an error box would wait for a click: said here instead
    monkeypatch.setattr(step_actions, "show_error", lambda parent, exc: shown.append(str(exc)))
    tab = SupervisionTab(_as(app_ctx, actor))
    qtbot.addWidget(tab)
    tab.show_record("supervision", item)
    tab.select_task(sv.tasks_of(item, CLI_ACTOR)[0].id)
    seen: dict = {}

    def run() -> None:
        if "done" in seen:  # no dialog came
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SpecStepDialog):
            QTimer.singleShot(10, run)
            return
        seen["dialog"] = dialog
        if not act(dialog):
            dialog.reject()

    QTimer.singleShot(0, run)
    seen["done"] = tab.delete_task()
    seen["shown"] = shown
    return seen


def test_a_recording_clerk_names_the_person_when_deleting_a_task(app_ctx, qtbot, sv_office,
                                                                 monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(step_actions, "confirm",
                        lambda parent, title, text, **k: asked.append(text) or True)
    item = sv_office["item"]

    def fill(dialog: SpecStepDialog) -> bool:
        assert dialog.step.name == "删除任务"
        dialog.set_value(dialog.entered_for, "何斌")
        return dialog.try_submit()

    seen = _delete_with(app_ctx, qtbot, monkeypatch, sv_office["dy"], item, fill)
    assert seen["shown"] == [] and "dialog" in seen
    assert seen["done"] and len(asked) == 1 and "综合处" in asked[0]
    assert sv.tasks_of(item, CLI_ACTOR) == []
    sign = responsibility.last_sign("supervision", item, "删除任务")
    assert (sign.mode, sign.person, sign.actor) == ("代录", "何斌", "dy")


def test_deleting_still_asks_first(app_ctx, qtbot, sv_office, monkeypatch):
    monkeypatch.setattr(step_actions, "confirm", lambda *a, **k: False)  # 否
    item = sv_office["item"]

    def fill(dialog: SpecStepDialog) -> bool:
        dialog.set_value(dialog.entered_for, "何斌")
        return dialog.try_submit()

    seen = _delete_with(app_ctx, qtbot, monkeypatch, sv_office["dy"], item, fill)
    assert not seen.get("done")
    assert len(sv.tasks_of(item, CLI_ACTOR)) == 1
