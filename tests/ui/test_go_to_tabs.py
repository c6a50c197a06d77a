"""Keyboard-first: a clerk reached another page (会议 from 公文) only by Shift+Tab to the tab bar
and arrows, Ctrl+Tab moving within 收文/发文. 转到 lists every page with Alt+1 … Alt+9; the key
shows the page and puts the focus in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_every_page_has_its_key_and_the_key_goes_there(main_window, qtbot):
    tabs = main_window.tabs
    actions = main_window.go_actions
    assert len(actions) == min(tabs.count(), 9) and len(actions) >= 5
    assert [a.shortcut().toString() for a in actions] == [f"Alt+{n}" for n in range(1, len(actions) + 1)]
    assert [a.text() for a in actions] == [tabs.tabText(i) for i in range(len(actions))]
    main_window.show()
    qtbot.waitExposed(main_window)
    for index in (2, 0, len(actions) - 1):
        actions[index].trigger()
        assert tabs.currentIndex() == index
        focused = QApplication.focusWidget()
        assert focused is not None and tabs.currentWidget().isAncestorOf(focused), focused
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # the key itself
    assert tabs.currentIndex() == 1


def test_the_key_puts_the_focus_where_ctrl_f_does(main_window, qtbot):
    """Alt+2 (公文) and Alt+8 (通讯录) gave the focus to their inner tab bar, Alt+1 to 刷新: a
    clerk typing what to find typed into nothing. Now the key puts it where 查找 (Ctrl+F) does:
    a list's find box, the 工作台's list."""
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    for index, action in enumerate(main_window.go_actions):
        action.trigger()
        by_key = QApplication.focusWidget()
        page = main_window.tabs.currentWidget()
        if not hasattr(page, "focus_search"):
            continue
        page.focus_search()
        assert by_key is QApplication.focusWidget(), (index, by_key.accessibleName())
        assert type(by_key).__name__ != "QTabBar" and not by_key.inherits("QAbstractButton")
