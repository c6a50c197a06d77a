"""系统设置: every one-line field's hint reads whole on every page, in Chinese and in English, the
dialog as it opens on a 1366×768 laptop. At 760 px the English ones were cut: “Empty: anyone
may sign a …”, “e.g. 2027; several years se…”, the 督查 and 信息 bulletins' number, the office's
issuer code and name, and the 打印与字体 page's font fields (“Empty: the workstation's officia”)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
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
    cut, seen = [], []
    for index in range(pages.count()):
        pages.setCurrentIndex(index)
        qtbot.wait(10)
        for edit in pages.widget(index).findChildren(QLineEdit):
            hint = edit.placeholderText()
            if not edit.isVisible() or not hint or edit.parent() is None:
                continue
            if type(edit.parent()).__name__ in ("QSpinBox", "QDoubleSpinBox", "QComboBox"):
                continue
            seen.append(hint)
            option = QStyleOptionFrame()
            edit.initStyleOption(option)
            room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option,
                                               edit).width() - 4
            if edit.fontMetrics().horizontalAdvance(hint) > room:
                cut.append((pages.tabText(index), hint, room))
    assert len(seen) >= 10
    font_hint = QCoreApplication.translate("SettingsDialog", "留空：用本机的公文字体或自带字体")
    assert seen.count(font_hint) >= 5  # 仿宋, 黑体, 楷体, 宋体, 小标宋
    assert cut == []
    assert dialog.frameGeometry().width() <= 1366
