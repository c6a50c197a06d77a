"""What someone with the database file (or the PostgreSQL owner's account) can do: drop the
triggers that keep the audit table append-only. Tests that tamper on purpose start here."""

from __future__ import annotations

from officedesk.store import audit_guard
from officedesk.store.db import database, is_sqlite


def unguard() -> None:
    names = audit_guard.SQLITE_TRIGGERS if is_sqlite() else audit_guard.PG_TRIGGERS
    for name in names:
        if is_sqlite():
            database.execute_sql(f"drop trigger if exists {name}")
        else:
            database.execute_sql(f"drop trigger if exists {name} on audit_entry")


def reguard() -> None:
    audit_guard.install(database.obj)
