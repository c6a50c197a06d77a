"""Cells of form tables and grids break between words, as titles do: the 单位 column of a
签到表 prints 云岭县 / 人力资源和 / 社会保障局, never 云岭县人 / 力资源和 / 社会保障局, also when
the 通讯录 has taught the segmenter the whole unit name; only a word wider than its column is
cut. Measured in the PDFs with PyMuPDF."""

from __future__ import annotations

import pytest

from officedesk.printing import fonts, words
from officedesk.printing.common import SIZE_SMALL4, Field, FormDocument
from officedesk.printing.form_boxes import cell_lines
from officedesk.printing.layout import text_width
from officedesk.printing.signin import SigninData, SigninRow, render_signin
from tests.printing.conftest import MM, open_pdf, spans

# the units of the 通讯录 the defect was seen with, in the segmenter's words (jieba with the
# office's terms): a line of a cell may end only between two of them
UNITS = {
    "云岭县发展和改革局": ["云岭县", "发展", "和", "改革", "局"],
    "云岭县财政局": ["云岭县", "财政局"],
    "云岭县人力资源和社会保障局": ["云岭县", "人力资源", "和", "社会", "保障局"],
    "云岭县自然资源和规划局（林业和草原局）":
        ["云岭县", "自然资源", "和", "规划局", "（", "林业", "和", "草原", "局", "）"],
    "云岭县住房和城乡建设局": ["云岭县", "住房", "和", "城乡", "建设局"],
    "中共云岭县委员会全面深化改革委员会办公室":
        ["中共", "云岭县", "委员会", "全面", "深化改革", "委员会", "办公室"],
    "云岭县经济技术开发区管理委员会党政综合办公室":
        ["云岭县", "经济", "技术开发区", "管理委员会", "党政", "综合", "办公室"],
    "云岭县应急管理局": ["云岭县", "应急管理", "局"],
}
POST = "党组书记、局长兼县委农村工作领导小组办公室主任"


@pytest.fixture(autouse=True)
def directory_units():
    """The 通讯录 teaches the segmenter each unit name whole (as printing from its database
    does): a name too wide for its column must still break at its own words."""
    words.add_terms(UNITS)


def inner_cuts(lines: list[str], parts: list[str]) -> list[str]:
    """The line ends that fall inside one of ``parts`` ("云岭县人 / 力资源和")."""
    bounds, at = set(), 0
    for part in parts:
        at += len(part)
        bounds.add(at)
    bad, at = [], 0
    for line, following in zip(lines, lines[1:], strict=False):
        at += len(line)
        if at not in bounds:
            bad.append(f"{line} / {following}")
    return bad


def printed_cells(pdf: bytes, names: list[str], size: float) -> dict[str, list[list[str]]]:
    """Each name's cells as printed, line by line: the lines of a left-aligned cell start at
    one x, one under the other; consecutive lines are joined until they spell a name."""
    found: dict[str, list[list[str]]] = {n: [] for n in names}
    with open_pdf(pdf) as doc:
        for page in doc:
            columns: dict[int, list] = {}
            for s in spans(page):
                if abs(s.size - size) < 0.05 and any(s.text in n for n in names):
                    columns.setdefault(round(s.x0), []).append(s)
            for column in columns.values():
                lines: list[str] = []
                for s in sorted(column, key=lambda s: s.top):
                    lines.append(s.text)
                    joined = "".join(lines)
                    if joined in found:
                        found[joined].append(lines)
                        lines = []
                    elif not any(n.startswith(joined) for n in names):
                        lines = []  # not a name's lines (a name's part alone in a cell)
    return found


def _awk_sheet() -> SigninData:
    names = ["于伟", "乔明强", "任建红", "何秀", "任玉海", "何明霞", "任国"]
    rows = [SigninRow(names[k % len(names)], unit, POST if k % 9 == 0 else "副局长",
                      f"139{k:08d}") for k, unit in enumerate(list(UNITS) * 4)]
    rows[0] = SigninRow("欧阳娜仁托娅·阿布都热合曼", rows[0].unit, POST, rows[0].phone)
    return SigninData(meeting_name="云岭县2026年度营商环境建设推进会议", rows=rows,
                      time="2026年12月15日", place="第一会议室")


def test_the_sign_in_sheet_prints_unit_names_broken_between_words():
    pdf = render_signin(_awk_sheet())
    cells = printed_cells(pdf, list(UNITS), SIZE_SMALL4)
    for unit, parts in UNITS.items():
        assert cells[unit], f"{unit} not found in the sheet"
        for lines in cells[unit]:
            assert inner_cuts(lines, parts) == [], (unit, lines)


@pytest.mark.parametrize("label_width", [8.0, 11.0, 13.0])
def test_narrow_grid_boxes_break_unit_names_between_words(label_width):
    """Four boxes a row leave each value 5 to 6½ characters: every name that takes more
    than one line still breaks only between its words."""
    form = FormDocument(title="测试")
    names = list(UNITS)
    form.grid([[Field("甲", n) for n in names[:4]], [Field("乙", n) for n in names[4:]]],
              columns=4, label_width=label_width)
    cells = printed_cells(form.render(), names, form.body_size)
    wrapped = 0
    for unit, parts in UNITS.items():
        assert cells[unit], f"{unit} not found"
        for lines in cells[unit]:
            wrapped += len(lines) > 1
            assert inner_cuts(lines, parts) == [], (unit, lines)
    assert wrapped >= 6  # the boxes are narrow enough to wrap most names


def _table_lines(columns, rows, widths, font, size, pad) -> int:
    """The lines of a table as ``form_boxes.table`` wraps its cells (a row as tall as its
    tallest cell; a name cell is set smaller on its one line before it wraps)."""
    from officedesk.printing.names import CELL_LEAST, fit_name

    def count(v, w, column) -> int:
        if column.whole:
            return len(fit_name(str(v), font, size, size * CELL_LEAST, w - 2 * pad)[0])
        return len(cell_lines(str(v), w - 2 * pad, size, font))

    return sum(
        max([count(v, w, c) for v, w, c in zip(row, widths, columns, strict=False) if v] or [1])
        for row in rows
    )


def test_a_wrapping_column_takes_width_from_columns_that_fit_anyway():
    """The 签到表 of the 通讯录's units: no character of width moved from one column to
    another makes the table shorter (main gave 单位 6½ characters, 姓名 a spare one: 云岭县经济
    / 技术开发区 / 管理委员会 / 党政综合 / 办公室), and the 签名 box keeps its declared share."""
    from officedesk.printing.columns import column_widths
    from officedesk.printing.names import CELL_LEAST, fit_name
    from officedesk.printing.signin import COLUMNS

    sheet = _awk_sheet()
    rows = [[str(k), r.name, r.unit, r.title, r.phone, ""]
            for k, r in enumerate(sheet.rows, start=1)]
    face, head = fonts.font(fonts.FANGSONG), fonts.font(fonts.HEITI)
    page, pad, size = 156 * MM, 1.5 * MM, SIZE_SMALL4
    widths = column_widths(COLUMNS, rows, page, face, size, head, size, pad)
    assert sum(widths) == pytest.approx(page)
    assert widths[-1] >= COLUMNS[-1].width / sum(c.width for c in COLUMNS) * page - 0.01
    lines = _table_lines(COLUMNS, rows, widths, face, size, pad)
    em = text_width("字", face, size)
    for to in (1, 2, 3):  # 姓名, 单位, 职务
        for source in range(len(COLUMNS) - 1):  # never from the 签名 box
            moved = list(widths)
            moved[to] += em
            moved[source] -= em
            # what no column may split: a header of up to three characters, a short name,
            # a phone number
            whole = [row[source] for row in rows if len(row[source]) <= 4 or source == 4]
            if COLUMNS[source].title and len(COLUMNS[source].title) <= 3:
                whole.append(COLUMNS[source].title)
            if source == to or any(text_width(t, head, size) > moved[source] - 2 * pad
                                   for t in whole):
                continue
            if COLUMNS[source].whole and any(  # nor set a name below a name cell's least size
                    fit_name(row[source], face, size, size * CELL_LEAST,
                             moved[source] - 2 * pad)[1] < size * CELL_LEAST - 1e-6
                    for row in rows):
                continue
            assert _table_lines(COLUMNS, rows, moved, face, size, pad) >= lines, (
                COLUMNS[source].title, COLUMNS[to].title)


@pytest.mark.parametrize("text", [*UNITS, POST])
def test_the_column_search_counts_a_cell_as_the_table_wraps_it(text):
    """The widths search counts each cell's lines as ``form_boxes`` wraps it, at any width:
    a word wider than the column (党组书记、 in a 4½-character 职务) is cut at its own words
    (党组 / 书记、), each piece starting where the last ended, not as if cut anywhere (the
    search counted 6 lines for the post's 8 and kept a table 4 lines taller than it had to be)."""
    from officedesk.printing.columns import _cell_extent, _lines_at

    face = fonts.font(fonts.FANGSONG)
    natural = _cell_extent(text, face, SIZE_SMALL4)[1]
    for tenths in range(300, 2400, 7):  # 2½ to 20 characters
        width = tenths / 10
        assert _lines_at(text, natural, width, face, SIZE_SMALL4) == len(
            cell_lines(text, width, SIZE_SMALL4, face)), (text, width)


CONTENT = ("反映其所在小区物业服务企业长期不履行维修义务，小区电梯多次发生故障，业主委员会多次"
           "协调未果，地下车库排水设施损坏，雨季积水严重，请求有关部门依法督促物业服务企业限期"
           "整改，并对相关责任人员依法依规作出处理。")


def column_lines(pdf: bytes, text: str, size: float) -> list[str]:
    """The printed lines of the left-aligned box that holds ``text``, top to bottom."""
    with open_pdf(pdf) as doc:
        found = [s for page in doc for s in spans(page) if abs(s.size - size) < 0.05]
    x = next(s.x0 for s in found if text.startswith(s.text) and len(s.text) >= 2)
    return [s.text for s in sorted(found, key=lambda s: s.top)
            if abs(s.x0 - x) < 0.5 and s.text in text]


@pytest.mark.parametrize("columns", [1, 2])
def test_long_running_text_in_a_box_breaks_between_words(columns):
    """反映内容 of more than three lines fills its lines word by word (the segmenter's words;
    numbers and names whole), still following 避头尾."""
    form = FormDocument(title="测试")
    form.grid([[Field("反映内容", CONTENT, span=columns)]], columns=columns)
    lines = column_lines(form.render(), CONTENT, form.body_size)
    assert "".join(lines) == CONTENT
    assert len(lines) > 3
    assert inner_cuts(lines, words.title_words(CONTENT)) == []
    assert not any(line[0] in "，。、；：）" for line in lines[1:])


def test_a_word_wider_than_its_box_is_still_cut():
    """A word wider than its box is cut, at its own words when it has any (管理 / 委员会),
    else anywhere; no line is wider than the box."""
    form = FormDocument(title="测试")
    texts = ["管理委员会", "娜仁托娅", "ABCDEFGHIJKLMNOPQR", "云岭县经济技术开发区"]
    form.grid([[Field("甲", t) for t in texts]], columns=4, label_width=22)
    room = (156 / 4 - 22) * MM - 4 * MM  # a box's width less its padding
    pdf = form.render()
    face = fonts.font(fonts.FANGSONG)
    assert room < text_width("管理委员会", face, form.body_size)
    for text in texts:
        lines = column_lines(pdf, text, form.body_size)
        assert "".join(lines) == text and len(lines) > 1, lines
        assert all(text_width(line, face, form.body_size) <= room + 0.01 for line in lines)
    assert column_lines(pdf, "管理委员会", form.body_size) == ["管理", "委员会"]


@pytest.mark.parametrize("chars", [4.6, 5.6, 6.6])
def test_marks_stay_with_their_word_in_a_narrow_box(chars):
    """Breaking between words never breaks 避头尾: where a word and its mark (党组书记、) are
    wider than the box, the word is cut (党组 / 书记、), the mark never starts a line."""
    from officedesk.printing.layout import NO_END, NO_START

    face = fonts.font(fonts.FANGSONG)
    width = chars * text_width("字", face, SIZE_SMALL4)
    for text in (POST, "县委常委、县纪委书记、县监委主任",
                 "关于征求《云州市城市管理条例（草案）》意见的函"):
        lines = cell_lines(text, width, SIZE_SMALL4, face)
        assert "".join(lines) == text
        assert not any(line[0] in NO_START for line in lines[1:]), lines
        assert not any(line[-1] in NO_END for line in lines[:-1]), lines
        assert all(text_width(line, face, SIZE_SMALL4) <= width + 0.01 for line in lines)


def test_a_sentence_in_a_box_fills_its_lines_as_running_text():
    """The 交办要求 of a 信访事项交办单 (three lines) was balanced like a title: every line a
    quarter short of the box (“…依法 / 作出处理意见…于2026年4月15日 / 前将…”). A sentence is
    running text: each line but the last filled word by word (short by a word at most), a date
    kept whole; a name is still balanced."""
    size, width = 12.0, 122 * MM  # the slip's 交办要求 box (its label aside) at 小四
    requirement = ("请按照《信访工作条例》的规定认真调查处理，依法作出处理意见并书面答复信访人，"
                   "于2026年4月15日前将办理结果和答复意见书复印件报送本机关。")
    face = fonts.font(fonts.FANGSONG)
    lines = cell_lines(requirement, width, size, face)
    assert "".join(lines) == requirement and len(lines) == 3
    assert any("2026年4月15日" in line for line in lines)  # a date is not broken
    one_char = text_width("字", face, size)
    for line in lines[:-1]:
        assert text_width(line, face, size) > width - 4.5 * one_char, lines  # short by a word at most
    # a name is still balanced (not a full line and a stub)
    assert cell_lines("云岭县人力资源和社会保障局", 30 * MM, size, face) == ["云岭县人力资源", "和社会保障局"]
