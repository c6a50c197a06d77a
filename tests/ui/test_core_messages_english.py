"""Core's refusals read in the interface's language: in the English window a form saved with a
bad date, an empty required field or a malformed 身份证号 says so in English (they were Chinese
f-strings shown as they were); the command line keeps the Chinese, byte for byte."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officedesk.core import registry
from officedesk.core.errors import ValidationError
from officedesk.core.fields import FieldSpec, parse_value, time_dropped_text
from officedesk.core.i18n import display
from tests.test_cli import Cli
from tests.ui.forms import shown

CJK = re.compile(r"[\u3400-\u9fff]")
SHOTS = os.environ.get("OFFICEDESK_SHOTS")  # a folder: the dialogs saved there as PNG to look at


def _save(dialog, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _incoming_form(app_ctx, qtbot):
    import officedesk.core.documents  # noqa: F401  (registers the specs)
    from officedesk.ui.widgets.record_form import RecordFormDialog

    dialog = RecordFormDialog(app_ctx, registry.get("incoming"))
    dialog.resize(1000, 700)  # within a 1366×768 laptop screen
    return shown(dialog, qtbot)


def _errors(dialog) -> dict[str, str]:
    return {name: i.error.text() for name, i in dialog.panel.inputs.items() if i.error.isVisible()}


def test_a_refused_record_form_speaks_english(english, app_ctx, qtbot):
    dialog = _incoming_form(app_ctx, qtbot)
    inputs = dialog.panel.inputs
    inputs["received_on"].widget.setText("2026-13-45")
    inputs["title"].set_value("关于做好年终工作的通知")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.saved_record is None
    errors = _errors(dialog)
    _save(dialog, "incoming_refused_en")
    assert "received_on" in errors, errors
    assert "is not a valid date" in errors["received_on"], errors
    assert "2026-13-45" in errors["received_on"]
    assert not [text for text in errors.values() if CJK.search(text.replace("2026年12月3日", ""))], errors

    inputs["received_on"].widget.setText("2026-12-01")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    errors = _errors(dialog)
    assert errors.get("from_org") == "Please choose “Sender”.", errors  # a picker of units


def test_a_malformed_id_number_is_refused_in_english(english, app_ctx, qtbot):
    import officedesk.core.petitions  # noqa: F401  (registers the spec)
    from officedesk.ui.petitions.register_dialog import RegistrationDialog

    dialog = RegistrationDialog(app_ctx)
    dialog.resize(1100, 700)
    shown(dialog, qtbot)
    inputs = dialog.panel.inputs
    inputs["form"].set_value("来信")
    inputs["category"].set_value("劳动社保")
    inputs["content"].set_value("反映工资被拖欠问题")
    dialog.set_petitioner(0, name="王小明", gender="男", address="某县某镇", id_number="53902119800101123")
    qtbot.keyClick(dialog.people, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_record is None and dialog.people_error.isVisible()
    _save(dialog, "petition_id_refused_en")
    shown_text = dialog.people_error.text()
    assert "18" in shown_text and "17" in shown_text, shown_text
    assert not CJK.search(shown_text), shown_text


def test_the_field_messages_are_patterns_with_english(english):
    """Each of fields.py's refusals translates (the glossary has its pattern), arguments put back."""
    cases = [
        (FieldSpec("n", "份数", kind="int", maximum=10), "x"),
        (FieldSpec("n", "份数", kind="int", maximum=10), "11"),
        (FieldSpec("n", "份数", kind="int", maximum=10), "1" * 30),
        (FieldSpec("b", "是否公开", kind="bool"), "也许"),
        (FieldSpec("c", "密级", kind="choice", choices=("秘密", "机密")), "绝密"),
        (FieldSpec("d", "收文日期", kind="date"), "2026-02-30 10:30"),
        (FieldSpec("d", "收文日期", kind="date"), "1800-01-01"),
        (FieldSpec("t", "开始时间", kind="datetime"), "明天"),
        (FieldSpec("i", "身份证号", check=__import__("officedesk.core.idcard").core.idcard.check_id),
         "530102199902301234"),
    ]
    for spec, raw in cases:
        try:
            parse_value(spec, raw)
        except ValidationError as exc:
            english_text = display(exc.message)
            assert english_text != exc.message
            # the label and what was typed come back as they are (this label is no real one)
            assert not CJK.search(english_text.replace(spec.label, "").replace(raw, "")), english_text
        else:
            raise AssertionError(f"{raw} was taken")
    # a date given a time is taken, the time said to be left out: in English too
    told = time_dropped_text(FieldSpec("d", "收文日期", kind="date"), "2026-03-05 10:30")
    assert display(told) == "“Received on” came with a time, 10:30: only the date, 2026-03-05, is kept."


def test_the_command_line_keeps_the_chinese(tmp_path):
    office = Cli.initialised(tmp_path)
    result = office("add", "incoming", "收文日期=2026-13-45", "来文机关=某县政府", "标题=通知", check=1)
    assert "“收文日期”不是有效日期：“2026-13-45”。请写成 2026-12-03 或 2026年12月3日。" in result.stderr
    result = office("add", "incoming", "来文机关=某县政府", "标题=通知", "份数=很多", check=1)
    assert "“份数”应为整数，现在是“很多”。" in result.stderr


def test_a_step_s_refusals_are_english(english):
    import pytest

    from officedesk.core import steps
    from officedesk.core.actor import ROLE_LEADER, Actor

    steps.load_all()
    proc = steps.procedure("incoming")
    with pytest.raises(ValidationError) as caught:
        proc.find("飞行")
    assert "没有“飞行”这一步。可用的步骤有：" in caught.value.message  # the CLI's words, as before
    assert "has no step “飞行”. The steps are: " in display(caught.value.message)
    assert not CJK.search(display(caught.value.message).replace("飞行", ""))
    leader = Actor(username="boss", role=ROLE_LEADER, clearance=3, display_name="领导")
    proc, step = next((p, s) for p in steps.procedures() for s in p.steps if ROLE_LEADER not in s.roles)
    reason = steps.refusal(proc, step, None, leader)
    assert reason == f"“{step.name}”只能由{'、'.join(steps.ROLE_LABELS[r] for r in step.roles)}办理，您的账号是领导。"
    assert display(reason).endswith("your account is Leader."), display(reason)
    assert not CJK.search(display(reason)), display(reason)


def test_a_step_the_state_does_not_allow_says_so_in_english(english, db, admin, fixed_today):
    import datetime as dt

    import pytest

    from officedesk.core import settings, steps
    from officedesk.core.documents import outgoing
    from officedesk.core.errors import ProcedureError

    fixed_today(dt.date(2026, 11, 16))
    settings.put("org.code", "某委办")
    doc = outgoing.draft({"文种": "通知", "标题": "关于测试的通知"}, admin).id
    steps.perform("outgoing", doc, "核稿", {"核稿人": "周核稿"}, admin)
    with pytest.raises(ProcedureError) as caught:
        steps.perform("outgoing", doc, "编号", {}, admin)
    assert caught.value.message.startswith("这件发文现在是“已核稿”，不能“编号”。此时可以：")
    shown_text = display(caught.value.message)
    assert "cannot be done now. Open steps: " in shown_text, shown_text
    assert not CJK.search(shown_text), shown_text


def test_a_record_not_found_is_english(english, db, admin):
    import pytest

    import officedesk.core.documents  # noqa: F401  (registers the specs)
    from officedesk.core import records
    from officedesk.core.errors import NotFoundError

    spec = registry.get("incoming")
    with pytest.raises(NotFoundError) as caught:
        records.get(spec, 987654, admin)
    assert caught.value.message == "没有找到记录号（id）为 987654 的收文记录。"
    assert display(caught.value.message) == f"No {display('收文')} record with id 987654 was found."


def test_an_import_problem_row_is_english_and_the_report_keeps_its_chinese(english):
    from officedesk.exchange.report import RowProblem

    spec = FieldSpec("received_on", "收文日期", kind="date")
    try:
        parse_value(spec, "2026-13-45")
    except ValidationError as exc:
        problem = RowProblem(3, "收文日期", exc.message)
    assert str(problem) == "第 3 行，“收文日期”列：“收文日期”不是有效日期：“2026-13-45”。请写成 2026-12-03 或 2026年12月3日。"
    assert display(problem.text()) == (
        "Row 3, column “Received on”: “Received on” is not a valid date: “2026-13-45”. "
        "Please write it as 2026-12-03.")
    assert str(RowProblem(1, "", "x")) == "第 1 行（列标题）：x"


def test_who_may_not_write_is_told_in_english(english):
    import pytest

    from officedesk.core.actor import Actor, require_admin, require_writer
    from officedesk.core.errors import PermissionDeniedError

    reader = Actor(username="ro", role="readonly", clearance=3, display_name="只读")
    with pytest.raises(PermissionDeniedError) as caught:
        require_writer(reader)
    assert display(caught.value.message) == "Your account is read-only and cannot change records."
    with pytest.raises(PermissionDeniedError) as caught:
        require_admin(reader, "节假日调整")
    assert caught.value.message == "只有管理员可以进行节假日调整。请联系管理员。"
    assert display(caught.value.message).startswith("Only an administrator can do this (")
    assert not CJK.search(display(caught.value.message)), display(caught.value.message)


def test_a_task_sheet_row_is_named_in_english(english):
    """A 督查 workbook's 分解任务 row (a bad cell, a task changed since the export) is named in
    the window's language; the command line keeps the Chinese."""
    from officedesk.core.supervision.task_sheet import GivenTask

    where = GivenTask(5, {}).where("时限")
    assert str(where) == "“分解任务”表第 5 行“时限”"
    assert display(where) == "sheet “Assigned tasks”, row 5, column “Deadline”"
    assert display(GivenTask(6, {}).where()) == "sheet “Assigned tasks”, row 6"
