"""What other workstations changed: every change goes through core and leaves an audit entry,
so the audit trail is the change log. A workstation polls `since(last)` about once a second
(one primary-key lookup when nothing changed; SQLite and PostgreSQL alike). Entries are
numbered under the audit head's lock, so their ids follow the order of the commits."""

from __future__ import annotations

from officedesk.store.db import database, guarded


def latest() -> int:
    with guarded("读取"):
        row = database.execute_sql("select coalesce(max(id), 0) from audit_entry").fetchone()
    return int(row[0])


def since(last: int) -> tuple[int, dict[str, set[str]]]:
    """(the newest entry id, registry -> usernames that changed it) after entry `last`."""
    newest = latest()
    if newest <= last:
        return last, {}
    p = database.param
    with guarded("读取"):
        rows = database.execute_sql(
            f"select distinct registry, actor from audit_entry where id > {p} and id <= {p}",
            (last, newest)).fetchall()
    changed: dict[str, set[str]] = {}
    for registry, actor in rows:
        changed.setdefault(str(registry), set()).add(str(actor))
    if "settings" in changed:
        _forget_settings()
    return newest, changed


def _forget_settings() -> None:
    """Another workstation changed a setting or the holiday table: what this one remembered of
    them goes, or its next deadline would be counted with the old holidays."""
    from officedesk.core import settings, workdays

    settings.forget_cache()
    workdays.forget_overrides()
