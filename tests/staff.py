"""An office's people: in their posts, for the tests of who may do which step; or many of
them in one unit, for the tests of long lists."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from officedesk.core import passwords, positions, records, registry, settings, users
from officedesk.core.actor import CLI_ACTOR

# An office with people in their posts (逐级负责), the `staffed` fixture of tests/chain and
# tests/documents (both conftests import it from here).
STAFF_TODAY = dt.date(2026, 11, 16)  # a Monday

# username, 姓名, role, 单位, 职务, 分管, 代录
STAFF = [
    ("kuiyuan", "张科员", "clerk", "综合处", "科员", "", False),
    ("chuzhang", "李处长", "clerk", "综合处", "处长", "", False),
    ("fuzhuren", "赵副主任", "leader", "办公室领导", "副主任", "综合处、信息处", False),
    ("fuzhuren2", "钱副主任", "leader", "办公室领导", "副主任", "督查室", False),
    ("zhuren", "孙主任", "leader", "办公室领导", "主任", "", False),
    ("wenshu", "周文书", "clerk", "秘书科", "科员", "", True),
    ("xinxi", "吴处长", "clerk", "信息处", "处长", "", False),
]


def make_staff(rows: list[tuple[str, str, str, str, str, str, bool]]) -> dict[str, Any]:
    """(username, name, role, unit, position, in charge of, proxy entry) rows -> actors by username."""
    actors = {}
    for username, name, role, unit, position, charge, proxy in rows:
        user = users.create_user(username, "pass1234", role, CLI_ACTOR, display_name=name,
                                 clearance=3)
        # an office made for a test: its sections are new ones
        positions.set_post(username, CLI_ACTOR, unit=unit, position=position, in_charge=charge,
                           proxy_entry=proxy, new_section=True)
        actors[username] = users.actor_for(users.get_user(user.username))
    return actors


def add_people(admin: Any, count: int) -> Any:
    """县委办公室 and `count` people in it (张000, 张001 …); the people registry's spec."""
    people = registry.get("people")
    records.create(registry.get("units"), {"单位名称": "县委办公室", "简称": "县委办"}, admin)
    for i in range(count):
        records.create(people, {"姓名": f"张{i:03d}", "单位": "县委办公室", "职务": "科员", "级别": i % 9 + 2},
                       admin)
    return people


@pytest.fixture
def staffed(db, fixed_today, monkeypatch) -> dict[str, Any]:
    """STAFF in their posts on STAFF_TODAY (周文书 may record for others: 代录), by username."""
    fixed_today(STAFF_TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    settings.put("org.code", "某委办")
    return make_staff(STAFF)
