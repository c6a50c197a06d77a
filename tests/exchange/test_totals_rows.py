"""A clerk's table ends with a 合计 row (合计 … 4, or 共4件): the import read it as a record and
refused it (“请填写来文机关”), so a whole register was refused for its total. A row that is only
合计/总计/小计 and counts is left out and named; one that holds anything else is a record."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core.documents.incoming import INCOMING
from officedesk.exchange import xlsx
from officedesk.exchange.headers import totals_row

from .builders import build_xlsx

HEADER = ["序号", "收文日期", "来文机关", "来文字号", "标题", "文种", "份数"]


def _row(n: int) -> list[object]:
    return [n, dt.date(2026, 3, n), "县公安局", f"云公发〔2026〕{n}号", f"通知{n}", "通知", 2]


@pytest.mark.parametrize("total", [["合计", None, None, None, None, None, 4],
                                   [None, "合 计：", None, None, "共2件", None, 4],
                                   ["总计"]])
def test_a_totals_row_is_left_out_and_named(db, admin, tmp_path, total):
    path = build_xlsx(tmp_path / "t.xlsx", [HEADER, _row(1), _row(2), total])
    report = xlsx.import_file(INCOMING, path, admin)
    assert report.ok and report.imported == 2, [str(p) for p in report.problems]
    assert report.totals_rows == [4]
    assert "第 4 行是合计行，没有导入。" in report.summary()
    assert INCOMING.model.select().count() == 2


@pytest.mark.parametrize(("values", "is_total"), [
    (["合计", 3, "共3件"], True),
    (["小计", None, 1.5], True),
    (["合计", "县公安局"], False),  # something else beside it: a record (or a mistake to be told)
    (["合计单位", 3], False),
    ([1, "合计"], False),
    ([None, None], False),
    ([True, "合计"], False),
])
def test_what_a_totals_row_is(values, is_total):
    assert totals_row(values) is is_total
