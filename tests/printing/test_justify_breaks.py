"""Justified paragraphs are broken as a whole (not line by line): a 文号 or a date kept whole
leaves no hole mid-paragraph, no paragraph ends on one character, a number with thousands
separators keeps its unit. Measured in the PDFs, glyph by glyph."""

from __future__ import annotations

import re

import pytest

from officedesk.printing import fonts, words
from officedesk.printing.common import FormDocument
from officedesk.printing.gbt9704 import BODY_WIDTH, LEFT_MARGIN, SIZE_3, render_document
from officedesk.printing.gbt9704.geometry import tracking
from officedesk.printing.layout import char_width
from officedesk.printing.samples import sample_document
from tests.printing.test_justify import LIMIT, glyph_rows, spacing

# the reviewer's 公文: a 文号 in brackets after a 《》 title (the commonest opening), a long 《》
# title then a 文号, a date in Chinese numerals kept whole twelve characters wide
HOLES = [
    "根据《云岭县2026年度重点工作任务清单》（云委办发〔2026〕3号）安排，县委办公室于2026年10月8日"
    "至10月31日对全县48个单位开展了专项督查，共抽查文件1,256件，发现问题137个，整改率为96.35%，"
    "比2025年同期提高4.2个百分点。",
    "为贯彻落实《中华人民共和国安全生产法》和省委办公厅《关于进一步加强安全生产工作的通知》"
    "（云办发〔2026〕17号）精神，根据县委第十二次常委会议（2026年3月15日）议定事项，现就2026年"
    "第二季度全县安全生产大检查有关事项通知如下。",
    "各单位要认真贯彻落实县委决策部署二〇二六年十二月三十一日前完成全部工作任务，确保各项工作落到实处。",
    "各单位要认真贯彻落实县委决策部署切实二〇二六年十二月三十一日前完成全部工作任务，确保各项工作落到实处。",
    "各单位要认真贯彻落实县委决策部署切实（云委办发〔2026〕127号）文件要求，增长12.35%，金额1,234.56万元。",
    "各单位要认真贯彻落实县委决策部署切实加强（云委办发〔2026〕127号）文件要求，增长12.35%，金额1,234.56万元。",
]
# paragraphs that ended on one character (the demo's 公文, the 不予受理告知书, the 转送告知书)
WIDOWS = [
    "（二）压实工作责任。层层分解任务，明确责任人和完成时限。",
    "各单位请于2026年12月31日前将贯彻落实情况书面报送县委办公室。",
    "你可依照法律、法规规定的途径和程序，向有关机关主张权利。",
    "请你保持联系方式畅通，此后有关事宜请与云岭县人力资源和社会保障局联系。",
]
CLOSING = "。，、；：！？）」』”》"


def document_rows(text: str) -> list[list[tuple[str, float]]]:
    data = sample_document(1)
    data.body = text
    return [r for r in glyph_rows(render_document(data), SIZE_3)
            if "".join(c for c, _ in r) in text]


def form_rows(text: str, size: float) -> tuple[list[list[tuple[str, float]]], float]:
    doc = FormDocument()
    doc.text(text, indent_chars=2, size=size)
    rows = [r for r in glyph_rows(doc.render(), size) if "".join(c for c, _ in r) in text]
    return rows, doc.right


def assert_filled(rows, text, face, size, track, right) -> None:
    """Every line but the paragraph's last reaches the right margin, none letter-spaced by more
    than the limit or taken in by more than a tenth of a character."""
    lines = ["".join(c for c, _ in row) for row in rows]
    assert "".join(lines) == text.replace(" ", ""), lines
    for row, line in zip(rows[:-1], lines, strict=False):
        end = row[-1][1] + char_width(row[-1][0], face, size)
        assert abs(end - right) < 0.5, (line, round(right - end, 1), lines)
        added = spacing(row, face, size, track)
        assert max(added) <= LIMIT * size + 0.01, (line, max(added) / size)
        assert min(added) >= -0.1 * size - 0.01, (line, min(added) / size)


@pytest.mark.parametrize("text", HOLES)
def test_a_document_paragraph_has_no_hole(text):
    rows = document_rows(text)
    assert_filled(rows, text, fonts.font(fonts.FANGSONG), SIZE_3, tracking(),
                  LEFT_MARGIN + BODY_WIDTH)


@pytest.mark.parametrize("text", HOLES)
@pytest.mark.parametrize("size", [14.0, 16.0])
def test_a_form_paragraph_has_no_hole(text, size):
    rows, right = form_rows(text, size)
    assert_filled(rows, text, fonts.font(fonts.FANGSONG), size, 0.0, right)


def core(line: str) -> str:
    return re.sub(f"[{CLOSING}]", "", line)


@pytest.mark.parametrize("text", WIDOWS)
def test_a_document_paragraph_does_not_end_on_one_character(text):
    rows = document_rows(text)
    lines = ["".join(c for c, _ in row) for row in rows]
    assert len(lines) > 1 and len(core(lines[-1])) > 1, lines
    assert_filled(rows, text, fonts.font(fonts.FANGSONG), SIZE_3, tracking(),
                  LEFT_MARGIN + BODY_WIDTH)


@pytest.mark.parametrize("text", WIDOWS)
def test_a_form_paragraph_does_not_end_on_one_character(text):
    rows, right = form_rows(text, 16.0)
    lines = ["".join(c for c, _ in row) for row in rows]
    assert len(lines) > 1 and len(core(lines[-1])) > 1, lines
    assert_filled(rows, text, fonts.font(fonts.FANGSONG), 16.0, 0.0, right)


@pytest.mark.parametrize("amount", ["1,286辆", "1,234.56万元", "12.5%", "3.2亿元", "3,500万元"])
def test_a_number_with_separators_keeps_its_unit(amount):
    text = f"各单位要认真贯彻落实县委决策部署（云委办发〔2026〕127号），金额{amount}。"
    assert (text.index(amount), text.index(amount) + len(amount)) in words.protected_spans(text)


def test_a_date_or_a_doc_number_breaks_only_at_a_sensible_place():
    """Broken as a last resort: a 文号 after 〕, a date after 年 or 月; a number never."""
    for text in HOLES:
        lines = ["".join(c for c, _ in row) for row in document_rows(text)]
        for a, b in zip(lines, lines[1:], strict=False):
            joint = a[-4:] + "|" + b[:4]
            assert not re.search(r"[0-9,.]\|[0-9,.万亿元%件个辆]|〔[0-9]*\||\|[0-9]*〕", joint), joint
            assert not re.search(r"[〇一二三四五六七八九十]\|[〇一二三四五六七八九十年月日]", joint), joint


# lines the old line-by-line breaking spaced out by 0.19–0.25 of a character a gap (letter-spaced
# at screen resolution) where the date or 文号 after them could break instead
LOOSE = [
    "各单位要认真贯彻落实县委决策部署切实加强组云委办发〔2026〕127号文件和信2026-00007号信访件，"
    "增长12.35%，金额1,234.56万元。",
    "各单位要认真贯彻落实县委决策部署切实加强组织二〇二六年十二月三十一日前完成全部工作任务，"
    "确保各项工作落到实处。",
]


@pytest.mark.parametrize("text", LOOSE)
def test_a_line_is_not_spaced_past_the_soft_limit_when_a_break_serves(text):
    from officedesk.printing.justify import STRETCH_SOFT

    face = fonts.font(fonts.FANGSONG)
    rows = document_rows(text)
    assert_filled(rows, text, face, SIZE_3, tracking(), LEFT_MARGIN + BODY_WIDTH)
    for row in rows[:-1]:
        assert max(spacing(row, face, SIZE_3, tracking())) <= STRETCH_SOFT * SIZE_3 + 0.01, row
