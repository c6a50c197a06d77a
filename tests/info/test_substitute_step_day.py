"""代理 outside the chain (the 信息科's 接收 …) is judged on the day of the step, as the chain's
steps are (core.positions.principals_of): a step dated before the delegation began is not the
substitute's to do for the holder, though the delegation is in force on the day it is entered
(it was signed 代理 for a day he stood in for nobody)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, positions, responsibility, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError
from tests.chain.test_delegation_days import INFO_STAFF
from tests.info.test_awaited import _item
from tests.info.test_awaited_substitute import _clerk
from tests.staff import make_staff

PERIOD = (dt.date(2026, 11, 9), dt.date(2026, 11, 13))


def test_a_step_dated_before_the_delegation_is_not_done_as_its_substitute(db, fixed_today):
    fixed_today(dt.date(2026, 11, 10))
    clock.set_today(dt.date(2026, 11, 10), dt.time(9, 0))
    make_staff(INFO_STAFF)
    stand_in = _clerk("ms", "马双")
    item = _item(reported_at=dt.datetime(2026, 11, 2, 8, 0)).id
    positions.set_delegation("ys", "ms", *PERIOD, CLI_ACTOR, "休假")
    with pytest.raises(ProcedureError, match="接收信息应由"):
        steps.perform("info", item, "接收", {}, stand_in, on="2026-11-03")
    assert responsibility.signs("info", item) == []
    # within the delegation's days he does it, signed 代理
    steps.perform("info", item, "接收", {}, stand_in, on="2026-11-09")
    assert responsibility.signs("info", item)[-1].mode == responsibility.SUBSTITUTE

