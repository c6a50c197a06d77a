"""A title that forwards another organ's document (关于转发《中共云州市委办公室关于……的意见》的
通知) broke inside the quoted organ's name: …关于转发《中共 / 云州市委办公室关于… — 中共 ending
a line, the 《》 title's organ split (GB/T 9704 §7.3.1: 回行时要做到词意完整). The organ is not
the document's own (not in its 标志 or 署名), so nothing taught it as a word; a 中共 goes with
the organ it names (中共 + place + 市委/县委…). Measured on the PDF's 2号 lines."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.printing.gbt9704 import SIZE_2, DocumentData, render_document
from tests.printing.conftest import open_pdf, spans

OWN = "中共云岭县委办公室"


@pytest.mark.parametrize("title, organ", [
    ("中共云岭县委办公室关于转发《中共云州市委办公室关于进一步加强和改进新形势下机关公文处理"
     "工作的意见》（云委办发〔2026〕12号）的通知", "中共云州市委办公室"),
    ("关于认真学习贯彻《中共云州市委关于全面深化改革推进县域经济高质量发展若干问题的决定》"
     "精神的通知", "中共云州市委"),
])
def test_a_party_organ_in_a_title_stays_whole(title, organ):
    data = DocumentData(title=title, organs=[OWN], doc_number="云委办发〔2026〕9号",
                        recipients="各乡镇党委：", body="正文。", signer_organs=[OWN],
                        date=dt.date(2026, 12, 31))
    lines = [s.text for s in spans(open_pdf(render_document(data))[0])
             if abs(s.size - SIZE_2) < 0.1]
    assert "".join(lines) == title
    assert len(lines) > 2
    assert not any(line.endswith(("中共", "《中共")) for line in lines), lines
    assert any(organ in line for line in lines), (organ, lines)
