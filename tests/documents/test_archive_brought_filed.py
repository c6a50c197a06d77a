"""A 收文 or 发文 a past register brings 已归档 with its 档号 (import --history): a 档号 the
office holds already (a 目录 entry's, another record's) or another row of the file brings is
refused by row and column, nothing written; one that reads as this office's (its 全宗号, the form
archive_number writes, a year of the document's dates) is entered in the 归档文件目录 with its
件号 claimed and an audit entry `check` holds the entry to; any other is kept on the document
only, as before, and the import report says so as a note."""

from __future__ import annotations

import openpyxl
import pytest

from officedesk.core import check
from officedesk.core.documents import archive, archive_check, incoming, outgoing
from officedesk.exchange import xlsx
from officedesk.store.documents import ArchiveItem

from .helpers import archive_it, incoming_to_done

OURS = "Z021-WS·2026-D30-BGS-0005"  # the office's 全宗号 (conftest), archive_it's class


def _rows(n: int, number: str | None, **more) -> dict:
    return {"收文编号": f"收〔2026〕{n}号", "收文日期": "2026-03-02", "来文机关": "省委办公厅",
            "标题": f"旧文{n}", "状态": "已归档", "办结日期": "2026-03-20", "档号": number, **more}


def _file(tmp_path, rows: list[dict], name: str = "old.xlsx"):
    path = xlsx.write_template(incoming.INCOMING, tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    for row in rows:
        sheet.append([row.get(h) for h in headers])
    book.save(tmp_path / name)
    return tmp_path / name


def _bring(tmp_path, admin, rows: list[dict], **kw):
    return xlsx.import_file(incoming.INCOMING, _file(tmp_path, rows), admin, history=True, **kw)


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_number_another_row_of_the_file_brings_is_refused(any_office, admin, tmp_path, dry_run):
    report = _bring(tmp_path, admin, [_rows(1, "Z001-WS·2020-Y-0003"), _rows(2, "Z001-WS·2020-Y-0003")],
                    dry_run=dry_run)
    assert not report.ok and [(p.row, p.column) for p in report.problems] == [(3, "档号")], \
        [str(p) for p in report.problems]
    assert "Z001-WS·2020-Y-0003" in report.problems[0].reason
    assert incoming.IncomingDoc.select().count() == 0


def test_a_number_a_record_of_the_office_holds_is_refused(any_office, secretary, admin, tmp_path):
    filed = archive_it("incoming", incoming_to_done(secretary), secretary, retention="定期30年")
    report = _bring(tmp_path, admin, [_rows(11, "旧档 12号"), _rows(12, filed.archive_no)])
    assert [(p.row, p.column) for p in report.problems] == [(3, "档号")], [str(p) for p in report.problems]
    assert incoming.IncomingDoc.select().count() == 1
    ok = _bring(tmp_path, admin, [_rows(11, "旧档 12号")])
    assert ok.ok
    again = _bring(tmp_path, admin, [_rows(13, "旧档 12号")])  # held by the record just brought
    assert [(p.row, p.column) for p in again.problems] == [(2, "档号")]


def test_the_office_s_number_is_entered_in_the_list(any_office, secretary, admin, tmp_path):
    report = _bring(tmp_path, admin, [_rows(1, OURS), _rows(2, "Z001-WS·2020-Y-0003")])
    assert report.ok, [str(p) for p in report.problems]
    entries = list(ArchiveItem.select())
    assert [(e.archive_no, e.record_id, e.piece_no, e.year, e.retention, e.org_code, e.title)
            for e in entries] == [(OURS, report.ids[0], 5, 2026, "D30", "BGS", "旧文1")]
    record = incoming.IncomingDoc.get_by_id(report.ids[0])
    assert (record.state, record.archive_no, record.retention) == ("已归档", OURS, "定期30年")
    other = incoming.IncomingDoc.get_by_id(report.ids[1])
    assert (other.archive_no, other.retention) == ("Z001-WS·2020-Y-0003", "")
    assert list(archive_check.problems()) == []
    assert [p.message for p in check.run_checks(update_anchor=False)] == []
    # the note: the other 全宗's 档号 kept on the document only
    said = report.summary()
    assert "第 3 行" in said and "Z001-WS·2020-Y-0003" in said and "未载入归档文件目录" in said, said
    assert OURS not in said
    # the class's next 归档 follows the 件号 brought
    again = archive_it("incoming", incoming_to_done(secretary), secretary, retention="定期30年")
    assert again.archive_no == "Z021-WS·2026-D30-BGS-0006"


def test_batch_and_one_by_one_write_the_same(any_office, admin, tmp_path, monkeypatch):
    """The batch (the rows copied in) and the row path (one by one) enter the same 件."""
    monkeypatch.setattr("officedesk.core.batch.supported", lambda *a, **k: False)
    report = _bring(tmp_path, admin, [_rows(1, OURS), _rows(2, "Z021-WS·2026-Y-0002")])
    assert report.ok, [str(p) for p in report.problems]
    assert sorted(e.archive_no for e in ArchiveItem.select()) == [OURS, "Z021-WS·2026-Y-0002"]
    assert [p.message for p in check.run_checks(update_anchor=False)] == []
    refused = _bring(tmp_path, admin, [_rows(3, OURS)])
    assert [(p.row, p.column) for p in refused.problems] == [(2, "档号")]
    assert "一个档号只能给一件文件" in refused.problems[0].reason
    # one kept on the document only (no 目录 entry to stop it), twice in the file
    twice = _bring(tmp_path, admin, [_rows(4, "旧档 9号"), _rows(5, "旧档 9号")])
    assert [(p.row, p.column) for p in twice.problems] == [(3, "档号")], [str(p) for p in twice.problems]
    assert incoming.IncomingDoc.select().count() == 2


def test_a_year_the_document_s_dates_do_not_allow_is_kept_with_a_note(any_office, admin, tmp_path):
    report = _bring(tmp_path, admin, [_rows(1, "Z021-WS·2019-D30-0001")])
    assert report.ok and not ArchiveItem.select().exists()
    assert "年度 2019" in report.summary()
    # one 办结 the next year is filed in that year (DA/T 22-2015: 跨年度 filed when 办结)
    late = _bring(tmp_path, admin, [_rows(2, "Z021-WS·2026-D10-0001", 收文编号="收〔2025〕2号",
                                          收文日期="2025-12-28", 办结日期="2026-01-05")])
    assert late.ok, [str(p) for p in late.problems]
    assert [e.archive_no for e in ArchiveItem.select()] == ["Z021-WS·2026-D10-0001"]
    assert "Z021-WS·2026-D10-0001" not in late.summary()


def test_an_outgoing_document_brought_filed(any_office, admin, tmp_path):
    from .test_archive_number_brought import BROUGHT

    path = xlsx.write_template(outgoing.OUTGOING, tmp_path / "o.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    row = {"标题": "关于旧事的通知", "文种": "通知", "拟稿单位": "秘书科", "签发人": "王主任",
           "签发日期": "2026-03-02", "发文字号": "云委办发〔2026〕1号", "状态": "已归档", "档号": BROUGHT}
    sheet.append([row.get(h) for h in headers])
    book.save(tmp_path / "o2.xlsx")
    report = xlsx.import_file(outgoing.OUTGOING, tmp_path / "o2.xlsx", admin, history=True)
    assert report.ok, [str(p) for p in report.problems]
    entry = ArchiveItem.get(ArchiveItem.archive_no == BROUGHT)
    assert (entry.registry, entry.record_id, entry.doc_ref) == ("outgoing", report.ids[0], "云委办发〔2026〕1号")
    assert [p.message for p in check.run_checks(update_anchor=False)] == []
    assert archive.taken(BROUGHT)


def test_pages_come_with_the_number_and_go_back_out(any_office, admin, tmp_path):
    """页数 beside the 档号: the 目录 entry's, brought with it, exported beside it; refused on a
    row without a 档号, or whose 档号 is kept on the document only (no entry holds it)."""
    from officedesk.exchange.report import MATCH_UPDATE

    refused = _bring(tmp_path, admin, [_rows(1, None, 状态="已办结", 页数=6)])
    assert [(p.row, p.column) for p in refused.problems] == [(2, "页数")], [str(p) for p in refused.problems]
    kept = _bring(tmp_path, admin, [_rows(2, "Z001-WS·2020-Y-0003", 页数=4)], dry_run=True)
    assert kept.ok and "页数（4）只记在归档文件目录中，没有保存" in kept.summary(), kept.summary()
    report = _bring(tmp_path, admin, [_rows(1, OURS, 页数=6), _rows(2, "Z021-WS·2026-Y-0002")])
    assert report.ok, [str(p) for p in report.problems]
    assert sorted((e.archive_no, e.pages) for e in ArchiveItem.select()) == [(OURS, 6), ("Z021-WS·2026-Y-0002", 0)]
    assert [p.message for p in check.run_checks(update_anchor=False)] == []
    xlsx.export(incoming.INCOMING, tmp_path / "out.xlsx", admin)
    rows = list(openpyxl.load_workbook(tmp_path / "out.xlsx").worksheets[0].iter_rows(values_only=True))
    at = rows[0].index("档号")
    assert rows[0][at + 1] == "页数"
    assert sorted((r[at], r[at + 1]) for r in rows[1:]) == [(OURS, 6), ("Z021-WS·2026-Y-0002", None)]
    same = xlsx.import_file(incoming.INCOMING, tmp_path / "out.xlsx", admin, dry_run=True, on_match=MATCH_UPDATE)
    assert (same.matched, same.unchanged, same.problems) == (2, 2, [])
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    sheet = book.worksheets[0]
    for cells in sheet.iter_rows(min_row=2):
        if cells[at].value == OURS:
            cells[at + 1].value = 9
    book.save(tmp_path / "changed.xlsx")
    changed = xlsx.import_file(incoming.INCOMING, tmp_path / "changed.xlsx", admin, on_match=MATCH_UPDATE)
    assert not changed.ok and [p.column for p in changed.problems] == ["页数"], [str(p) for p in changed.problems]
    assert ArchiveItem.get(ArchiveItem.archive_no == OURS).pages == 6
