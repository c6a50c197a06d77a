"""A number in Chinese numerals keeps its unit in running text, as the Arabic ones and titles
do (README: no line splits a number with its unit): the reviewer's 附件说明 read “…优化提升三 /
年行动方案（2026—2028年）” and the 更正通知 “…在县委大楼三 / 楼第一会议室召开”. The group moves
whole to the next line and the line before still fills the GB/T 9704 grid. Measured in the
PDFs, glyph by glyph."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from officedesk.printing import fonts
from officedesk.printing.gbt9704 import BODY_WIDTH, LEFT_MARGIN, SIZE_3, render_document
from officedesk.printing.gbt9704.geometry import tracking
from officedesk.printing.layout import char_width
from officedesk.printing.notice import Correction, NoticeData, render_notice
from officedesk.printing.samples import sample_document
from tests.printing.test_justify import glyph_rows
from tests.printing.test_justify_breaks import assert_filled, document_rows

RIGHT = LEFT_MARGIN + BODY_WIDTH
# what no line may split (checked in the test's own words, not the printing's rule)
GROUPS = ("三年", "三楼", "五楼", "十二个", "三十五名", "两天")
ATTACHMENT = "云岭县深化机关效能建设推进营商环境优化提升三年行动方案（2026—2028年）"
FILLER = "各单位要认真贯彻落实县委决策部署切实加强组织领导确保各项工作落到实处"
SENTENCE = ("推进营商环境优化提升三年行动，会议在县委大楼三楼第一会议室召开，共有十二个部门和"
            "三十五名同志参加，会期两天。")


def _split_groups(lines: list[str]) -> list[tuple[str, str, str]]:
    """The groups of GROUPS that a break between two of ``lines`` splits, with those lines."""
    text = "".join(lines)
    ends, at = [], 0
    for line in lines[:-1]:
        at += len(line)
        ends.append(at)
    out = []
    for group in GROUPS:
        start = text.find(group)
        while start >= 0:
            for row, end in enumerate(ends):
                if start < end < start + len(group):
                    out.append((group, lines[row], lines[row + 1]))
            start = text.find(group, start + 1)
    return out


def _lines(rows) -> list[str]:
    return ["".join(c for c, _ in row) for row in rows]


def test_an_attachment_entry_keeps_a_chinese_numeral_with_its_unit():
    """The reviewer's 附件说明: its first entry broke “…优化提升三 / 年行动方案”."""
    data = dataclasses.replace(
        sample_document(1), body="通知如下。",
        attachments=[ATTACHMENT, "云岭县机关工作人员效能问责暂行办法", "任务分工表"], note="")
    rows = [r for r in glyph_rows(render_document(data), SIZE_3)
            if "".join(c for c, _ in r) in "附件：1." + ATTACHMENT]
    lines = _lines(rows)
    assert "".join(lines) == "附件：1." + ATTACHMENT, lines
    assert len(lines) == 2
    assert not _split_groups(lines), lines
    # the line before the group is justified: it still reaches the right edge of the 版心
    first = rows[0]
    end = first[-1][1] + char_width(first[-1][0], fonts.font(fonts.FANGSONG), SIZE_3)
    assert end == pytest.approx(RIGHT, abs=0.5), lines


def test_a_correction_notice_keeps_the_floor_whole():
    """The reviewer's 更正通知: “…在县委大楼三 / 楼第一会议室召开”."""
    data = NoticeData(
        org="中共云岭县委办公室",
        meeting_name="全县深化机关效能建设推进营商环境优化提升三年行动暨2026年度机关作风建设"
                     "专项整治工作推进会议",
        recipients="云岭县人民政府，县发展和改革局，县人力资源和社会保障局，云岭县人大常委会",
        time=dt.datetime(2026, 12, 17, 14, 30), duration="至17:00结束",
        place="县委大楼五楼常委会议室", attendees="各乡镇、县直各单位主要负责同志",
        contact="欧阳娜娜", phone="0887-3194452", date=dt.date(2026, 12, 1),
        correction=Correction(dt.datetime(2026, 12, 15, 9, 0), "县委大楼三楼第一会议室",
                              time=True, place=True, original_until="至11:30"),
    )
    lines = _lines(glyph_rows(render_notice(data), SIZE_3))
    text = "".join(lines)
    assert "三楼" in text and "五楼" in text
    assert not _split_groups(lines), lines


@pytest.mark.parametrize("lead", range(len(FILLER)))
def test_running_text_keeps_chinese_numerals_with_their_units(lead):
    """Each group at every place along a line: never split, every line but the last filling
    the 28-character grid (the line before a group moved down is spaced out a little)."""
    text = FILLER[:lead] + SENTENCE
    rows = document_rows(text)
    lines = _lines(rows)
    assert not _split_groups(lines), lines
    assert_filled(rows, text, fonts.font(fonts.FANGSONG), SIZE_3, tracking(), RIGHT)
