"""`stats` of a year already over count as 在办逾期 a limit due on 12月31日 and still unmet
when the year ended (期末当天过完): the 督查 figures beside them do (its 通报's definition), and so
must the 信访 and 收文 ones, and 效能's 逾期未办. The current year counts as of today, when a
limit due today has not run out yet."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, petitions
from officedesk.core.actor import Actor
from officedesk.core.documents import reports
from officedesk.store.documents import IncomingDoc
from tests.documents.incoming_walk import assigned


def test_a_petition_due_on_the_years_last_day_is_overdue_at_its_end(db, admin, register,
                                                                   fixed_today):
    fixed_today(dt.date(2025, 12, 16))
    pending = register(registered_on="2025-12-16")  # never 处理: 15 日 to 12-31
    assert pending.decide_due == dt.date(2025, 12, 31)
    fixed_today(dt.date(2025, 12, 31))  # the year still running, the limit due today
    assert petitions.figures.figures(admin, 2025)["open_overdue"] == 0
    fixed_today(dt.date(2026, 3, 2))
    assert petitions.figures.figures(admin, 2025)["open_overdue"] == 1
    assert petitions.figures.figures(admin, 2026)["open_overdue"] == 1


def test_a_petition_handled_on_the_last_day_was_in_time(db, admin, register, fixed_today):
    fixed_today(dt.date(2025, 12, 16))
    record = register(registered_on="2025-12-16")
    fixed_today(dt.date(2025, 12, 31))
    record = petitions.decide(record.id, record.version, admin, "直接答复")
    petitions.notify(record.id, record.version, admin)  # told in writing on the spot (第二十三条)
    fixed_today(dt.date(2026, 3, 2))
    assert petitions.figures.figures(admin, 2025)["open_overdue"] == 0


def test_a_收文_due_on_the_years_last_day_is_overdue_at_its_end(db, admin, fixed_today):
    clerk = Actor("wenshu", "clerk", 3, display_name="文书甲")
    fixed_today(dt.date(2025, 12, 26))
    r = assigned(clerk, "2025-12-26", 3)
    assert IncomingDoc.get_by_id(r.id).due_on == dt.date(2025, 12, 31)
    fixed_today(dt.date(2025, 12, 31))
    assert reports.figures(admin, 2025)["incoming_overdue"] == 0
    fixed_today(dt.date(2026, 3, 2))
    assert clock.today() == dt.date(2026, 3, 2)
    assert reports.figures(admin, 2025)["incoming_overdue"] == 1
    assert reports.figures(admin, 2026)["incoming_overdue"] == 1
