"""The 信息 papers: a classified 简报 carries its 份号 (DOMAIN §1) and prints copy by copy
(--copies N, --copy K); an item's heading never ends a page apart from its text; the 接收回执
is dated on its 接收 day and says 初审结果将另行告知 only while the 初审 is not done."""

from __future__ import annotations

import datetime as dt
import re

import pymupdf
import pytest

from officedesk.core import info
from officedesk.core.errors import ValidationError
from officedesk.core.info import procedure
from officedesk.printing import forms, secrecy
from officedesk.printing.gbt9704 import BODY_TOP, PAGE_HEIGHT, line_pitch
from officedesk.store.info import InfoItem


def _pages(pdf: bytes) -> list[str]:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [page.get_text().replace("\n", "") for page in doc]


def _text(pdf: bytes) -> str:
    return "".join(_pages(pdf))


# ---------------------------------------------------------------- 份号


@pytest.fixture
def secret_issue(report, advance, fixed_today):
    fixed_today(dt.date(2026, 5, 6))
    plain = advance(report(title="公开信息"))
    advance(report(title="涉密信息", secrecy="秘密"))
    return plain.issue


def _corner_numbers(pdf: bytes) -> list[list[str]]:
    """Per page: the six-digit numbers printed on the 版心's first line (the 份号)."""
    first_line = PAGE_HEIGHT - BODY_TOP + line_pitch()
    found = []
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            words = [w[4] for w in page.get_text("words") if w[3] < first_line]
            found.append([w for w in words if re.fullmatch(r"\d{6}", w)])
    return found


def test_a_classified_issue_is_copy_numbered():
    form = forms.get("info-issue")
    assert form.secrecy == secrecy.COPY_NUMBERED
    assert {"copy", "copies"} <= set(form.options)


def test_a_classified_issue_carries_its_copy_number_above_its_level(secret_issue, admin):
    pdf = forms.get("info-issue").build([secret_issue], admin)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        first = doc[0]
        number = [w for w in first.get_text("words") if w[4] == "000001"]
        level = [w for w in first.get_text("words") if w[4] == "秘密"]
        assert number and level
        assert number[0][3] <= level[0][1] + 0.5  # 份号 above the 密级
        assert abs(number[0][0] - level[0][0]) < 0.5  # flush left with it
        # nothing printed over the masthead: the 密级 ends above the periodical's name
        name = [w for w in first.get_text("words") if w[4] == "每日要情"]
        assert name and level[0][3] < name[0][1]


def test_a_classified_issue_marks_its_level_on_the_first_page_only(report, advance,
                                                                  fixed_today, admin):
    """A 简报 is laid out as a 公文 (GB/T 9704 §7.2): its 份号 and 密级 stand in the 版头 of
    its first page, none on the pages after it."""
    fixed_today(dt.date(2026, 5, 6))
    long = "\n".join(["全县森林防火检查覆盖各乡镇林区，排查隐患并当场整改，落实责任到人。"] * 30)
    item = advance(report(title="涉密信息", content=long, secrecy="机密"))
    pdf = forms.get("info-issue").build([item.issue], admin)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        assert doc.page_count >= 2
        for number, page in enumerate(doc, start=1):
            levels = [w for w in page.get_text("words") if w[4].startswith("机密")]
            copies = [w for w in page.get_text("words") if re.fullmatch(r"\d{6}", w[4])]
            if number == 1:
                assert len(levels) == 1 and [w[4] for w in copies] == ["000001"]
            else:
                assert levels == [] and copies == [], f"密级 or 份号 on page {number}"


def test_copies_print_each_copy_numbered(secret_issue, admin):
    pdf = forms.get("info-issue").build([secret_issue], admin, copies=3)
    numbers = [n for page in _corner_numbers(pdf) for n in page]
    assert numbers == ["000001", "000002", "000003"]
    again = forms.get("info-issue").build([secret_issue], admin, copy=7)
    assert [n for page in _corner_numbers(again) for n in page] == ["000007"]


def test_an_unclassified_issue_has_no_copy_number(report, advance, fixed_today, admin):
    fixed_today(dt.date(2026, 5, 6))
    plain = advance(report(title="公开信息"))
    pdf = forms.get("info-issue").build([plain.issue], admin)
    assert _corner_numbers(pdf) == [[]] * len(_pages(pdf))
    assert "内部资料" in _text(pdf)
    with pytest.raises(ValidationError, match="不是涉密文件"):
        forms.get("info-issue").build([plain.issue], admin, copies=2)


# ---------------------------------------------------------------- headings


def test_an_item_heading_never_ends_a_page(report, advance, fixed_today, admin):
    """Wherever the first item's text ends, the second item's heading stands on the page with
    its first lines (one paragraph a line: every position at a page's foot is tried)."""
    fixed_today(dt.date(2026, 5, 6))
    first = advance(report(title="第一条信息"))
    second = advance(report(title="第二条信息", content="第二条正文首行。\n第二条正文次行。"))
    assert first.issue == second.issue
    tried = set()
    for lines in range(1, 16):
        InfoItem.update(edited_content="\n".join(["正文一行。"] * lines)).where(
            InfoItem.id == first.id).execute()
        InfoItem.update(edited_content=second.content).where(InfoItem.id == second.id).execute()
        pages = _pages(forms.get("info-issue").build([first.issue], admin))
        heading = next(k for k, text in enumerate(pages) if "【编】第二条信息" in text)
        assert "第二条正文首行" in pages[heading], lines
        tried.add(heading)
    assert tried == {0, 1}  # the heading was pushed to the foot and over it


# ---------------------------------------------------------------- 接收回执


def _received(report, admin, fixed_today):
    fixed_today(dt.date(2026, 6, 23))
    item = report(title="县文旅局探索积分制管理", reported_at="2026-06-22 09:55")
    return procedure.receive(item.id, item.version, admin, on=dt.date(2026, 6, 22))


def test_the_receipt_is_dated_on_its_receipt_day(report, admin, fixed_today):
    item = _received(report, admin, fixed_today)
    fixed_today(dt.date(2026, 12, 1))
    text = _text(forms.get("info-receipt").build([item.id], admin))
    assert "2026年12月1日" not in text
    assert text.endswith("（信息科）2026年6月22日") or "（信息科）2026年6月22日" in text
    assert "初审结果将另行告知" in text  # not yet reviewed


def test_a_reviewed_item_s_receipt_does_not_promise_the_review(report, admin, fixed_today):
    item = _received(report, admin, fixed_today)
    fixed_today(dt.date(2026, 6, 23))
    item = procedure.review(item.id, item.version, admin, "不采", "内容与近期已编发信息重复",
                            on=dt.date(2026, 6, 23))
    assert item.state == "不采用"
    fixed_today(dt.date(2026, 12, 1))
    text = _text(forms.get("info-receipt").build([item.id], admin))
    assert "另行告知" not in text
    assert "（信息科）2026年6月22日" in text
    assert info.get(item.id, admin).review == "不采"
