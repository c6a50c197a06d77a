"""工作台 我的待办 in English at 1366×768: the 步骤 is translated like the rest of the row, and the
short columns (状态, 类别, 步骤, 送达, 期限) are as wide as their texts in the interface's language,
not clipped at a width made for Chinese."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt

from officedesk.core.my_work import WorkItem

CJK = re.compile(r"[\u3400-\u9fff]")
SHORT = (0, 1, 3, 5, 6)  # 状态, 类别, 步骤, 送达, 期限


def _section(app_ctx, qtbot):
    from officedesk.ui.dashboard.my_work import WorkSection

    section = WorkSection("我的待办", False, app_ctx)
    qtbot.addWidget(section)
    section.resize(1366 - 40, 300)
    section.set_items([
        WorkItem("incoming", "收文", 7, "关于做好防汛工作的通知", "拟办", "秘书科科员",
                 dt.date(2026, 3, 2), dt.date(2026, 3, 4)),
        WorkItem("outgoing", "发文", 8, "关于开展安全生产大检查的通知", "核稿", "秘书科科长",
                 dt.date(2026, 3, 3), None),
    ])
    section.show()
    qtbot.waitExposed(section)
    return section


def _clipped(section) -> list[str]:
    table, header = section.table, section.table.horizontalHeader()
    return [section.model.headerData(c, Qt.Orientation.Horizontal) for c in SHORT
            if table.columnWidth(c) < max(table.sizeHintForColumn(c), header.sectionSizeHint(c))]


def test_my_work_shows_the_step_in_english_and_fits_its_columns(english, app_ctx, qtbot):
    section = _section(app_ctx, qtbot)
    model = section.model
    steps = [model.data(model.index(row, 3)) for row in range(model.rowCount())]
    assert steps and [s for s in steps if CJK.search(s)] == []
    assert model.data(model.index(1, 1)) == "Outgoing"
    assert _clipped(section) == []


def test_my_work_s_columns_fit_in_chinese_too(app_ctx, qtbot):
    section = _section(app_ctx, qtbot)
    assert section.model.data(section.model.index(0, 3)) == "拟办"
    assert _clipped(section) == []
    # the 事项 column still takes the rest of the width
    assert section.table.columnWidth(2) > 300
