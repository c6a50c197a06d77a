"""A leader's 阅 (a step outside the approval chain) recorded by someone else is 代录, which
needs the 代录 right while 逐级负责 is in force; the leader records his own reading himself."""

from __future__ import annotations

import pytest

from officedesk.core import clock, responsibility, steps
from officedesk.core.documents import incoming
from officedesk.core.errors import ProcedureError


def _circulating(staffed):
    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "关于防汛的通知"},
                           staffed["wenshu"]).id
    steps.perform("incoming", doc, "登记", {}, staffed["wenshu"])
    steps.perform("incoming", doc, "初审", {}, staffed["wenshu"])
    steps.perform("incoming", doc, "拟办", {"拟办意见": "请孙主任阅示"}, staffed["wenshu"])
    steps.perform("incoming", doc, "批办", {"批示内容": "请各位领导阅"}, staffed["zhuren"])
    steps.perform("incoming", doc, "传阅", {"传阅人": "孙主任、赵副主任、钱副主任", "传阅方式": "同时分送"},
                  staffed["wenshu"])
    return doc


def test_recording_another_s_reading_needs_the_proxy_right(staffed):
    doc = _circulating(staffed)
    for actor in ("kuiyuan", "fuzhuren2"):  # a 科员, and another 副主任, without the right
        with pytest.raises(ProcedureError, match="只有有代录权限的用户可以代他人（孙主任）录入“阅”"):
            steps.perform("incoming", doc, "阅", {"阅文人": "孙主任"}, staffed[actor])
    assert responsibility.last_sign("incoming", doc, "阅") is None
    steps.perform("incoming", doc, "阅", {"阅文人": "孙主任", "阅毕时间": clock.now()},
                  staffed["wenshu"])  # has the right
    sign = responsibility.last_sign("incoming", doc, "阅")
    assert (sign.mode, sign.person, sign.actor_name) == ("代录", "孙主任", "周文书")
    steps.perform("incoming", doc, "阅", {"阅文人": "钱副主任"}, staffed["fuzhuren2"])  # his own
    sign = responsibility.last_sign("incoming", doc, "阅")
    assert (sign.mode, sign.person) == ("本人", "钱副主任")
