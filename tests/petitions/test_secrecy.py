"""保密 in the petitions registry: a petition above the actor's clearance gives nothing away
(repeat check, reveal), and petitioners' personal data stays masked for those not allowed."""

from __future__ import annotations

import pytest

from officedesk.core import audit, petitions
from officedesk.core.actor import Actor
from officedesk.core.errors import PermissionDeniedError
from tests.petitions.conftest import ID_ZHANG

LEADER0 = Actor("leader0", "leader", 0, display_name="低密领导")
LEADER2 = Actor("leader2", "leader", 2, display_name="机密领导")


def test_reveal_refuses_a_petition_above_the_clearance(register):
    secret = register(secrecy="机密")
    with pytest.raises(PermissionDeniedError):
        petitions.reveal(secret.id, LEADER0, "界面查看")
    with pytest.raises(PermissionDeniedError):
        petitions.log_reveal(LEADER0, [secret.id], "打印")
    assert [e for e in audit.history("petitions", secret.id) if e.action == "view"] == []
    shown = petitions.reveal(secret.id, LEADER2, "界面查看")  # within the clearance: shown, audited
    assert shown["id_number"] == ID_ZHANG
    assert [e.actor for e in audit.history("petitions", secret.id) if e.action == "view"] == [
        "leader2"
    ]
