"""A 收文 承办 while a holiday change commits (PostgreSQL, two connections): its 办理时限 is
counted inside the step's transaction under the calendar as committed — waiting for a change
still running — and a change that starts while the step runs waits for it, then recomputes it."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import registry, workdays
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from tests.calendar_race import as_committed_now, change_during_write, write_during_change
from tests.documents.conftest import _set_up_office

pytestmark = pytest.mark.postgres
D = dt.date
DAY = D(2026, 12, 1)
DAYS = 15  # working days: through the holidays tested


@pytest.fixture
def instructed(pg_db, fixed_today):
    """A 收文 with its 批办 done, waiting for its 承办."""
    registry.load_all()
    _set_up_office()
    fixed_today(DAY)
    record = incoming.sign_in({"收文日期": "2026-11-30", "来文机关": "省委办公厅", "标题": "关于做好岁末年初安全生产工作的通知",
                               "文种": "通知", "密级": "非密", "紧急程度": "平件", "份数": "1"}, CLI_ACTOR)
    record = incoming.register_doc(record.id, record.version, {}, CLI_ACTOR)
    record = incoming.review(record.id, record.version, CLI_ACTOR)
    record = incoming.propose(record.id, record.version, CLI_ACTOR, "拟请王主任阅示。")
    record = incoming.instruct(record.id, record.version, CLI_ACTOR, "请市应急局办理。", "王建国")
    yield record, workdays.add_working_days(DAY, DAYS)
    workdays.forget_overrides()


def _assign(record):
    return lambda: incoming.assign(record.id, record.version, CLI_ACTOR, "市应急管理局", "", DAYS)


def test_an_assignment_during_a_change_waits_and_counts_it_in(instructed, monkeypatch):
    record, old = instructed
    saved = write_during_change(_assign(record), monkeypatch)
    new = as_committed_now(lambda: workdays.add_working_days(DAY, DAYS))
    assert new != old  # the holiday moves this 办理时限
    assert incoming.INCOMING.model.get_by_id(saved.id).due_on == new


def test_a_change_that_starts_while_an_assignment_runs_recomputes_it(instructed, monkeypatch):
    record, old = instructed
    from officedesk.core.documents import common

    saved = change_during_write(_assign(record), common, "add_step", monkeypatch)
    new = as_committed_now(lambda: workdays.add_working_days(DAY, DAYS))
    assert new != old
    assert incoming.INCOMING.model.get_by_id(saved.id).due_on == new
