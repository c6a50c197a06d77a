"""The copies of a classified 公文 (``--copies``, ``--all-copies``) differ in their 份号 only:
their layout is made once, each copy printing its own 份号 where the first printed its. Thousands
of copies composed one by one took most of a second each (800 pages: 34 s)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from officedesk.printing.gbt9704 import DocumentData, render_document, render_documents
from officedesk.printing.gbt9704 import draw as gbt_draw
from tests.printing.conftest import open_pdf, spans

DATA = DocumentData(
    title="关于2026年GDP增长7.5%目标的通知", organs=["中共某某市委办公室", "某某市人民政府办公室"],
    doc_number="某委办发〔2026〕9号", secret_level="机密", secret_period="10年", urgency="特急",
    recipients="各区县党委和人民政府：", body="一、总体要求\n" + "正文内容" * 120,
    attachments=["名单"], signer_organs=["中共某某市委办公室", "某某市人民政府办公室"],
    date=dt.date(2028, 2, 29), cc="市人大常委会办公室", printer_organ="中共某某市委办公室",
    print_date=dt.date(2026, 12, 31))


def _texts(pdf: bytes) -> list[list[tuple[str, float, float, float]]]:
    return [[(s.text, round(s.x0, 2), round(s.top, 2), round(s.size, 2)) for s in spans(page)]
            for page in open_pdf(pdf)]


def test_each_copy_prints_as_if_printed_alone():
    copies = [dataclasses.replace(DATA, copy_number=f"{n:06d}") for n in (1, 2, 137, 9999)]
    together = _texts(render_documents(copies))
    alone = [page for data in copies for page in _texts(render_document(data))]
    assert together == alone
    firsts = [page for page in together if any(t == "机密★10年" for t, *_ in page)]
    assert [next(t for t, *_ in page if t.isdigit()) for page in firsts] == \
        ["000001", "000002", "000137", "009999"]


def test_the_copies_of_one_document_are_composed_once(monkeypatch):
    calls: list[str] = []
    real = gbt_draw.compose

    def counted(data):
        calls.append(data.copy_number)
        return real(data)

    monkeypatch.setattr(gbt_draw, "compose", counted)
    other = dataclasses.replace(DATA, title="关于另一件事的通知", copy_number="000001")
    render_documents([dataclasses.replace(DATA, copy_number=f"{n:06d}") for n in range(1, 6)]
                     + [other])
    assert calls == ["000001", "000001"]  # the first copy, then the other 公文
