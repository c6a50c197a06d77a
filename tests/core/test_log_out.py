"""注销 in core: one audit entry, and the session's Actor refused from then on."""

from __future__ import annotations

import pytest

from officedesk.core import audit, integrity, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import SessionEndedError
from officedesk.store.models import AuditEntry

PASSWORD = "pass1234x"


def _entries(action: str) -> list[str]:
    return [e.summary for e in AuditEntry.select().where(AuditEntry.action == action)]


def test_the_trail_names_it(db):
    users.create_user("hi", PASSWORD, "clerk", CLI_ACTOR)
    actor = users.authenticate("hi", PASSWORD)
    users.log_out(actor)
    users.log_out(actor)  # once only
    assert _entries("logout") == ["注销：hi"]
    with pytest.raises(SessionEndedError):
        actor.standing(0.0)
    assert users.authenticate("hi", PASSWORD).standing(0.0).active  # a new session goes on
    assert audit.verify_chain() == [] and list(integrity.check_rows()) == []
