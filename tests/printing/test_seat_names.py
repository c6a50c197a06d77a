"""A meeting's papers never split a personal name, however long (买买提·艾力, 司马相如): the
座次表's box and the 签到表's 姓名 cell shrink the name onto one line; only a name too long even
at the smallest size wraps, and then never before its “·”. A post breaks between words only
(县人力资源和社会保障局 / 党组书记、局长). Measured with PyMuPDF on the printed papers."""

from __future__ import annotations

import pytest

from officedesk.core import directory, records
from officedesk.core import meetings as m
from officedesk.printing import fonts, forms
from officedesk.printing.seating import NAME_SIZE, Seat, SeatingChart, fit_name, render_charts
from tests.printing.conftest import open_pdf, spans

UNIT = "县人力资源和社会保障局"
POST = "县人力资源和社会保障局党组书记、局长"
READABLE = 10.0  # no name smaller than this on one line: larger than its post (9 pt)
PEOPLE = [("买买提·艾力", POST), ("司马相如", POST), ("欧阳娜娜", "科员"), ("张三", "副局长")]


@pytest.fixture
def meeting(db, admin):
    for unit in (UNIT, "县委办公室"):
        records.create(directory.UNITS, {"单位名称": unit}, admin)
    for name, post in PEOPLE:
        records.create(directory.PEOPLE, {"姓名": name, "单位": UNIT, "职务": post}, admin)
    draft = m.MeetingDraft(
        values={"title": "人社工作专题会议", "kind": "专题会议", "start": "2027-03-03 09:00",
                "end": "2027-03-03 11:00", "host_unit": "县委办公室"},
        attendees=[m.resolve_person(name) for name, _ in PEOPLE],
    )
    return m.save_meeting(draft, admin)


def _lines(pdf: bytes) -> list[str]:
    """Every text line of every page, top to bottom."""
    out = []
    for page in open_pdf(pdf):
        out.extend(s.text.strip() for s in sorted(spans(page), key=lambda s: (s.top, s.x0)))
    return out


def _name_whole(lines: list[str], name: str) -> None:
    assert name in lines or f"{name[0]}\u3000{name[1]}" in lines, (name, lines)
    assert not any(line.startswith("·") for line in lines), lines


def test_the_seating_chart_keeps_each_name_whole(meeting, admin):
    lines = _lines(forms.get("seating").build([meeting.id], admin))
    for name, _ in PEOPLE:
        _name_whole(lines, name)


def test_the_seating_chart_breaks_a_post_between_words(meeting, admin):
    lines = _lines(forms.get("seating").build([meeting.id], admin))
    # the post's lines, wherever they broke: never inside the unit's name (a word of the 通讯录)
    posts = [line for line in lines if line and (line in POST) and line != POST]
    assert posts, lines
    assert all(line in (UNIT, "党组书记、局长", UNIT + "党组书记、", "局长") for line in posts), posts


def test_the_signin_sheet_keeps_each_name_whole_in_its_cell(meeting, admin):
    lines = _lines(forms.get("signin").build([meeting.id], admin))
    for name, _ in PEOPLE:
        _name_whole(lines, name)


def test_namecards_carry_the_whole_name_on_one_line(meeting, admin):
    lines = _lines(forms.get("namecards").build([meeting.id], admin))
    for name, _ in PEOPLE:
        assert lines.count(name if len(name) != 2 else f"{name[0]}\u3000{name[1]}") == 2, lines


def test_a_long_name_shrinks_on_one_line_in_a_narrow_box():
    """Fifteen seats on a podium: the boxes are narrow, the name shrinks but stays whole."""
    seats = [Seat("买买提·艾力" if k == 0 else "张三", "副县长", k + 1) for k in range(15)]
    page = open_pdf(render_charts([SeatingChart("县委全会", podium=seats)]))[0]
    texts = {s.text: s for s in spans(page)}
    assert "买买提·艾力" in texts
    assert READABLE - 0.01 <= texts["买买提·艾力"].size <= NAME_SIZE


def test_a_name_too_long_even_at_the_smallest_size_wraps_after_its_dot():
    face = fonts.font(fonts.HEITI)
    name = "阿卜杜热合曼·买买提江·艾力"
    lines, size = fit_name(name, face, 60)
    assert "".join(lines) == name and len(lines) == 2
    assert not lines[1].startswith("·") and lines[0].endswith("·"), lines
    lines, size = fit_name("买买提·艾力", face, 60)
    assert lines == ["买买提·艾力"] and size >= READABLE


def _signin_lines(name: str) -> list:
    from officedesk.printing.signin import SigninData, SigninRow, render_signin

    rows = [SigninRow(name, UNIT, POST, "13900000000"), SigninRow("张三", "县委办公室", "科员")]
    page = open_pdf(render_signin(SigninData("人社工作专题会议", rows=rows)))[0]
    return sorted(spans(page), key=lambda s: (s.top, s.x0))


def test_a_long_name_stays_on_one_line_of_its_cell():
    name = "买买提江·阿不都热合曼"  # 11 characters
    lines = _signin_lines(name)
    found = [s for s in lines if s.text.strip() == name]
    assert found, [s.text for s in lines]
    assert found[0].size >= 9.0 - 0.01  # shrunk at most to 小五 in a 小四 table
    assert any(s.text.strip() == "13900000000" for s in lines)  # nor a phone number broken


def test_a_name_too_long_for_its_cell_wraps_after_its_dot():
    name = "阿卜杜热合曼·买买提江·艾力·阿不都热合曼"  # 21 characters
    texts = [s.text.strip() for s in _signin_lines(name)]
    parts = [t for t in texts if t and t in name and len(t) > 2]
    assert "".join(parts) == name, texts
    assert all(not t.startswith("·") for t in parts) and parts[0].endswith("·"), parts


LONG_POST = "县人力资源和社会保障局党组书记、局长兼县委农村工作领导小组办公室主任"


@pytest.mark.parametrize("people", [
    [("买买提·艾力", POST)] + [("张三", "县人力资源和社会保障局党组书记")] * 5,
    [("买买提·艾力", LONG_POST)],
    [("买买提江·阿不都热合曼", "科员"), ("张三", "县委农村工作领导小组办公室主任")],
    [("买买提·艾力", POST), ("司马相如", POST), ("欧阳娜娜", "科员"), ("张三", "副局长")],
])
def test_a_name_cell_is_set_smaller_only_when_no_column_can_spare_the_width(people):
    """The 签到表's 姓名 column gets the width its names want whenever 单位 or 职务 can give
    it without a line more, in the table or in a cell (买买提·艾力 was set at 11¼ pt beside a
    职务 column with room to spare)."""
    from officedesk.printing.columns import column_widths
    from officedesk.printing.common import SIZE_SMALL4
    from officedesk.printing.form_boxes import cell_lines
    from officedesk.printing.layout import text_width
    from officedesk.printing.names import CELL_LEAST
    from officedesk.printing.names import fit_name as fit_cell
    from officedesk.printing.signin import COLUMNS
    from officedesk.printing.words import add_terms

    add_terms([UNIT])
    face, head = fonts.font(fonts.FANGSONG), fonts.font(fonts.HEITI)
    page, pad, size = 156 * 72 / 25.4, 1.5 * 72 / 25.4, SIZE_SMALL4
    rows = [[str(k), name, UNIT, post, "13900000000", ""]
            for k, (name, post) in enumerate(people, start=1)]
    widths = column_widths(COLUMNS, rows, page, face, size, head, size, pad)

    def lines(widths: list[float]) -> tuple[int, int]:
        """(lines of the table, lines of its cells) as ``form_boxes.table`` sets them."""
        table = cells = 0
        for row in rows:
            heights = [len(fit_cell(v, face, size, size * CELL_LEAST, w - 2 * pad)[0])
                       if c.whole else len(cell_lines(v, w - 2 * pad, size, face))
                       for v, w, c in zip(row, widths, COLUMNS, strict=True) if v]
            table, cells = table + max(heights), cells + sum(heights)
        return table, cells

    before = lines(widths)
    lacking = max(text_width(row[1], face, size) - (widths[1] - 2 * pad) for row in rows)
    if lacking <= 0.01:
        return  # every name at full size
    for donor in (2, 3):  # 单位, 职务
        moved = list(widths)
        moved[1] += min(lacking, 1.0)
        moved[donor] -= min(lacking, 1.0)
        after = lines(moved)
        assert after[0] > before[0] or after[1] > before[1], (COLUMNS[donor].title, widths)
