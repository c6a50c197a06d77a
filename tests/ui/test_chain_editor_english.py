"""The 审批链与职务 window in English: the 按审批链把关 choices and the 说明 column in English
(as the 工作台 says the same steps), each column at least as wide as its header; the choice is
saved as declared (自动/是/否)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from officedesk.core import chains, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui import chain_editor

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def test_the_chain_editor_speaks_english(english, db, qtbot):
    dialog = chain_editor.ChainEditorDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    choices = [dialog.enforce.itemText(i) for i in range(dialog.enforce.count())]
    assert len(choices) == len(chains.ENFORCE.choices)
    assert not any(CHINESE.search(c) for c in choices), choices
    note = dialog._cell(2, 3)  # 审核: 副主任@分管
    assert "in charge of" in note and "分管" not in note and "该单位" not in note, note
    header = dialog.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(dialog.table.columnCount()):
        title = dialog.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 12, title

    # a choice shown in English is kept as declared
    dialog.enforce.setCurrentIndex(chains.ENFORCE.choices.index("是"))
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert settings.get(chains.ENFORCE.key) == "是"
