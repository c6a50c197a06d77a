"""公文 (GB/T 9704): a 附件说明 entry was split over the page turn (“…巩固提” / “升阶段…明细表”)
though the page had free lines. One entry stays on one page, the block moving on when need be;
the 署名 never stands alone. Measured in the PDF with PyMuPDF."""

from __future__ import annotations

import dataclasses

import pytest

from officedesk.printing.samples import PARAGRAPHS, sample_document
from tests.printing.conftest import spans
from tests.printing.page_rows import drawn_apart

LONG = "云岭县2026年度安全生产专项整治三年行动巩固提升阶段工作经费预算明细表"
ENTRIES = [LONG, "云岭县安全生产专项整治工作任务分解表"]


def _pages(pdf) -> list[list[str]]:
    """Each page's lines of 3号 text, top to bottom."""
    out = []
    for page in pdf:
        rows: dict[int, list] = {}
        for s in spans(page):
            if abs(s.size - 16) < 0.1:
                rows.setdefault(round(s.origin_y), []).append(s)
        out.append(["".join(x.text for x in sorted(r, key=lambda s: s.x0))
                    for _, r in sorted(rows.items())])
    return out


def _bodies() -> list[str]:
    base = list(PARAGRAPHS)
    filler = "各单位要按照统一部署，认真组织实施，确保各项工作落到实处。"
    out = []
    for extra in range(0, 40):  # the last paragraph longer and longer: every page turn
        out.append("\n".join([*base, *base[:2], filler * (extra // 4 + 1) + "完" * (extra % 4 * 7)]))
    return out


@pytest.mark.parametrize("sealed", [False, True])
def test_an_attachment_entry_never_runs_over_a_page_turn(sealed):
    seen = 0
    sample = sample_document(1)  # composed to know its pages: once, not once a body
    documents = [dataclasses.replace(sample, body=body, attachments=ENTRIES, sealed=sealed, note="")
                 for body in _bodies()]
    for drawn in drawn_apart(documents):  # in one PDF, each on its own pages
        pages = _pages(drawn)
        for k, entry in enumerate(ENTRIES):
            entry = f"{k + 1}.{entry}"
            holding = [p for p, lines in enumerate(pages) if entry[:6] in "".join(lines)]
            assert holding, entry
            assert entry in "".join(pages[holding[0]]), (entry, pages[holding[0]][-3:],
                                                           pages[holding[0] + 1][:3])
        # the 署名 and 成文日期 never alone on a page: some text of the body or 附件说明 with them
        dated = next(lines for lines in pages if "2026年1月5日" in lines)
        assert set(dated) - {"2026年1月5日", "中共某某市委办公室"}, dated
        seen += 1
    assert seen == len(_bodies())
