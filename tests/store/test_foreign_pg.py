"""A PostgreSQL database of another program (tables, none of OfficeDesk's) is refused before
anything is created in it: by every command that opens it and by migrate-to, which also refuses
a target holding any table OfficeDesk does not make. An empty database is still set up."""

from __future__ import annotations

import pytest
from playhouse.db_url import connect

from officedesk import cli
from officedesk.store import db as store_db

pytestmark = pytest.mark.postgres

PASSWORD = "Init-Pass-2026"


def _run(sql: str, url: str) -> None:
    connection = connect(url)
    try:
        connection.execute_sql(sql)
    finally:
        connection.close()


def _tables(url: str) -> set[str]:
    connection = connect(url)
    try:
        return set(connection.get_tables())
    finally:
        connection.close()


def _another_product(url: str) -> None:
    _run("create table customers (id serial primary key, name text);"
         "insert into customers (name) values ('甲公司'), ('乙公司');"
         "create table invoices (id serial primary key, customer int, amount numeric);"
         "insert into invoices (customer, amount) values (1, 100);", url)


def _sqlite_office(tmp_path, capsys) -> str:
    source = tmp_path / "office.db"
    assert cli.main(["--db", str(source), "init", "--org", "测试办", "--code", "测办",
                     "--password", PASSWORD]) == 0, capsys.readouterr().err
    store_db.close_database()
    capsys.readouterr()
    return str(source)


@pytest.mark.parametrize("command", [["check"], ["init", "--org", "测试办", "--code", "测办",
                                                  "--password", PASSWORD]])
def test_another_programs_database_is_refused_untouched(pg_url, capsys, command):
    _another_product(pg_url)
    assert cli.main(["--db", pg_url, *command]) == 1
    message = capsys.readouterr().err
    assert "不是本程序" in message or "别的程序" in message, message
    assert pg_url.rsplit("/", 1)[1] in message and "空数据库" in message, message
    assert "数据库完好" not in message
    assert _tables(pg_url) == {"customers", "invoices"}  # no table of ours made beside them


def test_migrate_to_another_programs_database_is_refused(pg_url, tmp_path, capsys):
    source = _sqlite_office(tmp_path, capsys)
    _another_product(pg_url)
    assert cli.main(["--db", source, "migrate-to", pg_url]) == 1
    message = capsys.readouterr().err
    assert "空数据库" in message, message
    assert _tables(pg_url) == {"customers", "invoices"}


def test_migrate_to_refuses_a_table_it_does_not_make(pg_url, tmp_path, capsys):
    """A set-up, empty OfficeDesk schema with another program's table beside it."""
    source = _sqlite_office(tmp_path, capsys)
    store_db.open_database(pg_url)
    store_db.close_database()
    _run("create table customers (id serial primary key, name text)", pg_url)
    assert cli.main(["--db", source, "migrate-to", pg_url]) == 1
    message = capsys.readouterr().err
    assert "customers" in message and "空数据库" in message, message
    connection = connect(pg_url)
    try:
        assert connection.execute_sql('select count(*) from "user"').fetchone()[0] == 0
    finally:
        connection.close()


def test_an_empty_database_is_still_set_up(pg_url, tmp_path, capsys):
    source = _sqlite_office(tmp_path, capsys)
    assert cli.main(["--db", source, "migrate-to", pg_url]) == 0, capsys.readouterr().err
    assert "schema_version" in _tables(pg_url)
