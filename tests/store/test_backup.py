"""Backup and restore (SQLite online backup API), and `check`."""

from __future__ import annotations

import sqlite3

import peewee
import pytest

from officedesk.core import check, records
from officedesk.core.directory import PEOPLE, UNITS
from officedesk.core.errors import DatabaseError
from officedesk.store import backup, migrations
from officedesk.store.db import database, is_sqlite
from officedesk.store.models import AuditEntry, Person, Unit
from tests.tamper import reguard, unguard


def _names() -> list[str]:
    return sorted(u.name for u in Unit.select())


def test_backup_and_restore_round_trip(db, admin, tmp_path):
    records.create(UNITS, {"单位名称": "办公室"}, admin)
    records.create(UNITS, {"单位名称": "档案室"}, admin)
    copy = backup.backup_to(db, tmp_path / "saved 备份" / "copy#1.db")
    assert copy.exists() and not copy.with_name("copy#1.db.part").exists()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"

    unit = Unit.get(Unit.name == "档案室")  # a unit nothing uses (秘书科 the default 审批链 names)
    records.delete(UNITS, unit.id, 1, admin)
    records.create(UNITS, {"单位名称": "督查室"}, admin)
    assert _names() == ["办公室", "督查室"]

    kept = backup.restore_from(db, copy)
    assert _names() == ["办公室", "档案室"]  # the open connection sees the restored content
    assert check.run_checks() == []
    with sqlite3.connect(kept) as connection:  # what was there before the restore is kept aside
        assert sorted(r[0] for r in connection.execute("select name from unit")) == [
            "办公室",
            "督查室",
        ]
    # Work goes on after a restore.
    records.create(UNITS, {"单位名称": "信访科"}, admin)
    assert "信访科" in _names()


def test_restore_refuses_a_file_that_is_not_a_database(db, admin, tmp_path):
    records.create(UNITS, {"单位名称": "办公室"}, admin)
    bogus = tmp_path / "notes.db"
    bogus.write_text("这不是数据库" * 200, encoding="utf-8")
    with pytest.raises(DatabaseError) as caught:
        backup.restore_from(db, bogus)
    assert "不是 OfficeDesk 的备份文件" in caught.value.message
    assert _names() == ["办公室"]


def test_restore_refuses_another_programs_database_and_a_missing_file(db, admin, tmp_path):
    records.create(UNITS, {"单位名称": "办公室"}, admin)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("create table t (x)")
    with pytest.raises(DatabaseError) as caught:
        backup.restore_from(db, other)
    assert "不是 OfficeDesk 的备份文件" in caught.value.message
    with pytest.raises(DatabaseError) as caught:
        backup.restore_from(db, tmp_path / "missing.db")
    assert "找不到备份文件" in caught.value.message
    assert _names() == ["办公室"]


def test_restoring_an_old_backup_brings_its_schema_up_to_date(db, admin, tmp_path):
    old_path = tmp_path / "v1.db"
    old = peewee.SqliteDatabase(str(old_path))
    migrations.migrate(old, target=1)
    old.execute_sql(
        "insert into unit (name, short_name, created_at, created_by, updated_at, updated_by,"
        " version) values ('旧单位', '', '2025-01-01 08:00:00', 'x', '2025-01-01 08:00:00', 'x', 1)"
    )
    old.close()
    backup.restore_from(db, old_path)
    assert migrations.current_version(db) == migrations.LATEST
    assert _names() == ["旧单位"]
    assert Unit.get(Unit.name == "旧单位").pinyin == "jdw jiudanwei"  # filled by migration 10
    # the old file's unit was written by hand (no audit entry): check says so (issue 10); nor
    # is it in the search index (schema 1 had none): check says that too, and how to rebuild it
    assert [p.kind for p in check.run_checks()] == [check.SEARCH, check.ROWS]


@pytest.mark.postgres
def test_postgresql_backup_says_which_tool_to_use(pg_db, tmp_path):
    with pytest.raises(DatabaseError) as caught:
        backup.backup_to(pg_db, tmp_path / "x.db")
    assert "pg_dump" in caught.value.message


def test_check_is_clean_on_a_sound_database(any_db, admin):
    records.create(UNITS, {"单位名称": "办公室"}, admin)
    records.create(PEOPLE, {"姓名": "张三", "单位": "办公室"}, admin)
    assert check.run_checks() == []


def test_check_finds_a_broken_audit_chain(any_db, admin):
    unit = records.create(UNITS, {"单位名称": "办公室"}, admin)
    records.update(UNITS, unit.id, {"简称": "办"}, 1, admin)
    records.create(UNITS, {"单位名称": "秘书科"}, admin)
    first = AuditEntry.select().order_by(AuditEntry.id).first()
    unguard()  # someone with the file drops the append-only triggers, edits, puts them back
    AuditEntry.update(actor="someone").where(AuditEntry.id == first.id).execute()
    reguard()
    problems = check.run_checks()
    assert [p.kind for p in problems] == [check.AUDIT]
    assert "被改动" in problems[0].message and "审计" in str(problems[0])

    unguard()
    AuditEntry.delete().where(
        AuditEntry.id
        == AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1).scalar()
    ).execute()
    reguard()
    problems = check.run_checks()  # the chain's tail, and the row whose entry went with it
    assert [p.kind for p in problems] == [check.AUDIT, check.AUDIT, check.ROWS]


def test_check_finds_a_dangling_reference(any_db, admin):
    records.create(UNITS, {"单位名称": "办公室"}, admin)
    person = records.create(PEOPLE, {"姓名": "张三", "单位": "办公室"}, admin)
    if is_sqlite():
        database.execute_sql("pragma foreign_keys = off")
        database.execute_sql("update person set unit_id = 999 where id = ?", (person.id,))
        database.execute_sql("pragma foreign_keys = on")
    else:
        with database.atomic():
            database.execute_sql("set local session_replication_role = replica")  # no FK triggers
            database.execute_sql("update person set unit_id = 999 where id = %s", (person.id,))
    assert Person.select().where(Person.unit == 999).count() == 1
    problems = check.run_checks()  # the edit made outside the program shows too (issue 10)
    assert [p.kind for p in problems] == [check.FOREIGN_KEY, check.ROWS]
    assert "person" in problems[0].message and "unit" in problems[0].message


def test_check_finds_a_search_index_out_of_step(db, admin):
    records.create(UNITS, {"单位名称": "办公室"}, admin)
    database.execute_sql("insert into search_fts (search_fts) values ('delete-all')")  # contentless: no DELETE
    problems = check.run_checks()
    assert [p.kind for p in problems] == [check.SEARCH]
    from officedesk.store import search_index

    search_index.rebuild_fts()
    assert check.run_checks() == []


def test_check_reports_an_old_schema(db):
    database.execute_sql(
        "delete from schema_version where version = (select max(version) from schema_version)"
    )
    problems = check.run_checks()
    assert [p.kind for p in problems] == [check.SCHEMA]
    assert "升级" in problems[0].message
