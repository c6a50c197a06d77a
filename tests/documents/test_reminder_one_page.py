"""催办单: a 收文 with a long title, 来文机关 and 批示 printed the sheet's closing words (请承办单位
收到后签收……须说明原因。) alone on a second page, apart from the 催办人 line above them — a slip
handed to the 承办单位 as one paper. Its handwriting boxes (催办事项, 反馈情况) shrink, to their
text at the least, before its end leaves the page, as the 收文处理笺's do. Read back with
PyMuPDF."""

from __future__ import annotations

import pymupdf
import pytest

from tests.documents.test_circulation_one_page import INSTRUCTION, _paper, _sheet

MM = 72 / 25.4

CLOSING = "请承办单位收到后签收，并于办理时限内反馈；不能按期办结的，须说明原因。"


@pytest.mark.parametrize("repeat", [2, 3])
def test_the_reminder_stays_on_one_page(office, secretary, repeat):
    pages = _sheet(secretary, INSTRUCTION * repeat, ["王建国"], "incoming-reminder")
    assert len(pages) == 1, [page[:30] for page in pages]
    sheet = pages[0]
    assert CLOSING in sheet and "催办人：" in sheet and "反馈情况" in sheet


def test_a_short_reminder_keeps_its_boxes(office, secretary):
    pdf = _paper(secretary, "请阅。", ["王建国"], "incoming-reminder")
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        assert len(doc) == 1
        page = doc[0]
        asked, signer = page.search_for("催办事项")[0], page.search_for("催办人：")[0]
    # the 催办事项 box (30 mm, its label at its middle) and the 反馈情况 box (42 mm) whole
    assert (signer.y0 - asked.y1) / MM > 15 + 42 - 5
