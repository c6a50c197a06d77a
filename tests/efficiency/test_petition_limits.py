"""效能's 信访 逾期未办: the earliest legal limit still unmet — 处理 (decide_due) until decided,
then 告知 (notify_due) until told, then 答复 (handle_due) — at the period's end; the same rule
as the registry's own deadlines, so `stats` and 效能 agree."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, petitions
from officedesk.core.efficiency import efficiency
from officedesk.core.efficiency.drill import records_behind
from officedesk.core.idcard import make_id

from .conftest import TODAY

D = dt.date


def _register(on: dt.date, serial: int, admin):
    return petitions.register_petition(
        {"registered_on": on.isoformat(), "form": "来信", "name": f"信访人{serial}",
         "id_number": make_id("110101", dt.date(1968, 3, 7), serial), "category": "征地拆迁",
         "content": "反映补偿款未足额发放。", "region": "青河镇", "receiver": "刘敏"},
        None, admin)


def _decide(p, on: dt.date, handling: str, admin, **extra):
    clock.set_today(on)
    try:
        return petitions.decide(p.id, p.version, admin, handling, on=on.isoformat(), **extra)
    finally:
        clock.set_today(TODAY)


def _told(p, on: dt.date, admin):
    """The 受理告知 of a 直接答复 (《信访工作条例》第二十三条) given on its 处理 day."""
    clock.set_today(on)
    try:
        return petitions.notify(p.id, p.version, admin, on=on.isoformat())
    finally:
        clock.set_today(TODAY)


def _overdue(admin, first: dt.date, last: dt.date) -> int:
    return efficiency(admin, first, last)["procedures"]["petitions"]["total"]["overdue"]


def test_a_petition_never_handled_or_never_told_is_overdue(office, admin):
    pending = _register(D(2025, 10, 9), 231, admin)  # never 处理: decide_due long past
    told_late = _register(D(2025, 10, 9), 233, admin)
    told_late = _decide(told_late, D(2025, 10, 13), "交办", admin, target_unit="县人社局",
                        report_due="2025-11-20")  # decided in time, the petitioner never told
    direct = _register(D(2025, 11, 3), 235, admin)
    direct = _decide(direct, D(2025, 11, 5), "直接答复", admin)  # 60 days not yet out
    direct = _told(direct, D(2025, 11, 5), admin)  # its 告知 met: a 直接答复 untold is 逾期
    assert pending.decide_due < TODAY and told_late.notify_due < TODAY < direct.handle_due
    october_to_now = (D(2025, 10, 1), TODAY)
    assert _overdue(admin, *october_to_now) == 2
    states = {r.record_id: r.state for r in records_behind(admin, "petitions", *october_to_now)}
    assert states == {pending.id: "逾期未办", told_late.id: "逾期未办", direct.id: "在办"}
    # the registry's own figure counts the same two
    assert petitions.figures.figures(admin, 2025)["open_overdue"] == 2
    assert _overdue(admin, D(2025, 1, 1), TODAY) == 2


def test_a_petition_late_to_be_decided_was_overdue_then(office, admin):
    late = _register(D(2025, 9, 1), 237, admin)
    late = _decide(late, D(2025, 10, 20), "直接答复", admin)  # decide_due in mid-September
    _told(late, D(2025, 10, 20), admin)  # and told, late too, that day
    assert late.decide_due < D(2025, 9, 30)
    # at September's end it had waited past its 15 days, not yet decided
    assert _overdue(admin, D(2025, 9, 1), D(2025, 9, 30)) == 1
    # decided since, and its 60 days run to December's end: not overdue now
    assert _overdue(admin, D(2025, 11, 1), TODAY) == 0
