"""An office's people in their posts, for the tests of who may do which step."""

from __future__ import annotations

from typing import Any

from officedesk.core import positions, users
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
