"""The cross-registry entry point: items made from meetings, documents and petitions."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, clock, numbering, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.core.supervision import (
    SPEC,
    create_item_from_source,
    items_for_source,
)


def test_item_from_meeting_gets_number_link_and_default_deadline(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    item = create_item_from_source(
        "meeting",
        7,
        "推进老旧小区改造",
        "会议议定：年内完成 12 个小区改造。",
        admin,
        leader="王建国",
        instruction="请住建局牵头抓紧落实。",
    )
    assert item.number == "督〔2026〕1号"
    assert item.source == "会议议定事项"
    assert (item.source_kind, item.source_id) == ("meeting", 7)
    assert item.source_label.startswith("会议议定事项：")
    assert item.start_date == dt.date(2026, 3, 2)
    assert item.deadline == dt.date(2026, 4, 1)  # + 30 days by default
    assert item.status == "待交办"
    assert item.leader == "王建国"
    assert [i.id for i in items_for_source("meeting", 7, CLI_ACTOR)] == [item.id]
    assert items_for_source("meeting", 8, CLI_ACTOR) == []
    assert items_for_source("incoming", 7, CLI_ACTOR) == []
    assert audit.history("supervision", item.id)[0].action == "create"
    assert numbering.is_used("supervision", item.number)


def test_default_deadline_is_a_setting_and_an_explicit_one_wins(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    settings.put("supervision.default_days", 10)
    item = create_item_from_source("petition", 3, "回复群众关于噪声扰民的反映", "", admin)
    assert item.deadline == dt.date(2026, 3, 12)
    item2 = create_item_from_source(
        "incoming", 4, "落实省委办公厅通知", "", admin, deadline=dt.date(2026, 5, 1)
    )
    assert item2.deadline == dt.date(2026, 5, 1)
    assert item2.number == "督〔2026〕2号"
    assert clock.today() == dt.date(2026, 3, 2)


def test_every_source_kind_and_bad_input(db, admin):
    for kind in ("meeting", "incoming", "petition", "decision", "instruction", "other"):
        item = create_item_from_source(kind, None, f"事项 {kind}", "", admin)
        assert item.source_kind == kind
    with pytest.raises(ValidationError):
        create_item_from_source("email", 1, "x", "", admin)
    with pytest.raises(ValidationError):
        create_item_from_source("meeting", 1, "  ", "", admin)
    with pytest.raises(ValidationError, match="不能早于立项日期"):
        create_item_from_source("meeting", 1, "过去的时限", "", admin, deadline=dt.date(2000, 1, 1))
    assert SPEC.name == "supervision"
