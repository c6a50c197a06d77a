"""The 效能 figures' SQL (day numbers, the ordered step pass) on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, registry, settings
from officedesk.core.efficiency import complaints as C
from officedesk.core.efficiency import efficiency
from officedesk.core.efficiency.drill import records_behind

from .conftest import TODAY
from .test_registries import _handled

D = dt.date


@pytest.fixture
def any_office(any_db):
    registry.load_all()
    settings.put("org.name", "中共某某县委办公室")
    settings.put("org.code", "某委办")
    clock.set_today(TODAY)
    yield any_db
    clock.set_today(None)


def test_steps_and_totals_on_either_database(any_office, admin):
    _handled(D(2025, 9, 26), D(2025, 10, 9), D(2025, 10, 13), "县财政局")
    _handled(D(2025, 10, 13), D(2025, 10, 16), D(2025, 10, 20), "县水利局", limit=1)
    clock.set_today(D(2025, 10, 9))
    record = C.register_complaint(
        {"投诉方式": "电话", "投诉类别": "办事拖拉", "投诉人": "钱女士", "被投诉单位": "县水利局", "投诉内容": "拖延。"}, admin
    )
    clock.set_today(TODAY)
    C.send_for_verification(record.id, record.version, admin, "县纪委监委", on="2025-10-10")
    result = efficiency(admin, D(2025, 10, 1), D(2025, 10, 31))
    incoming = result["procedures"]["incoming"]
    steps = {s["step"]: s for s in incoming["steps"]}
    assert steps["批办"]["median"] == 3.5 and incoming["bottleneck"] == "批办"
    assert incoming["total"]["median"] == 6.0 and incoming["total"]["on_time_rate"] == 50.0
    assert result["procedures"]["complaints"]["total"]["volume"] == 1
    assert result["complaints"]["by_unit"][0]["unit"] == "县水利局"
    rows = records_behind(admin, "incoming", D(2025, 10, 1), D(2025, 10, 31), "step", "批办")
    assert sorted(r.days for r in rows) == [3, 4]
