"""The 催办单 tells how late a 收文 is (or how long it has left) as its list and the 工作台 do:
in working days, the days its 办理时限 is counted in (core.due_soon) — due on Friday and
chased on Monday it is 1 working day late, not “3 天”."""

from __future__ import annotations

import datetime as dt
import re

import pymupdf

from officedesk.core.documents import incoming
from officedesk.printing import forms
from officedesk.store.documents import IncomingDoc

from .conftest import TODAY  # a Monday


def _sheet(due: dt.date, actor) -> str:
    record = IncomingDoc.create(receive_no=f"收〔2026〕{due.day}号", received_on=dt.date(2026, 11, 2),
                                from_org="省委办公厅", title="关于做好冬季安全生产工作的通知",
                                kind="通知", secrecy="非密", state=incoming.HANDLING,
                                handler_unit="市应急管理局", due_on=due)
    data = forms.get("incoming-reminder").build([record.id], actor)
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        return "".join(page.get_text() for page in pdf).replace("\n", "")


def test_the_reminder_counts_working_days(office, secretary):
    assert "已逾期1个工作日" in _sheet(TODAY - dt.timedelta(days=3), secretary)  # Friday
    assert "尚余2个工作日" in _sheet(TODAY + dt.timedelta(days=2), secretary)  # Wednesday
    assert "今日到期" in _sheet(TODAY, secretary)


def _slip(actor) -> str:
    record = IncomingDoc.create(receive_no="收〔2026〕88号", received_on=dt.date(2026, 11, 2),
                                from_org="省委办公厅", title="关于做好冬季安全生产工作的通知",
                                kind="通知", secrecy="非密", state=incoming.HANDLING, copies=2,
                                handler_unit="市应急管理局", limit_days=10,
                                due_on=TODAY + dt.timedelta(days=14))
    data = forms.get("incoming-slip").build([record.id], actor)
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        return "".join(page.get_text() for page in pdf).replace("\n", "")


def test_figures_stand_next_to_their_chinese_as_a_gongwen_writes_them(office, secretary):
    """10个工作日, 第1次, 2份 — no half-width space between a figure and its Chinese (the
    公文 beside them writes 10项; the forms printed “10 个工作日”, “第 1 次”, “2 份”)."""
    sheet = _sheet(TODAY + dt.timedelta(days=2), secretary)
    slip = _slip(secretary)
    assert "第1次" in sheet and "尚余2个工作日" in sheet
    assert "10个工作日" in slip and "2份" in slip
    for text in (sheet, slip):
        assert not re.search(r"[0-9] [\u4e00-\u9fff]|[\u4e00-\u9fff] [0-9]", text), text
