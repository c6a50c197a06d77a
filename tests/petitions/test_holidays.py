"""Rule 3: periods and holidays. A calendar-day period ending on a rest day or holiday ends on
the next working day; deadlines in a year whose holidays are unknown (2027 with chinesecalendar
1.11) are 暂按 everywhere, the administrator is told, and they are recomputed once entered."""

from __future__ import annotations

import datetime as dt

import pymupdf

from officedesk.core import audit, dashboard, petitions, workdays
from officedesk.core.actor import Actor
from officedesk.core.documents import incoming
from officedesk.core.fields import display
from officedesk.printing import forms

D = dt.date


def test_a_calendar_period_ending_on_a_rest_day_moves_to_the_next_working_day(
    register, fixed_today
):
    fixed_today(D(2026, 9, 20))
    p = register(registered_on="2026-03-06")  # a Friday: +15 days is Saturday 21 March
    assert p.decide_due == D(2026, 3, 23)
    q = register(registered_on="2026-09-16")  # +15 days is 1 October, 国庆节
    assert q.decide_due == D(2026, 10, 8) and workdays.is_workday(q.decide_due)
    assert workdays.add_days(D(2026, 3, 2), 15, False) == D(2026, 3, 17)  # a Tuesday: as is


def test_unknown_year_deadlines_are_provisional_then_recomputed(
    register, admin, clerk, fixed_today
):
    assert not workdays.known_year(2027)  # the package's table ends with 2026
    fixed_today(D(2026, 12, 20))
    p = register(registered_on="2026-12-20")
    assert p.decide_due == D(2027, 1, 4) and p.next_due == D(2027, 1, 4)
    # lists (the declared column), the 工作台 and the administrator's notice
    assert display(petitions.SPEC.field("next_due"), p.next_due) == "2027-01-04（暂按）"
    fixed_today(D(2027, 1, 2))
    due = [i for i in dashboard.due_items(admin) if i.record_id == p.id]
    assert due and due[0].provisional
    fixed_today(D(2026, 12, 31))
    assert "2027 年的法定节假日" in dashboard.calendar_notice(admin)
    assert dashboard.calendar_notice(clerk) == ""
    # prints: the 收文处理笺's 办理时限 counted in working days into 2027
    record = incoming.sign_in(
        {"文种": "通知", "收文日期": "2026-12-31", "来文机关": "省委办公厅", "标题": "关于元旦春节期间工作的通知"},
        admin,
    )
    record = incoming.register_doc(record.id, record.version, {}, admin)
    record = incoming.review(record.id, record.version, admin)
    record = incoming.propose(record.id, record.version, admin, "拟请王主任阅示。")
    record = incoming.instruct(record.id, record.version, admin, "请办。", "王建国")
    record = incoming.assign(record.id, record.version, admin, "市应急管理局", "", 5)
    with pymupdf.open(stream=forms.get("incoming-slip").build([record.id], admin)) as pdf:
        text = "".join(page.get_text() for page in pdf)
    assert "暂按" in text
    assert record.due_on == D(2027, 1, 7)  # 5 working days from 31 December, weekdays only
    # the administrator enters 2027's 元旦 (1–3 January) and a 调休: deadlines are recomputed
    system = Actor("chief", "admin", 3)
    workdays.set_override(D(2027, 1, 4), False, "元旦调休（示例）", actor=system)
    p = petitions.get(p.id)
    assert p.decide_due == D(2027, 1, 5) and p.next_due == D(2027, 1, 5)
    assert display(petitions.SPEC.field("next_due"), p.next_due) == "2027-01-05"
    assert dashboard.calendar_notice(admin) == ""
    assert incoming.IncomingDoc.get_by_id(record.id).due_on == D(2027, 1, 8)  # one day later
    last = audit.history("petitions", p.id)[-1]
    assert "重算期限" in last.summary and last.actor == "chief"
