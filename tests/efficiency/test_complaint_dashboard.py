"""The 工作台 lists an open 效能投诉 whose time limit is near or past, as it lists every other
registry's (README: what is due and overdue across the registries): the 核查时限 while the 核查单位
has it, else the 办结时限, counted in working days; not a closed one, not one far off, and not
to whom it complains of (保护投诉人: it does not exist for him)."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, dashboard
from officedesk.core.efficiency import complaints as C

from .conftest import TODAY, complaint_staff


def _new(admin, day, person="吴某某", unit="县自然资源局"):
    clock.set_today(day)
    record = C.register_complaint(
        {"投诉方式": "电话", "登记日期": day.isoformat(), "投诉人": "钱女士", "联系电话": "13912345678",
         "被投诉单位": unit, "被投诉人": person, "投诉类别": "办事拖拉", "投诉内容": "两周未办结。"},
        admin,
    )
    clock.set_today(TODAY)
    return record


def _complaints(actor):
    return {item.record_id: item for item in dashboard.due_items(actor, TODAY)
            if item.registry == "complaints"}


def test_an_overdue_complaint_is_on_the_dashboard_and_a_closed_or_distant_one_is_not(any_office, admin):
    late = _new(admin, dt.date(2025, 9, 26))  # 办结时限 2025-10-30: overdue
    _new(admin, TODAY)  # 20 working days off: beyond the 临期提醒
    closed = _new(admin, dt.date(2025, 9, 26))
    closed = C.send_for_verification(closed.id, closed.version, admin, "县纪委监委", on="2025-9-30")
    closed = C.conclude(closed.id, closed.version, admin, "不属实", "经查不属实。", on="2025-10-9")
    C.dispose(closed.id, closed.version, admin, "不予处理", on="2025-10-10")
    shown = _complaints(admin)
    assert set(shown) == {late.id}
    item = shown[late.id]
    assert item.state(TODAY) == dashboard.OVERDUE and item.due == late.due_on
    assert item.what == "办结时限" and item.working is True
    assert late.number in str(item.title) and "县自然资源局" in str(item.title)
    assert "钱女士" not in str(item.title) and "13912345678" not in str(item.title)


def test_while_it_is_checked_the_check_limit_shows(any_office, admin):
    record = _new(admin, dt.date(2025, 12, 1))  # 办结时限 2025-12-29
    record = C.send_for_verification(record.id, record.version, admin, "县纪委监委", on="2025-12-2",
                                     limit_days=5)  # 核查时限 2025-12-09: overdue
    item = _complaints(admin)[record.id]
    assert (item.what, item.due, item.responsible) == ("核查时限", record.verify_due, "县纪委监委")
    assert item.state(TODAY) == dashboard.OVERDUE


def test_not_on_the_dashboard_of_whom_it_complains_of(office, admin):
    staff = complaint_staff(admin)
    against = _new(admin, dt.date(2025, 9, 26), person="徐敏", unit="县委办公室综合科")
    assert against.id in _complaints(staff["wzy"])  # 秘书科: no conflict
    assert against.id not in _complaints(staff["xm"])  # the 被投诉人
    assert against.id not in _complaints(staff["zyq"])  # a member of the 被投诉单位
