"""The 催办单 tells how late a 收文 is (or how long it has left) as its list and the 工作台 do:
in working days, the days its 办理时限 is counted in (core.due_soon) — due on Friday and
chased on Monday it is 1 working day late, not “3 天”."""

from __future__ import annotations

import datetime as dt

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
    assert "已逾期 1 个工作日" in _sheet(TODAY - dt.timedelta(days=3), secretary)  # Friday
    assert "尚余 2 个工作日" in _sheet(TODAY + dt.timedelta(days=2), secretary)  # Wednesday
    assert "今日到期" in _sheet(TODAY, secretary)
