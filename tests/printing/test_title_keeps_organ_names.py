"""A title that names the issuing organs (“中共某某市委办公室某某市人民政府办公室关于…”, as
联合行文 titles do) breaks between the names, never inside one (GB/T 9704 §7.3.3: 回行时要做到
词意完整): the document's own organs are words of its title. Measured on the PDF's 2号 lines."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.printing.gbt9704 import SIZE_2, DocumentData, render_document
from tests.printing.conftest import open_pdf, spans


@pytest.mark.parametrize("organs, rest", [
    (["中共昆明市委办公厅", "昆明市人民政府办公厅"],
     "关于进一步加强和改进新形势下全市信访工作推动信访工作法治化建设若干措施的通知"),
    (["中共某某市委办公室", "某某市人民政府办公室"],
     "关于印发《某某市2026年机关作风建设实施方案》的通知"),
])
def test_the_organs_named_in_a_title_are_not_split(organs, rest):
    title = "".join(organs) + rest
    data = DocumentData(title=title, organs=organs, doc_number="某委办发〔2026〕9号",
                        recipients="各区县：", body="正文。", signer_organs=organs,
                        date=dt.date(2026, 12, 31))
    lines = [s.text for s in spans(open_pdf(render_document(data))[0])
             if abs(s.size - SIZE_2) < 0.1]
    assert "".join(lines) == title
    for organ in organs:
        assert any(organ in line for line in lines), (organ, lines)
