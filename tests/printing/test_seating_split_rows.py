"""座次表: a row too long for the page goes on in the next part (“第2部分…自左至右”) from the
left edge of the grid, where its first part began — not centred as if its rest were a whole
row (three seats of a 13-seat row stood in the middle of page 2). Measured with PyMuPDF."""

from __future__ import annotations

import pytest

from officedesk.core import settings
from officedesk.printing.seating import WIDE_HALL, render_charts
from tests.printing.conftest import open_pdf
from tests.printing.test_seating import _boxes, _chart


def _rows(page) -> list[list[float]]:
    """The seat boxes' left edges, row by row from the top (the podium's first)."""
    rows: dict[float, list[float]] = {}
    for rect in _boxes(page):
        rows.setdefault(round(rect.y0), []).append(rect.x0)
    return [sorted(xs) for _y, xs in sorted(rows.items())]


@pytest.mark.parametrize("podium, hall, per_row", [(9, 39, 13), (5, 36, 12), (0, 45, 15)])
def test_the_rest_of_a_split_row_goes_on_from_the_left_of_the_grid(db, podium, hall, per_row):
    settings.put(WIDE_HALL.key, "分页")
    pdf = open_pdf(render_charts([_chart(podium, hall=hall, per_row=per_row)]))
    assert pdf.page_count == 2
    first, second = _rows(pdf[0]), _rows(pdf[1])
    hall_rows = first[1:] if podium else first  # the podium's row is whole on page 1
    columns = hall_rows[0]  # a full first part: every column of the grid
    assert all(xs == pytest.approx(columns, abs=0.5) for xs in hall_rows)
    rest = per_row - len(columns)
    assert len(second) == hall // per_row
    for xs in second:
        # seat 11 of the row in the first column, seat 12 in the second …
        assert xs == pytest.approx(columns[:rest], abs=0.5)


def test_whole_rows_are_still_centred(db):
    pdf = open_pdf(render_charts([_chart(9, hall=8, per_row=8)]))  # the podium, one row of 8
    assert pdf.page_count == 1
    page = pdf[0]
    rows = _rows(page)
    assert [len(xs) for xs in rows] == [9, 8]
    width = max(r.x1 - r.x0 for r in _boxes(page))
    for xs in rows:
        assert (xs[0] + xs[-1] + width) / 2 == pytest.approx(page.rect.width / 2, abs=0.5)
