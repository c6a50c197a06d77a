"""A 通报 printed as a 文件 (效能通报; the 督查 and 信息工作通报 share its head, ``bulletin_mark``)
carries the office's 版头 exactly as its 公文 do: the 发文字号 on the same line of the grid and
the red rule as thick and as high (the 通报's number stood 6.6 mm higher and its rule was 1 pt,
the 公文's 0.75 mm: two papers of one office, or one printed on the office's 红头纸, did not
match). Measured in the PDFs with PyMuPDF."""

from __future__ import annotations

import datetime as dt

import pymupdf

from officedesk.printing.gbt9704 import DocumentData, render_document

MM = 72 / 25.4
NUMBER = "某委办通〔2025〕3号"


def _head(page: pymupdf.Page) -> tuple[float, float, float]:
    """The 发文字号's baseline, the red rule's height and its width (mm)."""
    base = next(span["origin"][1] for block in page.get_text("dict")["blocks"]
                for line in block.get("lines", []) for span in line["spans"]
                if span["text"].strip() == NUMBER)
    rules = [d for d in page.get_drawings()
             if d.get("color") and d["color"][0] > 0.8 and d["color"][1] < 0.2
             and d["rect"].width > 150 * MM]
    assert len(rules) == 1, rules
    return base / MM, rules[0]["rect"].y0 / MM, (rules[0].get("width") or 0) / MM


def test_the_bulletin_head_is_the_documents(bulletin):
    page = bulletin(**{"efficiency.bulletin.number": NUMBER})[0]
    data = DocumentData(organs=["中共某某县委办公室"], doc_number=NUMBER, title="关于某某工作的通报",
                        recipients="各乡镇党委：", body="正文。", signer_organs=["中共某某县委办公室"],
                        date=dt.date(2025, 12, 15))
    document = pymupdf.open(stream=render_document(data), filetype="pdf")[0]
    ours, theirs = _head(page), _head(document)
    for got, want in zip(ours, theirs, strict=True):
        assert abs(got - want) < 0.3, (ours, theirs)
