"""The 督查 tab end to end: an item from a meeting decision, three tasks for three units, reports,
one task overdue as the clock moves, the 催办通知单 and the 通报 printed, the item closed; the
lights change as the dates move."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from officedesk.core import meetings as m
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui import print_preview
from officedesk.ui import supervision as tab_module
from officedesk.ui.supervision import step_actions
from officedesk.ui.supervision.dialogs import BulletinDialog, ReminderDialog
from officedesk.ui.widgets.step_form import SpecStepDialog

UNITS = ("市住房和城乡建设局", "市财政局", "市自然资源和规划局")


def pdf_text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace(" ", "").replace("\n", "")


@pytest.fixture
def previews(monkeypatch):
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        print_preview, "show_pdf_preview", lambda parent, pdf, title: shown.append((pdf, title))
    )
    return shown


@pytest.fixture
def errors(monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(
        step_actions, "show_error", lambda parent, exc, title=None: seen.append(exc.message)
    )
    return seen


def fill_dialog(values: dict, outcome: dict) -> None:
    """When the next modal form opens: fill it, save; if saving is refused, note where and cancel."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        if isinstance(dialog, SpecStepDialog):  # a step: its declaration, core's runner
            for name, value in values.items():
                dialog.set_value(name, value)
            outcome["saved"] = dialog.try_submit()
            shown = {name: label.text() for name, label in dialog.errors.items()
                     if not label.isHidden()}
        else:
            for name, value in values.items():
                dialog.panel.inputs[name].set_value(value)
            outcome["saved"] = dialog.try_save()
            shown = {name: i.error.text() for name, i in dialog.panel.inputs.items()
                     if i.error.text()}
        if not outcome["saved"]:
            outcome["errors"] = shown
            outcome["general"] = dialog.general_error.text()
            dialog.reject()

    QTimer.singleShot(0, act)


def light_of_task(tab, row: int) -> tuple[str, str]:
    index = tab.tasks_model.index(row, 1)
    colour = tab.tasks_model.data(index, Qt.ItemDataRole.BackgroundRole)
    return tab.tasks_model.data(index, Qt.ItemDataRole.DisplayRole), colour.name()


def light_of_item(tab, item_id: int) -> tuple[str, str]:
    model = tab.list.model
    row = model.row_of(item_id)
    column = model.columnCount() - 1
    index = model.index(row, column)
    return model.data(index, Qt.ItemDataRole.DisplayRole), model.data(
        index, Qt.ItemDataRole.BackgroundRole
    ).name()


def test_supervision_tab_end_to_end(app_ctx, qtbot, fixed_today, previews, errors, monkeypatch):
    admin = app_ctx.actor
    fixed_today(dt.date(2026, 3, 2))
    # 立项 from a meeting decision
    meeting = m.save_meeting(
        m.MeetingDraft(
            values={
                "title": "市委常委会2026年第5次会议",
                "kind": "常委会",
                "start": "2026-03-02 09:00",
                "end": "2026-03-02 11:00",
                "place": "常委会议室",
                "chair": "李建国",
            },
            attendees=[],
            nonvoting=[],
            agenda=[],
        ),
        admin,
    )
    m.save_minutes(
        meeting.id,
        "会议研究了老旧小区改造工作。",
        [m.DecisionEntry("推进城区老旧小区改造，年内完成12个小区", UNITS[0], "2026-04-30")],
        admin,
    )
    item = m.send_to_supervision(m.decisions(meeting.id, CLI_ACTOR)[0].id, admin)
    assert sv.items_for_source("meeting", meeting.id, CLI_ACTOR)[0].id == item.id

    tab = tab_module.make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.show_record("supervision", item.id)
    assert "市委常委会2026年第5次会议" in tab.detail.text()
    assert light_of_item(tab, item.id)[0] == "● 绿灯 待交办"  # not yet split, time enough
    # 分解交办: three units, each through the form
    plan = [
        (UNITS[0], "2026-04-15", "制定改造方案并组织实施"),
        (UNITS[1], "2026-03-31", "落实改造资金"),
        (UNITS[2], "2026-03-20", "办理规划审批手续"),
    ]
    for unit, deadline, requirement in plan:
        outcome: dict = {}
        fill_dialog(
            {
                "lead_unit": unit,
                "deadline": dt.date.fromisoformat(deadline),
                "requirement": requirement,
            },
            outcome,
        )
        tab.add_task()
        assert outcome["saved"], outcome
    assert [t.lead_unit for t in tab.tasks_model.rows] == list(UNITS)
    assert sv.get_item(item.id, CLI_ACTOR).status == "办理中"
    # bad input: a task deadline after the item's is refused next to the field, nothing saved
    outcome = {}
    fill_dialog({"lead_unit": "市教育局", "deadline": dt.date(2026, 6, 1)}, outcome)
    tab.add_task()
    assert not outcome["saved"] and "不能晚于事项的办结时限" in outcome["errors"]["deadline"]
    assert len(sv.tasks_of(item.id, CLI_ACTOR)) == 3
    assert [light_of_task(tab, r)[1] for r in range(3)] == ["#2e7d32"] * 3  # all green
    assert light_of_item(tab, item.id)[1] == "#2e7d32"

    # 反馈 on the first two tasks; a report over 100 % is refused
    fixed_today(dt.date(2026, 3, 12))
    tab.show_current()
    for row, percent, text in ((0, 40, "方案已起草，征求各区意见"), (1, 60, "资金已列入预算")):
        tab.select_task(tab.tasks_model.rows[row].id)
        outcome = {}
        fill_dialog(
            {"percent": percent, "progress_text": text, "difficulties": "居民意见不一"}, outcome
        )
        tab.add_report()
        assert outcome["saved"], outcome
    assert [r.progress_text for r in tab.reports_model.rows] == ["资金已列入预算"]
    tab.select_task(tab.tasks_model.rows[2].id)
    outcome = {}
    fill_dialog({"percent": 100, "progress_text": "x", "report_date": dt.date(2026, 2, 1)}, outcome)
    tab.add_report()
    assert not outcome["saved"] and "立项日期" in outcome["errors"]["report_date"]
    # 3-12: the 3-20 task, no report yet, is 57 % behind -> red; the others green/yellow
    assert light_of_task(tab, 2)[1] == "#c62828" and "进度滞后" in light_of_task(tab, 2)[0]
    assert light_of_task(tab, 0)[1] == "#2e7d32"

    # the clock moves past 3-20: the third task is overdue, the item goes red
    fixed_today(dt.date(2026, 3, 23))
    app_ctx.notify_changed("supervision")
    assert light_of_task(tab, 2) == ("● 红灯 逾期 3 天", "#c62828")
    assert light_of_item(tab, item.id)[1] == "#c62828"

    # 催办: record the reminders, print the unit's 催办通知单
    dialog = ReminderDialog(app_ctx, tab)
    qtbot.addWidget(dialog)
    assert dialog.unit_combo.count() == 1 and dialog.current_unit() == UNITS[2]
    made = dialog.generate()
    assert made == [f"{UNITS[2]}：第一次催办"]
    pdf = dialog.print_unit()
    assert previews[-1][0] == pdf
    text = pdf_text(pdf)
    assert "督查催办通知单" in text and UNITS[2] in text and "逾期3天未办结" in text

    # 通报 for the year: figures per unit and the chart, printed
    bulletin = BulletinDialog(app_ctx, tab)
    qtbot.addWidget(bulletin)
    figures = {f.unit: (f.open, f.done, f.overdue) for f in bulletin.model.rows}
    assert figures == {UNITS[0]: (1, 0, 0), UNITS[1]: (1, 0, 0), UNITS[2]: (1, 0, 1)}
    assert bulletin.chart.categories == [sv.figures.short_unit(f.unit) for f in bulletin.model.rows]
    assert UNITS[0] in bulletin.chart.categories  # no 简称 entered: the name as it is
    text = pdf_text(bulletin.print_bulletin())
    assert "督查工作情况的通报" in text and "逾期未办结事项" in text and UNITS[2] in text
    assert bulletin.number.text() == ""  # the setting's (none): the 序号 left for the hand
    bulletin.number.setText("某委办督〔2026〕7号")  # this 发文字号, printed as given
    assert "某委办督〔2026〕7号" in pdf_text(bulletin.print_bulletin())

    assert "第一次催办" in tab.detail.text()  # the item's reminders are shown with it

    # a task added by mistake is deleted (after confirmation); the history keeps it
    monkeypatch.setattr(step_actions, "confirm", lambda *args, **kwargs: True)
    outcome = {}
    fill_dialog({"lead_unit": "市教育局", "deadline": dt.date(2026, 4, 30)}, outcome)
    tab.add_task()
    assert outcome["saved"] and len(tab.tasks_model.rows) == 4
    tab.select_task(tab.tasks_model.rows[3].id)
    assert tab.delete_task() and len(tab.tasks_model.rows) == 3

    # closing with open tasks is refused, with the open units named
    tab.close_item()
    assert errors and "还有 3 项任务未办结" in errors[-1]
    # each task done (the third late), then the item
    fixed_today(dt.date(2026, 3, 26))
    for row in range(3):
        tab.select_task(tab.tasks_model.rows[row].id)
        outcome = {}
        fill_dialog({"closed_on": dt.date(2026, 3, 26), "report": "已办理完毕"}, outcome)
        tab.complete_task()
        assert outcome["saved"], outcome
    assert light_of_task(tab, 2) == ("● 灰灯 逾期办结", "#9e9e9e")
    assert light_of_task(tab, 0) == ("● 灰灯 按期办结", "#9e9e9e")
    outcome = {}
    fill_dialog({"closed_on": dt.date(2026, 3, 26), "report": "12个小区改造全部落实。"}, outcome)
    tab.close_item()
    assert outcome["saved"], outcome
    closed = sv.get_item(item.id, CLI_ACTOR)
    # closed by its 时限, but the third task was late: the item is no 按期办结
    assert (closed.status, closed.closed_on) == ("逾期办结", dt.date(2026, 3, 26))
    assert light_of_item(tab, item.id) == ("● 灰灯 逾期办结", "#9e9e9e")
    assert not tab.task_button.isEnabled() and not tab.close_button.isEnabled()
    # the item's paper, through Ctrl+P's hook
    text = pdf_text(tab.print_current())
    assert "督查事项交办单" in text and "12个小区改造全部落实" in text


def test_tab_new_record_and_main_window(main_window, app_ctx, fixed_today):
    fixed_today(dt.date(2026, 5, 6))
    titles = [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())]
    assert "督查" in titles
    tab = main_window.tab_widgets["supervision"]
    outcome: dict = {}
    fill_dialog({"title": "做好防汛抗旱准备工作", "source": "上级决策部署"}, outcome)
    tab.new_record()
    assert outcome["saved"], outcome
    item = sv.SupervisionItem.get(sv.SupervisionItem.title == "做好防汛抗旱准备工作")
    assert item.deadline == dt.date(2026, 6, 5) and item.source_kind == "decision"
    assert item.number.startswith("督〔2026〕")
    # the 工作台 (or anyone) asks to show the item: the main window switches to this tab
    main_window.tabs.setCurrentIndex(0)
    app_ctx.navigate_requested.emit("supervision", item.id)
    assert main_window.tabs.currentWidget() is tab
    assert tab.list.current_id() == item.id
