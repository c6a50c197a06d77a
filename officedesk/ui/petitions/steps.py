"""The dialogs of the 信访 steps, built from the steps' declarations
(officedesk/core/petitions/steps_spec.py) by the one generic step dialog: the same declarations,
checks and core functions as `officedesk step petitions …`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from officedesk.ui.widgets.step_form import SpecStepDialog

STEPS = ("处理", "告知", "办理", "延期", "答复", "答复送达", "复查申请", "复核申请", "复查复核答复", "办结",
         "取消重复件")


def step_dialog(step: str) -> Callable[[QWidget, Any, Any], SpecStepDialog]:
    def make(parent: QWidget, actor: Any, record: Any) -> SpecStepDialog:
        dialog = SpecStepDialog(actor, "petitions", record, step, parent)
        if step == "处理" and getattr(record, "region", ""):
            dialog.set_value("target_unit", record.region)  # the place it concerns, a likely unit
        return dialog

    return make


STEP_DIALOGS: dict[str, Callable[[QWidget, Any, Any], SpecStepDialog]] = {
    step: step_dialog(step) for step in STEPS
}
