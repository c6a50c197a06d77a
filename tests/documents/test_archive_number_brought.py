"""A 收文 or 发文 a past register brings 已归档 (import --history) holds its 档号 on the record;
its 件号 was never claimed in the class's sequence, so the next 归档 of the class issued the same
档号 again — two 件 under one 档号, unsaid by `check`. The 归档 step now passes over a 档号 a
record of the office holds (the class's next follows it), and `check` names a 档号 two records
hold."""

from __future__ import annotations

import openpyxl

from officedesk.core import check
from officedesk.core.documents import incoming
from officedesk.exchange import xlsx

from .helpers import archive_it, incoming_to_done

BROUGHT = "Z021-WS·2026-D30-BGS-0001"  # the office's 全宗号 (conftest), the class archive_it files in


def _bring(tmp_path, admin, numbers: list[str]) -> list[int]:
    path = xlsx.write_template(incoming.INCOMING, tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    for n, number in enumerate(numbers, start=1):
        row = {"收文编号": f"收〔2026〕{n}号", "收文日期": "2026-03-02", "来文机关": "省委办公厅",
               "标题": f"旧文{n}", "状态": "已归档", "办结日期": "2026-03-20", "档号": number}
        sheet.append([row.get(h) for h in headers])
    book.save(tmp_path / "old.xlsx")
    report = xlsx.import_file(incoming.INCOMING, tmp_path / "old.xlsx", admin, history=True)
    assert report.ok, [str(p) for p in report.problems]
    return report.ids


def test_the_next_filing_passes_over_a_number_brought(any_office, secretary, admin, tmp_path):
    _bring(tmp_path, admin, [BROUGHT])
    record = archive_it("incoming", incoming_to_done(secretary), secretary, retention="定期30年")
    assert record.archive_no == "Z021-WS·2026-D30-BGS-0002"
    again = archive_it("incoming", incoming_to_done(secretary, 来文字号="省委办发〔2026〕46号"), secretary,
                       retention="定期30年")
    assert again.archive_no == "Z021-WS·2026-D30-BGS-0003"
    holders = incoming.IncomingDoc.select().where(incoming.IncomingDoc.archive_no == BROUGHT)
    assert holders.count() == 1
    assert [p.message for p in check.run_checks(update_anchor=False)] == []


def test_check_names_a_number_two_records_hold(any_office, admin, tmp_path, monkeypatch):
    """As a database an older program brought them into holds them (the import now refuses a
    档号 held, core.documents.archive_brought): one of another 全宗, kept on both records."""
    from officedesk.core.documents import archive_brought

    kept = "Z001-WS·2020-Y-0003"
    monkeypatch.setattr(archive_brought, "refuse_taken", lambda *a, **k: None)
    ids = _bring(tmp_path, admin, [kept, kept])
    said = [p.message for p in check.run_checks(update_anchor=False)]
    found = [s for s in said if kept in s]
    assert len(found) == 1 and all(f"第 {i} 号" in found[0] for i in ids), said
