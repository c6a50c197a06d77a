"""A 督查事项 立项 without a 办结时限 while a holiday change commits (PostgreSQL, two
connections): its default deadline is counted inside the write, under the calendar as committed,
waiting for a change still running. It kept the old calendar (counted before the transaction,
from the table as it was then)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import registry, settings, workdays
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.supervision import items
from tests.calendar_race import as_committed_now, write_during_change

pytestmark = pytest.mark.postgres
D = dt.date
START = D(2026, 12, 1)


@pytest.fixture
def office(pg_db, fixed_today):
    registry.load_all()
    fixed_today(START)
    settings.put(items.WORKING_DAYS.key, True, CLI_ACTOR)
    settings.put(items.DEFAULT_DAYS.key, 20, CLI_ACTOR)
    old = sv.default_deadline(START)
    yield old
    workdays.forget_overrides()


def test_an_item_made_during_a_change_waits_and_counts_it_in(office, monkeypatch):
    def make():
        return sv.create_item({"事项名称": "推进老旧小区改造", "来源": "领导批示"}, CLI_ACTOR)

    item = write_during_change(make, monkeypatch)
    new = as_committed_now(lambda: sv.default_deadline(START))
    assert new != office  # the holidays move this item's default deadline
    assert sv.get_item(item.id, CLI_ACTOR).deadline == new


def test_an_item_from_a_source_during_a_change_counts_it_in(office, monkeypatch):
    def make():
        return sv.create_item_from_source("other", None, "落实会议精神", "", CLI_ACTOR)

    item = write_during_change(make, monkeypatch)
    new = as_committed_now(lambda: sv.default_deadline(START))
    assert new != office
    assert sv.get_item(item.id, CLI_ACTOR).deadline == new
