"""A record is found by its own number (发文字号, 收文编号, 信访编号 …) — in the global search and in
its list's word filter — however it got the number: typed, issued on create, issued by a later
step, or by a batch import; and an office indexed before numbers were searchable finds them after
its migration."""

from __future__ import annotations

from officedesk.core import check, global_search, record_lists, records, registry
from officedesk.core.actor import Actor
from officedesk.store import search_index
from officedesk.store.db import database

NUMBERED = [spec for spec in registry.all_registries() if spec.number_field]


def _numbered_records(spec):
    column = getattr(spec.model, spec.number_field)
    return list(spec.model.select(spec.model.id, column).where(column.is_null(False) & (column != ""))
                .order_by(spec.model.id).limit(5).tuples())


def _found(spec, number: str, record_id: int, actor: Actor) -> tuple[bool, bool]:
    in_search = any(h.registry == spec.name and h.record_id == record_id
                    for h in global_search.search(number, actor, limit=1000))
    in_list = record_id in record_lists.list_ids(spec, actor, text=number)
    return in_search, in_list


def test_every_registry_finds_a_record_by_its_own_number(demo_filled, admin):
    demo_filled(6)
    checked = 0
    for spec in NUMBERED:
        for record_id, number in _numbered_records(spec):
            assert _found(spec, number, record_id, admin) == (True, True), (spec.name, number)
            checked += 1
    names = {spec.name for spec in NUMBERED if _numbered_records(spec)}
    assert {"incoming", "outgoing", "petitions", "supervision"} <= names
    assert checked >= 12


def test_a_number_is_found_by_its_year_and_serial_part(demo_filled, admin):
    """A clerk types part of a 字号 (its 〔2026〕12号 or the serial alone, as read off a paper)."""
    demo_filled(6)
    spec = registry.get("outgoing")
    record_id, number = _numbered_records(spec)[0]
    part = number[number.index("〔"):]
    assert record_id in record_lists.list_ids(spec, admin, text=part)


def test_the_migration_indexes_the_numbers_of_an_office_indexed_without_them(demo_filled, admin):
    from officedesk.store.migrations import m0033_numbers_searched

    demo_filled(6)
    migrated = {registry_name for registry_name, _table, _column in m0033_numbers_searched.NUMBERED}
    assert migrated == {spec.name for spec in NUMBERED} - {"supervision"}  # 督查编号: searched before
    cases = [(spec, *_numbered_records(spec)[0]) for spec in NUMBERED
             if spec.name in migrated and _numbered_records(spec)]
    assert len(cases) >= 3
    # the index as a version-32 office has it: the body without the number
    for spec, record_id, number in cases:
        key = search_index.doc_key(spec.name, record_id)
        body = database.execute_sql("select body from search_doc where id = ?", (key,)).fetchone()[0]
        old = body.replace(number + "\n", "", 1) if body.startswith(number + "\n") else body.replace(number, "", 1)
        database.execute_sql("insert into search_fts (search_fts, rowid, t) values ('delete', ?, ?)",
                             (key, search_index.tokens(body)))
        database.execute_sql("update search_doc set body = ? where id = ?", (old, key))
        database.execute_sql("insert into search_fts (rowid, t) values (?, ?)", (key, search_index.tokens(old)))
        assert _found(spec, number, record_id, admin) == (False, False), (spec.name, number)
    m0033_numbers_searched.upgrade(database.obj)
    for spec, record_id, number in cases:
        assert _found(spec, number, record_id, admin) == (True, True), (spec.name, number)
    # the index as reindexing each record gives it: the same body, and the FTS rows in step
    for spec, record_id, _number in cases:
        key = search_index.doc_key(spec.name, record_id)
        body = database.execute_sql("select body from search_doc where id = ?", (key,)).fetchone()[0]
        assert body == records.search_text(spec, spec.model.get_by_id(record_id))
    assert not check.check_search_index()


def test_a_number_does_not_find_a_record_above_the_clearance(demo_filled, clerk):
    """保密: a clerk cleared to 秘密 does not find a 机密 record by its number (nor learn it exists)."""
    demo_filled(6)
    checked = 0
    for spec in NUMBERED:
        if spec.level_field is None:
            continue
        column = getattr(spec.model, spec.level_field)
        number_column = getattr(spec.model, spec.number_field)
        rows = list(spec.model.select(spec.model.id, number_column)
                    .where(column.startswith("机密") & number_column.is_null(False) & (number_column != ""))
                    .limit(2).tuples())
        for record_id, number in rows:
            assert _found(spec, number, record_id, clerk) == (False, False), (spec.name, number)
            checked += 1
    assert checked
