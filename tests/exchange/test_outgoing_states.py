"""发文 from a sheet keeps its 状态: a document 已核稿, 已复核, 已印制 or 已归档 comes back in that
state with its facts (核稿人, 签发人, 发文字号, 印发日期, 档号); a state without its facts, or with a
fact of a later step, is refused naming row, column and what to do; 会签中 (the 会签 units are
rows of their own) is refused as something only the steps make."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import settings, state_facts
from officedesk.core.documents import outgoing
from officedesk.exchange import xlsx
from officedesk.exchange.report import MATCH_UPDATE

from .sheets import write_sheet

TODAY = dt.date(2026, 6, 30)
DRAFT = {"标题": "关于做好防汛工作的通知", "文种": "通知", "拟稿单位": "县委办公室", "拟稿人": "陈思雨"}
SIGNED = {**DRAFT, "核稿人": "李科长", "签发人": "姚国强", "签发日期": dt.date(2026, 6, 2)}
PRINTED = {**SIGNED, "发文字号": "云委办发〔2026〕1号", "状态": "已印制",
           "印发日期": dt.date(2026, 6, 4)}


@pytest.fixture
def office(db, fixed_today):
    fixed_today(TODAY)
    settings.put("org.name", "中共云岭县委办公室")
    settings.put("org.code", "云委办")
    return db


def _sheet(path: Path, rows: list[dict[str, Any]]) -> Path:
    return write_sheet(outgoing.OUTGOING, path, rows)


def test_the_sheet_carries_the_states_and_their_facts():
    labels = [f.label for f in outgoing.OUTGOING.exchange_fields()]
    assert {"状态", "核稿人", "签发人", "签发日期", "发文字号", "印发日期", "档号"} <= set(labels)


@pytest.mark.parametrize(
    ("row", "state", "offered"),
    [
        ({**DRAFT, "核稿人": "李科长", "状态": "已核稿"}, "已核稿", "签发"),
        ({**SIGNED, "状态": "已签发"}, "已签发", "复核"),
        ({**SIGNED, "状态": "复审中"}, "复审中", "签发"),
        ({**SIGNED, "状态": "已复核"}, "已复核", "编号"),
        ({**SIGNED, "发文字号": "云委办发〔2026〕1号", "状态": "已编号"}, "已编号", "印制"),
        (PRINTED, "已印制", "核发"),
        ({**PRINTED, "状态": "已核发"}, "已核发", "归档"),
        ({**PRINTED, "状态": "已归档", "档号": "Z021-WS·2026-Y-0001"}, "已归档", None),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_a_document_comes_back_in_its_state(office, admin, tmp_path, row, state, offered):
    report = xlsx.import_file(outgoing.OUTGOING, _sheet(tmp_path / "o.xlsx", [row]), admin)
    assert report.ok, [str(p) for p in report.problems]
    record = outgoing.OUTGOING.model.get_by_id(report.ids[0])
    assert record.state == state
    assert (record.checker, record.signer) == (row.get("核稿人", ""), row.get("签发人", ""))
    if "签发日期" in row:  # 成文日期 is the day of signing, as the 签发 step sets it
        assert record.doc_date == row["签发日期"]
    assert record.print_date == row.get("印发日期")
    assert (offered in outgoing.offered_steps(record)) if offered else not outgoing.offered_steps(record)
    assert state_facts.check_all() == []
    # its export imported again finds it, with nothing to change
    xlsx.export(outgoing.OUTGOING, tmp_path / "export.xlsx", admin)
    again = xlsx.import_file(outgoing.OUTGOING, tmp_path / "export.xlsx", admin, dry_run=True,
                             on_match=MATCH_UPDATE)
    assert (again.matched, again.unchanged, again.problems) == (1, 1, [])


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        ({**DRAFT, "状态": "已核稿"}, "状态", "缺少：核稿人"),
        ({**PRINTED, "印发日期": None}, "状态", "缺少：印发日期"),
        ({**PRINTED, "状态": "已归档"}, "状态", "缺少：档号"),
        ({**SIGNED, "状态": "已签发", "签发日期": None}, "状态", "缺少：签发日期"),
        ({**DRAFT, "状态": "会签中"}, "状态", "只能经办理步骤得到"),
        ({**DRAFT, "状态": "拟稿中", "发文字号": "云委办发〔2026〕1号"}, "发文字号", "请填写相应的状态"),
        ({**SIGNED, "状态": "已核稿"}, "签发人", "“已签发”以后才有"),
        ({**PRINTED, "状态": "已编号"}, "印发日期", "“已印制”以后才有"),
        ({**PRINTED, "印发日期": dt.date(2026, 6, 1)}, "印发日期", "不能早于成文日期"),
    ],
    ids=["checked-unchecked", "printed-undated", "archived-unfiled", "signed-undated",
         "countersigning", "draft-numbered", "checked-signed", "numbered-printed", "printed-early"],
)
def test_a_state_without_its_facts_is_refused_by_row_and_column(
    office, admin, tmp_path, row, column, words
):
    rows = [DRAFT | {"标题": "另一份通知"}, row]
    report = xlsx.import_file(outgoing.OUTGOING, _sheet(tmp_path / "o.xlsx", rows), admin)
    assert [(p.row, p.column) for p in report.problems] == [(3, column)], [
        str(p) for p in report.problems]
    assert words in report.problems[0].reason
    assert outgoing.OUTGOING.model.select().count() == 0


def test_a_sheet_without_states_still_reads_signed_and_numbered_documents(office, admin, tmp_path):
    """A 台账 kept before the 状态 column: a 签发人 means 已签发, a 发文字号 已编号."""
    rows = [SIGNED | {"标题": "已签发的通知"}, {**PRINTED, "状态": None, "印发日期": None}]
    report = xlsx.import_file(outgoing.OUTGOING, _sheet(tmp_path / "o.xlsx", rows), admin)
    assert report.ok, [str(p) for p in report.problems]
    states = [outgoing.OUTGOING.model.get_by_id(i).state for i in report.ids]
    assert states == ["已签发", "已编号"]


def test_the_rechecker_is_a_column_of_the_sheet_and_comes_back(office, admin, tmp_path):
    """复核人 is a field of its own (it was only in the 办理过程): exported under its header,
    brought back by an import, and, as a fact of 复核, refused on a row still before it."""
    assert "复核人" in [f.label for f in outgoing.OUTGOING.exchange_fields()]
    row = {**SIGNED, "复核人": "周秘书", "状态": "已复核"}
    report = xlsx.import_file(outgoing.OUTGOING, _sheet(tmp_path / "o.xlsx", [row]), admin)
    assert report.ok, [str(p) for p in report.problems]
    record = outgoing.OUTGOING.model.get_by_id(report.ids[0])
    assert (record.state, record.rechecker) == ("已复核", "周秘书")
    xlsx.export(outgoing.OUTGOING, tmp_path / "export.xlsx", admin)
    sheet = xlsx.read_rows(tmp_path / "export.xlsx")
    assert [cells[sheet.headers.index("复核人")] for _n, cells in sheet.rows] == ["周秘书"]
    again = xlsx.import_file(outgoing.OUTGOING, tmp_path / "export.xlsx", admin, dry_run=True,
                             on_match=MATCH_UPDATE)
    assert (again.matched, again.unchanged, again.problems) == (1, 1, [])
    early = {**SIGNED, "标题": "另一份通知", "复核人": "周秘书", "状态": "已签发"}
    refused = xlsx.import_file(outgoing.OUTGOING, _sheet(tmp_path / "e.xlsx", [early]), admin)
    assert [(p.row, p.column) for p in refused.problems] == [(2, "复核人")]
    assert "“已复核”以后才有" in refused.problems[0].reason
