"""A masked field is no oracle: a clerk who sees 539021********0183 may neither sort the list by
the full 身份证号 or 联系电话 (the order told whose hidden birth date came first: sorted beside a
petitioner whose number the clerk knows, every hidden one was bracketed) nor filter on it
(“contains 1990” told the year). Core refuses both; the list's header does not sort by it."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import petitions, records
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import PermissionDeniedError
from officedesk.core.record_lists import Filter

READER = Actor(username="r0", role="clerk", clearance=3)
LEADER = Actor(username="l0", role="leader", clearance=3)
IDS = ["110101199003071233", "110101198001011232", "110101200001011232"]


@pytest.fixture
def petitioners(db, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    made = []
    for n, number in enumerate(IDS):
        made.append(petitions.register_petition(
            {"登记日期": "2026-03-02", "信访形式": "来信", "信访人": f"李{n}", "身份证号": number,
             "联系电话": f"1390000{n:04d}", "问题类别": "征地拆迁", "反映内容": "反映征地补偿"},
            None, CLI_ACTOR).id)
    return made


@pytest.mark.parametrize("field", ["id_number", "phone"])
def test_a_clerk_may_not_sort_by_a_masked_field(petitioners, field):
    assert not READER.may_see_sensitive and LEADER.may_see_sensitive
    with pytest.raises(PermissionDeniedError) as refused:
        records.list_ids(petitions.SPEC, READER, sort=field)
    assert "遮盖" in refused.value.message
    by_birth = records.list_ids(petitions.SPEC, LEADER, sort="id_number", descending=False)  # allowed
    assert by_birth == [petitioners[1], petitioners[0], petitioners[2]]
    assert sorted(records.list_ids(petitions.SPEC, READER)) == sorted(petitioners)  # the list itself


def test_a_clerk_may_not_filter_on_a_masked_field(petitioners):
    for op, value in (("contains", "1990"), ("eq", IDS[0]), ("ge", "1101011990"), ("in", IDS[:1])):
        with pytest.raises(PermissionDeniedError):
            records.list_ids(petitions.SPEC, READER, [Filter("id_number", op, value)])
        with pytest.raises(PermissionDeniedError):
            records.count(petitions.SPEC, READER, [Filter("id_number", op, value)])
    assert records.list_ids(petitions.SPEC, LEADER, [Filter("id_number", "contains", "1990")]) == [petitioners[0]]
    # whether a number was given at all shows on the list (masked or empty): no secret
    assert len(records.list_ids(petitions.SPEC, READER, [Filter("id_number", "isnull", False)])) == 3


def test_the_list_header_does_not_sort_by_a_masked_column(petitioners, qtbot):
    from PySide6.QtCore import Qt

    from officedesk.ui.widgets.records_model import RegistryTableModel as RecordsModel

    model = RecordsModel(petitions.SPEC, READER)
    column = [f.name for f in model.fields].index("id_number")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert model.sort_field != "id_number"
    assert not model.sortable(column)
    leader = RecordsModel(petitions.SPEC, LEADER)
    assert leader.sortable(column)


def test_the_header_arrow_stays_off_a_masked_column(petitioners, qtbot, tmp_path):
    """Clicking the 身份证号 header neither sorts by it nor moves the arrow there (the arrow
    would say the list is in an order it is not)."""
    from PySide6.QtCore import QSettings, Qt

    from officedesk.ui.context import AppContext
    from officedesk.ui.widgets.records_table import RegistryListView

    ctx = AppContext(READER, "x", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    view = RegistryListView(ctx, petitions.SPEC)
    qtbot.addWidget(view)
    header = view.table.horizontalHeader()
    names = [f.name for f in view.model.fields]
    view.table.sortByColumn(names.index("name"), Qt.SortOrder.AscendingOrder)
    view.table.sortByColumn(names.index("id_number"), Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == names.index("name")
    assert view.model.sort_field == "name"
    ctx.stop_watching()
