"""效能投诉 page: the list, 登记 and the steps 核查 → 结论 → 处理, and the two papers. The steps'
dialogs are built from their declarations (officedesk/core/efficiency/steps_spec.py) by the one
generic step dialog: the same checks and core functions as `officedesk step complaints …`."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from officedesk.core.efficiency import complaints as core
from officedesk.core.efficiency import recusal
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.core.step_offered import next_step
from officedesk.ui.widgets.list_focus import from_list
from officedesk.ui.widgets.messages import info, show_error
from officedesk.ui.widgets.record_form import RecordFormDialog
from officedesk.ui.widgets.registry_page import RegistryPage
from officedesk.ui.widgets.step_buttons import allowed_steps, offer_step, offering
from officedesk.ui.widgets.step_form import SpecStepDialog


class ComplaintsPage(RegistryPage):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, core.SPEC, parent)
        self.new_button.setText(self.tr("登记"))
        self.delete_button.setVisible(False)
        self.verify_button = self.add_button(self.tr("交核查"), lambda: self.run_step("核查"))
        self.conclude_button = self.add_button(self.tr("核查结论"), lambda: self.run_step("结论"))
        self.dispose_button = self.add_button(self.tr("处理"), lambda: self.run_step("处理"))
        self.reply_button = self.add_button(self.tr("答复投诉人"), lambda: self.run_step("答复"))
        self.notice_button = self.add_button(self.tr("打印核查通知书"), lambda: self.print_form("complaint-verify"))
        self.warning_button = self.add_button(self.tr("打印效能告诫书"), lambda: self.print_form("complaint-warning"))
        self.step_buttons = {"核查": self.verify_button, "结论": self.conclude_button,
                             "处理": self.dispose_button, "答复": self.reply_button}
        self.last_preview: Any = None
        for button in self.step_buttons.values():
            button.setVisible(ctx.actor.can_write)
        ctx.registry_changed.connect(lambda name: self.list.refresh() if name == core.SPEC.name else None)
        self.update_buttons()

    def update_buttons(self) -> None:
        super().update_buttons()
        if not hasattr(self, "step_buttons"):
            return
        record = self.list.current_record()
        with offering():
            allowed = self._allowed(record)
            for name, button in self.step_buttons.items():
                # greyed out with core's reason (the state, a recusal), as the 信访 tab's steps
                offer_step(button, self.spec.name, name, record, self.ctx.actor, allowed)
        self.notice_button.setEnabled(bool(record is not None and record.verifier_unit))
        self.warning_button.setEnabled(bool(record is not None and record.action == "效能告诫"))

    def _allowed(self, record: Any) -> set[str]:
        """The steps core would let this user do now (state and role, from the declarations)."""
        return allowed_steps(self.spec.name, record, self.ctx.actor)

    @from_list
    def new_record(self) -> None:
        dialog = RecordFormDialog(
            self.ctx, self.spec, title=self.tr("登记效能投诉"),
            save=lambda values: core.register_complaint(values, self.ctx.actor), parent=self,
        )
        if dialog.exec() and dialog.saved_record is not None:
            self.list.refresh()
            if not self.list.select_record(dialog.saved_record.id):
                # 保护投诉人: one against him (or his unit) is not listed for him; core says why
                note = recusal.registered_note(self.ctx.actor, dialog.saved_record)
                if note:
                    info(self, self.tr("已登记"), display(note))

    def show_record(self, record_id: int) -> bool:
        self.list.refresh()
        return self.list.select_record(record_id)

    def open_current(self) -> None:
        """Enter on a complaint: the step it waits for as core says it (核查 of one 待核查, 结论,
        处理), as Enter on a 信访 opens its; a closed one (or one whose step is not this
        clerk's) opens its form, to read or correct."""
        record = self.list.current_record()
        if record is not None and self.ctx.actor.can_write:
            allowed = self._allowed(record)
            step = next_step(self.spec.name, record, [n for n in self.step_buttons if n in allowed])
            if step is not None:
                self.run_step(step)
                return
        self.edit_current()

    # steps: the generic dialog of the step's declaration, submitted through core.steps.perform
    def step_dialog(self, step: str) -> SpecStepDialog | None:
        record = self.list.current_record()
        if record is None:
            return None
        return SpecStepDialog(self.ctx.actor, self.spec.name, record, step, self)

    @from_list
    def run_step(self, step: str) -> Any:
        dialog = self.step_dialog(step)
        if dialog is None:
            return None
        if dialog.exec() and dialog.result_record is not None:
            self.after_step(dialog)
        return dialog.result_record

    def after_step(self, dialog: SpecStepDialog) -> None:
        self.ctx.notify_changed(self.spec.name)
        self.list.refresh()
        self.list.select_record(dialog.result_record.id)
        self.update_buttons()

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
