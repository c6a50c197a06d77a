"""The throw-away PostgreSQL server of the test command: emptying its database (tests and
bench/bench_exchange.py --pg)."""

from __future__ import annotations


def reset_pg_schema(url: str) -> None:
    """Drop every table: a fresh, empty `public` schema."""
    from playhouse.db_url import connect

    connection = connect(url)
    try:
        connection.execute_sql("drop schema if exists public cascade")
        connection.execute_sql("create schema public")
    finally:
        connection.close()
