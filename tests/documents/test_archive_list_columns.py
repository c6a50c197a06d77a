"""归档文件目录 (DA/T 22-2015 §5.5): its items in the standard's order — 序号、档号、文号、责任者、
题名、日期、密级、页数、备注 — on an A4 page set landscape (图 B.1)."""

from __future__ import annotations

import pymupdf

from officedesk.printing import forms
from tests.documents.helpers import archive_it, outgoing_to_distributed

COLUMNS = ["序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注"]


def test_the_archive_list_has_the_standard_columns_in_order_on_a_landscape_page(office, secretary):
    first = archive_it("outgoing", outgoing_to_distributed(secretary, 标题="第一件通知"), secretary)
    second = archive_it("outgoing", outgoing_to_distributed(secretary, 密级="秘密", 标题="第二件通知"),
                        secretary)
    with pymupdf.open(stream=forms.get("archive-list").build([], secretary)) as pdf:
        page = pdf[0]
        assert page.rect.width > page.rect.height  # 横向
        words = page.get_text("words")
    header = [w for w in words if w[4] in COLUMNS]
    top = min(w[1] for w in header)
    in_row = sorted((w for w in header if abs(w[1] - top) < 3), key=lambda w: w[0])
    assert [w[4] for w in in_row] == COLUMNS
    x = {w[4]: (w[0] + w[2]) / 2 for w in in_row}
    for number, item in enumerate((first, second), start=1):
        row = [w for w in words if w[4] == item.archive_no][0]
        cells = [w for w in words if abs(w[1] - row[1]) < 3]
        serial = min(cells, key=lambda w: abs((w[0] + w[2]) / 2 - x["序号"]))
        assert serial[4] == str(number)
        secret = [w[4] for w in cells if abs((w[0] + w[2]) / 2 - x["密级"]) < 12]
        assert secret == (["秘密"] if number == 2 else [])
