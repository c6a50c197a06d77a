"""效能投诉 time limits counted while a holiday change commits (PostgreSQL, two connections):
the 办结时限 of a 登记 and the 核查时限 of a 核查 are counted inside their write, under the
calendar as committed, waiting for a change still running. They kept the old calendar (counted
before the transaction, from the table as it was then)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import counted_deadlines, registry, settings, workdays
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.efficiency import complaints as C
from tests.calendar_race import as_committed_now, write_during_change

pytestmark = pytest.mark.postgres
D = dt.date
DAY = D(2026, 12, 1)


def _raw(**more: str) -> dict[str, str]:
    return {"投诉方式": "电话", "登记日期": DAY.isoformat(), "投诉人": "钱女士",
            "被投诉单位": "县自然资源局", "投诉类别": "办事拖拉", "投诉内容": "不动产登记两周未办结。",
            **more}


@pytest.fixture
def office(pg_db, fixed_today):
    registry.load_all()
    settings.put("org.name", "中共某某县委办公室")
    settings.put("org.code", "某委办")
    fixed_today(DAY)
    yield
    workdays.forget_overrides()


def _count(days_setting: settings.Setting) -> dt.date:
    return workdays.add_working_days(DAY, int(settings.get(days_setting.key)))


def test_a_complaint_registered_during_a_change_waits_and_counts_it_in(office, monkeypatch):
    old = _count(C.CLOSE_DAYS)
    record = write_during_change(lambda: C.register_complaint(_raw(), CLI_ACTOR), monkeypatch)
    new = as_committed_now(lambda: _count(C.CLOSE_DAYS))
    assert new != old  # the holiday moves this complaint's 办结时限
    assert C.SPEC.model.get_by_id(record.id).due_on == new


def test_an_imported_complaint_being_checked_counts_its_verify_limit_in(office, monkeypatch):
    old = _count(C.VERIFY_DAYS)

    def add():
        return C.register_complaint(
            _raw(状态=C.VERIFYING, 核查单位="县纪委监委", 核查通知日期=DAY.isoformat()), CLI_ACTOR)

    record = write_during_change(add, monkeypatch)
    new = as_committed_now(lambda: _count(C.VERIFY_DAYS))
    assert new != old
    assert C.SPEC.model.get_by_id(record.id).verify_due == new
    sent = [s for s in C.steps_of(record.id, CLI_ACTOR) if s.kind == "核查"]
    assert f"{new.month}月{new.day}日前" in sent[0].content  # the 核查 row says the same day


def test_a_check_sent_during_a_change_waits_and_counts_it_in(office, monkeypatch):
    record = C.register_complaint(_raw(), CLI_ACTOR)
    # its 办结时限 as if typed: the change moving it would make the version sent here stale
    counted_deadlines.forget(C.SPEC.name, record.id, "due_on")
    old = _count(C.VERIFY_DAYS)

    def send():
        return C.send_for_verification(record.id, record.version, CLI_ACTOR, "县纪委监委")

    sent = write_during_change(send, monkeypatch)
    new = as_committed_now(lambda: _count(C.VERIFY_DAYS))
    assert new != old
    assert C.SPEC.model.get_by_id(sent.id).verify_due == new
    step = [s for s in C.steps_of(sent.id, CLI_ACTOR) if s.kind == "核查"][0]
    assert f"{new.month}月{new.day}日前" in step.content


def test_a_batch_import_during_a_change_waits_and_counts_it_in(office, monkeypatch):
    """The batch counts its limits in its check, before its transaction, under the calendar as
    it was; its write waits for the change under the rules' lock, finds the rules changed, writes
    nothing, and the batch is checked again under the new calendar (core.rules_read)."""
    from officedesk.core import batch
    from officedesk.store.counted_deadline import CountedDeadline

    old = _count(C.CLOSE_DAYS)
    ids, problems = write_during_change(
        lambda: batch.create_many(C.SPEC, [_raw(), _raw(投诉人="孙先生")], CLI_ACTOR), monkeypatch)
    new = as_committed_now(lambda: _count(C.CLOSE_DAYS))
    assert new != old and problems == [] and len(ids) == 2
    assert {C.SPEC.model.get_by_id(i).due_on for i in ids} == {new}
    assert {row.due for row in CountedDeadline.select()} == {new}
