"""The 传阅单 reads the step signatures as the 收文处理笺 does: a 批示 and a 阅 entered for the
leader by a clerk (代录) print 王主任（代录） with who entered it and when, not as if he had
signed himself; a leader's own 阅 prints as before."""

from __future__ import annotations

import pymupdf

from officedesk.core import clock, steps
from officedesk.core.documents import incoming
from officedesk.printing import forms


def _text(data: bytes) -> str:
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        return "".join(page.get_text() for page in pdf).replace("\n", "")


def test_entered_instruction_and_reading_are_marked_on_the_circulation_sheet(staffed):
    clerk = staffed["wenshu"]
    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "关于做好冬季安全生产工作的通知"},
                           clerk).id
    steps.perform("incoming", doc, "登记", {}, clerk)
    steps.perform("incoming", doc, "初审", {}, clerk)
    steps.perform("incoming", doc, "拟办", {"拟办意见": "请赵副主任阅示"}, clerk)
    steps.perform("incoming", doc, "批办", {"批示领导": "赵副主任",
                                          "批示内容": "请县应急管理局牵头落实",
                                          "批示时间": clock.now()}, clerk)
    steps.perform("incoming", doc, "传阅", {"传阅人": "孙主任、钱副主任", "传阅方式": "同时分送"},
                  clerk)
    steps.perform("incoming", doc, "阅", {"阅文人": "孙主任", "阅文意见": "同意",
                                        "阅毕时间": clock.now()}, clerk)  # 代录
    steps.perform("incoming", doc, "阅", {"阅文人": "钱副主任", "阅文意见": "已阅知"},
                  staffed["fuzhuren2"])  # his own

    sheet = _text(forms.get("circulation").build([doc], clerk))
    slip = _text(forms.get("incoming-slip").build([doc], clerk))
    assert "赵副主任（代录）" in slip  # the 收文处理笺 did so already
    assert "请县应急管理局牵头落实（赵副主任）" not in sheet
    assert "赵副主任（代录）" in sheet
    assert "同意孙主任（代录）（代录：周文书于" in sheet
    assert sheet.count("（代录：周文书于") == 2  # the 批示's and the 阅's, each its own line
    assert "钱副主任（代录）" not in sheet and "已阅知" in sheet
