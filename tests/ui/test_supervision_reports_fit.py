"""督查's 进展反馈 (the selected task's reports, beside the 分解任务) on a 1366×768 laptop, the
window maximized: it showed only 反馈日期, 进度 and the start of 进展情况 — fixed widths of 90,
50, 260 … in a pane of under 400 pixels (probe80). Now its columns are fitted as the tasks' are
(ui/widgets/column_fit.py): 进展情况, 存在困难 and 下一步措施 wrap in what the short ones leave,
each heading and each word read whole; in Chinese all six are in view. In English the headings
alone ask more than the pane: the first four are in view, the rest a scroll away — the tasks
keep their ten columns in view (test_supervision_tasks_fit.py) and the splitter moves."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import supervision as sv
from tests.ui.supervision_shown import cut, item_shown

START = dt.date(2026, 3, 2)
REPORTS = [  # the words a county's 进展反馈 hold
    ("2026-03-09", 20, "工作方案已印发，正在组织实施", "", "按计划推进"),
    ("2026-03-16", 45, "已完成前期调查摸底，涉及小区12个、住户1860户", "部分住户意见不一，协调难度较大",
     "逐户上门做工作，争取4月底前全部签约"),
    ("2026-03-23", 70, "主体工作已完成过半", "施工受天气影响", "争取上级资金支持，加快施工进度"),
]


@pytest.fixture
def reports_shown(app_ctx, qtbot, fixed_today, language):
    fixed_today(START)
    item = sv.create_item({"title": "推进县城老旧小区改造", "source": "领导批示", "leader": "王建国",
                           "deadline": "2026-04-30"}, app_ctx.actor)
    task = sv.add_task(item.id, {"牵头单位": "县住房和城乡建设局", "责任人": "王磊", "时限": "2026-04-15",
                                 "办理要求": "组织施工，确保按期完工"}, app_ctx.actor)
    for day, percent, progress, trouble, then in REPORTS:
        fixed_today(dt.date.fromisoformat(day))
        sv.add_report(task.id, {"反馈日期": day, "进度": percent, "进展情况": progress,
                                "存在困难": trouble, "下一步措施": then}, app_ctx.actor)
    fixed_today(dt.date(2026, 3, 25))
    window, tab = item_shown(app_ctx, qtbot, item.id)
    assert tab.select_task(task.id)
    qtbot.wait(20)
    assert window.width() <= 1366
    assert tab.reports_model.rowCount() == 3
    return tab.reports_table


def _right(table, column: int) -> int:
    header = table.horizontalHeader()
    return header.sectionViewportPosition(column) + header.sectionSize(column)


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_in_chinese_every_report_column_is_in_view_and_reads_whole(reports_shown):
    table = reports_shown
    assert cut(table) == []
    last = table.model().columnCount() - 1
    assert _right(table, last) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    assert table.horizontalHeader().sectionSize(2) >= 4 * table.fontMetrics().horizontalAdvance("进")


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_in_english_the_first_four_are_in_view_and_every_column_reads_whole(reports_shown):
    table = reports_shown
    assert cut(table) == []
    assert _right(table, 3) <= table.viewport().width()  # 反馈日期, 进度, 进展情况, 存在困难
