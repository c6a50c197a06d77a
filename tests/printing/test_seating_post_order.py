"""A post of three posts on the 座次表 (县委常委、县纪委书记、县监委主任) was cut inside a word,
县委常委、县纪委书 / 记、县监委主任 (or 县委常委、县纪委 / 书记… with nine on the 主席台): breaking
between any two characters was tried on the whole post before its later parts were dropped.
README (打印版式 → 座次表): posts break between words, several posts after a 、, abbreviated
before a unit's name is cut, later parts dropped when still too long; a box as wide as the page
allows keeps the posts whole after their 、."""

from __future__ import annotations

import pytest

from officedesk.printing import fonts
from officedesk.printing.seating import POST_MIN, Box, Seat, SeatingChart, fit_post, render_charts

POST = "县委常委、县纪委书记、县监委主任"
WORDS = ("县委常委", "县纪委书记", "县监委主任")
PODIUM = [("韦刚", "县委书记"), ("闫志刚", "县委副书记、县长"), ("江健", "县人大常委会主任"),
          ("薛琳", "县政协主席"), ("姚建军", POST), ("马军", "县委副书记"),
          ("欧阳娜娜", "县委常委、组织部部长"), ("李明", "县委常委、宣传部部长"),
          ("王强", "副县长")]


def _whole_posts(lines: list[str]) -> None:
    """Every line breaks after a 、 or at the end of the post's parts, no part cut."""
    joined = "".join(lines)
    assert POST.startswith(joined), lines
    parts = [p for p in joined.split("、") if p]
    assert all(p in WORDS for p in parts), lines
    assert all(line.endswith("、") or line == lines[-1] for line in lines), lines
    assert all(line.endswith(WORDS) or line.endswith("、") for line in lines), lines


@pytest.mark.parametrize("width", [58, 64, 70, 76, 80, 84, 86, 87.3])
def test_a_post_is_never_cut_inside_a_word(width):
    lines, size = fit_post(POST, fonts.font(fonts.FANGSONG), width)
    assert size >= POST_MIN
    assert len(lines) <= 2
    _whole_posts(lines)


def _podium(people: int) -> list[Box]:
    chart = SeatingChart(title="全县安全生产工作会议",
                         podium=[Seat(n, p, k) for k, (n, p) in enumerate(PODIUM[:people], 1)])
    boxes: list[Box] = []
    render_charts([chart], boxes)
    return boxes


def test_five_on_the_podium_keep_all_three_posts():
    box = _podium(5)[4]
    assert box.post_lines == ["县委常委、", "县纪委书记、县监委主任"]


def test_nine_on_the_podium_drop_the_last_post_rather_than_cut_one():
    box = _podium(9)[4]
    _whole_posts(box.post_lines)
    assert "县纪委书记" in "".join(box.post_lines)
