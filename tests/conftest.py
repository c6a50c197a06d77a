"""Shared fixtures: every test runs on a temporary database and temporary folders."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the user's folders: everything below a temp home for the whole run.
os.environ["OFFICEDESK_HOME"] = tempfile.mkdtemp(prefix="officedesk-test-home-")
os.environ.pop("OFFICEDESK_DB", None)

import pytest  # noqa: E402
from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1  # deterministic PDFs

from officedesk.core import clock, settings, workdays  # noqa: E402
from officedesk.core.actor import CLI_ACTOR, Actor  # noqa: E402
from officedesk.store import db as store_db  # noqa: E402


@pytest.fixture
def db(tmp_path, monkeypatch):
    """A fresh, migrated SQLite database in a temp folder, bound to the proxy."""
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    settings.forget_cache()
    workdays.forget_overrides()
    database = store_db.open_database(str(tmp_path / "officedesk.db"))
    yield database
    store_db.close_database()
    settings.forget_cache()
    workdays.forget_overrides()


@pytest.fixture
def admin() -> Actor:
    return CLI_ACTOR


@pytest.fixture
def clerk() -> Actor:
    return Actor(username="clerk", role="clerk", clearance=1, display_name="科员")


@pytest.fixture
def fixed_today():
    """Call fixed_today(date) to move the clock; the real date comes back after the test."""
    yield clock.set_today
    clock.set_today(None)
