"""A table that runs onto the next page starts with at least two of its rows on the page it
starts on, and ends with two at least on its last page (a lone row under the header at a page's foot, the rest overleaf, is what the 督查通报
printed: 一、各单位办理情况, the header and 县财政局 alone at page 1's foot; a 合计 row alone
overleaf is as bad); a table of two or three rows moves whole. Measured in the PDF with PyMuPDF: the rows' 序号 under each page's
header."""

from __future__ import annotations

import pytest

from officedesk.printing.common import SIZE_3, Column, FormDocument, render_forms
from tests.printing.conftest import open_pdf, spans

COLUMNS = [Column("序号", 12, "center"), Column("单位", 60), Column("件数", 20, "center")]


def rows_per_page(pdf) -> list[list[str]]:
    """The 序号 printed in the first column of each page, top to bottom."""
    out = []
    for page in pdf:
        cells = sorted((s for s in spans(page) if s.text.strip().isdigit()), key=lambda s: s.top)
        out.append([s.text.strip() for s in cells])
    return out


@pytest.mark.parametrize("count", [2, 3, 12])
def test_a_table_never_leaves_one_row_at_a_page_foot(db, count):
    for lines in range(16, 34):
        doc = FormDocument(title="通报", footer="第{page}页")
        for _ in range(lines):
            doc.text("测" * 20, size=SIZE_3)
        doc.table(COLUMNS, [[str(n), f"县第{n}局", "3件"] for n in range(1, count + 1)],
                  heading=lambda doc=doc: doc.text("一、各单位办理情况", size=SIZE_3))
        placed = [rows for rows in rows_per_page(open_pdf(render_forms([doc]))) if rows]
        assert [r for rows in placed for r in rows] == [str(n) for n in range(1, count + 1)]
        if len(placed) > 1:  # two rows at least on each side of the break
            assert len(placed[0]) >= 2 and len(placed[-1]) >= 2, (lines, placed)
        if count <= 3:
            assert len(placed) == 1, (lines, placed)
