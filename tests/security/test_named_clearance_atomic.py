"""保密 of a user changed (core.cleared_names.check_user): the check that no record still in work
would then name him uncleared runs in the write transaction of the change itself — a record
naming him cannot be saved between the check and the change."""

from __future__ import annotations

import pytest

from officedesk.core import cleared_names, passwords
from officedesk.store import db as store_db
from tests.cli_office import Office, office  # noqa: F401 (the fixture)


@pytest.fixture
def checks(office, monkeypatch):  # noqa: F811
    """office, and the list of (user, in a transaction) of every check_user asked."""
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    monkeypatch.setenv("OFFICEDESK_USER_PASSWORD", "pass1234")
    seen: list[tuple[str, bool]] = []
    check = cleared_names.check_user

    def watched(username: str, **kwargs):
        seen.append((username, store_db.database.in_transaction()))
        return check(username, **kwargs)

    monkeypatch.setattr(cleared_names, "check_user", watched)
    return office, seen


def test_the_check_runs_inside_the_change_s_transaction(checks: tuple[Office, list]):
    run, seen = checks
    run("users", "add", "xm", "姓名=徐敏", "角色=科员", "密级=机密")
    run("users", "set", "xm", "密级=秘密")
    run("users", "set", "xm", "姓名=徐敏敏")
    run("users", "set", "xm", "角色=领导", "密级=公开")
    run("users", "set", "xm", "启用=否")
    run("users", "set", "xm", "启用=是")
    assert seen == [("xm", True)] * 5  # add, lowered, renamed, role with 密级, re-enabled


def test_a_refused_change_changes_nothing(checks: tuple[Office, list]):
    run, _seen = checks
    run("users", "add", "csy", "姓名=陈思远", "角色=科员", "密级=机密")
    run("add", "meetings", "会议名称=机密会议", "密级=机密", "会议类型=专题会议",
           "开始时间=2026-12-03 09:00", "结束时间=2026-12-03 10:00", "出席人员=陈思远")
    _out, err = run("users", "set", "csy", "密级=秘密", code=1)
    assert "机密会议" in err
    assert {row["username"]: row for row in run.json("users", "list")}["csy"]["clearance"] == "机密"


def test_check_lists_records_in_work_naming_someone_uncleared(checks: tuple[Office, list]):
    """A record made before the rule (here: the user lowered outside the program) is listed by
    `check` — registry, number and id, field and name; never its title."""
    import sqlite3

    run, _seen = checks
    run("users", "add", "csy", "姓名=陈思远", "角色=科员", "密级=机密")
    meeting = run.json("add", "meetings", "会议名称=机密会议TITLE", "密级=机密", "会议类型=专题会议",
                       "开始时间=2026-12-03 09:00", "结束时间=2026-12-03 10:00",
                       "出席人员=陈思远")["id"]
    assert "保密" not in run("check")[1]
    with sqlite3.connect(run.db) as conn:
        conn.execute("UPDATE user SET clearance = 1 WHERE username = 'csy'")
    _out, err = run("check", code=1)
    [line] = [line for line in err.splitlines() if line.startswith("[保密]")]
    assert f"id {meeting}" in line and "机密" in line and "出席人员“陈思远”" in line
    assert "TITLE" not in err
