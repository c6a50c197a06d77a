"""The 主送 never ends a page (as a 一级/二级标题 never does): the reviewer's upward joint 请示
with a long title printed “中共云州市委：” as the last line of page 1 and its 正文 on page 2. The
主送 goes with the first line of the 正文 (and with a heading the 正文 opens with, and that
heading's first line of text). Measured in the PDF with PyMuPDF."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.printing.gbt9704 import SIZE_3, DocumentData, render_document
from tests.printing.conftest import open_pdf, spans

ORGANS = ["中共云岭县委办公室", "云岭县人民政府办公室"]
TITLE = "关于申请解决云岭县2026年度第三批农村公路建设补助资金1,234.56万元的请示"
BODY = "为加快农村公路建设，现申请补助资金。\n妥否，请批示。"


def _request(**extra) -> DocumentData:
    values = dict(
        title=TITLE, body=BODY, organs=ORGANS, doc_number="云委办发〔2026〕18号",
        signers=["李国强"], is_upward=True, recipients="中共云州市委", signer_organs=ORGANS,
        date=dt.date(2026, 12, 1), note="联系人：张晓燕，联系电话：0887-3194452",
        printer_organ="中共云岭县委办公室", print_date=dt.date(2026, 12, 1),
    )
    values.update(extra)
    return DocumentData(**values)


def _lines(pdf: bytes) -> list[tuple[int, str]]:
    """(page, text) of each line of 3号 text, in reading order."""
    out = []
    for page in open_pdf(pdf):
        rows: dict[int, list] = {}
        for s in spans(page):
            if abs(s.size - SIZE_3) < 0.1:
                rows.setdefault(round(s.origin_y), []).append(s)
        out += [(page.number, "".join(x.text for x in sorted(r, key=lambda s: s.x0)))
                for _, r in sorted(rows.items())]
    return out


def _after_recipients(data: DocumentData, count: int) -> list[tuple[int, str]]:
    """The 主送's last line and the ``count`` lines after it."""
    lines = _lines(render_document(data))
    end = next(k for k, (_, text) in enumerate(lines) if text.endswith("："))
    return lines[end : end + 1 + count]


def test_the_reviewers_request_starts_its_text_under_the_recipient():
    kept = _after_recipients(_request(), 1)
    assert kept[0][1] == "中共云州市委："
    assert kept[1][1].startswith("为加快")
    assert kept[0][0] == kept[1][0], kept


@pytest.mark.parametrize("signers", range(1, 7))
@pytest.mark.parametrize("extra", ["", "第三批", "云岭县第三批农村公路建设"])
@pytest.mark.parametrize("heading", [False, True])
def test_the_recipient_never_ends_a_page(signers, extra, heading):
    """Titles of one to four lines, one to three rows of 签发人: wherever the 主送 falls, the
    正文's first line (a heading's, and the text under it) is on its page."""
    body = "一、总体要求\n" + BODY if heading else BODY
    data = _request(title=TITLE.replace("第三批", extra + "第三批"), body=body,
                    signers=[f"签发{k}" for k in range(signers)])
    kept = _after_recipients(data, 2 if heading else 1)
    assert kept[-1][1].startswith("为加快"), kept
    assert len({page for page, _ in kept}) == 1, kept
