"""效能 per unit, 督查 (probe119): the days from 立项 to 交办 are the 督查 office's work (it splits
the item and assigns the tasks), not the 牵头单位's, whose part begins when it is assigned its
task. One unit's figures (the tab's 单位, print efficiency --unit) showed that 交办 step among
the unit's steps (and could name it the unit's bottleneck); the office's own figures lacked it."""

from __future__ import annotations

import datetime as dt

from officedesk.core import supervision as sv
from officedesk.core.efficiency import drill, efficiency
from officedesk.core.efficiency.matter_spans import OFFICE

from .conftest import START

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def _steps(admin, unit: str | None) -> dict[str, int]:
    proc = efficiency(admin, *MARCH, unit=unit)["procedures"].get("supervision")
    return {s["step"]: s["total_days"] for s in proc["steps"]} if proc else {}


def test_the_office_s_交办_is_not_the_unit_s_step(item_with_tasks, admin, fixed_today):
    item, _tasks = item_with_tasks
    late = START + dt.timedelta(days=7)  # a week after 立项 the office assigns one more task
    fixed_today(late)
    sv.add_task(item.id, {"牵头单位": "市城市管理局", "责任人": "周平", "时限": "2026-04-20",
                          "办理要求": "清理小区违章搭建"}, admin)
    fixed_today(dt.date(2026, 4, 3))
    assert _steps(admin, None)["交办"] == 5  # working days from 立项 to that 交办
    assert "交办" not in _steps(admin, "市城市管理局")
    assert _steps(admin, OFFICE)["交办"] == 5
    rows = drill.records_behind(admin, "supervision", *MARCH, "step", "交办", unit=OFFICE)
    assert [r.days for r in rows if r.days] == [5]
    # the unit's own figures: its task from the day it was assigned it
    unit = efficiency(admin, *MARCH, unit="市城市管理局")["procedures"]["supervision"]
    assert unit["total"]["volume"] == 1 and {r["key"] for r in unit["by_unit"]} == {"市城市管理局"}
    # nor is the 交办 its 责任人's step (he did not assign it)
    people = efficiency(admin, *MARCH)["procedures"]["supervision"]["by_step_person"]
    assert "周平" not in {row["key"] for row in people}
