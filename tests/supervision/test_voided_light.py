"""A voided (作废) 督查 item counts nowhere: no red overdue light, in the list or the detail."""

from __future__ import annotations

import datetime as dt

from officedesk.core import lifecycle
from officedesk.core import supervision as sv


def test_a_voided_item_has_a_grey_light(db, admin, fixed_today, app_ctx, qtbot):
    fixed_today(dt.date(2026, 11, 2))
    item = sv.create_item({"事项名称": "误登记的事项", "来源": "领导批示", "事项内容": "略",
                           "立项日期": "2026-11-02", "办结时限": "2026-11-20"}, admin)
    fixed_today(dt.date(2026, 12, 1))
    assert sv.item_light(sv.get_item(item.id, admin)).colour == "红"  # overdue, not given
    lifecycle.void_record("supervision", item.id, admin, "误登记")
    voided = sv.get_item(item.id, admin)
    light = sv.item_light(voided)
    assert (light.level, light.colour, light.text) == ("done", "灰", "● 灰灯 已作废")
    assert sv.item_lights([voided])[item.id] == light

    from officedesk.ui import supervision as tab_module

    tab = tab_module.SupervisionTab(app_ctx)
    qtbot.addWidget(tab)
    assert tab.light_of(voided).text == "● 灰灯 已作废"
