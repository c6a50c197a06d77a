"""Tab moves on from a table to the next control (arrow keys move between its cells): the
信访人 table of 登记信访 and its 可能的重复件, 座次, 信息刊物 and 信息工作排名, 会议纪要."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

from tests.meetings.conftest import directory_data  # noqa: F401  (a fixture)
from tests.ui.forms import shown


def _rows(table: QTableWidget, count: int = 2) -> None:
    """Cells to move through (an empty list has nothing for Tab to wrap in)."""
    if table.rowCount() >= count:
        return
    table.setRowCount(count)
    for row in range(count):
        for column in range(table.columnCount()):
            if table.item(row, column) is None:
                table.setItem(row, column, QTableWidgetItem(f"{row}{column}"))


def _tab_leaves(table: QTableWidget, qtbot) -> None:
    _rows(table)
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Right)  # arrows move between cells …
    assert table.currentColumn() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # … Tab moves on
    focus = QApplication.focusWidget()
    assert focus is not table and not table.isAncestorOf(focus), table.accessibleName()


def test_tab_leaves_the_petitioner_table_for_add_petitioner(app_ctx, qtbot):
    import officedesk.core.petitions  # noqa: F401
    from officedesk.ui.petitions.register_dialog import RegistrationDialog

    dialog = shown(RegistrationDialog(app_ctx), qtbot)
    _tab_leaves(dialog.people, qtbot)
    assert QApplication.focusWidget() is dialog.add_person
    _tab_leaves(dialog.repeat_table, qtbot)


@pytest.mark.usefixtures("directory_data")
def test_tab_leaves_the_seating_grid(app_ctx, qtbot):
    from officedesk.core import meetings as m
    from officedesk.ui.meetings.seating import SeatingDialog
    from tests.meetings.conftest import make_draft

    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明"]), app_ctx.actor)
    dialog = shown(SeatingDialog(app_ctx, meeting), qtbot)
    _tab_leaves(dialog.grid, qtbot)


def test_tab_leaves_the_tables_of_the_info_dialogs(app_ctx, qtbot):
    from officedesk.ui.info.dialogs import IssuesDialog, RankingDialog

    for kind in (IssuesDialog, RankingDialog):
        dialog = shown(kind(app_ctx, lambda *a: None), qtbot)
        _tab_leaves(dialog.table, qtbot)
        dialog.close()


@pytest.mark.usefixtures("directory_data")
def test_tab_leaves_the_decisions_of_the_minutes(app_ctx, qtbot):
    from officedesk.core import meetings as m
    from officedesk.ui.meetings.minutes import DEADLINE, MinutesDialog
    from tests.meetings.conftest import make_draft

    meeting = m.save_meeting(make_draft(attendees=["李建国"]), app_ctx.actor)
    dialog = shown(MinutesDialog(app_ctx, meeting), qtbot)
    _tab_leaves(dialog.table, qtbot)
    # a decision corrected in its last cell: Tab keeps it and moves on (Qt wrapped to the first)
    dialog.table.setFocus()
    dialog.table.setCurrentCell(1, DEADLINE)
    for char in "2026-12-31":
        qtbot.keyClick(QApplication.focusWidget(), char)
    assert dialog.table.isAncestorOf(QApplication.focusWidget())  # a cell editor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not dialog.table and not dialog.table.isAncestorOf(focus)
    assert dialog.table.item(1, DEADLINE).text() == "2026-12-31"


def test_tab_from_a_petitioner_cell_being_typed_keeps_it_and_moves_on(app_ctx, qtbot):
    import officedesk.core.petitions  # noqa: F401
    from officedesk.ui.petitions.register_dialog import RegistrationDialog

    dialog = shown(RegistrationDialog(app_ctx), qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.people)
    dialog.people.setCurrentCell(0, dialog.people.columnCount() - 1)  # the last cell: Qt wrapped
    for char in "Wang":
        qtbot.keyClick(QApplication.focusWidget(), char)
    assert dialog.people.isAncestorOf(QApplication.focusWidget())  # a cell editor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.add_person)
    assert dialog.people.item(0, dialog.people.columnCount() - 1).text() == "Wang"


def test_tab_leaves_the_history_table(db, qtbot):
    from officedesk.core import records
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.directory import UNITS
    from officedesk.ui.widgets.history import HistoryDialog

    unit = records.create(UNITS, {"单位名称": "县委办公室"}, CLI_ACTOR)
    records.update(UNITS, unit.id, {"简称": "县委办"}, unit.version, CLI_ACTOR)
    dialog = shown(HistoryDialog("units", unit.id, actor=CLI_ACTOR), qtbot)
    _tab_leaves(dialog.table, qtbot)
