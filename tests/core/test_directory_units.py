"""Units are picked by 名称 or 简称 (单位=县委办): no unit's 名称 or 简称 may be another's, or the
pick silently took one of them."""

from __future__ import annotations

import openpyxl
import pytest

from officedesk.core import directory, records
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx


@pytest.fixture
def office(db, admin):
    records.create(directory.UNITS, {"单位名称": "县委办公室", "简称": "县委办"}, admin)
    return db


@pytest.mark.parametrize("values", [{"单位名称": "测试单位乙", "简称": "县委办"},
                                    {"单位名称": "测试单位乙", "简称": "县委办公室"},
                                    {"单位名称": "县委办"}])
def test_a_name_taken_by_another_unit_is_refused(office, admin, values):
    with pytest.raises(ValidationError) as caught:
        records.create(directory.UNITS, values, admin)
    assert "县委办公室" in caught.value.message  # which unit has it


def test_a_unit_keeps_its_own_names_when_edited(office, admin):
    unit = directory.unit_by_name("县委办")
    records.update(directory.UNITS, unit.id, {"简称": "县委办", "单位名称": "县委办公室"},
                   unit.version, admin)
    other = records.create(directory.UNITS, {"单位名称": "城关镇", "简称": "城关镇"}, admin)
    assert other.short_name == "城关镇"


def test_an_import_with_two_rows_sharing_a_short_name_is_refused(office, admin, tmp_path):
    book = openpyxl.Workbook()
    for row in (["单位名称", "简称"], ["县财政局", "财政局"], ["市财政局", "财政局"]):
        book.active.append(row)
    book.save(tmp_path / "u.xlsx")
    report = xlsx.import_file(directory.UNITS, tmp_path / "u.xlsx", admin)
    assert report.imported == 0
    assert [p.row for p in report.problems] == [3]
    assert "县财政局" in report.problems[0].reason


def test_a_unit_is_known_as_soon_as_it_is_added(office, admin):
    # names are read at most once a second for a batch's rows; one added meanwhile is found live
    assert directory.known_unit("县委办") == "县委办公室"
    with pytest.raises(ValidationError, match="不在通讯录中"):
        directory.known_unit("县财政局")
    records.create(directory.UNITS, {"单位名称": "县财政局", "简称": "财政局"}, admin)
    assert directory.known_unit("县财政局") == "县财政局"


def test_another_database_remembers_nothing_of_the_last(office, admin, tmp_path):
    from officedesk.store import db as store_db

    assert directory.known_unit("县委办") == "县委办公室"
    store_db.open_database(str(tmp_path / "other.db"))
    try:
        records.create(directory.UNITS, {"单位名称": "市委办公室", "简称": "市委办"}, admin)
        with pytest.raises(ValidationError, match="不在通讯录中"):
            directory.known_unit("县委办")
    finally:
        store_db.close_database()
