"""上报 pressed twice for one level stood twice in the item's history (two 上报省 a minute apart),
and a later 上报 to a lower level (市, after 省) put 市 in the item's 上报级别: the list read as
if it had gone no higher than the 市. One 上报 a level now; the item shows the highest level it
went to, with that report's time, and the history keeps each."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import info
from officedesk.core.errors import ValidationError
from officedesk.core.info import procedure


@pytest.fixture
def published(report, advance, fixed_today):
    fixed_today(dt.date(2026, 5, 6))
    item = advance(report())
    fixed_today(dt.date(2026, 5, 8))  # reported up the next day, at the times given
    return item


def _at(hour: int) -> dt.datetime:
    return dt.datetime(2026, 5, 7, hour, 0)


def _sent(item_id: int) -> list[str]:
    return [action.level for action in procedure._actions_of(item_id) if action.kind == "上报"]


def test_the_same_level_is_reported_once(published, admin):
    procedure.send_up(published.id, info.get(published.id, admin).version, admin, "省", _at(10))
    with pytest.raises(ValidationError) as refused:
        procedure.send_up(published.id, info.get(published.id, admin).version, admin, "省", _at(11))
    assert "已于 2026-05-07 上报省级" in refused.value.message and refused.value.field == "level"
    assert _sent(published.id) == ["省"]


def test_the_item_shows_the_highest_level_it_went_to(published, admin):
    first = _at(10)
    procedure.send_up(published.id, info.get(published.id, admin).version, admin, "省", first)
    procedure.send_up(published.id, info.get(published.id, admin).version, admin, "市", _at(11))
    item = info.get(published.id, admin)
    assert (item.sent_level, item.sent_at) == ("省", first)
    assert _sent(published.id) == ["省", "市"]
    procedure.send_up(item.id, item.version, admin, "中央", _at(12))
    assert info.get(published.id, admin).sent_level == "中央"


def test_the_step_offers_the_levels_left_and_none_when_every_level_has_it(published, admin):
    from officedesk.core import steps

    def offered() -> list[str] | None:
        step = next((s for s in steps.available_steps("info", published.id, admin) if s.name == "上报"),
                    None)
        if step is None:
            return None
        item = info.get(published.id, admin)
        return list(next(f for f in steps.fields_offered(step, item, admin) if f.name == "level").choices)

    assert offered() == ["市", "省", "中央"]
    steps.perform("info", published.id, "上报", {"上报级别": "省", "上报时间": "2026-05-07 10:00"}, admin)
    assert offered() == ["市", "中央"]
    for level, hour in (("市", 11), ("中央", 12)):
        steps.perform("info", published.id, "上报", {"上报级别": level, "上报时间": f"2026-05-07 {hour}:00"},
                      admin)
    assert offered() is None
