"""The 打印与字体 page's font fields say what an empty one prints with, whole: in English the
hint was cut to “Empty: the workstation's officia” (1366×768, the dialog as it opens)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_font_fields_hint_reads_whole(language, app_ctx, qtbot):
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = QCoreApplication.translate("SettingsDialog", "留空：用本机的公文字体或自带字体")
    fields = [e for e in dialog.findChildren(QLineEdit)
              if e.isVisible() and e.placeholderText() == hint]
    assert len(fields) >= 5  # 仿宋, 黑体, 楷体, 宋体, 小标宋
    cut = []
    for edit in fields:
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option,
                                           edit).width() - 4
        needs = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        if needs > room:
            cut.append((edit.placeholderText(), needs, room))
    assert cut == []
