"""Rows that look alike (two 发文 drafts with the same 标题, 文种, 拟稿单位 and 拟稿人 have the same
natural key): an update never goes to the wrong one. The office's own export finds each row's
record by its 记录号 (the workbook says which office it came from); a workbook of another office,
or one whose properties were lost, has a row that fits several records refused, naming them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from officedesk.core import settings
from officedesk.core.documents.outgoing import OUTGOING
from officedesk.exchange import identity, xlsx
from officedesk.exchange.report import MATCH_SKIP, MATCH_UPDATE
from officedesk.store import db as store_db
from officedesk.store.documents import OutgoingDoc
from officedesk.store.models import AppSetting

LOOK_ALIKE = {"标题": "关于测试的通知", "文种": "通知", "拟稿单位": "县委办公室秘书科",
              "拟稿人": "陈思雨", "主送": "各乡镇"}


@pytest.fixture
def drafts(db, admin):
    """Two drafts alike but for their 份数 (10 and 20), and one other."""
    settings.put("org.code", "云委办")
    first = OUTGOING.create_hook({**LOOK_ALIKE, "份数": 10}, admin)
    second = OUTGOING.create_hook({**LOOK_ALIKE, "份数": 20}, admin)
    other = OUTGOING.create_hook({"标题": "关于另一件事的通知", "文种": "通知", "份数": 5}, admin)
    return first.id, second.id, other.id


def _sheet(path: Path) -> tuple[openpyxl.Workbook, list[str]]:
    book = openpyxl.load_workbook(path)
    return book, [c.value for c in book.worksheets[0][1]]


def _keep_only(path: Path, copies: int, new_copies: int) -> None:
    """The reviewers' edit: keep the row of the draft with `copies`, and change its 份数."""
    book, headers = _sheet(path)
    sheet = book.worksheets[0]
    column = headers.index("份数") + 1
    for row in range(sheet.max_row, 1, -1):
        if sheet.cell(row=row, column=column).value != copies:
            sheet.delete_rows(row)
    assert sheet.max_row == 2
    sheet.cell(row=2, column=column, value=new_copies)
    book.save(path)


def _copies(*ids: int) -> list[int]:
    return [OutgoingDoc.get_by_id(i).copies for i in ids]


def test_the_export_ends_with_each_record_s_id_and_names_its_office(drafts, admin, tmp_path):
    path = tmp_path / "outgoing.xlsx"
    xlsx.export(OUTGOING, path, admin)
    book, headers = _sheet(path)
    assert headers[-1] == identity.RECORD_ID
    assert headers[:-1] == [f.label for f in OUTGOING.exchange_fields()]
    ids = [row[-1].value for row in book.worksheets[0].iter_rows(min_row=2)]
    assert sorted(ids) == sorted(drafts)
    assert identity.workbook_office(path) == identity.office_id() is not None
    # saved again by another program (openpyxl here; Excel and WPS alike), it still says so
    book.save(tmp_path / "saved.xlsx")
    assert identity.workbook_office(tmp_path / "saved.xlsx") == identity.office_id()


def test_an_update_of_one_of_two_look_alike_drafts_changes_that_draft(drafts, admin, tmp_path):
    first, second, _ = drafts
    path = tmp_path / "outgoing.xlsx"
    xlsx.export(OUTGOING, path, admin)
    _keep_only(path, 20, 25)

    report = xlsx.import_file(OUTGOING, path, admin, on_match=MATCH_UPDATE)
    assert report.ok, [str(p) for p in report.problems]
    [change] = report.updated
    assert change.record_id == second and change.changes == {"份数": (20, 25)}
    assert _copies(first, second) == [10, 25]


def _refused_naming_both(report, first: int, second: int) -> str:
    [problem] = report.problems
    assert problem.row == 2
    for words in (f"id {first}", f"id {second}", "份数 10", "份数 20", "标题＋文种＋拟稿单位＋拟稿人",
                  "无法确定是哪一件"):
        assert words in problem.reason, problem.reason
    return problem.reason


def test_a_workbook_of_another_office_never_updates_a_look_alike_draft(drafts, admin, tmp_path):
    first, second, _ = drafts
    path = tmp_path / "outgoing.xlsx"
    xlsx.export(OUTGOING, path, admin)
    _keep_only(path, 20, 25)
    # the same ids mean other records in another office: its 记录号 is not used here
    AppSetting.update(value='"' + "0" * 32 + '"').where(AppSetting.key == "exchange.office_id").execute()

    report = xlsx.import_file(OUTGOING, path, admin, on_match=MATCH_UPDATE)
    reason = _refused_naming_both(report, first, second)
    assert identity.RECORD_ID in reason  # how to tell them apart: the office's own export
    assert report.updated == [] and _copies(first, second) == [10, 20]


def test_rows_pasted_into_a_new_workbook_are_refused_when_they_fit_two_drafts(
    drafts, admin, tmp_path
):
    first, second, _ = drafts
    path = tmp_path / "outgoing.xlsx"
    xlsx.export(OUTGOING, path, admin)
    _keep_only(path, 20, 25)
    book, _ = _sheet(path)
    pasted = openpyxl.Workbook()  # the cells only: the workbook's properties are not copied
    for row in book.worksheets[0].iter_rows(values_only=True):
        pasted.active.append(row)
    pasted.save(path)
    assert identity.workbook_office(path) is None

    report = xlsx.import_file(OUTGOING, path, admin, on_match=MATCH_UPDATE)
    reason = _refused_naming_both(report, first, second)
    assert "不是本机关导出的原文件" in reason  # why its 记录号 does not tell them apart here
    assert report.updated == [] and _copies(first, second) == [10, 20]
    dry = xlsx.import_file(OUTGOING, path, admin, on_match=MATCH_SKIP, dry_run=True)
    _refused_naming_both(dry, first, second)


def test_the_office_s_own_export_imported_again_finds_every_row_its_record(
    drafts, admin, tmp_path
):
    path = tmp_path / "outgoing.xlsx"
    count = xlsx.export(OUTGOING, path, admin)
    report = xlsx.import_file(OUTGOING, path, admin, on_match=MATCH_UPDATE, dry_run=True)
    assert [str(p) for p in report.problems] == []
    assert report.matched == report.unchanged == count == 3


def test_a_row_copied_with_its_record_id_is_refused_as_the_same_record(drafts, admin, tmp_path):
    path = tmp_path / "outgoing.xlsx"
    xlsx.export(OUTGOING, path, admin)
    book, headers = _sheet(path)
    sheet = book.worksheets[0]
    sheet.append([c.value for c in sheet[2]])  # a new row made by copying one, 记录号 and all
    book.save(path)

    report = xlsx.import_file(OUTGOING, path, admin, on_match=MATCH_UPDATE)
    [problem] = report.problems
    assert problem.row == 5 and "与本文件第 2 行是同一条发文" in problem.reason
    assert f"请清空“{identity.RECORD_ID}”" in problem.reason


def test_a_record_id_and_a_number_of_two_records_are_refused(db, admin, tmp_path):
    settings.put("org.code", "云委办")
    for number, title in (("云委办发〔2026〕1号", "一号文"), ("云委办发〔2026〕2号", "二号文")):
        OUTGOING.create_hook({"发文字号": number, "标题": title, "文种": "通知", "签发人": "王振国",
                              "签发日期": "2026-01-05"}, admin)
    path = tmp_path / "outgoing.xlsx"
    xlsx.export(OUTGOING, path, admin)
    book, headers = _sheet(path)
    sheet = book.worksheets[0]
    number = headers.index("发文字号") + 1
    record = headers.index(identity.RECORD_ID) + 1
    sheet.cell(row=2, column=record, value=sheet.cell(row=3, column=record).value)
    sheet.cell(row=3, column=record).value = None
    book.save(path)
    before = [(d.id, d.doc_no, d.title) for d in OutgoingDoc.select().order_by(OutgoingDoc.id)]

    report = xlsx.import_file(OUTGOING, path, admin, on_match=MATCH_UPDATE)
    assert len(report.problems) == 1, [str(p) for p in report.problems]
    [problem] = report.problems
    assert problem.row == 2 and problem.column == identity.RECORD_ID
    assert sheet.cell(row=2, column=number).value in problem.reason
    assert [(d.id, d.doc_no, d.title) for d in OutgoingDoc.select().order_by(OutgoingDoc.id)] == before


def test_look_alike_drafts_come_into_another_office_as_two_drafts(drafts, admin, tmp_path):
    path = tmp_path / "outgoing.xlsx"
    xlsx.export(OUTGOING, path, admin)
    store_db.close_database()
    settings.forget_cache()
    store_db.open_database(str(tmp_path / "other-office.db"))
    settings.put("org.code", "云委办")

    report = xlsx.import_file(OUTGOING, path, admin, history=True)
    assert report.ok and report.imported == 3, [str(p) for p in report.problems]
    alike = OutgoingDoc.select().where(OutgoingDoc.title == LOOK_ALIKE["标题"])
    assert sorted(d.copies for d in alike) == [10, 20]
    # there, the rows fit two drafts each and name no record of that office: refused, clearly
    again = xlsx.import_file(OUTGOING, path, admin, on_match=MATCH_UPDATE, dry_run=True)
    sheet = xlsx.read_rows(path)
    alike_rows = {n for n, row in sheet.rows if row[sheet.headers.index("标题")] == LOOK_ALIKE["标题"]}
    assert {p.row for p in again.problems} == alike_rows and len(alike_rows) == 2
    assert all("无法确定是哪一件" in p.reason for p in again.problems)
