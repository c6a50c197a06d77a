"""A date is typed as clerks write it (2026-12-20, 2027-1-5) into a record's form and a step's
form and saved as typed; an optional one left empty is "not given"; an impossible one
(2026-2-30) is refused with core's message next to the field, the text kept and nothing saved.
(The old QDateEdit took no typing into a blank optional date, and stepped on by itself from the
year to the month: 2027-1-5 became 2027-12-15.)"""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.store.supervision import SupervisionItem
from officedesk.ui import supervision as tab_module
from officedesk.ui.supervision import step_actions
from officedesk.ui.widgets.step_form import SpecStepDialog

TODAY = dt.date(2026, 5, 6)


@pytest.fixture
def today(db, fixed_today):
    fixed_today(TODAY)
    return db


def _new_item(app_ctx, qtbot, monkeypatch, deadline: str) -> tuple[bool, str, str, object]:
    """The 督查 tab's 新建 form with 办结时限 typed; (saved, its error, its text, its value)."""
    tab = tab_module.make_tab(app_ctx)
    qtbot.addWidget(tab)
    seen: list = []

    def fill(dialog) -> bool:
        dialog.panel.inputs["title"].set_value("做好防汛抗旱准备工作")
        dialog.panel.inputs["source"].set_value("领导批示")
        field = dialog.panel.inputs["deadline"]
        qtbot.keyClicks(field.widget, deadline)  # into the blank field, as the clerk types
        saved = dialog.try_save()
        seen.append((saved, field.error.text(), field.widget.text().strip(), field.value()))
        return saved

    monkeypatch.setattr(tab_module.RecordFormDialog, "exec", fill)
    # a 办结时限 on a rest day (2026-12-20 is a Sunday) is told in a box: not opened here
    monkeypatch.setattr(step_actions, "info", lambda parent, title, text: seen.append(("told", text)))
    tab.new_record()
    return seen[0]


def _saved_deadline() -> dt.date | None:
    item = SupervisionItem.get_or_none(SupervisionItem.title == "做好防汛抗旱准备工作")
    return None if item is None else item.deadline


def test_a_deadline_typed_into_the_blank_field_is_saved(app_ctx, qtbot, today, monkeypatch):
    saved, error, _text, _value = _new_item(app_ctx, qtbot, monkeypatch, "2026-12-20")
    assert saved, error
    assert _saved_deadline() == dt.date(2026, 12, 20)


def test_a_date_written_without_leading_zeros_is_read_as_written(app_ctx, qtbot, today,
                                                                  monkeypatch):
    saved, error, _text, _value = _new_item(app_ctx, qtbot, monkeypatch, "2027-1-5")
    assert saved, error
    assert _saved_deadline() == dt.date(2027, 1, 5)


def test_an_impossible_date_is_refused_next_to_the_field_and_kept(app_ctx, qtbot, today,
                                                                  monkeypatch):
    saved, error, text, _value = _new_item(app_ctx, qtbot, monkeypatch, "2026-2-30")
    assert not saved
    assert "“办结时限”不是有效日期" in error, error
    assert text == "2026-2-30"
    assert _saved_deadline() is None  # nothing saved


def test_an_optional_date_left_empty_is_not_given(app_ctx, qtbot, today, monkeypatch):
    saved, error, _text, value = _new_item(app_ctx, qtbot, monkeypatch, "")
    assert saved, error
    assert value is None
    # not given: core's own default (立项日期 plus the settings' days), not a date of the form's
    assert _saved_deadline() == sv.default_deadline(TODAY)


# ---- a step's form: 督查 反馈, its 反馈日期 an optional date


@pytest.fixture
def item(today, admin, fixed_today):
    fixed_today(dt.date(2026, 4, 1))  # set up and assigned a month ago
    item = sv.create_item({"事项名称": "推进老旧小区改造", "来源": "领导批示",
                           "立项日期": "2026-4-1", "办结时限": "2026-7-31"}, admin)
    sv.add_task(item.id, {"牵头单位": "市住房和城乡建设局", "时限": "2026-06-30",
                          "办理要求": "制定改造方案"}, admin)
    fixed_today(TODAY)
    return sv.get_item(item.id, admin)


def _report(item, admin, qtbot, typed: str) -> SpecStepDialog:
    dialog = SpecStepDialog(admin, "supervision", item, "反馈")
    qtbot.addWidget(dialog)
    dialog.set_value("percent", 30)
    dialog.set_value("progress_text", "方案已报批")
    dialog.set_value("report_date", None)  # blank, then typed
    qtbot.keyClicks(dialog.widgets["report_date"], typed)
    return dialog


def _report_dates(item) -> list[dt.date]:
    return [r.report_date for t in sv.tasks_of(item.id, CLI_ACTOR)
            for r in sv.reports_of(t.id, CLI_ACTOR)]


def test_a_report_date_typed_in_the_step_is_saved(item, admin, qtbot):
    dialog = _report(item, admin, qtbot, "2026-4-20")
    assert dialog.try_submit(), dialog.general_error.text()
    assert _report_dates(item) == [dt.date(2026, 4, 20)]


def test_an_impossible_report_date_is_refused_in_the_step_and_kept(item, admin, qtbot):
    dialog = _report(item, admin, qtbot, "2026-2-30")
    assert not dialog.try_submit()
    assert "“反馈日期”不是有效日期" in dialog.errors["report_date"].text()
    assert dialog.widgets["report_date"].text().strip() == "2026-2-30"
    assert _report_dates(item) == []
    # corrected, it goes through
    dialog.set_value("report_date", None)
    qtbot.keyClicks(dialog.widgets["report_date"], "2026-5-6")
    assert dialog.try_submit(), dialog.general_error.text()
    assert _report_dates(item) == [dt.date(2026, 5, 6)]


def test_an_empty_optional_step_date_is_not_given(item, admin, qtbot):
    dialog = _report(item, admin, qtbot, "")
    assert dialog.value("report_date") is None
    assert dialog.try_submit(), dialog.general_error.text()
    assert _report_dates(item) == [TODAY]  # core's default for 反馈日期: the day it is recorded


def test_a_steps_day_that_does_not_read_is_refused_next_to_it(item, admin, qtbot):
    """催办 has no date of its own: the step's 日期 (办理日期, `--on`) is read by core too."""
    dialog = SpecStepDialog(admin, "supervision", item, "催办")
    qtbot.addWidget(dialog)
    day = dialog.widgets["on"]
    day.selectAll()
    qtbot.keyClicks(day, "2026-13-1")
    assert not dialog.try_submit()
    assert "“办理日期”不是有效日期" in dialog.errors["on"].text()
    assert day.text().strip() == "2026-13-1"
