"""Staged rows (a batch import's temporary tables) copy in exactly as they were given, whether a
column holds one value in every row (written once as a literal) or not."""

from __future__ import annotations

import pytest

from officedesk.store import bulk
from officedesk.store.db import database, write_transaction

SHARED = "它's '; drop table app_setting; --"
ROWS = [  # n, then: the same in every row (text with quotes and SQL in it, empty text, NULL, a number), varying
    (1, SHARED, "", None, 7, "甲"),
    (2, SHARED, "", None, 7, "乙"),
    (3, SHARED, "", None, 7, None),
]


@pytest.mark.parametrize("rows", [ROWS, ROWS[:1], [(1, "同"), (2, "同")], [(1, None, "x"), (2, None, "x")]])
def test_staged_rows_copy_in_as_given(any_db, rows):
    columns = [f"c{n}" for n in range(len(rows[0]))]
    listed = ", ".join(f"{c} integer" if n in (0, 4) else f"{c} text" for n, c in enumerate(columns))
    database.execute_sql(f"create table staged_probe ({listed})")
    staged = bulk.stage("staged_probe", columns, rows)
    try:
        with write_transaction():
            bulk.copy_staged(staged)
    finally:
        bulk.drop_staged([staged])
    read = database.execute_sql(f"select {', '.join(columns)} from staged_probe order by c0").fetchall()
    assert [tuple(row) for row in read] == rows
    database.execute_sql("select count(*) from app_setting")  # still there
