"""The audit table only grows: triggers refuse UPDATE and DELETE on `audit_entry`.

SQLite: BEFORE UPDATE / BEFORE DELETE triggers that abort. Someone with the file can drop them
(SQLite has no accounts), so `check` reports a missing trigger as tampering.
PostgreSQL: a trigger function that raises on UPDATE, DELETE and TRUNCATE; the program's own
account should in addition hold only SELECT and INSERT on the table (`grant_statements`, run
by `init --app-role`, see README "安全").
"""

from __future__ import annotations

import peewee

SQLITE_TRIGGERS = {
    "audit_entry_no_update": "update",
    "audit_entry_no_delete": "delete",
}
PG_FUNCTION = "officedesk_audit_append_only"
PG_TRIGGERS = {
    "audit_entry_no_change": "before update or delete on audit_entry for each row",
    "audit_entry_no_truncate": "before truncate on audit_entry for each statement",
}
MESSAGE = "审计记录只能追加，不能修改或删除"


def install(db: peewee.Database) -> None:
    if isinstance(db, peewee.SqliteDatabase):
        for name, event in SQLITE_TRIGGERS.items():
            db.execute_sql(
                f"create trigger if not exists {name} before {event} on audit_entry "
                f"begin select raise(abort, '{MESSAGE}'); end"
            )
        return
    if isinstance(db, peewee.PostgresqlDatabase):
        db.execute_sql(
            f"create or replace function {PG_FUNCTION}() returns trigger language plpgsql as $$ "
            f"begin raise exception '{MESSAGE}'; end $$"
        )
        for name, when in PG_TRIGGERS.items():
            db.execute_sql(f"drop trigger if exists {name} on audit_entry")
            db.execute_sql(f"create trigger {name} {when} execute function {PG_FUNCTION}()")


def missing(db: peewee.Database) -> list[str]:
    """The names of the guard triggers that are not there (dropped by hand)."""
    if isinstance(db, peewee.SqliteDatabase):
        rows = db.execute_sql(
            "select name from sqlite_master where type = 'trigger' and tbl_name = 'audit_entry'"
        ).fetchall()
        present = {row[0] for row in rows}
        return [name for name in SQLITE_TRIGGERS if name not in present]
    if isinstance(db, peewee.PostgresqlDatabase):
        rows = db.execute_sql(
            "select tgname from pg_trigger where tgrelid = 'audit_entry'::regclass "
            "and not tgisinternal and tgenabled <> 'D'"
        ).fetchall()
        present = {row[0] for row in rows}
        return [name for name in PG_TRIGGERS if name not in present]
    return []


def role_exists(db: peewee.Database, app_role: str) -> bool:
    """Whether the PostgreSQL server has the account (the grants name it as written, quoted)."""
    return db.execute_sql("select 1 from pg_roles where rolname = %s", (app_role,)).fetchone() is not None


def grant_statements(app_role: str) -> list[str]:
    """What the owner runs so the program's account may only read and append to the trail."""
    role = '"' + app_role.replace('"', '""') + '"'
    return [
        f"grant usage on schema public to {role}",
        f"grant select, insert, update, delete on all tables in schema public to {role}",
        f"grant usage, select, update on all sequences in schema public to {role}",
        f"revoke update, delete, truncate on audit_entry from {role}",
        f"grant select, insert on audit_entry to {role}",
    ]
