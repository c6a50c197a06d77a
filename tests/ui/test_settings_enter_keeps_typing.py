"""probe127: Enter moves on through a form, and from a 系统设置 page's last field it came to the
page's 恢复默认 — a focused button presses itself on Enter —, so a clerk going down the
单位信息 page with Enter lost what he had typed there at the next Enter (the page put back to
its defaults). Enter's walk now passes 恢复默认 by (Tab still stops on it) and comes to 保存:
Enter there saves what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officedesk.core import settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.widgets.mnemonics import plain
from tests.ui.forms import shown, tab_stops


def _page_of(dialog, widget) -> int:
    return next(i for i in range(dialog.pages.count()) if dialog.pages.widget(i).isAncestorOf(widget))


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_enter_from_a_page_s_last_field_does_not_put_the_page_back(db, qtbot, language):
    from officedesk.ui.settings_dialog import SettingsDialog

    dialog = shown(SettingsDialog(CLI_ACTOR), qtbot)
    last = dialog.inputs[dialog.page_keys["单位信息"][-1]]  # 机关名称 …: a line
    dialog.pages.setCurrentIndex(_page_of(dialog, last))
    last.setFocus()
    last.selectAll()
    last.insert("云岭县委办公室")
    typed = last.text()
    qtbot.keyClick(last, Qt.Key.Key_Return)
    focus = QApplication.focusWidget()
    assert plain(focus.text()) in ("保存", "Save"), focus  # past 恢复默认, to 保存
    reset = tab_stops(last, 1)[0]  # Tab still stops on it
    assert plain(reset.text()) in ("恢复默认", "Restore defaults")
    qtbot.keyClick(focus, Qt.Key.Key_Return)  # Enter again: saved as typed
    assert not dialog.isVisible()
    assert settings.get(dialog.page_keys["单位信息"][-1]) == typed
