"""The 督查 tab's 修改任务: the task is the one selected in the list — the dialog, filled from
it, cannot be turned onto another task (it once saved task 2's 牵头单位/责任人/时限/办理要求
onto task 3 when the clerk picked 任务序号 3 and blanked 单位); its words say what it does
(an emptied field is cleared; 牵头单位/时限/交办日期 cannot be emptied and are marked so)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.widgets.step_form import SpecStepDialog
from tests.supervision.test_tab_all_steps import _button, _on_dialog, _tab

_FACTS = ("lead_unit", "co_units", "responsible", "deadline", "requirement", "assigned_on",
          "version")


def _facts(task_id: int) -> tuple:
    task = sv.tasks.get_task(task_id, CLI_ACTOR)
    return tuple(getattr(task, name) for name in _FACTS)


def test_the_dialog_stays_on_the_selected_task(app_ctx, qtbot, item_with_tasks):
    item, tasks = item_with_tasks
    before = {t.id: _facts(t.id) for t in tasks}
    tab = _tab(app_ctx, qtbot)
    assert tab.show_record(sv.SPEC.name, item.id)
    assert tab.select_task(tasks[1].id)

    def switch(dialog: SpecStepDialog) -> bool:
        assert dialog.value("task") == str(tasks[1].seq)
        # the clerk moves 任务序号 on to the next task and blanks 单位, as a refusal suggested
        task_box, unit_box = dialog.widgets["task"], dialog.widgets["unit"]
        task_box.setFocus()
        QTest.keyClick(task_box, Qt.Key.Key_Down)
        unit_box.setFocus()
        QTest.keyClick(unit_box, Qt.Key.Key_Home)
        seen["shown"] = (dialog.value("task"), dialog.value("unit"))
        dialog.set_value("requirement", "落实改造资金，按月拨付")
        return dialog.try_submit()

    seen = _on_dialog(switch)
    _button(tab, "修改任务").click()
    assert _facts(tasks[2].id) == before[tasks[2].id]  # the other tasks are not touched
    assert _facts(tasks[0].id) == before[tasks[0].id]
    assert seen["shown"] == (str(tasks[1].seq), tasks[1].lead_unit), seen  # as selected
    assert seen.get("saved"), seen
    changed = sv.tasks.get_task(tasks[1].id, CLI_ACTOR)
    assert changed.requirement == "落实改造资金，按月拨付"
    assert (changed.lead_unit, changed.responsible) == (tasks[1].lead_unit, "赵敏")


def test_its_words_say_what_an_emptied_field_does(app_ctx, qtbot, item_with_tasks):
    item, tasks = item_with_tasks
    tab = _tab(app_ctx, qtbot)
    assert tab.show_record(sv.SPEC.name, item.id)
    assert tab.select_task(tasks[0].id)

    def read(dialog: SpecStepDialog) -> bool:
        help_text = next(label.text() for label in dialog.findChildren(QLabel)
                         if label.accessibleName() == "说明")
        assert "未填写的项不变" not in help_text
        assert "清除" in help_text, help_text
        labels = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)
                  if label.buddy() is not None}
        for key in ("lead_unit", "deadline", "assigned_on"):  # cannot be emptied
            assert labels[dialog.widgets[key]].startswith("* "), labels[dialog.widgets[key]]
        for key in ("co_units", "responsible", "requirement"):  # emptied: cleared
            assert not labels[dialog.widgets[key]].startswith("* ")
        assert "不填" not in dialog.widgets["deadline"].placeholderText()
        return False

    seen = _on_dialog(read)
    _button(tab, "修改任务").click()
    assert "failed" not in seen, seen
