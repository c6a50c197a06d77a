"""A 代理's 说明 longer than its column was kept whole by SQLite and refused by PostgreSQL in its
own English (value too long …); an end before the start said so without the dates or what to
do. Both refused in core, in Chinese, before anything is written."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import positions
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.store.chain import Delegation

START, END = dt.date(2026, 11, 16), dt.date(2026, 11, 20)


def test_an_overlong_note_is_refused_saying_its_length(staffed):
    with pytest.raises(ValidationError) as refused:
        positions.set_delegation("zhuren", "fuzhuren2", START, END, CLI_ACTOR, "出差" * 101)
    assert refused.value.message == "代理的“说明”最多 200 个字，现在是 202 个。请删减。"
    assert Delegation.select().count() == 0
    positions.set_delegation("zhuren", "fuzhuren2", START, END, CLI_ACTOR, "出差" * 100)
    assert Delegation.select().count() == 1


def test_an_end_before_the_start_names_both_days(staffed):
    with pytest.raises(ValidationError) as refused:
        positions.set_delegation("zhuren", "fuzhuren2", END, START, CLI_ACTOR)
    assert refused.value.message == "代理的结束日期 2026-11-16 早于开始日期 2026-11-20，请改正其中一个。"
