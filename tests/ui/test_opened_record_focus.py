"""A record opened from elsewhere (Enter on a 工作台 to-do, 全局搜索) has the focus in its list:
Enter, Tab and the arrows act on it. The focus was left on the 收文/发文/统计 sub-tab bar, where
↓ did nothing and → switched to 发文."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.widgets.records_table import RegistryListView
from tests.staff import add_people


def _list_of(window, registry: str) -> RegistryListView:
    return next(view for view in window.findChildren(RegistryListView)
                if view.spec.name == registry and view.isVisible())


@pytest.mark.parametrize("registry", ["incoming", "people"])
def test_the_opened_record_has_the_focus_in_its_list(main_window, qtbot, registry):
    if registry == "incoming":
        from officedesk.core.documents import incoming

        ids = [incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委办公厅", "标题": f"来文{i}",
                                 "文种": "通知", "密级": "非密"}, CLI_ACTOR).id for i in range(3)]
    else:
        from officedesk.core import records

        people = add_people(CLI_ACTOR, 3)
        ids = records.list_ids(people, CLI_ACTOR)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.ctx.navigate_requested.emit(registry, ids[1])
    view = _list_of(main_window, registry)
    assert view.current_id() == ids[1]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # the arrows move in the list
    assert view.current_id() not in (None, ids[1])
    assert _list_of(main_window, registry) is view  # the sub-tab stayed
