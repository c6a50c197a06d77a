"""The 督查 tab's steps on its selected item and task: 分解交办, 修改/删除任务, 反馈, 任务办结,
延期, 事项办结, 重新打开 and 归档, each through core's step runner. The base of SupervisionTab, which shows the item and
its tasks and says which is selected; the words keep the tab's translation context."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from officedesk.core import responsibility, steps
from officedesk.core import supervision as sv
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.core.supervision import awaited
from officedesk.core.supervision import steps_spec as task_steps_spec
from officedesk.core.supervision import tasks as task_steps
from officedesk.ui.widgets.list_focus import back_to_list, focus_after, from_list
from officedesk.ui.widgets.messages import confirm, info, show_error
from officedesk.ui.widgets.step_form import SpecStepDialog

# a task's step (分解, 反馈, 任务办结, 修改/删除任务), saved or cancelled: the task list has the
# focus after it, the task acted on current (it went to the find box, the button pressed greyed
# out); no task left: the items' list (back_to_tasks)
from_tasks = focus_after(lambda tab: tab.back_to_tasks())


# the task's fields 修改任务 shows as they are (what it may change)
# what it cannot empty (core refuses 清空 of them): marked required in its dialog
_KEPT = tuple(task_steps_spec._KEPT)


class StepActions(QWidget):
    ctx: Any
    spec: Any  # the 督查 RegistrySpec
    tasks_model: Any  # the selected item's tasks (models.TasksModel)
    tasks_table: Any  # its view
    list: Any  # the items' RegistryListView

    # the tab's own: the selection, and what follows a change
    current_item: Callable[[], sv.SupervisionItem | None]
    current_task: Callable[[], sv.SupervisionTask | None]
    select_task: Callable[[int], bool]
    _changed: Callable[..., None]  # (item_id): the item changed, select it again
    allowed: Callable[[Any], set[str]]  # the steps core lets the user do on the item now
    step_actions: dict[str, Callable[[], Any]]  # a declared step's action, by its name

    def open_next_step(self) -> Any:
        """Enter on a 督查事项 (or on one of its tasks): the step it waits for, as Enter on a
        公文 or a 信访 opens its (core: supervision.awaited) — the chosen task's 反馈 (任务办结
        at 100%), else 分解 of one 待交办, 办结 once its tasks are done. An item waiting for its
        open tasks, none chosen: the task list takes the focus on the first, for the next Enter.
        It opened 修改, the item's correction."""
        item = self.current_item()
        if item is None or not self.ctx.actor.can_write:
            return None
        step = awaited.next_step(item, self.current_task(), self.allowed(item))
        if step is not None:
            return self.step_actions[step]()
        first = next((t for t in self.tasks_model.rows if t.status != sv.TASK_DONE), None)
        if first is not None and item.status not in sv.DONE_STATUSES:
            self.select_task(first.id)
            self.tasks_table.setFocus(Qt.FocusReason.OtherFocusReason)
        return None

    def back_to_tasks(self) -> None:
        if self.tasks_model.rows and self.tasks_table.isVisible():
            task = self.current_task()
            if task is not None:
                self.select_task(task.id)
            self.tasks_table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            back_to_list(self.list)

    def to_tasks(self) -> None:
        """Ctrl+T: the task list has the focus, a task current (the first, none chosen)."""
        if not self.tasks_model.rows:
            return
        task = self.current_task() or self.tasks_model.rows[0]
        self.select_task(task.id)
        self.tasks_table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def step_dialog(self, step: str, first: dict[str, Any] | None = None,
                    **shown: Any) -> SpecStepDialog | None:
        """The dialog of a declared step for the current item (not yet shown): submitted
        through core's step runner like `officedesk step supervision …`, which holds the
        approval chain (逐级负责), signs the step and takes 代录 / 代理. `shown`: how the
        dialog shows its inputs (SpecStepDialog's fixed, required, help_text)."""
        item = self.current_item()
        if item is None:
            return None
        dialog = SpecStepDialog(self.ctx.actor, self.spec.name, item, step, self, **shown)
        dialog.prefill(first or {})
        return dialog

    def _run(self, dialog: SpecStepDialog | None) -> SpecStepDialog | None:
        if dialog is not None and dialog.exec() and dialog.result_record is not None:
            self._changed(dialog.record.id)
        extra = dialog.outcome.extra if dialog and dialog.outcome else {}
        self.tell_rest_day(extra.get("deadline_note"))
        if extra.get("item_extended"):  # a task's 延期 past the item's 办结时限 moved it too
            info(self, QCoreApplication.translate("SupervisionTab", "办结时限"), display(extra["item_extended"]))
        if extra.get("progress_note"):  # 反馈's 进度 lower than the last, or 100% with the task open
            info(self, QCoreApplication.translate("SupervisionTab", "进度"), display(extra["progress_note"]))
        return dialog

    def tell_rest_day(self, note: str | None) -> None:
        """Saved as typed; core says the 时限 is a rest day."""
        if note:
            info(self, QCoreApplication.translate("SupervisionTab", "时限是休息日"), display(note))

    @from_tasks
    def add_task(self) -> SpecStepDialog | None:
        """分解: a task for one lead unit, its 时限 the item's unless given."""
        item = self.current_item()
        dialog = self._run(self.step_dialog("分解", {"deadline": item.deadline} if item else {}))
        if dialog is not None and dialog.outcome is not None:
            seq = dialog.outcome.extra.get("task")
            made = next((t for t in self.tasks_model.rows if t.seq == seq), None)
            if made is not None:
                self.select_task(made.id)
        return dialog

    @from_tasks
    def edit_task(self) -> SpecStepDialog | None:
        """修改任务: the declared step, as `officedesk step supervision ID 修改任务 任务序号=N …`,
        its fields showing the selected task as it is. The task is the selected one: its 单位
        and 任务序号 are shown, not changeable (the fields filled from it would be saved onto
        another task). A field the clerk empties is cleared (清空), where a blank one on the
        command line leaves it as it is: the dialog says so, and marks what cannot be emptied."""
        task = self.current_task()
        if task is None or self.current_item() is None:
            return None
        item = self.current_item()
        # the task as it is, as core's declaration of the step gives it (`steps` shows the same)
        shown = steps.procedure(self.spec.name).find("修改任务").current_values(item, {"task": task.seq})
        help_text = QCoreApplication.translate(
            "SupervisionTab",
            "改正所选任务的牵头单位、时限、交办日期等。清空协办单位、责任人或办理要求即清除该项；"
            "带 * 的项不能清空。")
        dialog = self.step_dialog("修改任务", {"unit": task.lead_unit, "task": task.seq},
                                  fixed=("unit", "task"), required=_KEPT, help_text=help_text)
        if dialog is None:
            return None
        typed = dialog.values

        def values() -> dict[str, Any]:
            found = typed()
            emptied = [spec.label for spec in task_steps_spec.EDIT_FIELDS
                       if spec.name in shown and shown[spec.name] not in (None, "")
                       and found.get(spec.name) in (None, "")]
            if emptied:
                given = str(found.get("clear") or "").strip()
                found["clear"] = "、".join(x for x in (given, *emptied) if x)
            return found

        dialog.values = values  # type: ignore[method-assign]
        self._run(dialog)
        self.select_task(task.id)
        return dialog

    @from_tasks
    def delete_task(self) -> bool:
        task = self.current_task()
        item = self.current_item()
        if task is None or item is None:
            return False
        title = QCoreApplication.translate("SupervisionTab", "删除任务")
        shown = [t.id for t in self.tasks_model.rows]
        row = shown.index(task.id) if task.id in shown else 0

        def ask(parent: QWidget, seq: Any = task.seq, unit: Any = task.lead_unit) -> bool:
            text = (
                QCoreApplication.translate(
                    "SupervisionTab",
                    "确定删除第 %1 项任务（%2）吗？其反馈记录一并删除，删除前的内容留在历史记录中。"
                )
                .replace("%1", str(seq))
                .replace("%2", str(unit))
            )
            return confirm(parent, title, text, danger=True, yes=title)

        if responsibility.records_for_someone(self.spec.name, "删除任务", item, self.ctx.actor):
            # 代录: the step's dialog names the holder who decided (经办人), then asks first
            dialog = self.step_dialog("删除任务", {"unit": task.lead_unit, "task": task.seq})
            if dialog is None:
                return False
            dialog.set_value(dialog.entered_for, "")  # not his own name: core asks whose
            dialog.confirm = lambda d: ask(d, dialog.value("task"), dialog.value("unit"))
            self._run(dialog)
            if dialog.outcome is not None:
                self._task_removed(row)
            return dialog.outcome is not None
        if not ask(self):
            return False
        try:  # the declared step, as `officedesk step supervision ID 删除任务 任务序号=N`
            steps.perform(self.spec.name, item.id, "删除任务", {"任务序号": str(task.seq)}, self.ctx.actor)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return False
        self._changed(item.id)
        self._task_removed(row)
        return True

    def _task_removed(self, row: int) -> None:
        """The task in the deleted one's place (else the last) is current and the task list has
        the focus: it stayed on 删除任务, greyed out with nothing chosen, and went on to 延期."""
        rows = self.tasks_model.rows
        if rows:
            self.select_task(rows[min(row, len(rows) - 1)].id)
            self.tasks_table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.list.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _task_step(self, step: str, first: dict[str, Any]) -> SpecStepDialog | None:
        """反馈 / 任务办结 on the selected task, named by its 序号 (a unit may lead two open
        tasks of one item) and its unit, as the step takes them."""
        task = self.current_task()
        if task is None or self.current_item() is None:
            return None
        dialog = self._run(
            self.step_dialog(step, {"unit": task.lead_unit, "task": task.seq, **first}))
        self.select_task(task.id)
        return dialog

    @from_tasks
    def add_report(self) -> SpecStepDialog | None:
        return self._task_step("反馈", {})  # its 进度 as it is: core's declaration gives it

    @from_tasks
    def complete_task(self) -> SpecStepDialog | None:
        return self._task_step("任务办结", {})

    @from_list
    def close_item(self) -> SpecStepDialog | None:
        item = self.current_item()
        if item is None:
            return None
        pending = task_steps.open_tasks(item.id, self.ctx.actor)
        if pending:
            show_error(
                self,
                OfficeDeskError(
                    QCoreApplication.translate(
                        "SupervisionTab",
                        "还有 %1 项任务未办结（%2），事项不能办结。请先办结这些任务。",
                    )
                    .replace("%1", str(len(pending)))
                    .replace("%2", "、".join(t.lead_unit for t in pending))
                ),
            )
            return None
        return self._run(self.step_dialog("办结"))

    @from_list
    def extend(self) -> SpecStepDialog | None:
        """延期 of the item (or, naming its 单位 or 任务序号, of one task): the new 时限 starts at
        the current one, the date it moves from (core's declaration gives it, the task's once
        one is named)."""
        return self._run(self.step_dialog("延期"))

    @from_list
    def reopen(self) -> SpecStepDialog | None:
        """重新打开: undo an 办结 entered by mistake, with the reason."""
        return self._run(self.step_dialog("重新打开"))

    @from_list
    def archive(self) -> SpecStepDialog | None:
        """归档 of an item 办结: its 保管期限, 机构代码 and 页数, as a 收文's or 发文's."""
        return self._run(self.step_dialog("归档"))
