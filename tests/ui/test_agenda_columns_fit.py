"""A meeting's 议程 table reads its 汇报单位 and 汇报人 whole, in Chinese and in English: a
fixed 100 px cut “县人力资源和社会保障局” to “县人力资源和…” (修改会议 of the demo), while 议题
took the rest."""

from __future__ import annotations

import pytest

from officedesk.core import meetings as core

UNIT = "县人力资源和社会保障局"


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_agenda_s_unit_and_reporter_read_whole(language, qtbot):
    from officedesk.ui.meetings.editors import AgendaEditor

    editor = AgendaEditor()
    qtbot.addWidget(editor)
    editor.resize(700, 300)
    editor.show()
    editor.set_items([core.AgendaEntry("研究2027年全县重点项目计划", UNIT, "欧阳建国", 40),
                      core.AgendaEntry("通报安全生产情况", "县应急管理局", "李明", 15)])
    qtbot.wait(10)
    table = editor.table
    metrics = table.fontMetrics()
    for column in (1, 2, 3):
        widest = max(metrics.horizontalAdvance(table.item(row, column).text())
                     for row in range(table.rowCount()))
        assert table.columnWidth(column) >= widest + 8, (column, table.columnWidth(column))
    assert table.columnWidth(0) >= 200  # 议题 keeps the most room
