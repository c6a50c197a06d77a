"""A crowded joint 上行文 (GB/T 9704 §7.2.5, §7.3.3): five or six 标志 and 签发人 with one long
name printed page 1 with only the 版头 (every row of 签发人 one name a line) and the title, 主送
and 正文 on page 2, without a word. The names go two a line where they fit — only the row
beside the 发文字号 needs a character's space before the number, a long name stands alone on its
row — and a head of every organ's name that leaves no room prints the 主办机关's alone
(test_lead_organ_head); one that still leaves no room for the title on page 1 is refused, never
printed with the title off page 1. Measured in the PDF with PyMuPDF."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core.errors import ValidationError
from officedesk.printing.gbt9704 import DocumentData, render_document
from tests.printing.conftest import open_pdf, spans

ORGANS = ["中共云岭县委办公室", "云岭县人民政府办公室", "云岭县财政局", "云岭县应急管理局",
          "云岭县水务局", "云岭县农业农村局"]
SIGNERS = ["韦刚", "阿卜杜热合曼·买买提依明", "欧阳明月", "司马相如", "诸葛孔明", "张伟"]
NUMBER = "云委办发〔2026〕17号"
TITLE = "关于申请追加2026年度防汛救灾资金的请示"


def _request(count: int, title: str = TITLE, organs: int = 0) -> DocumentData:
    return DocumentData(
        title=title, body="现将有关事项请示如下。\n妥否，请批示。", organs=ORGANS[:organs or count],
        doc_number=NUMBER, is_upward=True, signers=SIGNERS[:count], recipients="中共云州市委",
        signer_organs=ORGANS[:count], date=dt.date(2026, 12, 2),
        printer_organ="中共云岭县委办公室", print_date=dt.date(2026, 12, 2))


def _rows(page) -> list[list]:
    """The 签发人 (楷体) spans by line, top down."""
    kai = sorted((s for s in spans(page) if "Kai" in s.font), key=lambda s: (s.origin_y, s.x0))
    rows: list[list] = []
    for s in kai:
        if rows and abs(rows[-1][0].origin_y - s.origin_y) < 0.5:
            rows[-1].append(s)
        else:
            rows.append([s])
    return rows


@pytest.mark.parametrize("count", [4, 5, 6])
def test_names_go_two_a_line_a_long_name_alone(count):
    page = open_pdf(render_document(_request(count, "关于追加防汛资金的请示", organs=2)))[0]
    rows = _rows(page)
    long = SIGNERS[1]
    assert [[s.text for s in r] for r in rows if any(s.text == long for s in r)] == [[long]]
    # the fewest rows: the long name alone, the others two a line (韦刚 alone before it)
    assert len(rows) == 2 + (count - 2 + 1) // 2, [[s.text for s in r] for r in rows]
    number = next(s for s in spans(page) if s.text == NUMBER)
    last = rows[-1]
    assert abs(number.origin_y - last[0].origin_y) < 0.5  # the number beside the last names
    assert min(s.x0 for s in last) - number.x1 >= 16 - 0.5  # a character's space at least
    lefts = {round(r[0].x0, 1) for r in rows}
    assert len(lefts) == 1  # every row starts in the first column
    assert max(s.x1 for r in rows for s in r) <= 210 / 25.4 * 72 - 26 / 25.4 * 72 - 16 + 0.5


@pytest.mark.parametrize("count", [3, 4, 5, 6])
def test_page_one_shows_the_title_and_the_text_or_the_title_is_refused(count):
    """Printed, page 1 holds the title and the 正文's first line (or, when even a one-line
    title leaves no room, the title whole and the 主送 on page 2); never the title off it."""
    try:
        pdf = open_pdf(render_document(_request(count)))
    except ValidationError as refused:
        assert "首页" in str(refused)
        return
    first = pdf[0].get_text()
    assert "关于申请" in first and "的请示" in first


def test_four_organs_now_fit_page_one():
    """Names two a line: the 版头 of four organs leaves the two-line title, the 主送 and the
    正文 room on page 1 (it was refused: every row one name a line)."""
    first = open_pdf(render_document(_request(4)))[0].get_text()
    assert "关于申请" in first and "中共云州市委：" in first and "现将" in first


def test_the_reviewers_five_organs_print_the_lead_organ_alone():
    """Five organs: under the 版头 of every name page 1 holds one line of title and no more —
    the two-line title was printed split, then refused; now the 标志 is the 主办机关's name
    alone and the title, the 主送 and the 正文 stand on page 1 (test_lead_organ_head)."""
    pdf = open_pdf(render_document(_request(5)))
    titles = [[s.text for s in spans(page) if abs(s.size - 22) < 0.1] for page in pdf]
    assert len(titles[0]) == 2 and not any(titles[1:])
    assert "中共云州市委：" in pdf[0].get_text() and "现将" in pdf[0].get_text()
    assert [s.text for s in spans(pdf[0]) if s.size > 30] == [ORGANS[0] + "文件"]


def test_a_head_leaving_no_room_for_the_title_is_refused(monkeypatch):
    """Six organs under an office's 80 mm 标志 and a four-line title: even the 主办机关's
    name alone leaves page 1 no room for it (a three-line title fits page 1 set on 24 lines)."""
    from officedesk.core import settings

    monkeypatch.setitem(settings._cache, "print.upward_mark_offset_mm", 80.0)
    with pytest.raises(ValidationError, match="首页"):
        render_document(_request(6, "关于申请追加2026年度防汛救灾资金和农村公路建设补助资金及"
                                    "地质灾害防治专项资金和水毁道路修复资金的请示"))
