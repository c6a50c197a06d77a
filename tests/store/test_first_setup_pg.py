"""Two first setups at the same moment on a new PostgreSQL database (two `officedesk init`):
one sets up the office, the other is refused with “系统已经初始化”, and the first office's
name and 机关代字 stay (READ COMMITTED let both see no user and both write)."""

from __future__ import annotations

import threading

import pytest

from officedesk.core import accounts, settings
from officedesk.core.errors import ConflictError
from officedesk.store.db import database
from officedesk.store.models import User

pytestmark = pytest.mark.postgres

PASSWORD = "Secret-2026"


def test_two_setups_at_once_make_one_office(pg_db, monkeypatch):
    first_writing = threading.Event()
    let_first_commit = threading.Event()
    put = settings.put

    def slow_put(key, value, actor):
        # the first setup stops after its check that there is no user, inside its transaction
        if threading.current_thread().name == "first" and not first_writing.is_set():
            first_writing.set()
            assert let_first_commit.wait(20)
        return put(key, value, actor)

    monkeypatch.setattr(settings, "put", slow_put)
    outcome: dict[str, str] = {}

    def setup(name: str, org: str, code: str, admin: str) -> None:
        try:
            accounts.first_run_setup(org, code, admin, PASSWORD)
            outcome[name] = "set up"
        except ConflictError as exc:
            outcome[name] = exc.message
        finally:
            database.close()

    first = threading.Thread(target=setup, name="first", args=("first", "甲市委办公室", "甲委办", "admin"))
    second = threading.Thread(target=setup, name="second", args=("second", "乙市委办公室", "乙委办", "admin2"))
    first.start()
    assert first_writing.wait(20)
    second.start()
    second.join(2)  # finished (it saw no user) or waiting for the first to commit
    let_first_commit.set()
    first.join(20)
    second.join(20)

    assert outcome["first"] == "set up"
    assert "系统已经初始化" in outcome["second"], outcome
    settings.forget_cache()
    assert [user.username for user in User.select()] == ["admin"]
    assert settings.get("org.name") == "甲市委办公室"
    assert settings.get("org.code") == "甲委办"
