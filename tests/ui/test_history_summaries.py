"""历史记录's 摘要 in the English window: each summary read back from the Chinese the trail
stores (core/summary_texts.py) and shown in English, titles as typed; in Chinese as stored."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.widgets import history


@pytest.fixture
def item(db, fixed_today) -> int:
    fixed_today(dt.date(2026, 3, 2))
    made = sv.create_item_from_source("meeting", 12, "推进城区老旧小区改造", "年内完成改造。",
                                      CLI_ACTOR, deadline=dt.date(2026, 4, 30))
    task = sv.add_task(made.id, {"牵头单位": "市财政局", "时限": "2026-03-31"}, CLI_ACTOR)
    fixed_today(dt.date(2026, 3, 25))
    sv.complete_task(task.id, "2026-03-20", "已办结", CLI_ACTOR)
    sv.close_item(made.id, "2026-03-22", "完成", sv.get_item(made.id, CLI_ACTOR).version, CLI_ACTOR)
    return made.id


def _summaries(dialog: history.HistoryDialog) -> list[str]:
    return [dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())]


def test_the_summaries_read_english_in_the_english_window(qtbot, english, item):
    dialog = history.HistoryDialog("supervision", item, actor=CLI_ACTOR)
    qtbot.addWidget(dialog)
    assert _summaries(dialog) == [
        "Item opened (Meeting decision): 推进城区老旧小区改造",
        "Task assigned: no. 1 市财政局, due 2026-03-31",
        "Task assigned: no. 1 市财政局, due 2026-03-31",
        "Task concluded (On time): no. 1 市财政局 2026-03-20",
        "Item concluded (On time): 推进城区老旧小区改造",
    ]
    dialog.table.selectRow(0)  # a create entry's detail lists its fields; the summary stays the column's
    assert dialog.table.item(0, 3).toolTip() == "Item opened (Meeting decision): 推进城区老旧小区改造"


def test_the_summaries_stay_as_stored_in_the_chinese_window(qtbot, item):
    dialog = history.HistoryDialog("supervision", item, actor=CLI_ACTOR)
    qtbot.addWidget(dialog)
    assert _summaries(dialog)[0] == "立项（会议议定事项）：推进城区老旧小区改造"
    assert _summaries(dialog)[-1] == "事项办结（按期办结）：推进城区老旧小区改造"


def test_a_petition_s_handling_record_reads_english(qtbot, english, db):
    """办理过程: the 登记 step's content core composed reads English; what was typed stays."""
    from officedesk.core import petitions
    from officedesk.ui.petitions.detail import describe

    record = petitions.register_petition(
        {"登记日期": "2026-03-02", "信访形式": "来访", "信访人": "张建国", "问题类别": "征地拆迁",
         "反映内容": "反映土地征收补偿款未足额发放。"}, None, CLI_ACTOR)
    shown = describe(petitions.get(record.id, CLI_ACTOR), CLI_ACTOR)
    assert "Visit, 1 petitioner(s), 1 people" in shown, shown
    assert "位信访人" not in shown
    assert "反映土地征收补偿款未足额发放。" in shown
