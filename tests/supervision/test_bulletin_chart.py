"""The 督查通报's chart shows every unit the table ranks (it dropped all after the 12th)."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz
import pytest

from officedesk.core import supervision as sv
from officedesk.printing.common import render_forms
from officedesk.printing.supervision_bulletin import _bulletin_form

NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
            "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三",
            "二十四", "二十五", "二十六", "二十七"]


def _bulletin(count: int) -> sv.Bulletin:
    units = [sv.figures.UnitFigures(f"县第{NUMERALS[n]}局", open=1, due=4, done=4 - n % 3,
                                    on_time=3 - n % 3, done_late=1) for n in range(count)]
    return sv.Bulletin(dt.date(2026, 7, 1), dt.date(2026, 9, 30), dt.date(2026, 9, 30), units=units)


def _text(result: sv.Bulletin) -> str:
    with fitz.open(stream=render_forms([_bulletin_form(result)]), filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "").replace(" ", "")


def test_every_ranked_unit_is_in_the_chart(db):
    for count in (16, 27):
        result = _bulletin(count)
        text = _text(result)
        for figures in result.units:
            # once in the table, once under its bars
            assert text.count(figures.unit) == 2, (count, figures.unit)


def test_a_short_list_keeps_one_chart_with_its_title(db):
    text = _text(_bulletin(5))
    assert text.count("各单位办结率、按期办结率（%）") == 1
    assert all(text.count(f"县第{n}局") == 2 for n in NUMERALS[:5])


def test_a_unit_with_nothing_due_is_not_charted_at_zero(db):
    """No task due: no rate (“—” in the table, DOMAIN §4), so no bars of 0 % beside it in the
    chart; a line under the chart names it."""
    result = _bulletin(3)
    result.units.append(sv.figures.UnitFigures("县统计局", open=2, due=0, done=0, on_time=0))
    assert result.units[-1].done_rate is None
    text = _text(result)
    assert text.count("县统计局") == 2  # the table, and the line saying why it has no bars
    assert "县统计局本期无应办结的任务，不列入图中" in text



@pytest.mark.parametrize("name", ["县交通运输局", "县自然资源局", "人力资源和社会保障局",
                                  "县住房和城乡建设局", "县市场监督管理局"])
def test_a_chart_label_leaves_no_character_alone(db, name):
    """Under its bars a unit's name is broken between words and never leaves one character on
    a line (交通运输 / 局 in the printed 通报), as the 效能通报's chart labels are; whole when it
    fits its group (some 30 pt wide or more: 12 groups at most a chart), never wider (交通运输局
    ran into 自然资源局 when whole names took the gap between groups)."""
    from officedesk.printing import fonts
    from officedesk.printing.layout import text_width
    from officedesk.printing.supervision_bulletin import _short

    face = fonts.font(fonts.FANGSONG)
    for width in range(30, 60):
        lines = _short(name, float(width), face).split("\n")
        assert all(len(line) > 1 for line in lines), (width, lines)
        # no wider than the group it is given: the next group's label starts 2 pt on
        assert all(text_width(line, face, 8) <= width + 0.01 for line in lines), (width, lines)
        assert not any(line.endswith(("人力资", "和城")) for line in lines), (width, lines)
        if text_width(name, face, 8) <= width:
            assert lines == [name], (width, lines)
