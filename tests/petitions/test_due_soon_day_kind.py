"""临期提醒（天） counts days as the office counts its 期限 (deadlines.day_kind): in working-day
mode “3 天内到期” is 3 working days, so a 信访 due on Monday is 临期 on the Thursday before
(2 working days left), however many calendar days the weekend adds. The 信访 list's light, the
收文 list's and the 工作台 read the one rule (core.due_soon)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from officedesk.core import dashboard, petitions, settings
from officedesk.core.documents import deadlines
from officedesk.core.documents.incoming_spec import HANDLING
from officedesk.store.petitions import Petition

D = dt.date


def _light(p, today: dt.date) -> str:
    return petitions.light(Petition.get_by_id(p.id), today)


def _on_dashboard(admin, p, today: dt.date) -> bool:
    return p.id in {i.record_id for i in dashboard.due_items(admin, today) if i.registry == "petitions"}


def _left(admin, p, today: dt.date) -> str:
    item = next(i for i in dashboard.due_items(admin, today) if i.record_id == p.id)
    return str(item.left_text(today))


def test_working_day_mode_counts_the_warning_in_working_days(register, admin, fixed_today):
    settings.put("deadlines.due_soon_days", 3)
    settings.put("deadlines.day_kind", "working")
    fixed_today(D(2026, 3, 2))
    p = register(registered_on="2026-03-02")
    assert p.next_due == D(2026, 3, 23)  # Monday: 15 working days
    # Thursday 19th: Friday and Monday left (4 calendar days): 临期, listed on the 工作台
    assert _light(p, D(2026, 3, 19)) == petitions.LIGHT_SOON
    assert _on_dashboard(admin, p, D(2026, 3, 19))
    assert _left(admin, p, D(2026, 3, 19)) == "2 个工作日"  # not “4 天” in a 3-day list
    assert _left(admin, p, D(2026, 3, 24)) == "逾期 1 个工作日"
    # Wednesday 18th: three working days left, still within 3
    assert _light(p, D(2026, 3, 18)) == petitions.LIGHT_SOON
    assert _on_dashboard(admin, p, D(2026, 3, 18))
    # Tuesday 17th: four working days left
    assert _light(p, D(2026, 3, 17)) == petitions.LIGHT_OK
    assert not _on_dashboard(admin, p, D(2026, 3, 17))
    # a 收文's 办理时限 on the same Monday reads the same rule
    doc = SimpleNamespace(state=HANDLING, due_on=D(2026, 3, 23))
    assert deadlines.limit_light(doc, D(2026, 3, 19)) == deadlines.SOON
    assert deadlines.limit_light(doc, D(2026, 3, 17)) == ""
    assert deadlines.limit_words(doc, D(2026, 3, 19)) == "剩 2 个工作日"
    assert deadlines.limit_words(doc, D(2026, 3, 24)) == "逾期 1 个工作日"


def test_calendar_mode_counts_calendar_days(register, admin, fixed_today):
    settings.put("deadlines.due_soon_days", 3)
    fixed_today(D(2026, 3, 2))
    p = register(registered_on="2026-03-02")
    assert p.next_due == D(2026, 3, 17)  # Tuesday: 15 days
    # Friday 13th: 4 calendar days (2 working days) left: not yet
    assert _light(p, D(2026, 3, 13)) == petitions.LIGHT_OK
    assert not _on_dashboard(admin, p, D(2026, 3, 13))
    assert _light(p, D(2026, 3, 14)) == petitions.LIGHT_SOON
    assert _on_dashboard(admin, p, D(2026, 3, 14))
    assert _left(admin, p, D(2026, 3, 14)) == "3 天"
    # a 收文's 办理时限 is counted in working days whatever the mode: so is its 临期
    doc = SimpleNamespace(state=HANDLING, due_on=D(2026, 3, 17))
    assert deadlines.limit_light(doc, D(2026, 3, 13)) == deadlines.SOON
    assert deadlines.limit_words(doc, D(2026, 3, 13)) == "剩 2 个工作日"
    assert deadlines.limit_light(doc, D(2026, 3, 11)) == ""  # 4 working days


def test_an_urgent_incoming_document_lights_before_a_holiday_in_calendar_mode(db, admin):
    """加急: 3 working days from 9-30 end on 10-10 (the 调休 Saturday after the 国庆 holiday):
    临期 at once, though 10 calendar days away; the 工作台 lists it and says 3 个工作日."""
    from officedesk.store.documents import IncomingDoc

    settings.put("deadlines.due_soon_days", 3)
    today, due = D(2026, 9, 30), D(2026, 10, 10)
    doc = SimpleNamespace(state=HANDLING, due_on=due)
    assert deadlines.limit_light(doc, today) == deadlines.SOON
    assert deadlines.limit_words(doc, today) == "剩 3 个工作日"
    record = IncomingDoc.create(receive_no="收〔2026〕1号", received_on=today, from_org="县政府办公室",
                                title="国庆期间值班安排", kind="通知", secrecy="非密", state=HANDLING,
                                handler_unit="县委办公室", due_on=due)
    items = [i for i in dashboard.due_items(admin, today) if i.registry == "incoming"]
    assert [(i.record_id, str(i.left_text(today))) for i in items] == [(record.id, "3 个工作日")]


def test_a_limit_on_a_rest_day_is_as_near_as_the_working_day_before_it(fixed_today, db):
    from officedesk.core import due_soon

    settings.put("deadlines.day_kind", "working")
    settings.put("deadlines.due_soon_days", 1)
    # Thursday: Friday is one working day away, and so is the Sunday after it
    assert due_soon.horizon(D(2026, 3, 19)) == D(2026, 3, 22)
    assert due_soon.soon(D(2026, 3, 22), D(2026, 3, 19))
    assert not due_soon.soon(D(2026, 3, 23), D(2026, 3, 19))
    assert not due_soon.soon(D(2026, 3, 18), D(2026, 3, 19))  # overdue, not 临期


def test_a_limit_passed_on_friday_is_one_working_day_overdue_over_the_weekend(db, admin):
    """On Sunday a 收文 due on Friday is overdue; the 工作台, the list and the 催办单 said
    “逾期 0 个工作日” beside 已逾期. A rest day just after the limit is already 1, as 督查 counts
    (supervision.lights.days_overdue)."""
    from officedesk.store.documents import IncomingDoc

    friday, sunday, monday = D(2026, 12, 4), D(2026, 12, 6), D(2026, 12, 7)
    record = IncomingDoc.create(receive_no="收〔2026〕1号", received_on=D(2026, 11, 20), from_org="县政府办公室",
                                title="关于报送年度总结的通知", kind="通知", secrecy="非密", state=HANDLING,
                                handler_unit="县委办公室", due_on=friday)
    for today, words in ((sunday, "逾期 1 个工作日"), (monday, "逾期 1 个工作日"),
                         (D(2026, 12, 8), "逾期 2 个工作日")):
        items = [i for i in dashboard.due_items(admin, today) if i.registry == "incoming"]
        assert [str(i.left_text(today)) for i in items] == [words]
        assert deadlines.limit_words(IncomingDoc.get_by_id(record.id), today) == words
        # the 催办单 writes its figures next to their Chinese, as a 公文 does (已逾期1个工作日)
        assert deadlines.reminder_words(friday, today) == "已" + words.replace(" ", "")
