"""Triggers, views and rules the program did not make. A trigger put into the database (or
into a backup that is then restored) rewrites what a clerk saves while the audit entry still
records what was typed — and the row's digest is taken from the row as written, so `check`
found the database sound. `check` names every such object, and a backup holding one is not
restored."""

from __future__ import annotations

import sqlite3

import pytest

from officedesk.core import backups, check, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.directory import UNITS
from officedesk.core.errors import DatabaseError
from officedesk.store.db import database, is_sqlite
from officedesk.store.models import AuditEntry

SQLITE_TRIGGER = ("create trigger evil after insert on unit begin "
                  "update unit set name = '篡改' where id = new.id; end")
PG_FUNCTION = ("create function evil_rewrite() returns trigger language plpgsql as $$ "
               "begin new.name := '篡改'; return new; end $$")
PG_TRIGGER = "create trigger evil before insert on unit for each row execute function evil_rewrite()"


def _plant_trigger() -> None:
    if is_sqlite():
        database.execute_sql(SQLITE_TRIGGER)
    else:
        database.execute_sql(PG_FUNCTION)
        database.execute_sql(PG_TRIGGER)


def _foreign(problems: list[check.Problem]) -> list[str]:
    return [p.message for p in problems if "不是本程序建立" in p.message]


def test_check_names_a_trigger_the_program_did_not_make(any_db):
    assert _foreign(check.run_checks(update_anchor=False)) == []  # the audit guard is the program's
    _plant_trigger()
    saved = records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    assert records.get(UNITS, saved.id, CLI_ACTOR).name == "篡改"  # what the trigger does
    found = _foreign(check.run_checks(update_anchor=False))
    assert len(found) == 1 and "触发器 evil" in found[0] and "unit" in found[0], found
    assert "请保留现状" in found[0]
    database.execute_sql("drop trigger evil" if is_sqlite() else "drop trigger evil on unit")
    assert _foreign(check.run_checks(update_anchor=False)) == []


def test_check_names_a_view_and_an_audit_guard_made_harmless(any_db):
    database.execute_sql("create view evil_view as select 1 as one")
    if is_sqlite():  # the guard's name, doing nothing: the audit table can be rewritten again
        database.execute_sql("drop trigger audit_entry_no_update")
        database.execute_sql("create trigger audit_entry_no_update before update on audit_entry "
                             "begin select 1; end")
    else:
        database.execute_sql("create or replace function officedesk_audit_append_only() returns trigger "
                             "language plpgsql as $$ begin return new; end $$")
    found = _foreign(check.run_checks(update_anchor=False))
    assert any("视图 evil_view" in text for text in found), found
    guard = "触发器 audit_entry_no_update" if is_sqlite() else "函数 officedesk_audit_append_only"
    assert any(guard in text for text in found), found


def test_a_backup_holding_a_trigger_the_program_did_not_make_is_not_restored(db, tmp_path):
    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    copy = backups.backup(CLI_ACTOR, tmp_path / "copy.db").path
    with sqlite3.connect(copy) as planted:
        planted.execute(SQLITE_TRIGGER)
    records.create(UNITS, {"单位名称": "秘书科"}, CLI_ACTOR)
    before = AuditEntry.select().count()
    with pytest.raises(DatabaseError) as refused:
        backups.restore(CLI_ACTOR, copy)
    assert "触发器 evil" in refused.value.message and "不能恢复" in refused.value.message
    assert records.count(UNITS, CLI_ACTOR) == 2 and AuditEntry.select().count() == before
