"""An imported 督查 牵头单位/协办单位 and 收文 承办单位 are units of the 通讯录, as at `add` and
in the steps: a 简称 is stored as the 名称 (the 通报 and the stats group by it), an unknown unit
is refused naming its row and column, and nothing of the file is written."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from officedesk.core import directory, records, settings
from officedesk.core import supervision as sv
from officedesk.core.documents import incoming
from officedesk.exchange import xlsx

from .sheets import write_sheet

TODAY = dt.date(2026, 6, 30)
ITEM = {"事项名称": "推进老旧小区改造", "来源": "领导批示", "立项日期": dt.date(2026, 6, 1),
        "办结时限": dt.date(2026, 9, 30)}
DOC = {"来文机关": "市委办公室", "标题": "关于防汛工作的通知", "文种": "通知",
       "收文日期": dt.date(2026, 6, 20)}


@pytest.fixture
def office(db, fixed_today, admin):
    fixed_today(TODAY)
    settings.put("org.name", "中共云岭县委办公室")
    for name, short in (("县财政局", "财政局"), ("县教育局", "教育局")):
        records.create(directory.UNITS, {"单位名称": name, "简称": short}, admin)
    return db


def _import(spec: Any, tmp_path, rows: list[dict[str, Any]], admin) -> Any:
    return xlsx.import_file(spec, write_sheet(spec, tmp_path / "in.xlsx", rows), admin)


def test_supervision_rows_store_the_full_names(office, admin, tmp_path):
    report = _import(sv.SPEC, tmp_path, [{**ITEM, "牵头单位": "财政局", "协办单位": "教育局"}], admin)
    assert not report.problems, [str(p) for p in report.problems]
    item = sv.SupervisionItem.get()
    assert (item.lead_unit, item.co_units) == ("县财政局", "县教育局")
    assert [t.lead_unit for t in sv.tasks_of(item.id, admin)] == ["县财政局"]


@pytest.mark.parametrize("column", ["牵头单位", "协办单位"])
def test_an_unknown_supervision_unit_is_refused_by_row_and_column(office, admin, tmp_path, column):
    rows = [{**ITEM, "牵头单位": "财政局"},
            {**ITEM, "事项名称": "另一事项", "牵头单位": "财政局", column: "不存在单位"}]
    report = _import(sv.SPEC, tmp_path, rows, admin)
    assert [(p.row, p.column) for p in report.problems] == [(3, column)], [
        str(p) for p in report.problems]
    assert "“不存在单位”不在通讯录中" in report.problems[0].reason
    assert sv.SupervisionItem.select().count() == 0


def test_incoming_rows_store_the_full_name_and_refuse_an_unknown_one(office, admin, tmp_path):
    rows = [{**DOC, "来文字号": "市委办发〔2026〕1号", "承办单位": "财政局"},
            {**DOC, "来文字号": "市委办发〔2026〕2号", "承办单位": "不存在的局"}]
    report = _import(incoming.INCOMING, tmp_path, rows, admin)
    assert [(p.row, p.column) for p in report.problems] == [(3, "承办单位")], [
        str(p) for p in report.problems]
    assert incoming.IncomingDoc.select().count() == 0
    report = _import(incoming.INCOMING, tmp_path, rows[:1], admin)
    assert not report.problems, [str(p) for p in report.problems]
    assert incoming.IncomingDoc.get().handler_unit == "县财政局"


def test_an_update_naming_the_co_unit_by_its_short_name_changes_nothing(office, admin, tmp_path):
    """export → 协办单位 “县财政局” written “财政局” → import --update: the same unit, not a change
    refused as one only the window may make."""
    import openpyxl

    from officedesk.exchange.report import MATCH_UPDATE

    assert not _import(sv.SPEC, tmp_path, [{**ITEM, "牵头单位": "教育局", "协办单位": "财政局"}], admin).problems
    path = tmp_path / "out.xlsx"
    xlsx.export(sv.SPEC, path, admin)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=headers.index("协办单位") + 1).value = "财政局"
    book.save(path)
    report = xlsx.import_file(sv.SPEC, path, admin, on_match=MATCH_UPDATE, dry_run=True)
    assert not report.problems, [str(p) for p in report.problems]
