"""First run on an empty database: every empty list says what to do first, with buttons that
do it; the 工作台 shows a start checklist until the directory has units, people and rooms."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from officedesk.core import records, registry
from officedesk.ui.widgets.mnemonics import plain


def _texts(widget) -> list[str]:
    return [plain(b.text()) for b in widget.findChildren(QPushButton) if b.isVisibleTo(widget)]


def test_empty_lists_say_what_to_do_first(main_window, qtbot, monkeypatch):
    directory = main_window.tab_widgets["directory"]
    main_window.tabs.setCurrentWidget(directory)
    units = directory.pages["units"]
    qtbot.waitUntil(lambda: units.list.is_showing_empty_hint())
    assert "导入" in units.list.empty_label.text()
    assert {"下载导入模板…", "导入 Excel…", "新建单位"} <= set(_texts(units.list.empty_panel))

    opened = []
    monkeypatch.setattr(
        "officedesk.ui.petitions.tab.PetitionsTab.new_record", lambda self: opened.append("登记")
    )
    petitions = main_window.tab_widgets["petitions"]
    main_window.tabs.setCurrentWidget(petitions)
    qtbot.waitUntil(lambda: petitions.list.is_showing_empty_hint())
    button = next(
        b for b in petitions.list.empty_panel.findChildren(QPushButton) if "登记" in b.text()
    )
    button.click()
    assert opened == ["登记"]


def test_a_search_with_no_hits_is_not_an_empty_register(main_window, qtbot, admin):
    records.create(registry.get("rooms"), {"名称": "第一会议室"}, admin)
    directory = main_window.tab_widgets["directory"]
    main_window.tabs.setCurrentWidget(directory)
    directory.setCurrentWidget(directory.pages["rooms"])
    view = directory.pages["rooms"].list
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert not view.is_showing_empty_hint()
    view.search_box.setText("没有这个")
    view.refresh()
    assert view.model.rowCount() == 0 and not view.is_showing_empty_hint()


def test_dashboard_checklist_until_the_directory_is_filled(main_window, qtbot, admin):
    dashboard = main_window.tab_widgets["dashboard"]
    main_window.tabs.setCurrentWidget(dashboard)
    assert dashboard.start.isVisibleTo(dashboard)
    assert "☐" in dashboard.start.steps.text()
    records.create(registry.get("units"), {"单位名称": "县委办公室"}, admin)
    records.create(registry.get("people"), {"姓名": "张三", "单位": "县委办公室"}, admin)
    main_window.ctx.notify_changed("people")
    assert dashboard.start.isVisibleTo(dashboard)  # no rooms yet
    records.create(registry.get("rooms"), {"名称": "第一会议室"}, admin)
    main_window.ctx.notify_changed("rooms")
    assert not dashboard.start.isVisibleTo(dashboard)
