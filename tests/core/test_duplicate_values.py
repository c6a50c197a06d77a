"""A value a unique column already holds is refused naming the field by its FieldSpec label and
the value typed, on SQLite as on PostgreSQL (SQLite's “UNIQUE constraint failed: room.name”
names neither): in the form next to the field, at `add` and by row and column at import."""

from __future__ import annotations

import openpyxl
import pytest

from officedesk.core import records
from officedesk.core.directory import ROOMS
from officedesk.core.errors import ValidationError
from officedesk.core.ranks import RANKS
from officedesk.exchange import xlsx
from officedesk.exchange.report import MATCH_ADD
from officedesk.store import db_errors


def test_a_room_of_a_name_taken(any_db, admin):
    records.create(ROOMS, {"名称": "第一会议室", "容量": 40}, admin)
    with pytest.raises(ValidationError) as caught:
        records.create(ROOMS, {"名称": "第一会议室", "容量": 20}, admin)
    assert caught.value.field == "name"
    assert "已有同名的会议室“第一会议室”" in caught.value.message
    assert "会议室的名称不能重复" in caught.value.message
    assert ROOMS.model.select().count() == 1


def test_a_room_renamed_to_a_name_taken(any_db, admin):
    records.create(ROOMS, {"名称": "第一会议室"}, admin)
    second = records.create(ROOMS, {"名称": "第二会议室"}, admin)
    with pytest.raises(ValidationError) as caught:
        records.update(ROOMS, second.id, {"名称": "第一会议室"}, second.version, admin)
    assert (caught.value.field, "“第一会议室”" in caught.value.message) == ("name", True)
    assert ROOMS.model.get_by_id(second.id).name == "第二会议室"


def test_a_rank_of_an_order_taken_names_its_label(any_db, admin):
    records.create(RANKS, {"职级名称": "测试职级甲", "排序": 41}, admin)
    with pytest.raises(ValidationError) as caught:
        records.create(RANKS, {"职级名称": "测试职级乙", "排序": 41}, admin)
    assert caught.value.field == "sort_order"
    assert "已有排序相同的职级“41”" in caught.value.message, caught.value.message


def test_an_import_names_row_column_and_value(any_db, admin, tmp_path):
    records.create(ROOMS, {"名称": "第一会议室"}, admin)
    book = openpyxl.Workbook()
    for row in (["名称", "容量"], ["第二会议室", 10], ["第一会议室", 30]):
        book.active.append(row)
    book.save(tmp_path / "rooms.xlsx")
    report = xlsx.import_file(ROOMS, tmp_path / "rooms.xlsx", admin, on_match=MATCH_ADD)
    assert [(p.row, p.column) for p in report.problems] == [(3, "名称")], [
        str(p) for p in report.problems]
    assert "“第一会议室”" in report.problems[0].reason


def test_the_drivers_texts_are_read_alike():
    sqlite = db_errors.unique_violation(Exception("UNIQUE constraint failed: job_rank.sort_order"))
    postgres = db_errors.unique_violation(Exception(
        'duplicate key value violates unique constraint "job_rank_sort_order"\n'
        "DETAIL:  Key (sort_order)=(3) already exists."))
    assert sqlite == db_errors.UniqueViolation("job_rank", ("sort_order",), "")
    assert postgres == db_errors.UniqueViolation("job_rank", ("sort_order",), "3")
    assert db_errors.unique_violation(Exception("NOT NULL constraint failed: room.name")) is None
