"""效能投诉 page: the list, 登记 and the steps 核查 → 结论 → 处理, and the two papers."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog, QWidget

from officedesk.core.efficiency import complaints as core
from officedesk.core.errors import OfficeDeskError
from officedesk.ui.widgets.messages import show_error
from officedesk.ui.widgets.record_form import RecordFormDialog
from officedesk.ui.widgets.registry_page import RegistryPage


class ComplaintsPage(RegistryPage):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, core.SPEC, parent)
        self.new_button.setText(self.tr("登记"))
        self.delete_button.setVisible(False)
        self.verify_button = self.add_button(self.tr("交核查"), lambda: self.ask_verify())
        self.conclude_button = self.add_button(self.tr("核查结论"), lambda: self.ask_conclude())
        self.dispose_button = self.add_button(self.tr("处理"), lambda: self.ask_dispose())
        self.notice_button = self.add_button(self.tr("打印核查通知书"), lambda: self.print_form("complaint-verify"))
        self.warning_button = self.add_button(self.tr("打印效能告诫书"), lambda: self.print_form("complaint-warning"))
        self.last_preview: Any = None
        for button in (self.verify_button, self.conclude_button, self.dispose_button):
            button.setVisible(ctx.actor.can_write)
        ctx.registry_changed.connect(lambda name: self.list.refresh() if name == core.SPEC.name else None)
        self.update_buttons()

    def update_buttons(self) -> None:
        super().update_buttons()
        if not hasattr(self, "dispose_button"):
            return
        record = self.list.current_record()
        offered = core.offered_steps(record) if record is not None else ()
        self.verify_button.setEnabled("核查" in offered)
        self.conclude_button.setEnabled("结论" in offered)
        self.dispose_button.setEnabled("处理" in offered)
        self.notice_button.setEnabled(bool(record is not None and record.verifier_unit))
        self.warning_button.setEnabled(bool(record is not None and record.action == "效能告诫"))

    def new_record(self) -> None:
        dialog = RecordFormDialog(
            self.ctx, self.spec, title=self.tr("登记效能投诉"),
            save=lambda values: core.register_complaint(values, self.ctx.actor), parent=self,
        )
        if dialog.exec() and dialog.saved_record is not None:
            self.list.refresh()
            self.list.select_record(dialog.saved_record.id)

    def show_record(self, record_id: int) -> bool:
        self.list.refresh()
        return self.list.select_record(record_id)

    # steps: each `do_` runs the core step; the `ask_` wrappers collect the input
    def _run(self, step: Any, *args: Any, **kwargs: Any) -> Any:
        record = self.list.current_record()
        if record is None:
            return None
        try:
            saved = step(record.id, record.version, self.ctx.actor, *args, **kwargs)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return None
        self.ctx.notify_changed(self.spec.name)
        self.list.refresh()
        self.list.select_record(saved.id)
        self.update_buttons()
        return saved

    def do_verify(self, unit: str) -> Any:
        return self._run(core.send_for_verification, unit)

    def do_conclude(self, finding: str, text: str) -> Any:
        return self._run(core.conclude, finding, text)

    def do_dispose(self, action: str, text: str = "") -> Any:
        return self._run(core.dispose, action, text)

    def ask_verify(self) -> None:
        unit, ok = QInputDialog.getText(self, self.tr("交核查"), self.tr("核查单位："))
        if ok:
            self.do_verify(unit)

    def ask_conclude(self) -> None:
        finding, ok = QInputDialog.getItem(self, self.tr("核查结论"), self.tr("结论："), list(core.FINDINGS), 0, False)
        if not ok:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("核查结论"), self.tr("核查情况："))
        if ok:
            self.do_conclude(finding, text)

    def ask_dispose(self) -> None:
        record = self.list.current_record()
        if record is None:
            return
        if record.finding == "不属实":
            self.do_dispose(core.NO_ACTION)
            return
        action, ok = QInputDialog.getItem(self, self.tr("处理"), self.tr("处理结果："), list(core.ACTIONS), 0, False)
        if not ok:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("处理"), self.tr("处理意见（可不填）："))
        if ok:
            self.do_dispose(action, text)

    def print_form(self, name: str) -> Any:
        from officedesk.printing import forms
        from officedesk.ui.print_preview import show_pdf_preview

        record_id = self.list.current_id()
        if record_id is None:
            return None
        form = forms.get(name)
        try:
            pdf = form.build([record_id], self.ctx.actor)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return None
        self.last_preview = show_pdf_preview(self, pdf, form.label)
        return self.last_preview
