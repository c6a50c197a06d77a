"""Keyboard-first moves: Enter leaves a date field at once, 登记信访 starts where the screen
starts, 全局搜索 and the 工作台 open a record with Enter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officedesk.core import registry
from officedesk.ui.widgets.date_input import DateInput
from tests.ui.forms import shown, tab_stops


def _owner(widget, inputs):
    """The form's field a focused widget belongs to (a spin box's own line edit counts)."""
    for name, field_input in inputs.items():
        if widget is field_input.widget or field_input.widget.isAncestorOf(widget):
            return name
    return None


@pytest.mark.parametrize(
    ("name", "fields"),
    [
        ("incoming", ["received_on", "from_org", "title"]),  # a date
        ("info", ["reported_at", "title", "unit"]),  # a date and time
    ],
)
def test_enter_in_a_date_field_moves_to_the_next_field(app_ctx, qtbot, name, fields):
    import officedesk.core.documents  # noqa: F401  (registers the specs)
    import officedesk.core.info  # noqa: F401
    from officedesk.ui.widgets.record_form import RecordFormDialog

    dialog = shown(RecordFormDialog(app_ctx, registry.get(name), fields=fields), qtbot)
    inputs = dialog.panel.inputs
    first = inputs[fields[0]].widget
    assert isinstance(first, DateInput)
    first.setFocus()
    qtbot.waitUntil(lambda: _owner(QApplication.focusWidget(), inputs) == fields[0])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert _owner(QApplication.focusWidget(), inputs) == fields[1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert _owner(QApplication.focusWidget(), inputs) == fields[2]
    assert dialog.isVisible() and dialog.saved_record is None


def test_registration_starts_in_the_people_table_and_tabs_down_the_screen(app_ctx, qtbot):
    import officedesk.core.petitions  # noqa: F401
    from officedesk.ui.petitions.register_dialog import RegistrationDialog

    dialog = shown(RegistrationDialog(app_ctx), qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.people)
    assert (dialog.people.currentRow(), dialog.people.currentColumn()) == (0, 0)
    for char in "Zhang":  # typing starts the first petitioner's name (in a cell editor)
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.people.item(0, 0) is not None)  # committed (queued)
    assert dialog.people.item(0, 0).text() == "Zhang"
    assert dialog.people.currentColumn() == 1  # Enter moved on to 性别, it did not 登记
    for _ in range(dialog.people.columnCount() - 1):  # Enter across the petitioner …
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    first_field = dialog.panel.inputs["registered_on"].widget  # … and on to the fields
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first_field
                    or first_field.isAncestorOf(QApplication.focusWidget()))
    assert dialog.isVisible() and dialog.saved_record is None

    # Tab goes down the screen: the people, their buttons, then the fields below them
    order = tab_stops(dialog.people, 4)
    assert order[:2] == [dialog.add_person, dialog.remove_person]
    first_field = dialog.panel.inputs["registered_on"].widget
    assert first_field in order[2:] or first_field.isAncestorOf(order[2])


@pytest.fixture
def hits(db, admin):
    from officedesk.core import records

    units = registry.get("units")
    for name in ("县应急管理局", "县应急指挥中心"):
        records.create(units, {"单位名称": name}, admin)


def _search(app_ctx, qtbot):
    from officedesk.ui.search_dialog import SearchDialog

    opened: list[tuple[str, int]] = []
    app_ctx.navigate_requested.connect(lambda name, record_id: opened.append((name, record_id)))
    dialog = shown(SearchDialog(app_ctx), qtbot)
    dialog.box.setFocus()
    dialog.box.insert("应急")  # typed (QTest types ASCII only)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    return dialog, opened


def test_search_enter_in_the_box_opens_the_first_hit(hits, app_ctx, qtbot):
    dialog, opened = _search(app_ctx, qtbot)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert opened == [(dialog.hits[0].registry, dialog.hits[0].record_id)]
    assert not dialog.isVisible()


def test_search_down_arrow_enters_the_results_and_enter_opens_the_row(hits, app_ctx, qtbot):
    dialog, opened = _search(app_ctx, qtbot)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dialog.table and dialog.table.currentRow() == 0
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [(dialog.hits[1].registry, dialog.hits[1].record_id)]
    assert not dialog.isVisible()


def test_search_names_the_kind_in_the_interface_language(hits, app_ctx, qtbot, english):
    dialog, _opened = _search(app_ctx, qtbot)
    assert dialog.table.item(0, 0).text() == QApplication.translate("core", "单位") != "单位"


def test_dashboard_enter_on_my_work_opens_the_record(app_ctx, qtbot):
    from officedesk.core.my_work import WorkItem
    from officedesk.ui.dashboard.my_work import WorkSection

    opened: list[tuple[str, int]] = []
    app_ctx.navigate_requested.connect(lambda name, record_id: opened.append((name, record_id)))
    section = WorkSection("我的待办", False, app_ctx)
    qtbot.addWidget(section)
    item = WorkItem("incoming", "收文", 7, "关于做好防汛工作的通知", "拟办", "办公室主任",
                    dt.date(2026, 3, 2), None)
    section.set_items([item])
    section.show()
    qtbot.waitExposed(section)
    section.table.setFocus()
    section.table.selectRow(0)
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert opened == [(item.registry, item.record_id)]
    cell = section.table.visualRect(section.model.index(0, 2)).center()
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened == [(item.registry, item.record_id)] * 2  # a double-click opens it once

