"""The 效能通报's head and foot as the 公文 printer sets them (GB/T 9704): its 发文字号 never one
the 发文 register holds and never free text, blank in the 发文's own 代字; drawn at full width
(the red 标志's Tz 86.7 stayed in force and narrowed it), centred (文件) or at the 版心's right
(信函); the 信函's double rules 170 mm long, under the 标志 and 20 mm above the bottom edge; the
署名 and date placed as the 公文 printer does (the date 右空四字); chart labels never leaving one character alone."""

from __future__ import annotations

import pytest

from officedesk.core import numbering, settings
from officedesk.core.errors import ValidationError
from officedesk.printing import fonts, forms
from officedesk.printing.gbt9704 import SIZE_3, text_line, tracking

MM = 72 / 25.4
KEY = "efficiency.bulletin.number"


def test_the_setting_refuses_free_text_and_a_number_a_发文_holds(office, admin):
    forms.load_all()
    taken = numbering.take("outgoing", admin).text  # 某委办发〔2025〕1号
    for value in ("随便写的", taken, "某委办发〔2025〕9号"):
        with pytest.raises(ValidationError) as refused:
            settings.put(KEY, value)
        assert "通〔2025〕3号" in refused.value.message and "留空" in refused.value.message
    settings.put(KEY, "某委办通〔2025〕3号")
    assert settings.get(KEY) == "某委办通〔2025〕3号"
    settings.put(KEY, "")


def test_the_blank_number_uses_the_发文_register_代字(bulletin):
    text = bulletin()[0].get_text()
    assert f"{numbering.default_prefix('outgoing')}〔2025〕" in text  # 某委办发〔2025〕


def _span(page, text):
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                if span["text"].strip() == text:
                    return span
    raise AssertionError(text)


@pytest.mark.parametrize("fmt", ["文件", "信函"])
def test_the_number_is_drawn_full_width_in_its_place(bulletin, fmt):
    number = "某委办通〔2025〕3号"
    page = bulletin(**{KEY: number, "efficiency.bulletin.format": fmt})[0]
    span = _span(page, number)
    x0, x1 = span["bbox"][0], span["bbox"][2]
    natural = text_line(number, fonts.font(fonts.FANGSONG), SIZE_3, tracking()).width
    assert abs((x1 - x0) - (natural - tracking())) < 1.0, (x1 - x0, natural)
    if fmt == "文件":
        assert abs((x0 + x1) / 2 - 106 * MM) < 0.5 * MM
    else:
        assert abs(x1 - 184 * MM) < 1.0 * MM


def _red_rules(page):
    out = []
    for drawing in page.get_drawings():
        colour = drawing.get("color")
        if not colour or colour[0] < 0.8 or colour[1] > 0.2:
            continue
        for item in drawing["items"]:
            if item[0] == "l" and abs(item[1].y - item[2].y) < 0.1:
                out.append((round(item[1].y / MM, 1), round(min(item[1].x, item[2].x) / MM, 1),
                            round(max(item[1].x, item[2].x) / MM, 1)))
    return sorted(out)


def test_the_letter_has_both_double_rules_170_mm_centred(bulletin):
    rules = _red_rules(bulletin(**{"efficiency.bulletin.format": "信函"})[0])
    assert len(rules) == 4, rules
    assert all((x0, x1) == (20.0, 190.0) for _, x0, x1 in rules), rules
    assert [y for y, _, _ in rules][2:] == [275.5, 277.0]  # 20 mm over the bottom edge


def test_the_signature_is_placed_as_the_公文_printer_places_it(bulletin):
    doc = bulletin()
    em = SIZE_3 + tracking()
    # the 署名: the organ's name on the line right above the 成文日期 (not the 标志, not the 版记)
    pairs = [(organ, day) for page in doc for organ in page.search_for("中共某某县委办公室")
             for day in page.search_for("2025年12月15日") if 0 <= day.y0 - organ.y1 < 20]
    assert len(pairs) == 1, pairs
    organ, day = pairs[0]
    # as the 公文 printer and the 会议通知 place them: the date 右空四字 (ends at 161.7 mm), the
    # 署名 centred over it, neither flush with the 版心's right edge
    assert abs(day.x1 - (184 * MM - 4 * em)) < 0.5 * MM, day
    assert abs((organ.x0 + organ.x1) / 2 - (day.x0 + day.x1) / 2) < 0.5 * MM, (day, organ)


@pytest.mark.parametrize("name", ["交通运输局", "自然资源局", "住房和城乡建设局"])
def test_a_chart_label_leaves_no_character_alone(name):
    from officedesk.printing.efficiency_charts import LABEL_SIZE, _unit_label
    from officedesk.printing.layout import text_width

    face = fonts.font(fonts.FANGSONG)
    for width in range(22, 60):
        lines = _unit_label(name, float(width), face).split("\n")
        assert all(len(line) > 1 for line in lines), (width, lines)
        if text_width(name, face, LABEL_SIZE) <= width:
            assert lines == [name]


def test_each_issue_takes_its_own_number_when_printed(office, admin, tmp_path):
    """A 通报's 发文字号 is given as it is printed (`print efficiency --number`, the 效能 page's
    field), checked as the setting is; the setting is only what the field starts with, and a blank
    number leaves the 序号 for the hand."""
    import pymupdf

    from officedesk.printing import forms

    forms.load_all()
    settings.put(KEY, "某委办通〔2025〕3号")
    form = forms.get("efficiency")
    assert "number" in form.options

    def text(**options) -> str:
        pdf = form.build([], admin, date_from="2025-01-01", date_to="2025-11-30", **options)
        return pymupdf.open(stream=pdf, filetype="pdf")[0].get_text()

    assert "某委办通〔2025〕4号" in text(number="某委办通〔2025〕4号")
    assert "某委办通〔2025〕3号" in text()  # not given: the setting's
    blank = text(number="  ")
    assert "〔2025〕3号" not in blank and f"{numbering.default_prefix('outgoing')}〔2025〕" in blank
    taken = numbering.take("outgoing", admin).text
    for wrong in ("第四期", taken):
        with pytest.raises(ValidationError) as refused:
            text(number=wrong)
        assert refused.value.field == "number" and "留空" in refused.value.message


def test_the_command_line_prints_the_number_given(tmp_path):
    import pymupdf

    from tests.test_cli import Cli

    cli = Cli.initialised(tmp_path, here=True)  # print's real process: tests/test_cli.py
    target = tmp_path / "通报.pdf"
    cli("print", "efficiency", "--number", "某委办通〔2026〕5号", "-o", str(target))
    assert "〔2026〕5号" in pymupdf.open(target)[0].get_text()
    refused = cli("print", "efficiency", "--number", "第五期", "-o", str(target), "--force",
                  check=None)
    assert refused.returncode != 0
    assert "不是“机关代字〔年份〕序号号”的发文字号" in refused.stdout + refused.stderr
    assert "[--number 发文字号]" in cli("print", "--list").stdout
