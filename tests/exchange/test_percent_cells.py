"""A 督查台账 typed by hand in Excel or WPS: a 进度 column formatted as 百分比 shows 80% and holds
the fraction 0.8 — and shows 100% holding 1. Read as 80, the 0.8 went in while the 100% beside it
went in as 1% (the reader sees no cell formats; 1 is also how a 1% is written): a task done came in
at 1%, in silence. Where the cell formats cannot be known (an .xlsx without its styles, an
.xls, an .ods) a fraction is refused by row and column, saying the column is formatted as
百分比 and what to do, and nothing of the file is written; an .xlsx's formats read, such a cell
reads as the percent it shows (test_percent_formats.py)."""

from __future__ import annotations

import pytest

from officedesk.core.errors import ValidationError
from officedesk.core.fields import PERCENT, FieldSpec, parse_value
from officedesk.core.supervision import items as sv_items
from officedesk.exchange import xlsx
from officedesk.store.supervision import SupervisionItem, SupervisionTask
from tests.exchange.test_percent_formats import _ledger, _with_styles
from tests.exchange.test_round_trip import _office

PROGRESS = FieldSpec("progress", "进度", kind=PERCENT)


def test_a_percentage_cell_is_refused_saying_what_to_do():
    with pytest.raises(ValidationError) as refused:
        parse_value(PROGRESS, 0.8)
    assert "百分比" in refused.value.message and "常规" in refused.value.message
    assert parse_value(PROGRESS, 80) == 80
    assert parse_value(PROGRESS, 80.0) == 80
    assert parse_value(PROGRESS, "80%") == 80


def test_a_task_sheet_formatted_as_percent_is_refused_whole(db, admin, tmp_path):
    """80% and 100%, the formats unknown (no styles): the 100% (1) must not come in as 1%
    beside an 80% read as 80."""
    _office()
    path = _with_styles(_ledger(tmp_path / "in.xlsx", [0.8, 1]), tmp_path / "台账.xlsx", None)
    report = xlsx.import_file(sv_items.SPEC, path, admin, history=True)
    assert not report.ok
    said = [str(p) for p in report.problems]
    assert any("第 2 行" in s and "进度" in s and "百分比" in s for s in said), said
    assert SupervisionItem.select().count() == 0 and SupervisionTask.select().count() == 0
