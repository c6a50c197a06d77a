"""The step dialog's button names the act it does (取消会议, 办结, 退回 — never 确定), as the step's
declaration gives it; where 取消 would read as the act itself (取消会议, 取消重复件), the button that
leaves the dialog says what is kept (不取消)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from officedesk.core import meetings as m
from officedesk.core import registry, steps
from officedesk.ui.widgets.dialog_buttons import Button
from officedesk.ui.widgets.mnemonics import plain
from tests.meetings.conftest import make_draft, tab_with_selected
from tests.ui.conftest import english, language  # noqa: F401, F811 (the fixtures)


def _buttons(dialog) -> tuple[str, str]:
    box = dialog.findChild(QDialogButtonBox)
    return plain(box.button(Button.Ok).text()), plain(box.button(Button.Cancel).text())


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_cancel_dialog_reads_cancel_meeting_and_keep_meeting(
        directory_data, app_ctx, qtbot, language):  # noqa: F811
    meeting = m.save_meeting(make_draft(attendees=["李建国"]), app_ctx.actor)
    tab = tab_with_selected(app_ctx, qtbot, meeting.id)
    dialog = tab.cancel_dialog()
    qtbot.addWidget(dialog)
    dialog.show()  # the letters (Alt+…) are given at the first show
    expected = ("取消会议", "不取消") if language == "zh_CN" else ("Cancel meeting", "Keep meeting")
    assert _buttons(dialog) == expected
    assert dialog.ok_button.accessibleName() == expected[0]


def _declared() -> list[steps.StepSpec]:
    found = []
    for spec in registry.all_registries():
        try:
            found += steps.procedure(spec.name).steps
        except Exception:  # noqa: BLE001 - a registry without a procedure
            continue
    return found


def test_every_declared_step_names_its_act_and_keeps_apart_from_leaving():
    declared = _declared()
    assert len(declared) > 60
    for step in declared:
        assert step.button_text and step.button_text != "确定", step.name
        leave = step.keep or "取消"
        assert not step.button_text.startswith(leave), (step.registry, step.name)
    by_name = {(s.registry, s.name): s for s in declared}
    assert by_name["meetings", "取消"].button_text == "取消会议"
    assert by_name["petitions", "办结"].button_text == "办结"
    assert by_name["incoming", "退回"].button_text == "退回"
    assert by_name["complaints", "结论"].button_text == "登记结论"  # a noun names no act


# words a clerk reads as leaving the dialog, not as doing the step (办结's “Close” beside “Cancel”)
LEAVING = {"close", "ok", "done", "finish", "cancel", "return", "back", "exit", "quit", "dismiss",
           "end", "complete"}


def test_no_step_button_reads_in_english_as_leaving_the_dialog(english):  # noqa: F811
    from officedesk.core.i18n import display

    # a word alone; with its object it says the act (Cancel meeting, Return for revision)
    leaving = sorted({(s.button_text, display(s.button_text)) for s in _declared()
                      if display(s.button_text).lower() in LEAVING})
    assert leaving == []
    shown = {s.button_text: display(s.button_text) for s in _declared()}
    assert (shown["办结"], shown["任务办结"], shown["退回"]) == ("Conclude", "Conclude task", "Send back")
