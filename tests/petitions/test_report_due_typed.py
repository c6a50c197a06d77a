"""A 交办's 回报期限 is a date the office gave the 承办单位 on the 交办单, typed by the clerk, not
a count of days: it is never 暂按 (DOMAIN §5: the mark belongs to deadlines counted into a year
whose holidays are not known yet). The lists' 期限, the record's detail, the steps' 时限 and the
工作台 said “2027-01-20（暂按）” once the 交办回报 was the petition's nearest deadline; a
counted one (受理告知, 办理答复) in that year still says it."""

from __future__ import annotations

import datetime as dt

from officedesk.core import dashboard, petitions, record_lists, steps, workdays
from officedesk.core.petitions import deadlines

D = dt.date


def _assigned(register, admin, fixed_today):
    fixed_today(D(2026, 12, 28))
    p = register(registered_on="2026-12-28", form="来信")
    p = petitions.decide(p.id, p.version, admin, "交办", on="2026-12-28",
                         target_unit="县人力资源和社会保障局", report_due="2027-01-20")
    return p


def _period_cell(p) -> str:
    names = [f.name for f in petitions.SPEC.columns()]
    return record_lists.row_texts(petitions.SPEC, p)[names.index("next_due")]


def test_a_typed_report_date_is_never_provisional(register, admin, fixed_today):
    p = _assigned(register, admin, fixed_today)
    assert not workdays.holidays_known(2027)
    # before the 告知: the 受理告知 (counted from the 登记) is due first, and 暂按
    assert p.next_due_what == "受理告知" and p.next_due.year == 2027
    assert _period_cell(p) == p.next_due.isoformat() + workdays.MARK
    p = petitions.notify(p.id, p.version, admin, on="2026-12-28")
    assert (p.next_due, p.next_due_what) == (D(2027, 1, 20), "交办回报")
    assert _period_cell(p) == "2027-01-20"
    assert deadlines.due_mark(p) == ""
    limits = {s["step"]: s["limit"] for s in steps.describe("petitions", p.id, admin)["steps"]}
    assert limits["办理"] == "交办回报：2027-01-20 前"
    # the 答复 names its own limit, the 办理期限 counted (暂按), not the 回报 due before it
    assert limits["答复"] == f"办理答复：{p.handle_due.isoformat()}{workdays.MARK} 前"
    item = next(i for i in dashboard.due_items(admin, D(2027, 1, 19)) if i.record_id == p.id)
    assert item.what == "交办回报" and not item.provisional
    # the 办理期限 the office counted stays 暂按 (2027's holidays unknown)
    assert workdays.mark(p.handle_due) == workdays.MARK


def test_a_counted_deadline_in_the_same_year_stays_provisional(register, admin, fixed_today):
    p = _assigned(register, admin, fixed_today)
    item = next(i for i in dashboard.due_items(admin, D(2027, 1, 10)) if i.record_id == p.id)
    assert item.what == "受理告知" and item.provisional
    assert deadlines.due_mark(p) == workdays.MARK
