"""The 通讯录 names 云岭县人大常委会 (简称 县人大), and a post says 县人大常委会主任: only the short
name 县人大 was a word, so the 签到表's 职务 cell broke 县人大 / 常委会主任 although 县人大常委会 /
主任 fits. A unit's name is kept whole, its 县 with it, as a post writes it too: 县 + the name
after its place (县人大常委会), and 县政协 for 政协云岭县委员会."""

from __future__ import annotations

import pymupdf
import pytest

from officedesk.printing import fonts, words
from officedesk.printing.common import SIZE_SMALL4
from officedesk.printing.form_boxes import cell_lines
from officedesk.printing.layout import text_width
from officedesk.printing.signin import SigninData, SigninRow, render_signin

DIRECTORY = ["中共云岭县委员会", "县委", "云岭县人大常委会", "县人大", "云岭县人民政府", "县政府",
             "政协云岭县委员会", "县政协", "县纪委监委", "纪委监委"]


@pytest.fixture
def directory():
    words.add_terms(DIRECTORY)


@pytest.mark.parametrize("post, unit", [
    ("县人大常委会主任", "县人大常委会"), ("县人大常委会副主任", "县人大常委会"),
    ("县政协主席", "县政协"), ("县人民政府县长", "县人民政府"),
])
def test_the_county_form_of_a_unit_is_one_word(directory, post, unit):
    assert words.title_words(post)[0] == unit
    assert words.is_unit_name(unit)


def test_no_county_form_of_a_committee_of_the_party(directory):
    """中共云岭县委员会 gives no 县委员会: 依法治县委员会 keeps its 委员会."""
    assert not words.is_unit_name("县委员会")


def test_the_signin_cell_keeps_the_unit_whole(directory):
    face = fonts.font(fonts.FANGSONG)
    width = text_width("字" * 6, face, SIZE_SMALL4)
    assert cell_lines("县人大常委会主任", width, SIZE_SMALL4, face) == ["县人大常委会", "主任"]


def test_on_the_sheet(directory):
    rows = [SigninRow("韦刚", "中共云岭县委员会", "县委书记", "0887-3435003"),
            SigninRow("闫志刚", "云岭县人民政府", "县委副书记、县长", "0887-3334130"),
            SigninRow("江健", "云岭县人大常委会", "县人大常委会主任", "0887-7541046"),
            SigninRow("薛琳", "政协云岭县委员会", "县政协主席", "0887-6887507"),
            SigninRow("姚建军", "县纪委监委", "县委常委、县纪委书记、县监委主任", "0887-5320436")]
    pdf = render_signin(SigninData("全县安全生产工作会议", rows=rows))
    page = pymupdf.open(stream=pdf, filetype="pdf")[0]
    left = page.search_for("县委书记")[0].x0 - 1  # the 职务 column: from row 1's post
    right = page.search_for("0887-3435003")[0].x0  # to the phone numbers
    lines: dict[float, str] = {}
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                for char in span["chars"]:
                    if left <= char["bbox"][0] < right:
                        key = round(char["origin"][1], 1)
                        lines[key] = lines.get(key, "") + char["c"]
    posts = [lines[y] for y in sorted(lines)]
    at = next(k for k, line in enumerate(posts) if line.startswith("县人大"))
    assert posts[at] in ("县人大常委会主任", "县人大常委会"), posts
