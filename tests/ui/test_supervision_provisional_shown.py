"""The 督查 tab shows a 时限 counted into a year whose holidays are not entered 暂按 — the task
list's 时限 and the item's 办结时限 in its detail — and a typed one as a plain date (they showed
none 暂按, counted or not)."""

from __future__ import annotations

import datetime as dt

from officedesk.core import settings, workdays
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.supervision import items


def test_the_tab_marks_counted_deadlines_only(app_ctx, qtbot, fixed_today):
    from officedesk.ui.supervision import SupervisionTab

    fixed_today(dt.date(2026, 12, 15))
    settings.put(items.WORKING_DAYS.key, True, CLI_ACTOR)
    settings.put(items.DEFAULT_DAYS.key, 20, CLI_ACTOR)
    assert not workdays.holidays_known(2027)
    item = sv.create_item({"事项名称": "推进老旧小区改造", "来源": "领导批示"}, CLI_ACTOR)
    counted = item.deadline.isoformat()
    sv.add_task(item.id, {"牵头单位": "县财政局"}, CLI_ACTOR)  # takes the item's count
    sv.add_task(item.id, {"牵头单位": "县住房和城乡建设局", "时限": "2027-01-08"}, CLI_ACTOR)
    tab = SupervisionTab(app_ctx)
    qtbot.addWidget(tab)
    tab.list.refresh()
    assert tab.list.select_record(item.id)
    tab.show_current()
    assert f"{counted}{workdays.MARK}" in tab.detail.text()
    model = tab.tasks_model
    column = model.HEADERS.index("时限")
    shown = [model.data(model.index(row, column)) for row in range(model.rowCount())]
    assert shown == [f"{counted}{workdays.MARK}", "2027-01-08"]
