"""审批链与职务: a step's 办理人 and its 说明 read whole, in Chinese and in English, the window as
it opens on a 1366×768 laptop — at 900 px the 拟稿 step's “科员、副科长、科长、副处长、处长@本单位”
and its English note (“the Clerk, or 副科长, or …”) were cut, the 时限 column wide for its
English heading."""

from __future__ import annotations

import pytest

from officedesk.core.actor import CLI_ACTOR
from officedesk.ui import chain_editor

CELL_PADDING = 8  # px: the cell's margins and grid line


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_steps_read_whole(language, db, qtbot):
    dialog = chain_editor.ChainEditorDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.rowCount() >= 3
    cut = []
    for column in (1, 3):  # 由谁办理, 说明
        for row in range(table.rowCount()):
            shown = dialog._cell(row, column)
            needs = table.fontMetrics().horizontalAdvance(shown) + CELL_PADDING
            if needs > table.columnWidth(column):
                cut.append((shown, table.columnWidth(column), needs))
    assert cut == []
    assert dialog.frameGeometry().width() <= 1366
