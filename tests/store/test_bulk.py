"""Staged rows (a batch import's temporary tables) copy in exactly as they were given, whether a
column holds one value in every row (written once as a literal) or not."""

from __future__ import annotations

import pytest

from officedesk.store import bulk
from officedesk.store.db import database, write_transaction

SHARED = "它's '; drop table app_setting; --"
ROWS = [  # n, then: the same in every row (text with quotes and SQL in it, empty text, NULL, a number), varying
    (1, SHARED, "", None, 7, "甲"),
    (2, SHARED, "", None, 7, "乙\t丙\n丁\r\n戊\\己"),  # what COPY's text format escapes
    (3, SHARED, "", None, 7, "\\N"),  # the text \N, not NULL
    (4, SHARED, "", None, 7, None),
]


def _staged_and_copied(table: str, listed: str, columns: list[str], rows: list[tuple]) -> list[tuple]:
    """Make the table, stage the rows and copy them in under the lock; the rows read back in
    order of the first column."""
    database.execute_sql(f"create table {table} ({listed})")
    staged = bulk.stage(table, columns, rows)
    try:
        with write_transaction():
            bulk.copy_staged(staged)
    finally:
        bulk.drop_staged([staged])
    return database.execute_sql(f"select {', '.join(columns)} from {table} order by {columns[0]}").fetchall()


@pytest.mark.parametrize("rows", [ROWS, ROWS[:1], [(1, "同"), (2, "同")], [(1, None, "x"), (2, None, "x")]])
def test_staged_rows_copy_in_as_given(any_db, rows):
    columns = [f"c{n}" for n in range(len(rows[0]))]
    listed = ", ".join(f"{c} integer" if n in (0, 4) else f"{c} text" for n, c in enumerate(columns))
    read = _staged_and_copied("staged_probe", listed, columns, rows)
    assert [tuple(row) for row in read] == rows
    database.execute_sql("select count(*) from app_setting")  # still there


def test_staged_dates_times_flags_and_numbers_copy_in_as_given(any_db):
    import datetime as dt

    rows = [(1, dt.date(2026, 3, 2), dt.datetime(2026, 3, 2, 9, 30, 5), True, 2.5),
            (2, dt.date(2025, 12, 31), dt.datetime(2025, 12, 31, 23, 59, 59), False, -0.125),
            (3, None, None, None, None)]
    columns = ["n", "on_day", "at", "flag", "amount"]
    read = _staged_and_copied("staged_types", "n integer, on_day date, at timestamp, flag boolean, "
                              "amount double precision", columns, rows)
    as_read = [(n, str(day) if day else None, str(at) if at else None, None if flag is None else bool(flag), amount)
               for n, day, at, flag, amount in read]
    assert as_read == [(n, str(day) if day else None, str(at) if at else None, flag, amount)
                       for n, day, at, flag, amount in rows]


def test_a_row_that_breaks_a_unique_index_is_refused_as_a_conflict(any_db, admin):
    """A number taken by another workstation meanwhile: the bulk insert's driver error is the one
    the batch turns into a clear refusal, on both databases."""
    from officedesk.core import batch_write, number_plans, numbering
    from officedesk.core.errors import ConflictError
    from officedesk.store.models import IssuedNumber

    plan = number_plans.plan_many("petition", admin, "petitions", [("信2025-00001", 1)], [])
    with pytest.raises(ConflictError), batch_write._taken_meanwhile(), write_transaction():
        bulk.bulk_insert(IssuedNumber, numbering.ISSUED_COLUMNS, plan.rows * 2)
    assert IssuedNumber.select().count() == 0


def test_a_date_or_time_shared_by_every_row_is_kept_as_bound_one_by_one(db):
    """A batch's stamps (one time in every row: its sub-rows' created_at) are written once into
    the staging statement, as the very text the driver binds for each row (SQLite: read back
    alike, and so digested alike by `check`)."""
    import datetime as dt

    day, at, fine = dt.date(2026, 3, 2), dt.datetime(2026, 3, 2, 9, 30, 5), dt.datetime(2026, 3, 2, 9, 30, 5, 120)
    rows = [(n, day, at, fine, None) for n in (1, 2, 3)]
    assert bulk._shared_as_literals(rows)[0] == "?, '2026-03-02', '2026-03-02 09:30:05', '2026-03-02 09:30:05.000120', NULL"
    listed = "n integer, on_day date, at datetime, fine datetime, none_here datetime"
    columns = ["n", "on_day", "at", "fine", "none_here"]
    staged = _staged_and_copied("staged_stamps", listed, columns, rows)
    database.execute_sql(f"create table bound_stamps ({listed})")
    database.connection().executemany("insert into bound_stamps values (?, ?, ?, ?, ?)", rows)
    typed = ", ".join(f"{c}, typeof({c})" for c in columns)
    bound = database.execute_sql(f"select {typed} from bound_stamps order by n").fetchall()
    assert database.execute_sql(f"select {typed} from staged_stamps order by n").fetchall() == bound
    assert [tuple(row) for row in staged] == [tuple(row[::2]) for row in bound]
    assert bound[0][2:4] == ("2026-03-02", "text")


def test_varying_dates_and_times_are_kept_as_bound_one_by_one(db):
    """A column of dates (or of times) that differ from row to row is made text a column at a
    time, as the driver's adapter makes each (SQLite: read back alike); a column that mixes
    dates with another kind is left to the driver."""
    import datetime as dt

    day, at = dt.date(2026, 3, 2), dt.datetime(2026, 3, 2, 9, 30, 5, 120)
    rows = [(n, day + dt.timedelta(days=n), at + dt.timedelta(minutes=n) if n % 2 else None,
             None if n == 2 else day - dt.timedelta(days=n), day if n % 2 else "2026-03-02 ", n * 1.5)
            for n in (1, 2, 3, 4)]
    values, bound_rows = bulk._shared_as_literals(rows)
    assert values == "?, ?, ?, ?, ?, ?"
    assert bound_rows[0][1:4] == ("2026-03-03", "2026-03-02 09:31:05.000120", "2026-03-01")
    assert bound_rows[1][4] == "2026-03-02 " and bound_rows[0][4] == day  # the mixed column as given
    listed = "n integer, on_day date, at datetime, maybe date, mixed date, amount real"
    columns = ["n", "on_day", "at", "maybe", "mixed", "amount"]
    _staged_and_copied("staged_dates", listed, columns, rows)
    database.execute_sql(f"create table bound_dates ({listed})")
    database.connection().executemany("insert into bound_dates values (?, ?, ?, ?, ?, ?)", rows)
    typed = ", ".join(f"{c}, typeof({c})" for c in columns)
    assert database.execute_sql(f"select {typed} from staged_dates order by n").fetchall() == \
        database.execute_sql(f"select {typed} from bound_dates order by n").fetchall()
