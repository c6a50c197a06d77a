"""The throw-away PostgreSQL server of the test command: emptying its database (tests and
bench/bench_exchange.py --pg)."""

from __future__ import annotations


def admin(url: str, *statements: str) -> None:
    """Statements that cannot run inside a transaction (create / drop database)."""
    import psycopg2

    connection = psycopg2.connect(url)
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    finally:
        connection.close()


def reset_pg_schema(url: str) -> None:
    """Drop every table: a fresh, empty `public` schema."""
    from playhouse.db_url import connect

    connection = connect(url)
    try:
        connection.execute_sql("drop schema if exists public cascade")
        connection.execute_sql("create schema public")
    finally:
        connection.close()


def server_gone(monkeypatch) -> None:
    """The bound PostgreSQL server goes away: the open connection is closed under the program
    and every new one is refused, as when the server is stopped (no server is touched)."""
    import psycopg2

    from officedesk.store.db import database

    db = database.obj
    db._state.conn.close()

    def refuse(*_args, **_kwargs):
        raise psycopg2.OperationalError(
            'connection to server at "127.0.0.1", port 5432 failed: Connection refused')

    monkeypatch.setattr(db, "_connect", refuse)
