"""A 发文字号 is of the year of the document's 成文日期 (else its 签发日期): signed on 2025-12-30
and dated 2026-01-04, 云委办发〔2025〕56号 is refused naming 2026 — by `add` and by an import
alike (either year was taken: the check accepted the year of any of the two dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core.documents import outgoing
from officedesk.core.documents.outgoing import OUTGOING
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx
from tests.exchange.test_import_batch import sheet_of

ROW = {"文种": "通知", "标题": "关于甲的通知", "签发人": "王建国", "签发日期": "2025-12-30",
       "成文日期": "2026-01-04"}


def test_a_number_of_the_signing_year_is_refused_for_a_document_dated_the_next(office, secretary, fixed_today):
    fixed_today(dt.date(2026, 1, 5))
    with pytest.raises(ValidationError, match=r"2025 年.*成文日期（2026-01-04）在 2026 年"):
        outgoing.draft({**ROW, "发文字号": "云委办发〔2025〕56号"}, secretary)
    record = outgoing.draft({**ROW, "发文字号": "云委办发〔2026〕1号"}, secretary)
    assert record.doc_no == "云委办发〔2026〕1号"


def test_without_a_date_of_the_document_the_signing_day_decides(office, secretary, fixed_today):
    fixed_today(dt.date(2026, 1, 5))
    row = {key: value for key, value in ROW.items() if key != "成文日期"}
    # 成文日期 follows the 签发日期 when none is given (draft): 2025
    record = outgoing.draft({**row, "发文字号": "云委办发〔2025〕1号"}, secretary)
    assert record.doc_no == "云委办发〔2025〕1号"


def test_an_import_refuses_it_in_its_row(office, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 1, 5))
    headers = [*ROW, "发文字号"]
    path = sheet_of(tmp_path / "发文.xlsx", [{**ROW, "发文字号": "云委办发〔2025〕56号"}], headers)
    result = xlsx.import_file(OUTGOING, path, admin, dry_run=True)
    assert not result.ok
    assert any("成文日期（2026-01-04）在 2026 年" in str(p) for p in result.problems), result.problems
