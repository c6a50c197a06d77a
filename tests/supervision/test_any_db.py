"""The whole loop on SQLite and on PostgreSQL: 立项, 分解交办, 反馈, 催办, 通报, 办结."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import records
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError
from officedesk.printing import forms


def test_loop_on_any_database(any_db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    item = sv.create_item_from_source(
        "incoming",
        5,
        "落实省委办公厅通知要求",
        "按通知要求抓好落实。",
        admin,
        deadline=dt.date(2026, 3, 31),
    )
    first = sv.add_task(item.id, {"牵头单位": "市发展和改革委员会", "时限": "2026-03-20"}, admin)
    second = sv.add_task(item.id, {"牵头单位": "市财政局"}, admin)
    fixed_today(dt.date(2026, 3, 10))
    sv.add_report(first.id, {"进度": 50, "进展情况": "已完成一半"}, admin)
    assert records.list_ids(sv.SPEC, admin, text="财政") == [item.id]
    fixed_today(dt.date(2026, 3, 22))
    made = sv.generate_reminders(admin)
    # overdue, and 市财政局 red for its lag (no report, 69 points behind): both chased
    assert {r.unit: r.reason for r in made} == {"市发展和改革委员会": "逾期 2 天未办结",
                                                "市财政局": "进度滞后 69 个百分点"}
    assert (
        forms.get("supervision-reminder").build([], admin, unit="市发展和改革委员会")[:4] == b"%PDF"
    )
    result = sv.bulletin(dt.date(2026, 1, 1), dt.date(2026, 12, 31), actor=CLI_ACTOR)
    assert (result.total.open, result.total.overdue) == (2, 1)
    with pytest.raises(ProcedureError):
        sv.close_item(item.id, "2026-03-22", "完成", sv.get_item(item.id, admin).version, admin)
    for task in (first, second):
        sv.complete_task(task.id, "2026-03-22", "已办结", admin)
    closed = sv.close_item(item.id, "2026-03-22", "全部完成", sv.get_item(item.id, admin).version, admin)
    # closed within its 时限, but the 发改委's task (3-20) was done late: no 按期办结
    assert closed.status == "逾期办结"
    assert sv.year_figures(admin, 2026)["按期办结率（按项计）"] == 0.0
