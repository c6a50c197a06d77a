"""Justified running text (the 公文's body, a form's paragraphs): a line that ends before a
date, a number or a 文号 kept whole is not letter-spaced. Measured in the PDFs, glyph by glyph."""

from __future__ import annotations

import pytest

from officedesk.printing import fonts
from officedesk.printing.common import FormDocument
from officedesk.printing.gbt9704 import BODY_WIDTH, LEFT_MARGIN, render_document
from officedesk.printing.layout import char_width
from officedesk.printing.samples import sample_document
from tests.printing.conftest import open_pdf

# the reviewer's 信访事项答复意见书 (a date kept whole after the 信访编号) and 信息刊物
# (2351万元 kept whole)
REPLY = ("你于2026年2月19日以来信形式反映的涉及县公安局的社会治安问题（信访编号：信2026-00007），"
         "本机关于2026年3月2日受理后，经调查核实，现答复如下：")
ISSUE = ("今年以来，县应急管理局围绕农村人居环境整治，采取“清单化管理、项目化推进”的办法，"
         "累计投入资金2351万元，群众满意度明显提升。")
# a 公文's first line (26 characters after the indent) ends before a date half a character too
# wide (taken in), and before a date and time eight characters wide (the date kept whole, its
# time on the next line: a hole would open before the whole of it)
TAKEN_IN = "为做好岁末年初安全生产工作，请各单位于2026年11月24日前将自查情况报送县委办公室。"
RAGGED = "经县委同意，全县安全生产工作会议定于2026年11月24日上午9:30在县委三楼会议室召开。"
WHOLE = ["2026年11月24日", "2026年2月19日", "2026年3月2日", "2026-00007", "2351万元"]

LIMIT = 0.25  # of a character, the most a justified line may add between two characters


def glyph_rows(pdf: bytes, size: float) -> list[list[tuple[str, float]]]:
    """The characters of each line of ``size`` type: (character, x of its origin)."""
    rows: dict[int, list[tuple[str, float]]] = {}
    for page in open_pdf(pdf):
        for block in page.get_text("rawdict")["blocks"]:
            for line in block.get("lines", []):
                for span in line["spans"]:
                    if abs(span["size"] - size) > 0.05:
                        continue
                    for ch in span["chars"]:
                        if ch["c"].strip():
                            key = page.number * 10000 + round(ch["origin"][1])
                            rows.setdefault(key, []).append((ch["c"], ch["origin"][0]))
    return [sorted(r, key=lambda c: c[1]) for _, r in sorted(rows.items())]


def spacing(row: list[tuple[str, float]], face: str, size: float, track: float) -> list[float]:
    """The space added after each character of a line but the last, beyond its advance."""
    return [b[1] - a[1] - char_width(a[0], face, size) - track
            for a, b in zip(row, row[1:], strict=False)]


def check(rows: list[list[tuple[str, float]]], text: str, face: str, size: float, track: float,
          right: float) -> None:
    lines = ["".join(c for c, _ in row) for row in rows]
    joined = "".join(lines)
    assert text.replace(" ", "") in joined
    for whole in WHOLE:
        if whole in text:
            assert any(whole in line for line in lines), lines
    for row, line in zip(rows, lines, strict=True):
        if len(row) < 2:
            continue
        added = spacing(row, face, size, track)
        assert max(added) <= LIMIT * size + 0.01, (line, [round(a, 2) for a in added])
        # a line taken in to hold a date whole is squeezed a little, never overlapping
        assert min(added) >= -0.1 * size - 0.01, (line, [round(a, 2) for a in added])
        end = row[-1][1] + char_width(row[-1][0], face, size)
        assert end <= right + 0.5, (line, end, right)


@pytest.mark.parametrize("text", [REPLY, ISSUE, TAKEN_IN, RAGGED])
@pytest.mark.parametrize("indent", [0, 2])
@pytest.mark.parametrize("size", [12.0, 14.0, 16.0])
def test_a_form_paragraph_is_not_letter_spaced(text, indent, size):
    doc = FormDocument()
    doc.text(text, indent_chars=indent, size=size)
    face = fonts.font(fonts.FANGSONG)
    rows = [r for r in glyph_rows(doc.render(), size) if "".join(c for c, _ in r) in text]
    check(rows, text, face, size, 0.0, doc.right)


@pytest.mark.parametrize("text", [REPLY, ISSUE, TAKEN_IN, RAGGED])
def test_a_document_paragraph_is_not_letter_spaced(text):
    from officedesk.printing.gbt9704 import SIZE_3
    from officedesk.printing.gbt9704.geometry import tracking

    data = sample_document(1)
    data.body = text
    face = fonts.font(fonts.FANGSONG)
    rows = [r for r in glyph_rows(render_document(data), SIZE_3)
            if "".join(c for c, _ in r) in text]
    check(rows, text, face, SIZE_3, tracking(), LEFT_MARGIN + BODY_WIDTH)
