"""保密 of the refusal to lower a user below a record in work that names him
(cleared_names.check_user), made to an administrator cleared below some of those records: a
record above the administrator's clearance is neither named (number, title, id) nor counted —
before, every record was listed with its title and counted, whatever the administrator's own
clearance — and nothing in the refusal differs between one such record and two, nor, where one
he may see refuses it already, between none and some. Refused for hidden ones alone, he is told
who can do it (涉密权限足够的人员)."""

from __future__ import annotations

import re

import pytest

from officedesk.core import accounts, passwords
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from tests.cli_office import Office, office  # noqa: F401 (the fixture)
from tests.security.test_named_clearance_users import on

LOWADMIN = Actor(username="lowadmin", role="admin", clearance=1, display_name="管理员乙")


@pytest.fixture
def staff(office, monkeypatch):  # noqa: F811
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    monkeypatch.setenv("OFFICEDESK_USER_PASSWORD", "pass1234")
    office("users", "add", "wzg", "姓名=王志刚", "角色=科员", "密级=绝密")
    office("users", "add", "csy", "姓名=陈思远", "角色=科员", "密级=机密")
    return office


def _meeting(staff: Office, title: str, secrecy: str, day: int) -> dict:
    made = staff.json("add", "meetings", f"会议名称={title}", f"密级={secrecy}", *on(day),
                      "出席人员=陈思远、王志刚")
    return {**made, "title": title}


def _lowering_said(staff: Office, to: int) -> str:
    from officedesk.store import db as store_db

    store_db.open_database(str(staff.db))
    try:
        with pytest.raises(ValidationError) as refused:
            accounts.set_clearance("csy", to, LOWADMIN)
        return refused.value.message
    finally:
        store_db.close_database()


def _untold(said: str, *hidden: dict) -> None:
    assert not re.search(r"\d+\s*件", said), said
    for meeting in hidden:
        assert meeting["title"] not in said and f"id {meeting['id']}" not in said, said


def test_hidden_records_beside_a_visible_one_change_nothing_in_the_refusal(staff: Office):
    seen = _meeting(staff, "秘密会议甲", "秘密", 3)
    without = _lowering_said(staff, 0)
    one = _meeting(staff, "机密会议乙", "机密", 4)
    with_one = _lowering_said(staff, 0)
    two = _meeting(staff, "机密会议丙", "机密", 5)
    with_two = _lowering_said(staff, 0)
    assert seen["title"] in without
    assert without == with_one == with_two
    for meeting in (one, two):
        assert meeting["title"] not in with_two, with_two


def test_hidden_records_alone_are_not_counted_and_say_who_can(staff: Office):
    one = _meeting(staff, "机密会议乙", "机密", 4)
    with_one = _lowering_said(staff, 1)
    two = _meeting(staff, "机密会议丙", "机密", 5)
    with_two = _lowering_said(staff, 1)
    assert with_one == with_two
    _untold(with_two, one, two)
    assert "涉密权限足够的" in with_two, with_two
