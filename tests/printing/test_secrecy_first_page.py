"""A paper laid out as a 公文 (the 督查通报, a 简报 …) carries its 份号 and 密级 where GB/T
9704-2012 §7.2.1–7.2.2 puts them: in the 版头 of the FIRST page only, flush with the 版心's
left edge on its first and second lines (3号; the 密级 in 黑体), above the red 标志. Page 2 on
carries none (a register or internal form keeps its mark on every page: test_secrecy_marks).
Read per page from the PDF with PyMuPDF."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from officedesk.core import settings
from officedesk.printing import fonts, forms
from officedesk.printing.gbt9704 import BODY_TOP, LEFT_MARGIN, PAGE_HEIGHT, line_pitch
from officedesk.store.supervision import SupervisionItem
from tests.printing.conftest import open_pdf, spans
from tests.supervision.conftest import item_with_tasks  # noqa: F401 (the fixture)

LEVEL = re.compile(r"(秘密|机密|绝密)")


def level_spans(page) -> list:
    """What on the page reads as a 密级 mark: a line that starts with one."""
    return [s for s in spans(page) if LEVEL.match(s.text.strip())]


def corner_of_first_page(doc) -> tuple:
    """The 份号 and the 密级 of page 1, checked against GB/T 9704: 份号 six digits on the
    版心's first line, 密级 3号黑体 on its second, both flush with the 版心's left edge."""
    first = doc[0]
    version_top = PAGE_HEIGHT - BODY_TOP  # 37 mm, in PyMuPDF's y (downwards)
    pitch = line_pitch()
    left = LEFT_MARGIN
    numbers = [s for s in spans(first) if re.fullmatch(r"\d{6}", s.text.strip())]
    assert numbers, "no 份号 on page 1"
    number = numbers[0]
    levels = level_spans(first)
    assert levels, "no 密级 on page 1"
    level = levels[0]
    for span, line in ((number, 0), (level, 1)):
        assert abs(span.x0 - left) < 0.6, (span.text, span.x0, left)  # 顶格, in the 版心
        assert abs(span.size - 16) < 0.1  # 3号
        # the character's top on its grid line (a CJK em box's top), inside the 版心
        assert version_top - 0.5 <= span.top
        assert abs(span.origin_y - (version_top + line * pitch + 0.88 * 16)) < 0.6, span.text
    assert fonts.role_of_font_name(level.font) == fonts.HEITI
    assert number.bottom <= level.top + 0.5  # 份号 above the 密级
    return number, level


@pytest.fixture
def secret_bulletin(item_with_tasks, admin, fixed_today):  # noqa: F811
    """The 督查通报 naming one 秘密 item overdue (its 时限 2026-04-30 passed)."""
    item, _tasks = item_with_tasks
    forms.load_all()
    settings.put("org.name", "中共某某市委办公室")
    SupervisionItem.update(secrecy="秘密").where(SupervisionItem.id == item.id).execute()
    fixed_today(dt.date(2026, 5, 20))

    def build(**options):
        return open_pdf(forms.get("bulletin").build([], admin, date_from="2026-01-01",
                                                    date_to="2026-12-31", **options))
    return build


def test_the_bulletin_marks_its_level_on_the_first_page_only(secret_bulletin):
    doc = secret_bulletin()
    assert doc.page_count >= 2  # the 版记 stands on an even page
    for number_of_page, page in enumerate(doc, start=1):
        if number_of_page > 1:
            assert level_spans(page) == [], f"密级 on page {number_of_page}"
    assert [s.text.strip() for s in level_spans(doc[0])] == ["秘密"]  # once, on page 1


def test_the_bulletin_head_is_where_gbt9704_puts_it(secret_bulletin):
    doc = secret_bulletin()
    number, level = corner_of_first_page(doc)
    assert number.text.strip() == "000001" and level.text.strip() == "秘密"
    # the red 标志 below them: nothing of the 版头 printed over another
    mark = min(s.top for s in spans(doc[0]) if s.is_red)
    assert level.bottom < mark
    for page in doc[1:]:  # a 份号 too is the first page's only
        assert not [s for s in spans(page) if re.fullmatch(r"\d{6}", s.text.strip())]


def test_the_bulletin_is_printed_copy_by_copy(secret_bulletin):
    form = forms.get("bulletin")
    assert {"copy", "copies"} <= set(form.options)
    doc = secret_bulletin(copies=2)
    firsts = [page for page in doc if level_spans(page)]
    assert len(firsts) == 2  # two copies, each marked on its first page
    numbers = [s.text.strip() for page in firsts for s in spans(page)
               if re.fullmatch(r"\d{6}", s.text.strip())]
    assert numbers == ["000001", "000002"]
    again = secret_bulletin(copy=7)
    assert corner_of_first_page(again)[0].text.strip() == "000007"


def test_a_letter_format_paper_puts_them_under_the_double_rule(db):
    """信函格式 (GB/T 9704 §10.1): 份号 and 密级 under the first red double rule, the 份号 on
    the 发文字号's line (the number flush right), the text under them."""
    from officedesk.printing.efficiency_bulletin import BulletinDocument, bulletin_mark

    doc = BulletinDocument(letter=True)
    doc.secrecy, doc.copy_number = "机密★10年", "000003"
    bulletin_mark(doc, "中共某某市委办公室", "某委办函〔2026〕1号")
    doc.text("正文第一行。", size=16)
    pages = open_pdf(doc.render())
    first = spans(pages[0])
    number = next(s for s in first if s.text.strip() == "000003")
    level = next(s for s in first if s.text.strip() == "机密★10年")
    doc_number = next(s for s in first if "某委办函" in s.text)
    body = next(s for s in first if "正文第一行" in s.text)
    rules = [d["rect"] for d in pages[0].get_drawings() if d.get("color") and d["color"][0] > 0.8]
    assert rules and min(r.y1 for r in rules) < number.top  # under the first double rule
    assert abs(number.origin_y - doc_number.origin_y) < 0.1  # on the 发文字号's line
    assert abs(number.x0 - LEFT_MARGIN) < 0.6 and abs(level.x0 - LEFT_MARGIN) < 0.6
    assert number.bottom <= level.top and level.bottom < body.top
    assert abs(level.origin_y - number.origin_y - line_pitch()) < 0.6  # the next line
    assert len(pages) == 1 or not level_spans(pages[1])


def test_an_unclassified_bulletin_has_no_head_and_prints_once(item_with_tasks, admin,  # noqa: F811
                                                              fixed_today):
    from officedesk.core.errors import ValidationError

    forms.load_all()
    fixed_today(dt.date(2026, 5, 20))
    build = forms.get("bulletin").build
    doc = open_pdf(build([], admin, date_from="2026-01-01", date_to="2026-12-31"))
    assert not any(level_spans(page) for page in doc)
    assert not [s for page in doc for s in spans(page) if re.fullmatch(r"\d{6}", s.text.strip())]
    with pytest.raises(ValidationError, match="不是涉密文件"):
        build([], admin, date_from="2026-01-01", date_to="2026-12-31", copies=2)
