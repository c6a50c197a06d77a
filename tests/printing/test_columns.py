"""Table columns sized from their content: phone numbers, 文号 and dates never wrap in any
form; the 签到表's 职务 column holds a two-part post in at most three lines."""

from __future__ import annotations

import re

import pytest

from officedesk.printing import forms
from officedesk.printing.columns import column_widths
from officedesk.printing.common import Column, FormDocument
from officedesk.printing.samples import sample_signin
from officedesk.printing.signin import SigninRow, render_signin
from tests.printing.conftest import MM, open_pdf, spans

# a line that ends inside one of these, continued on the next line of the same cell
_OPEN_END = re.compile(r"(\d|〔\d*|\d〕|\d年|\d月|[-/])$")
_CONTINUES = re.compile(r"^(\d|〕|年|月|日|号|[-/])")


def split_tokens(pdf: bytes) -> list[str]:
    """Pairs of vertically adjacent lines of one cell where a number, phone, 文号 or date was
    cut: "0871-6312 / 3456", "2026年11 / 月24日", "〔2026〕1 / 2号"."""
    found = []
    with open_pdf(pdf) as doc:
        for page in doc:
            lines = sorted(spans(page), key=lambda s: (s.top, s.x0))
            for a in lines:
                for b in lines:
                    same_cell = abs(a.x0 - b.x0) < 1.5 or abs((a.x0 + a.x1) - (b.x0 + b.x1)) < 3
                    below = 0 < b.top - a.bottom < a.size * 0.9
                    if same_cell and below and _OPEN_END.search(a.text) \
                            and _CONTINUES.search(b.text) and abs(a.size - b.size) < 0.1:
                        found.append(f"{a.text} / {b.text}")
    return found


@pytest.mark.parametrize("name", sorted(f.name for f in forms.all_forms()))
def test_no_number_phone_or_date_wraps_in_any_form(every_form, name):
    assert split_tokens(every_form[name]) == []


def test_the_check_sees_a_cut_phone_number():
    form = FormDocument(title="测试")
    form.text("0871-6312")
    form.text("3456")
    assert split_tokens(form.render()) == ["0871-6312 / 3456"]


def test_a_column_is_never_narrower_than_its_phone_numbers():
    from officedesk.printing import fonts

    face = fonts.font(fonts.FANGSONG)
    cols = [Column("序号", 13), Column("联系电话", 10), Column("备注", 100)]
    rows = [["1", "0871-63123456", "很长的说明" * 20]]
    widths = column_widths(cols, rows, 156 * MM, face, 12, face, 12, 1.5 * MM)
    from officedesk.printing.layout import text_width

    assert widths[1] >= text_width("0871-63123456", face, 12) + 3 * MM


def test_signin_columns_fit_landlines_and_two_part_posts():
    data = sample_signin(12)
    data.rows[0] = SigninRow("欧阳明月", "云岭县人力资源和社会保障局", "县人大常委会党组书记、主任",
                             "0871-63123456")
    data.rows[1] = SigninRow("邓建华", "县委办公室", "县委常委、常务副县长", "0871-6312345")
    pdf = render_signin(data)
    assert split_tokens(pdf) == []
    page = open_pdf(pdf)[0]
    texts = [s.text for s in spans(page)]
    assert "0871-63123456" in texts and "0871-6312345" in texts
    assert "欧阳明月" in texts and "邓建华" in texts  # names whole
    row2 = next(s for s in spans(page) if s.text == "0871-6312345")
    post_lines = [s for s in spans(page) if s.text in "县人大常委会党组书记、主任"
                  and len(s.text) > 2 and s.top < row2.top]
    assert 1 <= len(post_lines) <= 3  # the post in at most three lines (was five)
    assert "县委常委、常务副县长" in texts or len(
        [t for t in texts if t and t in "县委常委、常务副县长"]) <= 2


def test_widths_follow_content_and_keep_handwriting_columns():
    cols = [Column("序号", 12), Column("姓名", 20), Column("单位", 50), Column("签名", 30)]
    rows = [["1", "张三", "县委办公室"], ["2", "欧阳明月", "县人力资源和社会保障局"]]
    from officedesk.printing import fonts

    face = fonts.font(fonts.FANGSONG)
    widths = column_widths(cols, rows, 156 * MM, face, 12, face, 12, 1.5 * MM)
    assert sum(widths) == pytest.approx(156 * MM)
    assert widths[3] >= 30 / 112 * 156 * MM - 0.01  # the 签名 box keeps its share
    assert widths[1] >= 4 * 12 + 3 * MM  # a four-character name on one line


def split_names(pdf: bytes, names: set[str]) -> list[str]:
    """Consecutive lines of one paragraph or cell whose break cuts a personal name."""
    found = []
    with open_pdf(pdf) as doc:
        for page in doc:
            lines = sorted(spans(page), key=lambda s: (s.top, s.x0))
            for a in lines:
                for b in lines:
                    below = 0 < b.top - a.bottom < a.size * 1.2 and abs(a.size - b.size) < 0.1
                    if not below or b.x0 > a.x0 + a.size * 2.5:  # not the next line of a's text
                        continue
                    for cut in range(1, 4):
                        for rest in range(1, 4):
                            if 2 <= cut + rest <= 4 and a.text[-cut:] + b.text[:rest] in names \
                                    and len(a.text) >= cut and len(b.text) >= rest:
                                found.append(f"{a.text} / {b.text}")
    return found


@pytest.mark.parametrize("name", ["agenda", "minutes", "notice", "signin", "seating"])
def test_no_personal_name_is_split(proof, name):
    forms_pdf, names = proof
    assert names
    assert split_names(forms_pdf[name], names) == []


def test_the_name_check_sees_a_cut_name():
    form = FormDocument(title="测试")
    form.text("出席：张三丰、李四、邓建")
    form.text("华、任翠兰")
    assert split_names(form.render(), {"邓建华", "任翠兰"}) == ["出席：张三丰、李四、邓建 / 华、任翠兰"]
