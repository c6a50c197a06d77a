"""督查's 分解任务 on a 1366×768 laptop, the window maximized, in Chinese and in English: every
column in view without scrolling sideways (in English 下次反馈 "Next report", 状态 and 办理要求
were scrolled off to the right; in Chinese 状态 and 办理要求), each heading and cell read whole
— a cell past its column's limit wraps and its row grows — and 办理要求 takes the rest (a
longer one ends in "…", whole in its tooltip)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import supervision as sv
from tests.ui.supervision_shown import cut, item_shown

START = dt.date(2026, 3, 2)
TASKS = [  # the words a county's 督查 tasks hold
    {"牵头单位": "县人力资源和社会保障局", "协办单位": "县财政局、县自然资源局、县农业农村局",
     "责任人": "欧阳明远", "时限": "2026-04-15",
     "办理要求": "制定就业帮扶方案，按月报送进展，年底前完成全部帮扶对象的核查和登记工作"},
    {"牵头单位": "县市场监督管理局", "责任人": "赵敏", "时限": "2026-03-20",
     "办理要求": "开展食品安全专项整治"},
    {"牵头单位": "县教育局", "协办单位": "各乡镇人民政府", "责任人": "刘洋", "时限": "2026-04-30",
     "办理要求": "完成校舍安全排查"},
]


@pytest.fixture
def tasks_shown(app_ctx, qtbot, fixed_today, language):
    fixed_today(START)
    item = sv.create_item({"title": "推进县城老旧小区改造", "source": "领导批示", "leader": "王建国",
                           "deadline": "2026-04-30"}, app_ctx.actor)
    tasks = [sv.add_task(item.id, task, app_ctx.actor) for task in TASKS]
    fixed_today(dt.date(2026, 3, 25))  # one done, one lagging (red), one on time
    sv.complete_task(tasks[1].id, "2026-03-19", "已完成专项整治", app_ctx.actor)
    window, tab = item_shown(app_ctx, qtbot, item.id)
    qtbot.wait(20)
    assert window.width() <= 1366
    assert tab.tasks_model.rowCount() == 3
    return tab.tasks_table


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_task_column_is_in_view_and_reads_whole(tasks_shown):
    table = tasks_shown
    header = table.horizontalHeader()
    last = table.model().columnCount() - 1
    assert cut(table, cells_of_last=False) == []  # 办理要求: its tooltip
    # the last column (办理要求) ends inside the table: all ten in view without scrolling
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert right <= table.viewport().width(), (right, table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(last) >= 100  # 办理要求 has the rest, not a sliver


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_done_task_s_status_reads_in_english(tasks_shown):
    status = [str(tasks_shown.model().index(row, 8).data()) for row in range(3)]
    assert not any("已办结" in text for text in status), status


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_a_column_the_clerk_dragged_keeps_his_width(tasks_shown, qtbot):
    table = tasks_shown
    header = table.horizontalHeader()
    header.resizeSection(2, 60)  # 牵头单位 dragged narrow
    table.model().set_rows(list(table.model().rows))  # the tasks shown again (another item)
    table.viewport().resize(table.viewport().width() - 20, table.viewport().height())
    qtbot.wait(10)
    assert header.sectionSize(2) == 60
