"""A step's 时限 past its day says so — “办结时限 2026-06-15（已逾期 N 个工作日）” —, in `steps` and
the step window alike (core gives the text), the days counted as the list's light counts them."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, due_soon, settings
from officedesk.core.supervision import lights
from officedesk.core.supervision.items import WORKING_DAYS
from officedesk.store.efficiency import EfficiencyComplaint
from tests.cli_office import office  # noqa: F401  (the fixture)


def _limit(office, registry: str, record_id: int, step: str) -> str:  # noqa: F811
    info = office.json("steps", registry, str(record_id))
    return next(s["limit"] for s in info["steps"] if s["step"] == step)


def test_a_complaint_long_past_its_limit_says_how_many_working_days(office):  # noqa: F811
    complaint = office.json("add", "complaints", "登记日期=2026-05-06", "投诉人=钱女士", "投诉方式=电话",
                            "投诉类别=办事拖拉", "被投诉单位=县住建局", "被投诉人=吴某某",
                            "投诉内容=办事拖拉")["id"]
    due_on = EfficiencyComplaint.get_by_id(complaint).due_on
    late = -due_soon.days_left(due_on, clock.today(), True)
    assert late > 50
    assert _limit(office, "complaints", complaint, "核查") == (
        f"办结时限 {due_on.isoformat()}（已逾期 {late} 个工作日）")
    out, _err = office("steps", "complaints", str(complaint))
    assert f"时限：办结时限 {due_on.isoformat()}（已逾期 {late} 个工作日）" in out


def test_a_supervision_item_past_its_limit_counts_as_its_light(office):  # noqa: F811
    item = office.json("add", "supervision", "事项名称=夏季防汛检查", "来源=上级决策部署",
                       "立项日期=2026-05-04", "办结时限=2026-06-15")["id"]
    late = lights.days_overdue(dt.date(2026, 6, 15), clock.today())
    unit = "个工作日" if settings.get(WORKING_DAYS.key) else "天"
    assert _limit(office, "supervision", item, "分解") == (
        f"任务时限不晚于 2026-06-15（已逾期 {late} {unit}）")


def test_a_petition_past_its_limit_says_so_and_one_still_running_does_not(office):  # noqa: F811
    old = office.json("add", "petitions", "信访形式=来信", "信访人=测六", "联系电话=13900000006",
                      "问题类别=劳动社保", "反映内容=拖欠工资测六", "登记日期=2026-06-01")["id"]
    shown = _limit(office, "petitions", old, "处理")
    assert "前（已逾期 " in shown and shown.endswith("天）")
    new = office.json("add", "petitions", "信访形式=来信", "信访人=测七", "联系电话=13900000007",
                      "问题类别=劳动社保", "反映内容=拖欠工资测七",
                      f"登记日期={clock.today().isoformat()}")["id"]
    assert "逾期" not in _limit(office, "petitions", new, "处理")
