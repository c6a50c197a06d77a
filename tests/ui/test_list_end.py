"""Going to the end of a big list before its whole id list is read (issue 14): the last rows
come from the list's query walked backwards and a count, never from reading every id first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from officedesk.core import record_lists, records, registry
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.widgets import records_model
from officedesk.ui.widgets.records_table import RegistryListView
from tests.staff import add_people


@pytest.fixture
def people(admin):
    return add_people(admin, 450)


@pytest.fixture
def held_rest(monkeypatch):
    """The rest of the list waits (as it does for seconds on a million records)."""
    monkeypatch.setattr(records_model, "REST_DELAY_MS", 60_000)


def _view(app_ctx, spec, qtbot) -> RegistryListView:
    view = RegistryListView(app_ctx, spec)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    return view


def _column(view, name: str) -> int:
    return [f.name for f in view.model.fields].index(name)


def test_ctrl_end_shows_the_last_record_of_the_sort_order(app_ctx, people, admin, qtbot, held_rest):
    view = _view(app_ctx, people, qtbot)
    assert view.model.rowCount() == 200 and not view.model.complete
    order = records.list_ids(people, admin)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    QTest.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == 450
    assert view.current_id() == order[-1]
    assert view.table.currentIndex().row() == 449
    last = records.get(people, order[-1], CLI_ACTOR)
    assert view.model.data(view.model.index(449, _column(view, "name"))) == last.name
    assert not view.model.complete  # the ids between were not read for it


def test_scrolling_to_the_bottom_keeps_the_selection_and_the_rest_fills_in(app_ctx, people, admin, qtbot,
                                                                             held_rest):
    view = _view(app_ctx, people, qtbot)
    order = records.list_ids(people, admin)
    view.table.selectRow(3)
    view.table.scrollToBottom()
    assert view.model.rowCount() == 450
    assert view.model.record_id_at(449) == order[-1] and view.model.record_id_at(250) == order[250]
    assert view.model.record_id_at(220) is None  # between the pages: not read yet
    assert view.model.data(view.model.index(220, 0)) == records_model.NOT_YET
    assert view.selected_ids() == [order[3]]
    view.model.ensure_complete()  # the rest arrives
    assert view.model.complete and view.model.rowCount() == 450
    assert [view.model.record_id_at(r) for r in range(450)] == order
    assert view.selected_ids() == [order[3]]  # filled in, not reset


def test_the_end_of_a_sorted_and_filtered_list(app_ctx, people, admin, qtbot, held_rest):
    view = _view(app_ctx, people, qtbot)
    view.model.sort(_column(view, "rank"), Qt.SortOrder.AscendingOrder)
    view.search_box.setText("张")
    view.refresh()
    order = records.list_ids(people, admin, text="张", sort="rank", descending=False)
    assert len(order) == 450 and view.model.rowCount() == 200
    view.table.scrollToBottom()
    assert [view.model.record_id_at(r) for r in range(250, 450)] == order[250:]
    assert records.list_ids(people, admin, text="张", sort="rank", descending=False, limit=5,
                            from_end=True) == order[-5:]


def test_a_list_that_changed_meanwhile_starts_over(app_ctx, people, admin, qtbot, held_rest):
    view = _view(app_ctx, people, qtbot)
    view.table.scrollToBottom()
    records.create(people, {"姓名": "李新", "单位": "县委办公室"}, admin)
    view.model.ensure_complete()
    assert view.model.rowCount() == 451
    assert [view.model.record_id_at(r) for r in range(451)] == records.list_ids(people, admin)


def test_a_short_list_is_simply_complete(app_ctx, admin, qtbot, held_rest):
    spec = registry.get("rooms")
    for i in range(3):
        records.create(spec, {"名称": f"第{i}会议室"}, admin)
    view = _view(app_ctx, spec, qtbot)
    view.table.scrollToBottom()
    assert view.model.complete and view.model.rowCount() == 3


def test_a_word_in_most_records_brings_the_end_with_the_rest(app_ctx, people, admin, qtbot, held_rest,
                                                             monkeypatch):
    monkeypatch.setattr(record_lists, "QUICK_COUNT_HITS", 10)  # as 反映 in a million records: no count
    view = _view(app_ctx, people, qtbot)
    view.search_box.setText("张")
    view.refresh()
    order = records.list_ids(people, admin, text="张")
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    QTest.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == 200  # nothing counted, the window did not wait
    view.model.ensure_complete()  # the rest arrives
    assert view.table.currentIndex().row() == 449 and view.current_id() == order[-1]
