"""系统设置: every one-line field's hint reads whole on every page, in Chinese and in English, the
dialog as it opens on a 1366×768 laptop. At 760 px the English ones were cut: “Empty: anyone
may sign a …”, “e.g. 2027; several years se…”, the 督查 and 信息 bulletins' number, the office's
issuer code and name."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QTabWidget


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_settings_hint_reads_whole(language, app_ctx, qtbot):
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    pages = dialog.findChild(QTabWidget)
    cut, seen = [], 0
    for index in range(pages.count()):
        pages.setCurrentIndex(index)
        qtbot.wait(10)
        for edit in pages.widget(index).findChildren(QLineEdit):
            hint = edit.placeholderText()
            if not edit.isVisible() or not hint or edit.parent() is None:
                continue
            if type(edit.parent()).__name__ in ("QSpinBox", "QDoubleSpinBox", "QComboBox"):
                continue
            seen += 1
            option = QStyleOptionFrame()
            edit.initStyleOption(option)
            room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option,
                                               edit).width() - 4
            if edit.fontMetrics().horizontalAdvance(hint) > room:
                cut.append((pages.tabText(index), hint, room))
    assert seen >= 10
    assert cut == []
    assert dialog.frameGeometry().width() <= 1366
