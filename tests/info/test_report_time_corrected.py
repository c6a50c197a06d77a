"""An item's 报送时间 is when its 报送 point is counted: a correction may not put it after the
item's first step (接收), and once the item is scored (编发, 采用, 批示) it is not corrected —
as its 报送单位 is not (the 信息工作通报 has counted it in its period)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import info, records
from officedesk.core.errors import ValidationError
from officedesk.core.info import procedure

TODAY = dt.date(2026, 11, 16)
SENT = dt.datetime(2026, 11, 2, 9, 0)


def test_the_report_time_is_not_put_after_the_item_was_received(report, admin, fixed_today):
    fixed_today(TODAY)
    item = report(reported_at=SENT)
    item = procedure.receive(item.id, item.version, admin, on=dt.date(2026, 11, 3))
    with pytest.raises(ValidationError, match="不能晚于.*接收.*2026-11-03") as caught:
        records.update(info.SPEC, item.id, {"报送时间": "2026-11-10 10:00"}, item.version, admin)
    assert caught.value.field == "reported_at"
    assert info.get(item.id, admin).reported_at == SENT
    # earlier, or later the same way before the 接收, is a correction like any other
    moved = records.update(info.SPEC, item.id, {"报送时间": "2026-11-01 16:30"}, item.version,
                           admin)
    assert moved.reported_at == dt.datetime(2026, 11, 1, 16, 30)


def test_a_scored_item_keeps_its_report_time(report, advance, admin, fixed_today):
    fixed_today(TODAY)
    item = advance(report(reported_at=SENT), on=dt.date(2026, 11, 3))  # 编发: scored
    version = item.version
    procedure.adopt(item.id, version, admin, "中央", "中办《每日汇报》", dt.date(2026, 11, 10))
    item = info.get(item.id, admin)
    for when in ("2026-11-03 08:00", "2025-12-31 09:00"):
        with pytest.raises(ValidationError, match="“报送时间”不能再更正") as caught:
            records.update(info.SPEC, item.id, {"报送时间": when}, item.version, admin)
        assert caught.value.field == "reported_at"
    assert info.get(item.id, admin).reported_at == SENT
