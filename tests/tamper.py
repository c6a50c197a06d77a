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


def rows_said(named: str, **options: object) -> list[str]:
    """What `check` says of a record's row (its sub-rows in its digest): the findings naming
    `named` (信访第 3 条记录 …)."""
    from officedesk.core import check

    return [p.message for p in check.run_checks(**options)  # type: ignore[arg-type]
            if p.kind == check.ROWS and named in p.message]


def last_digest(registry: str, record_id: int) -> str:
    """The row digest of the record's last audit entry."""
    from officedesk.store.models import AuditEntry

    return (AuditEntry.select().where((AuditEntry.registry == registry) & (AuditEntry.record_id == record_id))
            .order_by(AuditEntry.id.desc()).first().row_digest)


def record_said(label: str, record_id: int) -> list[str]:
    """`check`'s findings naming that record (“发文第 3 条记录…”), the anchor left as it is."""
    return rows_said(f"{label}第 {record_id} 条记录", update_anchor=False)


def assert_checks_clean() -> None:
    from officedesk.core import check

    assert check.run_checks(update_anchor=False) == []


def tables_before_newest() -> dict[str, tuple[object, ...]]:
    """core.sub_rows' tables as digested before its newest generation (each record's newest
    table left out): to write entries as an office made before it did."""
    from officedesk.core import sub_rows

    return {table: tuple(sub for sub in subs if sub.since < sub_rows.newest(table))
            for table, subs in sub_rows._TABLES.items()}
