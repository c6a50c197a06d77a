"""One person, one account a reader can tell: a 用户名 that differs from another only in case
or width (chuzhang, CHUZHANG, ｃｈｕｚｈａｎｇ), or by a character that shows nothing, would read
as the same account in a 签字, a 代录 row or the audit trail while the program takes two people
(逐级负责: one person signing two levels)."""

from __future__ import annotations

import pytest

from officedesk.core import passwords, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ConflictError, ValidationError


@pytest.fixture(autouse=True)
def _quick_hashes(monkeypatch):
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)


@pytest.mark.parametrize("lookalike", ["CHUZHANG", "ChuZhang", "ｃｈｕｚｈａｎｇ", "ＣＨＵＺＨＡＮＧ"])
def test_a_username_differing_only_in_case_or_width_is_refused(db, lookalike):
    users.create_user("chuzhang", "pass1234", "clerk", CLI_ACTOR, display_name="李处长")
    with pytest.raises(ConflictError, match=f"用户名“{lookalike}”与已有用户“chuzhang”（李处长）只差大小写或全角半角"):
        users.create_user(lookalike, "pass1234", "leader", CLI_ACTOR, display_name="李处长")
    assert [u.username for u in users.list_users()] == ["chuzhang"]
    users.create_user("chuzhang2", "pass1234", "leader", CLI_ACTOR, display_name="李处长")


@pytest.mark.parametrize("hidden", ["chu\u200bzhang", "chuzhang\u2060", "\u202echuzhang", "chu\tzhang"])
def test_a_username_holding_a_character_that_shows_nothing_is_refused(db, hidden):
    users.create_user("chuzhang", "pass1234", "clerk", CLI_ACTOR, display_name="李处长")
    with pytest.raises(ValidationError, match="用户名中有看不见的字符"):
        users.create_user(hidden, "pass1234", "clerk", CLI_ACTOR, display_name="李处长")
