"""The 收文处理笺 keeps its end — 备注, 签收人, 打印日期 — with the form: a long title and a long
批示 shrink its handwriting boxes (to their text at the least) rather than push the end onto a
second page alone; a 批示 too long for any page still takes the 备注 with the 签收人 line."""

from __future__ import annotations

import pymupdf
import pytest

from officedesk.core import clock, steps
from officedesk.core.documents import incoming
from officedesk.printing import forms

TITLE = ("关于认真贯彻落实全省安全生产电视电话会议精神进一步做好岁末年初安全生产和森林草原防灭火工作"
         "暨开展重点行业领域隐患排查整治专项行动的通知")  # three lines on the slip
CLAUSE = "请县应急管理局牵头，会同县公安局、县交通运输局、县住建局、县林草局等部门，立即开展安全隐患大排查大整治，"


def _slip(actor, instruction: str) -> list[str]:
    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": TITLE}, actor).id
    steps.perform("incoming", doc, "登记", {}, actor)
    steps.perform("incoming", doc, "初审", {}, actor)
    steps.perform("incoming", doc, "拟办", {"拟办意见": "请王副主任阅示"}, actor)
    steps.perform("incoming", doc, "批办", {"批示领导": "王建国", "批示内容": instruction,
                                          "批示时间": clock.now()}, actor)
    data = forms.get("incoming-slip").build([doc], actor)
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        return [page.get_text() for page in pdf]


@pytest.mark.parametrize("clauses", [5, 6])  # about 270 and 320 characters
def test_a_long_title_and_instruction_keep_the_slip_on_one_page(office, secretary, clauses):
    pages = _slip(secretary, CLAUSE * clauses + "确保全县安全形势持续稳定。")
    assert len(pages) == 1
    assert "备注" in pages[0] and "签收人：" in pages[0] and "打印日期：" in pages[0]


def test_an_instruction_too_long_for_a_page_keeps_the_remark_with_the_sign_in_line(office, secretary):
    pages = _slip(secretary, CLAUSE * 16 + "确保全县安全形势持续稳定。")
    assert len(pages) > 1
    assert "签收人：" in pages[-1] and "备注" in pages[-1]
    assert not any("签收人：" in page or "备注" in page for page in pages[:-1])
