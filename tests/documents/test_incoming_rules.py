"""Rule 8: 收文 takes several 批示 in order (分管领导, then 主要领导), each with who, when and
text; a 主办 unit and 协办 units; 特急 and 加急 get shorter default 办理时限 (settings)."""

from __future__ import annotations

import datetime as dt

import pymupdf

from officedesk.core import clock, settings, workdays
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.printing import forms

from .conftest import TODAY


def _instructed(actor, urgency="平件"):
    record = incoming.sign_in(
        {"文种": "通知", "来文机关": "省委办公厅", "标题": "关于做好防汛工作的通知", "紧急程度": urgency}, actor
    )
    record = incoming.register_doc(record.id, record.version, {}, actor)
    record = incoming.review(record.id, record.version, actor)
    return incoming.propose(record.id, record.version, actor, "拟请刘副主任、王主任阅示。")


def test_several_instructions_in_order_each_with_who_when_and_text(office, secretary):
    clock.set_today(dt.date(2026, 3, 1))  # proposed the day before the 批示 (never after them)
    record = _instructed(secretary)
    clock.set_today(TODAY)
    first = dt.datetime(2026, 3, 2, 9, 30)
    second = dt.datetime(2026, 3, 2, 15, 0)
    record = incoming.instruct(
        record.id, record.version, secretary, "请应急局牵头落实。", "刘志强", at=first
    )
    record = incoming.instruct(
        record.id, record.version, secretary, "同意刘志强同志意见，务必抓紧。", "王建国", at=second
    )
    assert record.state == incoming.INSTRUCTED
    made = [(s.person, s.at, s.opinion) for s in incoming.instructions_of(record.id, CLI_ACTOR)]
    assert made == [
        ("刘志强", first, "请应急局牵头落实。"),
        ("王建国", second, "同意刘志强同志意见，务必抓紧。"),
    ]
    assert record.instruction.splitlines() == [
        "刘志强：请应急局牵头落实。",
        "王建国：同意刘志强同志意见，务必抓紧。",
    ]
    record = incoming.assign(
        record.id, record.version, secretary, "市应急管理局", "赵科长", 5,
        co_units="市水利局、市气象局",
    )
    assert (record.handler_unit, record.co_units) == ("市应急管理局", "市水利局、市气象局")
    with pymupdf.open(stream=forms.get("incoming-slip").build([record.id], secretary)) as pdf:
        text = "".join("".join(page.get_text().split()) for page in pdf)
    assert text.index("请应急局牵头落实。") < text.index("同意刘志强同志意见")
    assert "刘志强2026年3月2日" in text and "王建国2026年3月2日" in text
    assert "主办：市应急管理局" in text and "协办：市水利局、市气象局" in text


def test_urgent_documents_get_shorter_default_limits(office, secretary):
    settings.put(incoming.URGENT_LIMITS["特急"].key, 1)
    settings.put(incoming.URGENT_LIMITS["加急"].key, 3)
    today = dt.date(2026, 3, 2)
    clock.set_today(today)  # 承办 from the day it is done: no step before it comes later
    expected = {"特急": 1, "加急": 3, "平件": 5}
    for urgency, days in expected.items():
        record = _instructed(secretary, urgency)
        record = incoming.instruct(record.id, record.version, secretary, "请办。", "王建国")
        record = incoming.assign(record.id, record.version, secretary, "市应急管理局", start=today)
        assert record.limit_days == days, urgency
        assert record.due_on == workdays.add_working_days(today, days)
