"""Schema versions: a database made at version 1 is upgraded at start-up, after a backup."""

from __future__ import annotations

import sqlite3

import peewee
import pytest
from playhouse.db_url import connect

from officedesk import paths
from officedesk.store import db as store_db
from officedesk.store import migrations
from officedesk.store.db import SQLITE_PRAGMAS
from officedesk.store.models import Person, Unit, User
from officedesk.store.search_index import SearchDoc


@pytest.fixture(autouse=True)
def own_home(tmp_path, monkeypatch):
    """Each test's own data folder: its backups counted alone (the process's shared folder held
    another test's automatic backup once the files ran in another order)."""
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))


def _fill_version_1(database: peewee.Database) -> None:
    p = database.param
    database.execute_sql(
        f"insert into unit (name, short_name, created_at, created_by, updated_at, updated_by, version) "
        f"values ({p}, {p}, '2025-03-01 09:00:00', 'old', '2025-03-01 09:00:00', 'old', 3)",
        ("市委办公室", "办公室"),
    )
    database.execute_sql(
        f"insert into person (name, gender, unit_id, title, rank, phone, created_at, created_by, "
        f"updated_at, updated_by, version) values ({p}, {p}, 1, {p}, 2, {p}, '2025-03-01 09:00:00', "
        f"'old', '2025-03-01 09:00:00', 'old', 1)",
        ("张三", "男", "秘书长", "13812345678"),
    )
    database.execute_sql(
        f"insert into app_setting (key, value) values ({p}, {p})", ("org.name", '"X市委"')
    )
    database.execute_sql(
        'insert into "user" (username, display_name, role, clearance, password_hash, failed_attempts, active, '
        f"created_at, created_by, updated_at, updated_by, version) values ({p}, {p}, {p}, 2, {p}, 0, "
        f"{p}, '2025-03-01 09:00:00', 'old', '2025-03-01 09:00:00', 'old', 1)",
        ("li", "李四", "clerk", "scrypt$x", True),
    )


def _check_upgraded(database: peewee.Database) -> None:
    assert migrations.current_version(database) == migrations.LATEST
    versions = [
        row[0]
        for row in database.execute_sql(
            "select version from schema_version order by version"
        ).fetchall()
    ]
    assert versions == [number for number, _name in migrations.MIGRATIONS]  # numbers are per issue
    # Rows kept, new columns added with their defaults, new tables there.
    unit = Unit.get(Unit.name == "市委办公室")
    assert (unit.short_name, unit.version, unit.created_by, unit.pinyin, unit.sort_order) == (
        "办公室",
        3,
        "old",
        "swbgs shiweibangongshi bgs bangongshi",  # migration 10: 拼音 of the name and the 简称
        0,
    )
    person = Person.get(Person.name == "张三")
    assert (person.unit.name, person.title, person.phone) == ("市委办公室", "秘书长", "13812345678")
    assert User.get(User.username == "li").clearance == 2
    assert {"calendar_override", "attachment", "search_doc"} <= set(database.get_tables())
    SearchDoc.select().count()  # the new table is usable


def test_sqlite_database_at_version_1_is_upgraded_after_a_backup(tmp_path):
    path = tmp_path / "old.db"
    old = peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)
    assert migrations.migrate(old, target=1) == [1]
    assert migrations.current_version(old) == 1
    assert "calendar_override" not in old.get_tables()
    _fill_version_1(old)
    old.close()
    assert list(paths.backup_dir().glob("*.db")) == []

    database = store_db.open_database(str(path))
    try:
        _check_upgraded(database)
        assert database.execute_sql("select count(*) from search_fts").fetchone()[0] == 0
        backups = list(paths.backup_dir().glob("old-v1-*.db"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as copy:  # the backup is the database as it was
            assert copy.execute("select max(version) from schema_version").fetchone()[0] == 1
            assert copy.execute("select name from unit").fetchall() == [("市委办公室",)]
        # Opening again migrates nothing and makes no new backup.
        store_db.close_database()
        store_db.open_database(str(path))
        assert len(list(paths.backup_dir().glob("*.db"))) == 1
    finally:
        store_db.close_database()


def test_new_database_gets_every_version_without_a_backup(tmp_path):
    database = store_db.open_database(str(tmp_path / "new.db"))
    try:
        assert migrations.current_version(database) == migrations.LATEST
        assert list(paths.backup_dir().glob("new-*.db")) == []
    finally:
        store_db.close_database()


def test_failed_migration_rolls_back_and_keeps_the_version(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    old = peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)
    migrations.migrate(old, target=1)
    _fill_version_1(old)

    def broken(database):
        database.execute_sql("create table half_done (id integer)")
        raise RuntimeError("boom")

    module = migrations._module("m0002_directory_search")
    monkeypatch.setattr(module, "upgrade", broken)
    with pytest.raises(RuntimeError):
        migrations.migrate(old, backup=lambda db, version: None)
    assert migrations.current_version(old) == 1
    assert "half_done" not in old.get_tables()
    old.close()


@pytest.mark.postgres
def test_postgresql_database_at_version_1_is_upgraded(pg_url):
    old = connect(pg_url)
    migrations.migrate(old, target=1)
    _fill_version_1(old)
    old.close()
    database = store_db.open_database(pg_url)
    _check_upgraded(database)


def test_version_20_lets_a_circulation_reader_wait_unsent_and_keeps_the_times(tmp_path):
    """传阅 readers not yet reached have no 送阅时间: the column takes an empty value, and the
    rows (and their index) made before it stay as they were."""
    path = tmp_path / "v19.db"
    old = store_db.open_database(str(path), migrate=False)
    migrations.migrate(old, target=19)
    old.execute_sql("insert into circulation_entry (doc_id, seq, reader, sent_at, note, batch) "
                    "values (7, 1, '王建国', '2026-03-02 09:00:00', '', 0)")
    store_db.close_database()
    database = store_db.open_database(str(path))
    try:
        from officedesk.store.documents import CirculationEntry

        assert CirculationEntry.get(CirculationEntry.doc_id == 7).sent_at.hour == 9
        CirculationEntry.create(doc_id=7, seq=2, reader="刘志强", sent_at=None)
        assert CirculationEntry.get(CirculationEntry.seq == 2).sent_at is None
        indexes = {i.name for i in database.get_indexes("circulation_entry")}
        assert any("doc_id" in name for name in indexes)
    finally:
        store_db.close_database()
