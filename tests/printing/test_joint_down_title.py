"""A joint 下行文 (联合行文) whose 版头 of every organ's name leaves page 1 no room for its
title and the 正文's first line is printed as a joint 上行文 is: its 发文机关标志 with the
主办机关's name alone (《党政机关公文处理工作条例》第九条, GB/T 9704-2012 §7.2.4), the clerk told
so and that a shorter title keeps every name; before, it was refused with no word of that.
When even the 主办机关 alone leaves no room, the refusal says so and to how many lines to
shorten the title. Measured in the PDF with PyMuPDF."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core.errors import ValidationError
from officedesk.printing import print_notes
from officedesk.printing.gbt9704 import DocumentData, render_document
from tests.printing.conftest import open_pdf, spans

ORGANS = ["中共云岭县委办公室", "云岭县人民政府办公室", "云岭县财政局", "云岭县应急管理局",
          "云岭县水务局", "云岭县农业农村局"]
TITLE = ("关于做好2026年度防汛救灾资金和农村公路建设补助资金及地质灾害防治专项资金使用管理"
         "工作的通知")  # three lines of 2号
# four lines: with five organs' names page 1 set on 24 lines holds three, not four
FOUR_LINES = TITLE[:-5] + "和水毁道路修复工作的通知"
DAY = dt.date(2026, 12, 2)


def _notice(count: int, title: str = TITLE) -> DocumentData:
    return DocumentData(
        title=title, body="各单位要认真贯彻落实。\n一、总体要求", organs=ORGANS[:count],
        doc_number="云委办发〔2026〕17号", recipients="各乡镇党委、政府，县直各单位：",
        signer_organs=ORGANS[:count], date=DAY, printer_organ="中共云岭县委办公室",
        print_date=DAY)


def test_a_joint_downward_notice_prints_with_the_lead_organ_alone_and_says_so():
    with print_notes.noting() as notes:
        pdf = open_pdf(render_document(_notice(5, FOUR_LINES)))
    page = pdf[0]
    marks = [s.text for s in spans(page) if s.size > 30]
    assert marks == [ORGANS[0] + "文件"]  # the 主办机关 alone in the 标志
    titles = [[s.text for s in spans(p) if abs(s.size - 22) < 0.1] for p in pdf]
    assert "".join(titles[0]) == FOUR_LINES and not any(titles[1:])  # whole on page 1
    first = page.get_text()
    assert "各乡镇党委、政府，县直各单位：" in first and "各单位要认真贯彻落实。" in first
    # every organ still signs (署名), on the last page
    assert all(organ in pdf[-1].get_text() for organ in ORGANS[:5])
    assert len(notes) == 1
    assert ORGANS[0] in notes[0] and "第九条" in notes[0] and "缩短标题" in notes[0]
    assert "签发人" not in notes[0]  # a 下行文 has none


def test_a_joint_downward_notice_that_fits_keeps_every_organ():
    with print_notes.noting() as notes:
        pdf = open_pdf(render_document(_notice(3)))
    marks = [s.text for s in spans(pdf[0]) if s.size > 30]
    assert all(organ in marks for organ in ORGANS[:3])
    assert notes == []


def test_refused_when_even_the_lead_organ_alone_leaves_no_room():
    long = TITLE + "的补充通知" * 32  # 13 lines: 10 at most under one name
    with pytest.raises(ValidationError) as refused:
        render_document(_notice(5, long))
    message = str(refused.value)
    assert "即使发文机关标志只用主办机关名称" in message and "请把标题缩短到" in message
