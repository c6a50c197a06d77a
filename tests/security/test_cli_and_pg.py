"""The command line of the security work, and the PostgreSQL account that may only append."""

from __future__ import annotations

import pytest

from officedesk import cli
from officedesk.core import anchor
from officedesk.store import audit_guard
from officedesk.store.db import database


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_backup_prints_the_code_and_check_takes_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    db = str(tmp_path / "o.db")
    assert run(capsys, "--db", db, "init", "--org", "测试办公室", "--code", "测办",
               "--password", "Admin-pass-2026")[0] == 0
    code, out, _ = run(capsys, "--db", db, "backup", str(tmp_path / "b.db"))
    assert code == 0 and "审计校验码" in out
    printed = out.split("审计校验码：")[1].split("（")[0]
    assert run(capsys, "--db", db, "check", "--anchor", printed)[0] == 0
    code, out, _ = run(capsys, "--db", db, "audit-code")
    assert code == 0 and out.split("审计校验码：")[1].split()[0].count("-") == 4
    code, _, err = run(capsys, "--db", db, "check", "--anchor", "999999-0000-0000-0000-0000")
    assert code == 1 and "审计" in err
    # a dropped trigger is reported, and audit-guard puts it back
    import sqlite3

    with sqlite3.connect(db) as connection:
        connection.execute("drop trigger audit_entry_no_delete")
    code, _, err = run(capsys, "--db", db, "check")
    assert code == 1 and "触发器" in err
    assert run(capsys, "--db", db, "audit-guard")[0] == 0
    assert run(capsys, "--db", db, "check")[0] == 0
    assert anchor.parse_code(printed)[0] >= 1


@pytest.mark.postgres
def test_postgres_app_role_may_only_append_to_the_audit_table(pg_db):
    from officedesk.core import records
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.directory import UNITS

    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    assert audit_guard.missing(pg_db) == []
    database.execute_sql("drop role if exists officedesk_app_test")
    database.execute_sql("create role officedesk_app_test")
    try:
        for statement in audit_guard.grant_statements("officedesk_app_test"):
            database.execute_sql(statement)
        with database.atomic() as transaction:
            database.execute_sql("set local role officedesk_app_test")
            records.create(UNITS, {"单位名称": "秘书科"}, CLI_ACTOR)  # the program still works
            transaction.rollback()
        for statement in ("update audit_entry set actor = 'x'", "delete from audit_entry",
                          "truncate audit_entry"):
            with pytest.raises(Exception, match="permission denied|权限"), database.atomic():
                database.execute_sql("set local role officedesk_app_test")
                database.execute_sql(statement)
        # the owner is stopped by the trigger
        with pytest.raises(Exception, match="审计记录只能追加"), database.atomic():
            database.execute_sql("update audit_entry set actor = 'x'")
    finally:
        database.execute_sql("drop owned by officedesk_app_test")
        database.execute_sql("drop role officedesk_app_test")


def _public_tables(url: str) -> int:
    from playhouse.db_url import connect

    connection = connect(url)
    try:
        return connection.execute_sql(
            "select count(*) from information_schema.tables where table_schema = 'public'").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.postgres
def test_init_with_an_app_role_not_yet_created_writes_nothing(pg_url, capsys, monkeypatch):
    """Refused before anything is written, so the same init succeeds once the account exists;
    on a database already set up it says how to finish the grants."""
    from playhouse.db_url import connect

    role = "officedesk_app_later"
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", "Admin-pass-2026")
    init = ("--db", pg_url, "init", "--org", "测试办公室", "--code", "测办", "--app-role", role)
    owner = connect(pg_url)
    owner.execute_sql(f"drop role if exists {role}")
    try:
        code, _, err = run(capsys, *init)
        assert code == 1 and f"createuser -P {role}" in err, err
        assert _public_tables(pg_url) == 0  # no schema, no office, no administrator
        owner.execute_sql(f"create role {role}")
        code, out, err = run(capsys, *init)
        assert code == 0 and f"已授权账号 {role}" in out, err
        code, _, err = run(capsys, *init)
        assert code == 1 and "已经初始化" in err and f"officedesk audit-grants {role}" in err, err
    finally:
        if owner.execute_sql("select 1 from pg_roles where rolname = %s", (role,)).fetchone():
            owner.execute_sql(f"drop owned by {role}")
            owner.execute_sql(f"drop role {role}")
        owner.close()
