"""座次表: boxes sized from their content; names, posts and numbers never outside their box;
wide halls split across pages in row order, or on A3. Measured with PyMuPDF."""

from __future__ import annotations

import re

import pytest

from officedesk.core import settings
from officedesk.printing import fonts
from officedesk.printing.seating import (
    NAME_SIZE,
    POST_MIN,
    WIDE_HALL,
    Seat,
    SeatingChart,
    fit_post,
    render_charts,
)
from tests.printing.conftest import MM, open_pdf, spans

POSTS = [
    "县委书记", "县委副书记、县长", "县人大常委会党组书记、主任", "县政协党组书记、主席",
    "县委常委、常务副县长", "县委常委、县委办公室主任、县委政法委书记", "县委常委、组织部部长",
    "县人民代表大会常务委员会副主任", "副县长", "县委常委、宣传部部长、统战部部长",
    "县人民政府办公室党组书记、主任", "中国共产党云岭县纪律检查委员会书记、县监察委员会主任",
]
NAMES = ["雷伟", "江健", "韦刚", "闫志刚", "薛琳", "马军", "阿不都热合曼·买买提", "欧阳明月",
         "司马相如", "张三", "李四光", "古丽努尔·艾合买提江",
         "买买提江·阿不都热合曼"]  # 11 characters


def _chart(podium: int, hall: int = 0, per_row: int = 12) -> SeatingChart:
    seats = [Seat(NAMES[k % len(NAMES)], POSTS[(k + 3) % len(POSTS)]) for k in range(hall)]
    podium_seats = [Seat(NAMES[k % len(NAMES)], POSTS[k % len(POSTS)], k + 1)
                    for k in range(podium)]
    if podium >= 2:  # an 11-character name on every podium
        podium_seats[1].name = NAMES[-1]
    return SeatingChart(
        "全县城乡环境综合整治工作会议",
        "2026年9月22日（星期二）14:00　　多功能厅",
        podium_seats,
        [seats[k : k + per_row] for k in range(0, hall, per_row)],
        "说明：本图为台下面向主席台视角。",
    )


def _boxes(page) -> list:
    rects = []
    for d in page.get_drawings():
        if d.get("color") == (0.0, 0.0, 0.0) and d["rect"].width > 15 * MM:
            rects.append(d["rect"])
    return rects


def _check_page(page) -> tuple[int, int]:
    """Every name and post span lies inside a seat box; returns (spans checked, boxes)."""
    boxes = _boxes(page)
    checked = 0
    for s in spans(page):
        title_or_label = s.top < 35 * MM or s.x0 < 25 * MM  # title, subtitle, 第一排 …
        if title_or_label or s.text.startswith("说明") or s.text == "主　席　台":
            continue
        inside = [b for b in boxes
                  if b.x0 - 0.5 <= s.x0 and s.x1 <= b.x1 + 0.5 and b.y0 - 0.5 <= s.top
                  and s.bottom <= b.y1 + 0.5]
        assert inside, f"“{s.text}” at {s.x0:.0f},{s.top:.0f} is outside every seat box"
        if not s.text.isdigit():
            assert s.size >= POST_MIN - 0.01, s.text
        checked += 1
    # boxes never overlap one another
    for a in boxes:
        for b in boxes:
            if a is not b:
                assert not (a.x0 + 0.5 < b.x1 and b.x0 + 0.5 < a.x1 and a.y0 + 0.5 < b.y1
                            and b.y0 + 0.5 < a.y1)
    return checked, len(boxes)


@pytest.mark.parametrize("podium", [2, 5, 9, 15])
def test_podium_spans_inside_their_boxes(podium):
    pdf = open_pdf(render_charts([_chart(podium, hall=20)]))
    seats = 0
    for page in pdf:
        checked, boxes = _check_page(page)
        assert checked >= boxes  # every box holds at least its name
        seats += boxes
    assert seats == podium + 20


def test_sixty_person_hall_keeps_row_order_and_every_span_inside(db):
    settings.put(WIDE_HALL.key, "分页")
    pdf = open_pdf(render_charts([_chart(9, hall=60, per_row=20)]))
    assert pdf.page_count >= 2  # 20 seats a row do not fit A4 landscape
    seats = 0
    for page in pdf:
        _checked, boxes = _check_page(page)
        seats += boxes
        labels = [s.text for s in sorted(spans(page), key=lambda s: s.top)
                  if re.fullmatch(r"第[一二三四五六七八九十]+排", s.text)]
        assert labels == sorted(labels, key=lambda t: "一二三四五六七八九十".index(t[1]))
        assert page.rect.width == pytest.approx(297 * MM, abs=1)
    assert seats == 69


def test_a_wide_hall_goes_to_a3_when_the_office_says_so(db):
    settings.put(WIDE_HALL.key, "A3")
    pdf = open_pdf(render_charts([_chart(9, hall=42, per_row=14)]))  # 14 a row: not on A4
    assert pdf.page_count == 1
    assert (pdf[0].rect.width, pdf[0].rect.height) == (pytest.approx(420 * MM, abs=1),
                                                       pytest.approx(297 * MM, abs=1))
    _check_page(pdf[0])


def test_short_names_on_one_line_at_the_name_size_long_ones_on_two():
    pdf = open_pdf(render_charts([_chart(12)]))
    texts = {s.text: s for s in spans(pdf[0])}
    assert texts["闫志刚"].size == pytest.approx(NAME_SIZE)
    assert texts["司马相如"].size == pytest.approx(NAME_SIZE)
    assert texts["雷\u3000伟"].size == pytest.approx(NAME_SIZE)
    assert "阿不都热合曼·买买提" not in texts  # 10 characters: two lines
    assert any(t.startswith("阿不都热") for t in texts)


def test_a_post_too_long_is_abbreviated_not_shrunk_below_8pt():
    face = fonts.font(fonts.FANGSONG)
    lines, size = fit_post("中国共产党云岭县纪律检查委员会书记、县监察委员会主任", face, 60)
    assert size >= POST_MIN and len(lines) <= 2
    assert "中共" in "".join(lines) or "纪委" in "".join(lines) or "…" in "".join(lines)
    lines, size = fit_post("县委书记", face, 60)
    assert lines == ["县委书记"] and size == 9.0


def _posts_by_box(page) -> list[list]:
    """The post spans (smaller than a name) of each seat box, top to bottom."""
    out = []
    for box in _boxes(page):
        inside = [s for s in spans(page) if s.size <= 9.01 and box.x0 - 0.5 <= s.x0
                  and s.x1 <= box.x1 + 0.5 and box.y0 - 0.5 <= s.top and s.bottom <= box.y1 + 0.5
                  and not s.text.isdigit()]
        out.append(sorted(inside, key=lambda s: s.top))
    return out


@pytest.mark.parametrize("podium", [4, 7, 9])
def test_two_posts_break_after_their_comma_not_inside_a_word(podium):
    """县委副书记、县长 was set 县委副 / 书记、县长: two posts break after the 、 (at 8 pt if need
    be), and 副书记 stays whole."""
    pdf = open_pdf(render_charts([_chart(podium, hall=20)]))
    found = [lines for lines in _posts_by_box(pdf[0])
             if "".join(s.text for s in lines) == "县委副书记、县长"]
    assert found
    for lines in found:
        assert len(lines) == 1 or lines[0].text.endswith("、"), [s.text for s in lines]
        assert all(s.size >= POST_MIN - 0.01 for s in lines)


def test_fit_post_keeps_each_post_of_a_pair_whole():
    face = fonts.font(fonts.FANGSONG)
    for post in ("县委副书记、县长", "县委常委、常务副县长"):
        lines, size = fit_post(post, face, 50)
        assert size >= POST_MIN
        assert lines == [post] or lines[0].endswith("、") and "".join(lines) == post, lines
