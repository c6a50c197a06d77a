"""The 版记's 抄送 (GB/T 9704 §7.4.2) wraps between organ names or between the words of one
(中共某某市委 / 全面深化改革委员会办公室), never inside a word (…委员 / 会办公室). Read back
from the PDF with PyMuPDF."""

from __future__ import annotations

import datetime as dt

from officedesk.printing.gbt9704 import SIZE_4, DocumentData, render_document
from officedesk.printing.words import title_words
from tests.printing.conftest import open_pdf, spans

DAY = dt.date(2026, 11, 30)
LONG = "中共某某市委全面深化改革委员会办公室"
CC = (f"县人大常委会办公室，{LONG}，县政府办公室，县政协办公室，县纪委监委办公室，"
      f"县人民法院，县人民检察院，{LONG}。")


def _cc_lines(cc: str) -> list[str]:
    data = DocumentData(
        title="关于做好岁末年初安全生产工作的通知", body="各单位要认真贯彻落实。",
        organs=["中共云岭县委办公室"], doc_number="云委办发〔2026〕7号",
        recipients="各乡镇党委：", signer_organs=["中共云岭县委办公室"], date=DAY, cc=cc,
        printer_organ="中共云岭县委办公室", print_date=DAY)
    page = open_pdf(render_document(data))[-1]
    rows: dict[float, str] = {}
    for s in sorted(spans(page), key=lambda s: (round(s.origin_y, 1), s.x0)):
        if abs(s.size - SIZE_4) < 0.1:
            rows[round(s.origin_y, 1)] = rows.get(round(s.origin_y, 1), "") + s.text
    lines = list(rows.values())
    first = next(k for k, line in enumerate(lines) if line.startswith("抄送："))
    out = [lines[first].removeprefix("抄送：")]
    for line in lines[first + 1:]:
        out.append(line)
        if line.endswith("。"):
            break
    return out


def test_cc_lines_break_between_words():
    lines = _cc_lines(CC)
    assert len(lines) > 1  # the list wraps
    assert "".join(lines) == CC
    cuts, at = set(), 0
    for word in title_words(CC):
        at += len(word)
        cuts.add(at)
    at = 0
    for line in lines[:-1]:
        at += len(line)
        assert at in cuts, f"a line of the 抄送 ends inside a word: {line!r}"
