"""Schema version 7: 密级 on every registry that can hold classified matter (督查, 会议, 信访),
derived 督查 items raised to their source's 密级, the search index levels set to match, and
(SQLite) the triggers that refuse changes to the audit trail."""

from __future__ import annotations

import peewee

from officedesk.store.migrations import add_column_if_missing

SECRECY_TABLES = ("supervision_item", "meeting", "petition")
LEVELS = {"秘密": 1, "机密": 2, "绝密": 3}
SOURCE_TABLES = {"incoming": "incoming_doc", "meeting": "meeting", "petition": "petition"}
SEARCH_REGISTRIES = {"supervision_item": "supervision", "meeting": "meetings", "petition": "petitions"}


def upgrade(db: peewee.Database) -> None:
    p = db.param
    for table in SECRECY_TABLES:
        add_column_if_missing(db, table, "secrecy", peewee.CharField(
            max_length=10, default="非密", constraints=[peewee.SQL("DEFAULT '非密'")]))
        db.execute_sql(f"create index if not exists {table}_secrecy on {table} (secrecy)")
    # A 督查 item made from a classified record carries that record's 密级 (and the index with it).
    tables = set(db.get_tables())
    for kind, source in SOURCE_TABLES.items():
        if source not in tables:
            continue
        rows = db.execute_sql(
            f"select s.id, d.secrecy from supervision_item s join {source} d on d.id = s.source_id "
            f"where s.source_kind = {p} and d.secrecy <> s.secrecy", (kind,)).fetchall()
        for item_id, secrecy in rows:
            db.execute_sql(f"update supervision_item set secrecy = {p} where id = {p}", (secrecy, item_id))
    if "search_doc" in tables:
        for table, registry in SEARCH_REGISTRIES.items():
            for label, level in LEVELS.items():
                db.execute_sql(
                    f"update search_doc set level = {p} where registry = {p} and record_id in "
                    f"(select id from {table} where secrecy = {p})", (level, registry, label))
    # the digest of the audited row after the change: an edit made outside the program shows
    add_column_if_missing(db, "audit_entry", "row_digest", peewee.CharField(
        max_length=64, default="", constraints=[peewee.SQL("DEFAULT ''")]))
    from officedesk.store import audit_guard

    audit_guard.install(db)
