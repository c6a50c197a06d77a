"""The one step dialog built from a step's declaration (used by the 信访 tab)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtWidgets import QLabel

from officedesk.core import petitions, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.ui.widgets.step_form import SpecStepDialog


@pytest.fixture
def petition(db, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 16))
    return petitions.register_petition(
        {"信访形式": "来信", "信访人": "张某", "问题类别": "劳动社保", "反映内容": "欠薪"}, None, admin)


def test_the_dialog_shows_the_declared_fields_and_submits_through_the_runner(
        petition, admin, qtbot, tmp_path):
    dialog = SpecStepDialog(admin, "petitions", petition, "处理")
    qtbot.addWidget(dialog)
    assert list(dialog.widgets) == ["handling", "target_unit", "report_due", "reason", "content",
                                    "on", "person"]
    assert dialog.widgets["handling"].count() == len(petitions.HANDLINGS)
    assert dialog.value("report_due") is None  # an optional date starts empty
    assert dialog.value("on") == dt.date(2026, 11, 16) and dialog.value("person") == admin.label
    dialog.set_value("handling", "交办")
    dialog.set_value("target_unit", "县人社局")
    assert not dialog.try_submit()
    assert "回报期限" in dialog.errors["report_due"].text()
    dialog.set_value("report_due", dt.date(2026, 11, 30))
    if os.environ.get("OFFICEDESK_SCREENSHOTS"):
        dialog.resize(500, dialog.sizeHint().height())
        dialog.grab().save(str(tmp_path / "decide.png"))
    assert dialog.try_submit()
    saved = records.get(petitions.SPEC, petition.id, CLI_ACTOR)
    assert (saved.state, saved.target_unit, saved.report_due) == (
        petitions.TO_NOTIFY, "县人社局", dt.date(2026, 11, 30))
    assert dialog.outcome is not None and dialog.outcome.state == petitions.TO_NOTIFY


def test_a_newer_change_by_someone_else_is_refused_and_the_input_kept(petition, admin, qtbot):
    dialog = SpecStepDialog(admin, "petitions", petition, "处理")
    qtbot.addWidget(dialog)
    dialog.set_value("handling", "直接答复")
    dialog.set_value("content", "本机关办理")
    # someone else saves first (an edit of its 诉求)
    records.update(petitions.SPEC, petition.id, {"诉求": "尽快修复"}, petition.version, admin)
    assert not dialog.try_submit()
    assert "已被他人" in dialog.general_error.text()
    assert dialog.value("content") == "本机关办理"
    assert records.get(petitions.SPEC, petition.id, CLI_ACTOR).state == petitions.PENDING


def test_an_input_the_chosen_handling_does_not_use_is_disabled_and_not_sent(db, admin, qtbot, fixed_today):
    from officedesk.ui.petitions.steps import STEP_DIALOGS

    fixed_today(dt.date(2026, 11, 16))
    petition = petitions.register_petition(
        {"信访形式": "来信", "信访人": "张某", "问题类别": "劳动社保", "反映内容": "欠薪",
         "涉及单位": "县人社局"}, None, admin)
    dialog = STEP_DIALOGS["处理"](None, admin, petition)  # 去向单位 offered from 涉及单位
    qtbot.addWidget(dialog)
    unit, due, reason = (dialog.widgets[k] for k in ("target_unit", "report_due", "reason"))
    dialog.set_value("handling", "直接答复")
    assert not unit.isEnabled() and not due.isEnabled() and not reason.isEnabled()
    assert "转送" in unit.toolTip() and "交办" in unit.toolTip()
    dialog.set_value("handling", "转送")
    assert unit.isEnabled() and dialog.value("target_unit") == "县人社局"  # kept meanwhile
    assert not due.isEnabled()
    dialog.set_value("handling", "直接答复")
    assert dialog.try_submit()  # the offered 去向单位 is not sent with 直接答复 (core refuses it)
    saved = records.get(petitions.SPEC, petition.id, CLI_ACTOR)
    assert (saved.handling, saved.target_unit or "") == ("直接答复", "")


def test_a_step_dialogs_error_line_clears_when_the_field_is_corrected(app_ctx, qtbot):
    """The documents' step dialog: a refused field shows its error; typing in it hides it."""
    from PySide6.QtWidgets import QLineEdit

    from officedesk.ui.documents.step_dialog import Input, StepDialog

    def refuse(_values):
        raise ValidationError("请填写承办单位。", "unit")

    dialog = StepDialog("承办", [Input("unit", "承办单位")], refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.try_submit()
    assert dialog.errors["unit"].isVisible()
    edit = dialog.widgets["unit"]
    assert isinstance(edit, QLineEdit)
    edit.setText("县应急局")
    assert not dialog.errors["unit"].isVisible()
    dialog.reject()


def test_an_optional_date_says_what_leaving_it_empty_means(petition, admin, qtbot):
    """回报期限 is asked for with 交办 only; its box says so rather than that it may be left
    empty (the declared placeholder was dropped for dates: only "不填（如 2026-3-5）" showed)."""
    dialog = SpecStepDialog(admin, "petitions", petition, "处理")
    qtbot.addWidget(dialog)
    assert dialog.widgets["report_due"].placeholderText() == "交办时必填（如 2026-3-5）"


def test_a_step_date_that_defaults_to_today_says_so(db, admin, qtbot, fixed_today):
    from officedesk.core import supervision

    fixed_today(dt.date(2026, 11, 16))
    item = supervision.create_item({"title": "整治", "content": "专项整治", "source": "其他", "start_date": "2026-11-02"}, admin)
    dialog = SpecStepDialog(admin, "supervision", item, "分解")
    qtbot.addWidget(dialog)
    assert dialog.widgets["assigned_on"].placeholderText() == "不填则为今天（如 2026-3-5）"
    assert dialog.widgets["deadline"].placeholderText() == "留空则同事项办结时限（如 2026-3-5）"


def test_what_an_empty_date_means_reads_in_english(db, admin, qtbot, fixed_today, english):
    from officedesk.core import supervision

    fixed_today(dt.date(2026, 11, 16))
    item = supervision.create_item({"title": "整治", "content": "专项整治", "source": "其他", "start_date": "2026-11-02"}, admin)
    dialog = SpecStepDialog(admin, "supervision", item, "分解")
    qtbot.addWidget(dialog)
    assert dialog.widgets["assigned_on"].placeholderText() == "Empty: today (e.g. 2026-3-5)"


def test_a_required_choice_without_a_default_waits_for_the_clerk(petition, admin, qtbot):
    """处理方式 has no default: the dialog opened on 直接答复 (the first entry), and Ctrl+Enter
    sent a decision the clerk never read. Now nothing is chosen until he chooses; the step is
    refused at the input, focused, and goes once a choice is made by keyboard."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.ui.forms import shown

    dialog = shown(SpecStepDialog(admin, "petitions", petition, "处理"), qtbot)
    handling = dialog.widgets["handling"]
    assert handling.currentIndex() == -1 and handling.currentText() == ""
    assert handling.placeholderText() == "请选择"
    dialog.set_value("content", "本机关办理")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.errors["handling"].text()
    assert QApplication.focusWidget() is handling
    assert records.get(petitions.SPEC, petition.id, CLI_ACTOR).state == petitions.PENDING
    qtbot.keyClick(handling, Qt.Key.Key_Down)
    assert dialog.value("handling") == "直接答复" and not dialog.errors["handling"].isVisible()
    qtbot.keyClick(handling, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert records.get(petitions.SPEC, petition.id, CLI_ACTOR).handling == "直接答复"


def test_a_choice_with_a_default_is_shown_chosen(db, admin, qtbot):
    """传阅方式 declares 按顺序: shown chosen, as before."""
    from officedesk.core.documents import incoming

    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "来文"}, admin)
    dialog = SpecStepDialog(admin, "incoming", doc, "传阅")
    qtbot.addWidget(dialog)
    assert dialog.value("mode") == "按顺序"


def test_a_limit_long_past_says_it_is_overdue_in_chinese_and_english(db, admin, qtbot, fixed_today,
                                                                     english):
    fixed_today(dt.date(2026, 6, 1))
    old = petitions.register_petition(
        {"信访形式": "来信", "信访人": "王某", "问题类别": "劳动社保", "反映内容": "欠薪"}, None, admin)
    fixed_today(dt.date(2026, 11, 16))
    dialog = SpecStepDialog(admin, "petitions", old, "处理")
    qtbot.addWidget(dialog)
    shown = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert "days overdue)" in shown and "逾期" not in shown, shown
