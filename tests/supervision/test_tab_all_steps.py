"""The 督查 tab offers every declared step (延期 and 重新打开 too, not only from the command
line), each button enabled as core answers and, when not, saying core's reason; the 延期 dialog
starts at the item's current 时限, not at today (earlier than it: a misleading default)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from officedesk.core import records, steps
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.supervision import SupervisionTab, step_actions
from officedesk.ui.widgets.step_form import SpecStepDialog


def close_all(item, tasks, day: dt.date) -> None:
    """Every task 办结 and then the item, on `day`."""
    for task in tasks:
        sv.complete_task(task.id, day, "已完成", CLI_ACTOR)
    sv.close_item(item.id, day, "全部办结", sv.get_item(item.id, CLI_ACTOR).version, CLI_ACTOR)


def _tab(app_ctx, qtbot) -> SupervisionTab:
    tab = SupervisionTab(app_ctx)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _button(tab, text: str) -> QPushButton:
    found = [b for b in tab.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, f"{text}: {[b.text() for b in tab.findChildren(QPushButton)]}"
    return found[0]


def _on_dialog(act) -> dict:
    """When the next step dialog opens: `act(dialog)` (fills and submits it), then close it."""
    seen: dict = {}

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SpecStepDialog):
            QTimer.singleShot(10, run)
            return
        seen["dialog"] = dialog
        try:
            seen["saved"] = act(dialog)
        except AssertionError as exc:  # told after the dialog is closed, not left open
            seen["saved"], seen["failed"] = False, str(exc)
        if not seen["saved"]:
            seen["error"] = dialog.general_error.text()
            dialog.reject()

    QTimer.singleShot(0, run)
    return seen


def test_every_declared_step_is_reachable_from_the_tab(app_ctx, qtbot, item_with_tasks):
    tab = _tab(app_ctx, qtbot)
    declared = {s.name for s in steps.procedure(sv.SPEC.name).steps}
    # each through its step dialog, but 删除任务 (its button asks first) and 催办 (the 催办…
    # window chases every item due one: test_tab)
    reachable = set(tab.step_actions) | {"删除任务", "催办"}
    assert declared <= reachable, declared - reachable
    assert set(tab.step_buttons) == declared - {"催办"}
    for step in ("延期", "重新打开"):
        assert _button(tab, step).isVisible()
        assert tab.step_buttons[step] is _button(tab, step)


def test_extend_and_reopen_from_the_buttons(app_ctx, qtbot, item_with_tasks, fixed_today,
                                           monkeypatch):
    item, tasks = item_with_tasks
    told: list[tuple[str, str]] = []  # the window's word on a 时限 that is a rest day
    monkeypatch.setattr(step_actions, "info", lambda parent, title, text: told.append((title, text)))
    tab = _tab(app_ctx, qtbot)
    assert tab.show_record(sv.SPEC.name, item.id)
    extend, reopen = _button(tab, "延期"), _button(tab, "重新打开")
    assert extend.isEnabled()
    proc = steps.procedure(sv.SPEC.name)
    refused = steps.refusal(proc, proc.find("重新打开"), item, CLI_ACTOR)
    assert refused and not reopen.isEnabled() and reopen.toolTip() == refused

    def extend_item(dialog: SpecStepDialog) -> bool:
        # the item's 时限 (2026-04-30), not today (2026-03-02)
        assert dialog.widgets["deadline"].value() == item.deadline, dialog.value("deadline")
        dialog.set_value("deadline", dt.date(2026, 5, 31))
        dialog.set_value("reason", "改造方案调整")
        return dialog.try_submit()

    seen = _on_dialog(extend_item)
    extend.click()
    assert seen.get("saved"), seen
    assert sv.get_item(item.id, CLI_ACTOR).deadline == dt.date(2026, 5, 31)
    assert "2026-05-31" in tab.detail.text()
    # 2026-05-31 is a Sunday: saved as typed, and the clerk is told
    assert len(told) == 1 and "2026-05-31" in told[0][1] and "休息日" in told[0][1]

    # done: 延期 says why not, 重新打开 is offered
    fixed_today(dt.date(2026, 3, 20))
    close_all(item, tasks, dt.date(2026, 3, 20))
    tab.refresh()
    assert tab.show_record(sv.SPEC.name, item.id)
    done = records.get(sv.SPEC, item.id, CLI_ACTOR)
    assert not extend.isEnabled()
    assert extend.toolTip() == steps.refusal(proc, proc.find("延期"), done, CLI_ACTOR)
    assert reopen.isEnabled()

    def reopen_item(dialog: SpecStepDialog) -> bool:
        dialog.set_value("reason", "办结报告录错了事项")
        return dialog.try_submit()

    seen = _on_dialog(reopen_item)
    reopen.click()
    assert seen.get("saved"), seen
    assert sv.get_item(item.id, CLI_ACTOR).status == sv.OPEN
    assert extend.isEnabled() and not reopen.isEnabled()


def test_edit_a_task_through_its_declared_step(app_ctx, qtbot, item_with_tasks):
    """修改任务 is the declared step: its dialog shows the selected task as it is; a changed
    时限 is saved, an emptied 责任人 cleared, what was left alone kept."""
    item, tasks = item_with_tasks
    tab = _tab(app_ctx, qtbot)
    assert tab.show_record(sv.SPEC.name, item.id)
    assert tab.select_task(tasks[0].id)
    button = _button(tab, "修改任务")
    assert button is tab.step_buttons["修改任务"] and button.isEnabled()

    def edit(dialog: SpecStepDialog) -> bool:
        assert dialog.step.name == "修改任务"
        assert dialog.value("task") == str(tasks[0].seq)
        assert dialog.widgets["deadline"].value() == dt.date(2026, 4, 15)
        assert dialog.value("responsible") == "李明"
        dialog.set_value("deadline", dt.date(2026, 4, 20))
        dialog.set_value("responsible", "")
        return dialog.try_submit()

    seen = _on_dialog(edit)
    button.click()
    assert seen.get("saved"), seen
    task = sv.tasks.get_task(tasks[0].id, CLI_ACTOR)
    assert (task.deadline, task.responsible) == (dt.date(2026, 4, 20), "")
    assert (task.lead_unit, task.co_units, task.requirement) == (
        tasks[0].lead_unit, "各区政府", "制定改造方案并组织实施")
    other = sv.tasks.get_task(tasks[1].id, CLI_ACTOR)
    assert other.version == tasks[1].version  # the other task is not touched
