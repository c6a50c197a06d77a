"""The administrator's holiday table moves every working-day deadline: only an administrator
changes it, each change is an audit entry (who, the day before and after), and it is scriptable
(`officedesk holidays`) as well as in the window."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, workdays
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from officedesk.store.models import AuditEntry

D = dt.date


def _holiday_entries() -> list[AuditEntry]:
    return [e for e in AuditEntry.select().order_by(AuditEntry.id) if "节假日调整" in e.summary]


def test_a_clerk_cannot_change_the_table(db):
    clerk = Actor("k1", "clerk", 3)
    with pytest.raises(PermissionDeniedError, match="管理员"):
        workdays.set_override(D(2099, 1, 1), False, "元旦", clerk)
    workdays.set_override(D(2099, 1, 1), False, "元旦", CLI_ACTOR)
    with pytest.raises(PermissionDeniedError, match="管理员"):
        workdays.remove_override(D(2099, 1, 1), clerk)
    assert [o.day for o in workdays.overrides()] == [D(2099, 1, 1)]


def test_every_change_is_audited_with_the_day_before_and_after(db):
    workdays.set_override(D(2099, 1, 1), False, "元旦", CLI_ACTOR)
    workdays.set_override(D(2099, 1, 1), False, "元旦", CLI_ACTOR)  # nothing changes: no entry
    workdays.set_override(D(2099, 1, 1), True, "调休上班", CLI_ACTOR)
    workdays.remove_override(D(2099, 1, 1), CLI_ACTOR)
    entries = _holiday_entries()
    assert [e.summary for e in entries] == [
        "节假日调整：2099-01-01 放假（元旦）",
        "节假日调整：2099-01-01 上班（调休）（调休上班）",
        "删除节假日调整：2099-01-01 上班（调休）（调休上班）",
    ]
    assert {e.actor for e in entries} == {CLI_ACTOR.username}
    assert '"放假（元旦）"' in entries[1].before and '"上班（调休）（调休上班）"' in entries[1].after
    assert audit.verify_chain() == []
    assert workdays.overrides() == []


def test_a_slip_is_refused_with_what_to_do(db):
    with pytest.raises(ValidationError, match="2000—2099"):
        workdays.set_override(D(1926, 10, 8), False, "国庆节", CLI_ACTOR)
    with pytest.raises(ValidationError, match="最多 100 个字"):
        workdays.set_override(D(2027, 10, 8), False, "节" * 101, CLI_ACTOR)
    with pytest.raises(NotFoundError, match="没有节假日调整"):
        workdays.remove_override(D(2027, 10, 8), CLI_ACTOR)
    assert workdays.overrides() == [] and _holiday_entries() == []


def test_the_table_reads_in_day_order_with_its_kinds(db):
    workdays.set_override(D(2099, 1, 3), True, "调休上班", CLI_ACTOR)
    workdays.set_override(D(2099, 1, 1), False, "  元旦 ", CLI_ACTOR)
    assert [(o.day, o.kind, o.note) for o in workdays.overrides()] == [
        (D(2099, 1, 1), "放假", "元旦"), (D(2099, 1, 3), "上班（调休）", "调休上班")]


def test_the_table_and_the_deadlines_it_moves_change_together_or_not_at_all(db, monkeypatch):
    def broken(year, actor):
        raise RuntimeError("the disk went away midway")

    monkeypatch.setattr(workdays, "_recomputers", [broken])
    with pytest.raises(RuntimeError):
        workdays.set_override(D(2099, 1, 2), False, "元旦调休", CLI_ACTOR)
    assert workdays.overrides() == [] and _holiday_entries() == []
    assert workdays.is_workday(D(2099, 1, 2))  # nothing of the rolled-back table is remembered


def test_a_change_made_on_another_workstation_is_not_counted_with_the_old_table(db, monkeypatch):
    from officedesk.core import changes

    last = changes.latest()
    assert workdays.is_workday(D(2099, 1, 2))  # remembered by this workstation
    # another workstation enters the holiday: this process's memory is not told directly
    monkeypatch.setattr(workdays, "forget_overrides", lambda: None)
    workdays.set_override(D(2099, 1, 2), False, "元旦调休", CLI_ACTOR)
    monkeypatch.undo()
    assert workdays.is_workday(D(2099, 1, 2))  # still the old answer
    changes.since(last)  # the window's poll, about once a second
    assert not workdays.is_workday(D(2099, 1, 2))


def test_a_note_the_kind_already_says_is_not_said_twice(db):
    # the README's example: holidays add 2099-01-03 上班 调休
    workdays.set_override(D(2099, 1, 3), True, "调休", CLI_ACTOR)
    workdays.set_override(D(2099, 1, 4), False, "放假", CLI_ACTOR)
    workdays.set_override(D(2099, 1, 5), True, "补班", CLI_ACTOR)
    assert [e.summary for e in _holiday_entries()] == [
        "节假日调整：2099-01-03 上班（调休）",
        "节假日调整：2099-01-04 放假",
        "节假日调整：2099-01-05 上班（调休）（补班）",
    ]


def test_setting_a_day_already_entered_returns_the_entry_it_replaced(db):
    """The window asks before replacing, the command line says it replaced: both from core."""
    first = workdays.change_override(D(2099, 1, 1), False, "元旦", CLI_ACTOR)
    assert first.replaced is None
    assert workdays.replaced_by(D(2099, 1, 1), False, " 元旦 ") is None  # the same: nothing lost
    assert workdays.replaced_by(D(2099, 1, 2), True, "调休") is None  # a new day
    ahead = workdays.replaced_by(D(2099, 1, 1), True, "调休上班")
    assert ahead is not None and (ahead.kind, ahead.note) == ("放假", "元旦")
    second = workdays.change_override(D(2099, 1, 1), True, "调休上班", CLI_ACTOR)
    assert second.replaced == workdays.Override(D(2099, 1, 1), False, "元旦")
    assert second.replaced.described == "放假（元旦）"
    assert workdays.change_override(D(2099, 1, 1), True, "调休上班", CLI_ACTOR) == (
        workdays.OverrideChange(0, None))  # said again: nothing replaced
