"""The audit table only grows: triggers refuse UPDATE and DELETE on `audit_entry`.

SQLite: BEFORE UPDATE / BEFORE DELETE triggers that abort. Someone with the file can drop them
(SQLite has no accounts), so `check` reports a missing trigger as tampering.
PostgreSQL: a trigger function that raises on UPDATE, DELETE and TRUNCATE; the program's own
account should in addition hold only SELECT and INSERT on the table (`grant_statements`, run
by `init --app-role`, see README "安全").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

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


@dataclass(frozen=True)
class ForeignObject:
    """A trigger, view, rule or function in the database that the program did not make, or one
    of its own guard's changed: a trigger can rewrite what is saved while the audit entry
    records what was typed (the row's digest is taken from the row as written)."""

    kind: str  # "trigger", "view", "rule", "function"
    name: str
    table: str  # the table it is on ("" for a view or a function)


# every trigger and view of a SQLite file, as sqlite_master holds them
SQLITE_OBJECTS = ("select type, name, tbl_name, sql from sqlite_master "
                  "where type in ('trigger', 'view') order by type, name")


def _squeezed(sql: str | None) -> str:
    return " ".join((sql or "").split()).lower()


def _own_sqlite_sql() -> dict[str, str]:
    """The guard triggers' statements as SQLite keeps them (without 'if not exists')."""
    return {name: _squeezed(f"CREATE TRIGGER {name} before {event} on audit_entry "
                            f"begin select raise(abort, '{MESSAGE}'); end")
            for name, event in SQLITE_TRIGGERS.items()}


def foreign_in_sqlite(rows: Iterable[tuple[str, str, str, str | None]]) -> list[ForeignObject]:
    """The rows of SQLITE_OBJECTS that are not the guard's own triggers, word for word."""
    own = _own_sqlite_sql()
    return [ForeignObject(kind, name, "" if kind == "view" else table)
            for kind, name, table, sql in rows
            if not (kind == "trigger" and table == "audit_entry" and own.get(name) == _squeezed(sql))]


def foreign(db: peewee.Database) -> list[ForeignObject]:
    """Triggers, views and rules of the program's tables it did not make, and a guard changed
    (PostgreSQL: its trigger calling another function, or the function no longer raising)."""
    if isinstance(db, peewee.SqliteDatabase):
        return foreign_in_sqlite(db.execute_sql(SQLITE_OBJECTS).fetchall())
    if not isinstance(db, peewee.PostgresqlDatabase):
        return []
    found = [ForeignObject("trigger", name, table) for name, table, function in db.execute_sql(
        "select t.tgname, c.relname, p.proname from pg_trigger t "
        "join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace "
        "join pg_proc p on p.oid = t.tgfoid "
        "where not t.tgisinternal and n.nspname = current_schema() order by 1").fetchall()
        if not (table == "audit_entry" and name in PG_TRIGGERS and function == PG_FUNCTION)]
    found += [ForeignObject("view", name, "") for (name,) in db.execute_sql(
        "select table_name from information_schema.views where table_schema = current_schema() "
        "order by 1").fetchall()]
    found += [ForeignObject("rule", name, table) for name, table in db.execute_sql(
        "select rulename, tablename from pg_rules where schemaname = current_schema() "
        "order by 1").fetchall()]
    body = db.execute_sql("select prosrc from pg_proc p join pg_namespace n on n.oid = p.pronamespace "
                          "where p.proname = %s and n.nspname = current_schema()", (PG_FUNCTION,)).fetchone()
    if body is not None and _squeezed(body[0]) != _squeezed(f"begin raise exception '{MESSAGE}'; end"):
        found.append(ForeignObject("function", PG_FUNCTION, ""))
    return found


KIND_WORDS = {"trigger": "触发器", "view": "视图", "rule": "规则", "function": "函数"}


def described(found: ForeignObject) -> str:
    """触发器 evil（在表 unit 上）"""
    from officedesk.core.i18n import text

    kind = KIND_WORDS.get(found.kind, found.kind)
    return text("%1 %2（在表 %3 上）", kind, found.name, found.table) if found.table else text("%1 %2", kind, found.name)


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
