"""A registry's list with 新建 / 修改 / 删除 / 历史 buttons: enough for simple registries and a
base for the tabs that add procedure steps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from officedesk.core import records
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.core.registry import RegistrySpec
from officedesk.ui.i18n import join_words
from officedesk.ui.widgets.dialog_buttons import Button
from officedesk.ui.widgets.fold_bar import FoldingBar
from officedesk.ui.widgets.history import HistoryDialog
from officedesk.ui.widgets.list_focus import from_list
from officedesk.ui.widgets.messages import confirm, show_error
from officedesk.ui.widgets.record_form import RecordFormDialog, form_title
from officedesk.ui.widgets.records_table import Column, RegistryListView
from officedesk.ui.widgets.step_form import record_line
from officedesk.ui.widgets.tab_order import list_first


class RegistryPage(QWidget):
    def __init__(
        self,
        ctx: Any,
        spec: RegistrySpec,
        parent: QWidget | None = None,
        extra_columns: Sequence[Column] = (),
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec = spec
        self.list = RegistryListView(ctx, spec, extra_columns, self)
        self.buttons = FoldingBar(self)
        self.new_button = self.add_button(self.tr("新建"), self.new_record)
        self.edit_button = self.add_button(self.tr("修改"), self.edit_current)
        self.delete_button = self.add_button(self.tr("删除"), self.delete_selected)
        self.history_button = self.add_button(self.tr("历史"), self.show_history)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.buttons)
        layout.addWidget(self.list, 1)
        # core's word on who changes this registry (a 科员 keeps no 职级: spec.admin_only)
        writable = spec.writable_by(ctx.actor)
        if writable:
            self._offer_first_steps()
        self.list.activated.connect(lambda _id: self.open_current())
        self.list.selection_changed.connect(self.update_buttons)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(writable)
        list_first(self, self.list, self.buttons)  # find, filters, list, then the buttons
        self.update_buttons()

    def _offer_first_steps(self) -> None:
        """An empty directory page says what to do first, with buttons that do it."""
        from officedesk.ui import actions

        def window() -> Any:
            return self.ctx.main_window

        new = (form_title(self.spec, editing=False), self.new_record)
        if self.spec.name in ("units", "people"):
            self.list.set_empty_actions(
                self.tr("通讯录还是空的。先下载导入模板，填好单位和人员后导入；也可以逐个新建。"),
                [
                    (self.tr("下载导入模板…"), lambda: actions.save_template(window())),
                    (self.tr("导入 Excel…"), lambda: actions.import_xlsx(window())),
                    new,
                ],
            )
        elif self.spec.name == "rooms":
            self.list.set_empty_actions(
                self.tr("还没有会议室。添加会议室后，新建会议时才能检查会议室冲突。"), [new]
            )
        else:
            self.list.set_empty_actions(
                self.tr("还没有%1。").replace("%1", display(self.spec.label)), [new]
            )

    def add_button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(join_words(text, display(self.spec.label)))
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def update_buttons(self) -> None:
        has = self.list.current_id() is not None
        for button in (self.edit_button, self.delete_button, self.history_button):
            button.setEnabled(has)

    @from_list
    def new_record(self) -> None:
        if not self.spec.writable_by(self.ctx.actor):
            return  # Ctrl+N (文件 → 新建) offers no form core would refuse: the page offers none
        dialog = RecordFormDialog(self.ctx, self.spec, parent=self)
        if dialog.exec() and dialog.saved_record is not None:
            self.list.refresh()
            self.list.select_record(dialog.saved_record.id)

    def open_current(self) -> None:
        """Enter on a record (or a double-click): its form; a page with steps opens the next."""
        self.edit_current()

    @from_list
    def edit_current(self) -> None:
        record = self.list.current_record()
        if record is None:
            return
        dialog = RecordFormDialog(self.ctx, self.spec, record=record, parent=self)
        if not self.spec.writable_by(self.ctx.actor):  # shown to read: 取消 (Esc) closes it
            dialog.buttons.button(Button.Save).setEnabled(False)
        dialog.exec()

    def delete_selected(self) -> None:
        ids = self.list.selected_ids()
        if not ids:
            return
        row = self.list.chosen_row()
        fetched = records.fetch_shown(self.spec, ids, self.ctx.actor)
        if not fetched:  # none of them is this user's to see now (raised since): nothing to ask
            return
        for record in fetched.values():  # core's refusal (a 通讯录 entry in use), not a question it refuses
            refused = records.delete_refusal(self.spec, record, self.ctx.actor)
            if refused is not None:
                show_error(self, refused)
                return
        names = "、".join(str(getattr(r, self.spec.title_field)) for r in fetched.values())
        if not confirm(
            self,
            self.tr("删除确认"),
            self.tr("确定删除以下%1条记录吗？删除后可在历史记录中查到原内容。\n").replace(
                "%1", str(len(fetched))
            )
            + names,
            danger=True,
            yes=self.tr("删除"),  # the act named, not 确定
        ):
            return
        try:
            for record in fetched.values():
                records.delete(self.spec, record.id, record.version, self.ctx.actor)
        except OfficeDeskError as exc:
            show_error(self, exc)
        self.ctx.notify_changed(self.spec.name)
        self.list.removed(row)  # the next record current, the list keeps the focus

    @from_list
    def show_history(self) -> None:
        record = self.list.current_record()  # as shown to this user (core masks it)
        if record is not None:
            # the title names the record, as every tab's 历史 does (its number and title)
            HistoryDialog(self.spec.name, record.id, record_line(self.spec, record), self,
                          actor=self.ctx.actor).exec()
