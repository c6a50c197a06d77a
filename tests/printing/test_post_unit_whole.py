"""A post of several posts breaks after its 、, and a unit's name in it stays whole: 县委统战部
副部长、县民族宗教事务局党组书记、局长 was set 县委统战部副部长、县 / 民族宗教事务局… on the 座次表
and left 副部长、县 dangling in the 签到表's 职务 cell. A 县 standing alone begins the name after
it (the segmenter cuts 县 / 民族宗教 / 事务局)."""

from __future__ import annotations

import pytest

from officedesk.printing import fonts, words
from officedesk.printing.common import SIZE_SMALL4
from officedesk.printing.form_boxes import cell_lines
from officedesk.printing.layout import text_width
from officedesk.printing.seating import POST_MIN, fit_post

POST = "县委统战部副部长、县民族宗教事务局党组书记、局长"
UNIT = "县民族宗教事务局"


def test_a_lone_county_begins_the_unit_after_it():
    pieces = words.title_words(POST)
    assert UNIT in pieces
    assert "县" not in pieces
    # a 县 after its place stays the place's (云岭县), and 县委, 县长 are words of their own
    assert words.title_words("云岭县人民政府")[0].startswith("云岭县")
    assert words.title_words("县委副书记、县长") == ["县委", "副书记", "、", "县长"]
    # a long unit name is not made one word by this rule: the 县 goes with the word after it
    # (which is the whole name only when the segmenter knows it as one: other papers teach it)
    first = words.title_words("县人力资源和社会保障局局长")[0]
    assert first in ("县人力资源", "县人力资源和社会保障局"), first


@pytest.mark.parametrize("width", [110, 120, 140])
def test_the_seating_breaks_the_post_after_its_comma(width):
    face = fonts.font(fonts.FANGSONG)
    lines, size = fit_post(POST, face, width)
    assert size >= POST_MIN
    assert len(lines) == 2 and lines[0] == "县委统战部副部长、", lines
    assert lines[1].startswith(UNIT), lines


@pytest.mark.parametrize("chars", [6, 7, 8, 9, 10])
def test_the_signin_cell_leaves_no_county_dangling(chars):
    face = fonts.font(fonts.FANGSONG)
    width = text_width("字" * chars, face, SIZE_SMALL4)
    lines = cell_lines(POST, width, SIZE_SMALL4, face)
    assert "".join(lines) == POST
    assert not any(line.endswith("县") for line in lines), lines
    if chars >= len(UNIT):
        assert any(UNIT in line for line in lines), lines
