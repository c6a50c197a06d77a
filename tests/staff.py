"""An office's people: in their posts, for the tests of who may do which step; or many of
them in one unit, for the tests of long lists."""

from __future__ import annotations

from typing import Any

from officedesk.core import positions, records, registry, users
from officedesk.core.actor import CLI_ACTOR


def make_staff(rows: list[tuple[str, str, str, str, str, str, bool]]) -> dict[str, Any]:
    """(username, name, role, unit, position, in charge of, proxy entry) rows -> actors by username."""
    actors = {}
    for username, name, role, unit, position, charge, proxy in rows:
        user = users.create_user(username, "pass1234", role, CLI_ACTOR, display_name=name,
                                 clearance=3)
        positions.set_post(username, CLI_ACTOR, unit=unit, position=position, in_charge=charge,
                           proxy_entry=proxy)
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
