"""Entries renewed together (corrections saved together: search_index.upsert_many) go into the
FTS table in rowid order, whatever order the corrections came in (an export's rows, newest
first): FTS5 writes its pending entries out as a segment of their own each time a rowid comes
below the one before, which made 10,000 corrections 2 s under the write lock instead of 0.15 s,
and left the index twice its size."""

from __future__ import annotations

import pytest

from officedesk.store import db as store_db
from officedesk.store import search_index
from officedesk.store.db import database

RECORDS = 600


def _renewed(path, order) -> tuple[int, list[int], list[int]]:
    """An index of RECORDS 收文 entries, each renewed with a new word, given in `order`: the
    blocks the renewal wrote into the FTS table, and what the old and new words find."""
    store_db.close_database()
    store_db.open_database(str(path))
    with database.atomic():
        search_index.insert_many([("incoming", i, 0, f"来文{i}", f"关于青河村道路第{i}号 来文{i}")
                                  for i in range(1, RECORDS + 1)])
    # FTS5 writes its segments' blocks with plain SQL: a trigger counts them
    database.execute_sql("create temp table written (blocks integer)")
    database.execute_sql("insert into temp.written values (0)")
    database.execute_sql("create temp trigger counted after insert on main.search_fts_data "
                         "begin update written set blocks = blocks + 1; end")
    with database.atomic():
        search_index.upsert_many("incoming", [(i, 0, f"来文{i}", f"关于白沙村道路第{i}号 来文{i}")
                                              for i in order(range(1, RECORDS + 1))])
    blocks = database.execute_sql("select blocks from temp.written").fetchone()[0]

    def found(word: str) -> list[int]:  # every hit (a search lists the first 200)
        return [record_id for record_id, in database.execute_sql(
            "select d.record_id from search_fts f join search_doc d on d.id = f.rowid "
            "where search_fts match ? order by d.record_id", (search_index.match_expression(word),))]

    return blocks, found("青河"), found("白沙")


@pytest.mark.parametrize("order", [reversed, lambda ids: sorted(ids, key=lambda i: (i * 7919) % RECORDS)],
                         ids=["newest-first", "shuffled"])
def test_entries_renewed_in_any_order_are_written_in_rowid_order(db, tmp_path, order):
    in_order = _renewed(tmp_path / "in-order.db", list)
    given = _renewed(tmp_path / "given.db", order)
    assert in_order[1:] == given[1:] == ([], list(range(1, RECORDS + 1)))
    # out of order, before: a segment a row, merged again and again (2,526 blocks, not 16)
    assert given[0] <= in_order[0] + 2, (given[0], in_order[0])
