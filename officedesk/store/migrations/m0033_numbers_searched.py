"""Schema version 33: a record is found by its own number. The 收文编号, 发文字号, 信访编号, 信息编号
and 投诉编号 are now searchable fields (the 督查编号 was already): each record's indexed text gets its
number in front, where reindexing it puts it (the number is its registry's first field), and on
SQLite the FTS rows are made again from the texts. Before, a clerk who typed a 字号 read off a paper
found nothing (the number was only in the hit's title). Nothing else changes."""

from __future__ import annotations

import peewee

from officedesk.store import search_index

# registry name in the index, its table, its number column
NUMBERED = (("incoming", "incoming_doc", "receive_no"), ("outgoing", "outgoing_doc", "doc_no"),
            ("petitions", "petition", "number"), ("info", "info_item", "number"),
            ("complaints", "efficiency_complaint", "number"))


def upgrade(db: peewee.Database) -> None:
    tables = set(db.get_tables())
    if "search_doc" not in tables:
        return
    p = db.param
    for registry, table, column in NUMBERED:
        if table not in tables:
            continue
        number = f"(select t.{column} from {table} t where t.id = search_doc.record_id)"
        # a text that already starts with its number (reindexed since) is left as it is
        db.execute_sql(
            f"update search_doc set body = case when body = '' then {number} "
            f"else {number} || {p} || body end "
            f"where registry = {p} and coalesce({number}, '') <> '' "
            f"and body <> {number} and substr(body, 1, length({number}) + 1) <> {number} || {p}",
            ("\n", registry, "\n"))
    if "search_fts" in tables:
        search_index.rebuild_fts(db)
