"""The 签到表's blank rows (for who comes unlisted) fill the room under the last name; they
never take a page of their own: a sheet of 500 printed a 25th page holding one blank row (503)
and “应到500人 …”, the 24th full to 502. The blank rows the page of the last name has room
for are kept, with the total under them; when it has room for none, the last name goes over
with every blank row and the total. Read back with PyMuPDF."""

from __future__ import annotations

import re

import pymupdf
import pytest

from officedesk.printing.signin import SigninData, SigninRow, render_signin


def _sheet(members: int, blank: int = 3) -> SigninData:
    return SigninData(
        meeting_name="全市机关作风建设工作会议", time="2026年12月3日9:00", place="市委大楼三楼第一会议室",
        rows=[SigninRow(f"成员{k:03d}", "市发展和改革委员会", "主任", "13800138000")
              for k in range(1, members + 1)],
        blank_rows=blank)


def _pages(data: SigninData) -> list[str]:
    return [page.get_text() for page in pymupdf.open(stream=render_signin(data), filetype="pdf")]


def _numbers(page: str) -> list[int]:
    return [int(n) for n in re.findall(r"^(\d{1,4})$", page, re.M)]


@pytest.mark.parametrize("members", [*range(14, 24), 497, 498, 499, 500])
def test_the_last_page_holds_a_name(members):
    pages = _pages(_sheet(members))
    last = pages[-1]
    assert f"应到{members}人" in last
    assert "成员" in last, (members, len(pages), _numbers(last))
    numbers = [n for page in pages for n in _numbers(page)]
    assert numbers[:members] == list(range(1, members + 1))  # every name, numbered in order
    blank = numbers[members:]
    assert blank == list(range(members + 1, members + 1 + len(blank)))
    if not blank or len(blank) < 3:  # fewer blank rows only where they would take a page
        assert len(pages) == len(_pages(_sheet(members, 0)))


def test_a_sheet_of_500_takes_no_page_for_its_blank_rows():
    assert len(_pages(_sheet(500))) == len(_pages(_sheet(500, 0)))
