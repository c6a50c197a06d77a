"""The 签到表's totals stay with their table: "应到 … 人" and "旁听 N 人" never stand alone at the
top of a page; the last row goes over with the total (under the header repeated there)."""

from __future__ import annotations

import re

import pymupdf

from officedesk.printing.signin import SigninData, SigninRow, render_signin


def _pages(data: SigninData) -> list[str]:
    return [page.get_text() for page in pymupdf.open(stream=render_signin(data), filetype="pdf")]


def _sheet(members: int, observers: int) -> SigninData:
    return SigninData(
        meeting_name="研究防汛抗旱工作专题会议", time="2026年8月3日10:00", place="县政府常务会议室",
        rows=[SigninRow(f"成员{k:02d}", "县委办公室", "科员", "0887-3435003")
              for k in range(1, members + 1)],
        observers=[SigninRow(f"旁听{k:02d}", "云岭镇群众代表") for k in range(1, observers + 1)],
        expected=members, blank_rows=2)


def test_the_totals_never_stand_alone():
    alone = []
    for members in range(10, 26):
        for observers in (1, 2, 3):
            data = _sheet(members, observers)
            pages = _pages(data)
            # the last member row (a blank one, or the last name where the blank rows would
            # take a page of their own: test_signin_blank_rows) stands above the total
            page = next("\n" + p for p in pages if f"应到{members}人" in p)
            above = page[:page.index(f"应到{members}人")]
            if not re.search(r"签名\n(.*\n)*\d{1,2}\n", above):
                alone.append((members, observers, "应到"))
            if f"旁听{observers:02d}" not in next(p for p in pages if f"旁听 {observers} 人" in p):
                alone.append((members, observers, "旁听"))
            # every member and observer is printed, once
            text = "".join(pages)
            assert all(text.count(f"成员{k:02d}") == 1 for k in range(1, members + 1))
            assert all(text.count(f"旁听{k:02d}") == 1 for k in range(1, observers + 1))
    assert alone == []
