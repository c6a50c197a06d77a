"""A refusal core writes for both the window and the command line carries the command line's
words apart, “（命令行：…）” (““经办人”一栏（命令行：--person 姓名）”): the command line prints them,
the window shows the refusal without them — in a step dialog, a message box, an import's check —
in Chinese and in English (the English window translates what is left). Where the window has a
control of its own for the option (an import's “跳过有问题的行，导入其余”), it names that instead."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from officedesk.core import directory
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError
from officedesk.core.i18n import display, text
from officedesk.exchange import xlsx
from officedesk.ui.actions import report_summary
from officedesk.ui.widgets import messages
from officedesk.ui.widgets.step_form import SpecStepDialog
from tests.exchange.builders import build_xlsx
from tests.supervision.split_office import split_office

LANGUAGES = pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)


def _window_form(shown: str) -> bool:
    return "命令行" not in shown and "command line" not in shown and "--" not in shown


@LANGUAGES
def test_a_step_dialog_shows_the_refusal_without_the_command_line(language, qtbot, db, fixed_today,
                                                                   monkeypatch):
    office = split_office(fixed_today, monkeypatch, [
        ("dy", "郑文", "clerk", "督查室", "科员", "", True)])  # may record for others (代录)
    record = sv.get_item(office["item"], CLI_ACTOR)
    dialog = SpecStepDialog(office["dy"], "supervision", record, "催办")
    qtbot.addWidget(dialog)
    assert not dialog.try_submit()  # naming nobody: whose 催办 it is, and where his name goes
    shown = dialog.errors[dialog.person_key].text()  # under the 经办人 it waits for
    assert _window_form(shown), shown
    if language == "en":
        assert "When entering for someone, name whom: the “Handled by” field." in shown, shown
    else:
        assert shown.endswith("代录时请写明代谁录入：“经办人”一栏。"), shown


@LANGUAGES
def test_a_message_box_shows_the_refusal_without_the_command_line(language, qtbot, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    refusal = ProcedureError(text("存在冲突：%1如仍要保存，请写明原因（命令行：--force 理由）。",
                                  "张三在同一时间另有会议。"))
    assert "（命令行：--force 理由）" in str(refusal)  # as the command line prints it
    messages.show_error(None, refusal)
    (shown,) = said
    assert _window_form(shown), shown
    assert shown == ("There are conflicts: 张三在同一时间另有会议。To save anyway, give the reason."
                     if language == "en" else "存在冲突：张三在同一时间另有会议。如仍要保存，请写明原因。"), shown


ROOMS = [["名称", "容量", "位置"], ["第一会议室", 60, "三楼"], ["第一会议室", 60, "三楼"]]


@LANGUAGES
def test_an_import_check_names_the_window_s_button_not_the_option(language, qtbot, db, admin, tmp_path):
    report = xlsx.import_file(directory.ROOMS, build_xlsx(tmp_path / "rooms.xlsx", ROOMS), admin,
                              dry_run=True)
    assert str(report.summary()).endswith("（命令行：--skip-bad）。")  # the command line's
    shown = report_summary(report)
    assert _window_form(shown), shown
    assert display("跳过有问题的行，导入其余") in shown, shown  # the button the check offers
