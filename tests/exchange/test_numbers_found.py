"""Records an import makes get their numbers issued by the batch, and are found by them as a
record made in the window is; an office indexed before numbers were searchable finds them after
its migration (m0033), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from officedesk.core import global_search, record_lists, records
from officedesk.core.documents import incoming
from officedesk.exchange import xlsx
from officedesk.store import search_index
from officedesk.store.db import database, is_sqlite
from officedesk.store.migrations import m0033_numbers_searched

from .sheets import write_sheet

SPEC = incoming.INCOMING
DOC = {"来文机关": "市委办公室", "标题": "关于防汛工作的通知", "文种": "通知", "收文日期": dt.date(2026, 6, 20)}


def _body(record_id: int) -> str:
    p = database.param
    return database.execute_sql(f"select body from search_doc where registry = {p} and record_id = {p}",
                                ("incoming", record_id)).fetchone()[0]


def _found(number: str, record_id: int, actor) -> tuple[bool, bool]:
    return (any(h.registry == "incoming" and h.record_id == record_id for h in global_search.search(number, actor)),
            record_id in record_lists.list_ids(SPEC, actor, text=number))


def test_imported_records_are_found_by_the_numbers_issued_them(any_db, fixed_today, admin, tmp_path):
    fixed_today(dt.date(2026, 6, 30))
    rows = [{**DOC, "标题": f"关于防汛工作的通知（第{n}号）"} for n in range(1, 4)]
    report = xlsx.import_file(SPEC, write_sheet(SPEC, tmp_path / "in.xlsx", rows), admin)
    assert not report.problems, [str(p) for p in report.problems]
    made = list(SPEC.model.select().order_by(SPEC.model.id))
    assert len(made) == 3 and all(doc.receive_no for doc in made)
    for doc in made:
        assert _found(doc.receive_no, doc.id, admin) == (True, True), doc.receive_no
        assert _body(doc.id) == records.search_text(SPEC, doc)  # as reindexing it gives


def test_the_migration_puts_each_number_in_front_of_its_text(any_db, fixed_today, admin, tmp_path):
    fixed_today(dt.date(2026, 6, 30))
    rows = [DOC, {**DOC, "标题": "关于汛期值班的通知"}]
    xlsx.import_file(SPEC, write_sheet(SPEC, tmp_path / "in.xlsx", rows), admin)
    made = list(SPEC.model.select().order_by(SPEC.model.id))
    p = database.param
    for doc in made:  # as a version-32 office indexed them: without the number
        old = _body(doc.id).split("\n", 1)[1]
        if is_sqlite():
            key = search_index.doc_key("incoming", doc.id)
            database.execute_sql("insert into search_fts (search_fts, rowid, t) values ('delete', ?, ?)",
                                 (key, search_index.tokens(_body(doc.id))))
            database.execute_sql("insert into search_fts (rowid, t) values (?, ?)", (key, search_index.tokens(old)))
        database.execute_sql(f"update search_doc set body = {p} where registry = {p} and record_id = {p}",
                             (old, "incoming", doc.id))
        assert _found(doc.receive_no, doc.id, admin) == (False, False)
    m0033_numbers_searched.upgrade(database.obj)
    m0033_numbers_searched.upgrade(database.obj)  # a second run changes nothing
    for doc in made:
        assert _body(doc.id) == records.search_text(SPEC, doc)
        assert _found(doc.receive_no, doc.id, admin) == (True, True)
