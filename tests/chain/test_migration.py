"""Migration 15 gives a database from before it the users' 岗位 columns and the new tables."""

from __future__ import annotations

from officedesk.store import db as store_db
from officedesk.store import migrations


def test_a_database_from_before_gets_the_post_columns(tmp_path):
    database = store_db.open_database(str(tmp_path / "old.db"))
    try:
        # back to how version 6 shipped: no 岗位 columns, no chain tables
        for column in ("unit", "position", "in_charge", "proxy_entry"):
            database.execute_sql(f'alter table "user" drop column {column}')
        database.execute_sql("drop table step_sign")
        database.execute_sql("drop table delegation")
        database.execute_sql("delete from schema_version where version = 15")
        database.execute_sql(
            "insert into user (username, display_name, role, clearance, password_hash,"
            " failed_attempts, active, created_at, created_by, updated_at, updated_by, version)"
            " values ('a', '甲', 'clerk', 0, 'x', 0, 1, '2026-01-01', '', '2026-01-01', '', 1)")
        assert migrations.migrate(database, backup=lambda db, version: None) == [15]
        assert {"unit", "position", "in_charge", "proxy_entry"} <= migrations.column_names(
            database, "user")
        assert {"step_sign", "delegation"} <= set(database.get_tables())
        row = database.execute_sql('select position, in_charge, proxy_entry from "user"').fetchone()
        assert tuple(row) == ("", "", 0)
    finally:
        store_db.close_database()


def test_migration_17_gives_the_signatures_the_step_a_return_came_from(tmp_path):
    database = store_db.open_database(str(tmp_path / "old16.db"))
    try:
        database.execute_sql("alter table step_sign drop column returned_from")
        database.execute_sql("delete from schema_version where version = 17")
        assert migrations.migrate(database, backup=lambda db, version: None) == [17]
        assert "returned_from" in migrations.column_names(database, "step_sign")
        assert migrations.current_version(database) == migrations.LATEST  # 17 or later
    finally:
        store_db.close_database()
