"""保密 of a user changed on a shared PostgreSQL database (two workstations, two connections): a
save naming him holds the lock on who may be named (store.db.names_lock) shared from its check till
it commits, and his lowering takes it exclusively for its check — so the lowering waits for the
save and then sees the record that names him, instead of both committing."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from officedesk.core import accounts, cleared_names, passwords, records, registry
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.store.models import User
from tests.calendar_race import WAIT, in_thread
from tests.documents.conftest import _set_up_office

pytestmark = pytest.mark.postgres


@pytest.fixture
def cleared_user(pg_db, monkeypatch):
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    registry.load_all()
    _set_up_office()
    accounts.create_user("csy", "pass1234", "clerk", CLI_ACTOR, display_name="陈思远", clearance=2)


def _lowered_while_saving(monkeypatch, save: Any) -> dict[str, Any]:
    """`save` run till its check of whom it names has passed (not committed), his lowering started
    meanwhile on another connection, then the save let go: what each came to."""
    reached, go = threading.Event(), threading.Event()
    checked = cleared_names.refuse_named

    def held(*args: Any, **kwargs: Any) -> None:
        checked(*args, **kwargs)
        reached.set()
        go.wait(10)

    monkeypatch.setattr(cleared_names, "refuse_named", held)
    out: dict[str, Any] = {}
    saving = in_thread(save, out, "save")
    assert reached.wait(10)
    lowering = in_thread(lambda: accounts.set_clearance("csy", 1, CLI_ACTOR), out, "lower")
    lowering.join(WAIT)  # held back until the save commits (or done, unguarded)
    go.set()
    saving.join(10)
    lowering.join(10)
    return out


def _refused_for(out: dict[str, Any], title: str) -> None:
    assert not isinstance(out["save"], BaseException), out["save"]
    assert isinstance(out["lower"], ValidationError) and title in str(out["lower"]), out["lower"]
    assert User.get(User.username == "csy").clearance == 2


def test_a_user_lowered_while_a_save_naming_him_runs_waits_and_is_refused(cleared_user, monkeypatch):
    """An edit (records.update: the check inside its transaction) naming him as 拟稿人."""
    draft = records.create(registry.get("outgoing"), {"标题": "机密发文", "文种": "通知", "密级": "机密",
                                                      "拟稿人": "王志刚"}, CLI_ACTOR)
    _refused_for(_lowered_while_saving(monkeypatch, lambda: records.update(
        registry.get("outgoing"), draft.id, {"拟稿人": "陈思远"}, draft.version, CLI_ACTOR)), "机密发文")


def test_a_user_lowered_while_a_new_record_naming_him_is_saved_waits_and_is_refused(cleared_user, monkeypatch):
    """The same for a new record (records.create: its check inside its transaction too)."""
    _refused_for(_lowered_while_saving(monkeypatch, lambda: records.create(registry.get("outgoing"), {
        "标题": "机密新稿", "文种": "通知", "密级": "机密", "拟稿人": "陈思远"}, CLI_ACTOR)), "机密新稿")
