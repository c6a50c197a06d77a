"""Schema 7 on a database that already holds a 机密 收文 turned 督查: the item gets its source's
密级 and the search index its level, so an upgrade leaks nothing either."""

from __future__ import annotations

from officedesk.core import records
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.store import audit_guard, migrations, search_index
from officedesk.store.db import database
from tests.security.test_classified_leak import classified_item
from tests.tamper import unguard


def test_upgrade_raises_derived_items_and_their_index(any_db, fixed_today):
    doc_id, item_id = classified_item(fixed_today)
    # the database as schema 6 left it: the item 非密 in the table and in the index, no triggers
    database.execute_sql("update supervision_item set secrecy = '非密'")
    database.execute_sql("update search_doc set level = 0 where registry = 'supervision'")
    unguard()
    database.execute_sql("delete from schema_version where version = 7")
    clerk = Actor("c0", "clerk", 0)
    assert records.list_ids(sv.SPEC, clerk) == [item_id]  # the leak before the upgrade
    assert migrations.migrate(database.obj, backup=lambda *_: None) == [7]
    assert sv.get_item(item_id, CLI_ACTOR).secrecy == "机密"
    assert records.list_ids(sv.SPEC, clerk) == []
    assert search_index.search("水库", 0) == []
    assert audit_guard.missing(database.obj) == []
