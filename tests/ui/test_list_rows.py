"""The list reads the rows it paints: a screenful in one query, not two screens; its row numbers
are sized without asking the model for two hundred of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHeaderView

from officedesk.core import records
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.widgets import records_model
from officedesk.ui.widgets.records_table import RegistryListView
from tests.staff import add_people


@pytest.fixture
def people(admin):
    return add_people(admin, 120)


@pytest.fixture
def reads(monkeypatch):
    """The ids of every page the lists read (records.fetch_shown: as the user may see them now)."""
    made: list[list[int]] = []
    real = records.fetch_shown

    def fetch_shown(spec, ids, actor):
        made.append(list(ids))
        return real(spec, ids, actor)

    monkeypatch.setattr(records, "fetch_shown", fetch_shown)
    return made


def _shown_rows(view) -> range:
    table = view.table
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    return range(first, (last if last >= 0 else view.model.rowCount() - 1) + 1)


def _painted(app_ctx, spec, qtbot) -> RegistryListView:
    """A list of the registry, 900 × 500, shown and painted once."""
    view = RegistryListView(app_ctx, spec)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.table.viewport().grab()
    return view


def test_the_first_paint_reads_the_rows_in_view_in_one_query(app_ctx, people, admin, qtbot, reads):
    view = _painted(app_ctx, people, qtbot)
    shown = _shown_rows(view)
    assert len(shown) > 5
    assert len(reads) == 1
    order = records.list_ids(people, admin)
    assert set(order[shown.start:shown.stop]) <= set(reads[0])
    assert len(reads[0]) <= view.model.page_rows + records_model.AROUND
    name = [f.name for f in view.model.fields].index("name")
    for row in shown:
        assert view.model.data(view.model.index(row, name)) == records.get(people, order[row], CLI_ACTOR).name


def test_a_screen_further_down_is_read_once(app_ctx, people, admin, qtbot, reads):
    view = _painted(app_ctx, people, qtbot)
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.value() + len(_shown_rows(view)))
    reads.clear()
    view.table.viewport().grab()
    view.table.viewport().grab()
    assert len(reads) == 1
    order = records.list_ids(people, admin)
    name = [f.name for f in view.model.fields].index("name")
    for row in _shown_rows(view):
        assert view.model.data(view.model.index(row, name)) == records.get(people, order[row], CLI_ACTOR).name
    assert len(reads) == 1  # every row in view was read by that one query


def _qt_own_header_hint(view):
    """What Qt's own vertical header would ask for, on the same model and settings."""
    own = QHeaderView(Qt.Orientation.Vertical)
    own.setModel(view.model)
    own.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    own.setDefaultSectionSize(view.table.verticalHeader().defaultSectionSize())
    own.setFont(view.table.verticalHeader().font())
    return own.sizeHint()


def test_the_row_numbers_are_as_wide_as_qt_makes_them(app_ctx, people, admin, qtbot):
    view = RegistryListView(app_ctx, people)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    header = view.table.verticalHeader()
    assert view.model.rowCount() == 120
    assert header.sizeHint() == _qt_own_header_hint(view)
    view.search_box.setText("张00")
    view.refresh()
    assert view.model.rowCount() == 10
    assert header.sizeHint() == _qt_own_header_hint(view)
    view.search_box.setText("")
    view.refresh()
    # a click on a row number selects the row, as on Qt's own header
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert view.selected_ids() == [records.list_ids(people, admin)[0]]



def test_the_old_id_list_is_let_go_once_the_new_list_has_painted(app_ctx, people, admin, qtbot, monkeypatch):
    monkeypatch.setattr(records_model, "FIRST_PAGE", 50)  # 120 records: a first page and the rest
    view = RegistryListView(app_ctx, people)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.model.ensure_complete()
    assert view.model.rowCount() == 120
    view.search_box.setText("张01")
    view.refresh()
    assert [view.model.record_id_at(r) for r in range(view.model.rowCount())] == records.list_ids(
        people, admin, text="张01")
    assert view.model._released  # the whole old list waits for the paint …
    qtbot.waitUntil(lambda: not view.model._released, timeout=2000)  # … then goes
