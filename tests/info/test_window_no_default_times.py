"""The window fills in no date or time that core does not declare (probe80): a step's required date
(批示日期) or a time of another's (电话报告时间, 公文's 批示时间) stood there
as today or now, and went on unread with Ctrl+Enter. Each box is empty, saying what to give or
what empty means, and core refuses an empty required one as on the command line."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, steps
from officedesk.core.step_values import BLANK_NOW_SIGNED
from officedesk.ui.widgets.step_form import SpecStepDialog

DAY = dt.date(2026, 11, 16)


def _dialog(qtbot, actor, registry, record, step):
    dialog = SpecStepDialog(actor, registry, record, step)
    qtbot.addWidget(dialog)
    return dialog


def test_an_instruction_s_day_is_given_in_the_window(report, advance, admin, fixed_today, qtbot):
    fixed_today(DAY)
    item = advance(report(reported_at=clock.now() - dt.timedelta(hours=2)), "编发")
    dialog = _dialog(qtbot, admin, "info", item, "批示")
    day = dialog.widgets["day"]
    assert day.text() == "" and "按批示件上的日期填写" in day.placeholderText()
    dialog.set_value("leader", "县委书记 李建华")
    dialog.set_value("text", "请抓好整改。")
    assert not dialog.try_submit()
    assert "批示日期" in dialog.errors["day"].text() + dialog.general_error.text()
    dialog.set_value("day", DAY)
    assert dialog.try_submit(), dialog.general_error.text()


def test_a_phone_report_s_time_is_not_now_by_default(report, admin, fixed_today, qtbot):
    fixed_today(DAY)
    now = clock.now()
    item = report(title="河口镇发生山火", unit="河口镇", category="突发事件", event_level="较大",
                  event_at=now - dt.timedelta(minutes=50), reported_at=now - dt.timedelta(minutes=40))
    dialog = _dialog(qtbot, admin, "info", item, "电话报告")
    assert dialog.widgets["when"].text() == ""
    assert not dialog.try_submit()


def test_a_leader_s_instruction_time_is_empty_and_says_what_empty_means(qtbot):
    """公文's 批办 (the 批示 a 转督查 carries): no "now" in the box."""
    steps.load_all()
    spec = next(f for f in steps.procedure("incoming").find("批办").fields if f.name == "at")
    from officedesk.core.i18n import display
    from officedesk.ui.widgets.date_input import DateInput, date_words

    box = DateInput(None, label=spec.label, optional=True, with_time=True, blank=date_words(spec))
    qtbot.addWidget(box)
    assert box.text() == "" and display(BLANK_NOW_SIGNED) in box.placeholderText()
