"""The program account (init --app-role) asked to do what only the owner account may: it was told
the SQLite wording “无法打开或写入数据库，请检查文件位置和权限。”, or the server's raw “must be owner of
table meeting” for an upgrade. It says that this account lacks the right and that the owner
account, the one that ran init, must run it — naming the command."""

from __future__ import annotations

import pytest
from playhouse.db_url import connect

from officedesk import cli

pytestmark = pytest.mark.postgres
ROLE = "officedesk_perm_test"
FILE_WORDING = "文件位置"


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def accounts(pg_url, capsys, monkeypatch):
    """(owner URL, program account URL) of an office set up by the owner."""
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", "Admin-pass-2026")
    owner = connect(pg_url)
    if owner.execute_sql("select 1 from pg_roles where rolname = %s", (ROLE,)).fetchone():
        owner.execute_sql(f"drop owned by {ROLE}")
        owner.execute_sql(f"drop role {ROLE}")
    owner.execute_sql(f"create role {ROLE} login")
    code, _, err = _cli(capsys, "--db", pg_url, "init", "--org", "测试办", "--code", "测办", "--app-role", ROLE)
    assert code == 0, err
    user = pg_url.split("//", 1)[1].split("@", 1)[0]
    yield pg_url, pg_url.replace(f"//{user}@", f"//{ROLE}@", 1)
    owner.execute_sql(f"drop owned by {ROLE}")
    owner.execute_sql(f"drop role {ROLE}")
    owner.close()


def _says_owner(err: str) -> None:
    assert "没有这项权限" in err and "所有者账号" in err and "init" in err, err
    assert FILE_WORDING not in err and "must be owner" not in err, err


def test_audit_guard_by_the_program_account(accounts, capsys):
    _, app = accounts
    code, _, err = _cli(capsys, "--db", app, "audit-guard")
    assert code == 1
    _says_owner(err)
    assert "officedesk audit-guard --db" in err


def test_an_upgrade_by_the_program_account(accounts, capsys):
    owner_url, app = accounts
    owner = connect(owner_url)
    try:  # the database as the version before left it: migration 19 not applied
        owner.execute_sql("delete from schema_version where version = 19")
        owner.execute_sql("alter table meeting drop column observers_text")
    finally:
        owner.close()
    code, _, err = _cli(capsys, "--db", app, "check")
    assert code == 1
    _says_owner(err)
    assert "升级" in err and "meeting" in err
    code, _, err = _cli(capsys, "--db", owner_url, "check")  # the owner upgrades it
    assert code == 0, err


def test_migrate_to_a_database_the_account_may_not_build_in(accounts, capsys, tmp_path):
    owner_url, app = accounts
    source = tmp_path / "office.db"
    assert _cli(capsys, "--db", str(source), "init", "--org", "测试办", "--code", "测办")[0] == 0
    owner = connect(owner_url)
    try:  # an empty database whose schema belongs to the owner
        owner.execute_sql("drop schema public cascade")
        owner.execute_sql("create schema public")
        owner.execute_sql("grant usage on schema public to public")  # as a new database's
    finally:
        owner.close()
    code, _, err = _cli(capsys, "--db", str(source), "migrate-to", app)
    assert code == 1
    assert "没有这项权限" in err and "所有者账号" in err, err
    # its right form: the target is the argument (--db is the SQLite file), and nobody ran init
    assert "officedesk migrate-to postgresql://所有者账号" in err, err
    assert "migrate-to --db postgresql" not in err and "运行 officedesk init" not in err, err


# An everyday command whose grant is missing: the owner grants it (audit-grants); the command
# itself needs no owner account.
@pytest.mark.parametrize(("revoke", "argv"), [
    ("revoke insert on petition from {role}",
     ["add", "petitions", "登记日期=2026-01-05", "信访形式=来信", "信访人=某人", "问题类别=其他", "反映内容=测试"]),
    ("revoke select on search_doc from {role}", ["search", "测试"]),
    ("revoke select on petition from {role}", ["check"]),
    ("revoke select on calendar_override from {role}", ["holidays"]),
])
def test_a_missing_grant_on_an_everyday_command(accounts, capsys, revoke, argv):
    owner_url, app = accounts
    owner = connect(owner_url)
    try:
        owner.execute_sql(revoke.format(role=ROLE))
    finally:
        owner.close()
    code, _, err = _cli(capsys, "--db", app, *argv)
    assert code == 1
    assert "没有这项权限" in err and ROLE in err, err
    assert f"officedesk audit-grants {ROLE} | psql" in err, err
    assert "需要数据库的所有者账号" not in err and f"officedesk {argv[0]} --db" not in err, err
