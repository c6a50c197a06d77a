"""One long (minority) name on a 签到表 of hundreds wraps in its own cell, after its “·”,
instead of widening the 姓名 column for every row: before, 阿卜杜热合曼·买买提依明·艾力·
阿不都热合曼 took the 单位 column's width from 300 rows (21 pages → 31). Measured with PyMuPDF."""

from __future__ import annotations

import dataclasses

from officedesk.printing.common import SIZE_SMALL4
from officedesk.printing.names import CELL_LEAST
from officedesk.printing.samples import sample_signin
from officedesk.printing.signin import SigninData, render_signin
from tests.printing.conftest import open_pdf, spans

LONG = "阿卜杜热合曼·买买提依明·艾力·阿不都热合曼"
UNIT = "中共某某市委全面深化改革委员会办公室"


def _sheet(name: str | None, count: int = 300) -> SigninData:
    data = sample_signin(count)
    rows = [dataclasses.replace(r, unit=UNIT) for r in data.rows]
    if name is not None:
        rows[5] = dataclasses.replace(rows[5], name=name)
    data.rows = rows
    return data


def test_one_long_name_does_not_lengthen_the_sheet():
    plain = len(open_pdf(render_signin(_sheet(None))))
    long = len(open_pdf(render_signin(_sheet(LONG))))
    assert long <= plain + 1, (plain, long)


def test_the_long_name_wraps_after_its_dots_and_stays_legible():
    page = open_pdf(render_signin(_sheet(LONG, 20)))[0]
    parts = [s for s in spans(page) if len(s.text.strip()) > 1 and s.text.strip() in LONG]
    text = "".join(s.text for s in sorted(parts, key=lambda s: s.origin_y))
    assert text == LONG  # the whole name, in order
    assert len(parts) > 1  # on more than one line
    for s in parts[:-1]:
        assert s.text.endswith("·")  # broken after a ·, never inside a part
    assert min(s.size for s in parts) >= SIZE_SMALL4 * CELL_LEAST - 0.05
