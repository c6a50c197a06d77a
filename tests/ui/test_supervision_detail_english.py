"""The 督查 tab's detail lines under the list: the item's 来源, 反馈周期, 状态 and a 催办's level
are core's Chinese words, shown in the interface's language like the list's columns."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR


def test_detail_lines_show_core_words_in_english(english, app_ctx, qtbot, fixed_today):
    from officedesk.ui.supervision import SupervisionTab

    fixed_today(dt.date(2026, 3, 2))
    item = sv.create_item({"事项名称": "落实春耕备耕工作", "来源": "收文批办", "反馈周期": "每月",
                           "立项日期": "2026-03-02"}, CLI_ACTOR)
    sv.add_task(item.id, {"牵头单位": "县农业农村局", "时限": "2026-03-10", "交办日期": "2026-03-02"},
                CLI_ACTOR)
    fixed_today(dt.date(2026, 3, 15))
    sv.generate_reminders(CLI_ACTOR)
    tab = SupervisionTab(app_ctx)
    qtbot.addWidget(tab)
    tab.list.refresh()
    assert tab.list.select_record(item.id)
    tab.show_current()
    shown = tab.detail.text()
    for chinese in ("收文批办", "每月", "办理中", "第一次催办"):
        assert chinese not in shown, shown
    assert "Source:" in shown


def test_the_bulletin_s_figure_definitions_read_in_english(english, app_ctx, qtbot):
    from officedesk.ui.supervision.dialogs import BulletinDialog

    dialog = BulletinDialog(app_ctx)
    qtbot.addWidget(dialog)
    tip = dialog.summary.toolTip()
    assert tip and not any("\u4e00" <= c <= "\u9fff" for c in tip), tip
    assert "on-time rate" in tip


def _headers_cut(dialog) -> list[str]:
    """The table's column titles in columns narrower than Qt says they need (it cuts them)."""
    header = dialog.table.horizontalHeader()
    model = dialog.table.model()
    return [model.headerData(column, Qt.Orientation.Horizontal)
            for column in range(model.columnCount())
            if header.sectionSize(column) < header.sectionSizeHint(column)]


def _shown_bulletin(app_ctx, qtbot):
    from officedesk.ui.supervision.dialogs import BulletinDialog

    dialog = BulletinDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 660)  # as it opens, on a 1366×768 screen
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_bulletin_s_column_titles_are_shown_whole_in_english(english, app_ctx, qtbot):
    """“Completion rate (by task)” read “pletion rate (by” in 100 px."""
    dialog = _shown_bulletin(app_ctx, qtbot)
    assert _headers_cut(dialog) == []
    assert dialog.table.horizontalScrollBar().maximum() == 0  # and all of them in view


def test_the_bulletin_s_column_titles_are_shown_whole_in_chinese(app_ctx, qtbot):
    dialog = _shown_bulletin(app_ctx, qtbot)
    assert _headers_cut(dialog) == []
    assert dialog.table.horizontalScrollBar().maximum() == 0


def test_the_tasks_table_is_headed_by_a_noun_not_the_assign_button_s_verb(english, app_ctx, qtbot):
    """The box over the tasks table said "Assign tasks", the button's act (分解交办), as if it were
    one more button; it names what the table lists."""
    from PySide6.QtWidgets import QLabel

    from officedesk.ui.supervision import SupervisionTab

    tab = SupervisionTab(app_ctx)
    qtbot.addWidget(tab)
    heading = tab.tasks_table.parentWidget().findChild(QLabel)
    assert heading is not None
    assert heading.text() == "Assigned tasks"
    assert heading.text() != tab.task_button.text().replace("&", "")
