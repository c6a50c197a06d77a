"""Fixtures shared by the exchange tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from officedesk import demo
from officedesk.core import settings


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo office (12 of each, seed 7, under its own name and code) made once a run (for all
    its workers: tests/made_once.py): its database file and its home (the audit anchor kept
    beside it), copied for each test."""
    from officedesk.core import clock
    from officedesk.store import db as store_db
    from tests.made_once import made_once

    base = tmp_path_factory.mktemp("demo-template")
    path = base / "officedesk.db"

    def make() -> None:
        store_db.open_database(str(path))
        try:
            settings.put("org.name", "中共云岭县委办公室")
            settings.put("org.code", "云委办")
            demo.populate(12, seed=7)
        finally:
            store_db.close_database()

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OFFICEDESK_HOME", str(base / "home"))
        settings.forget_cache()
        try:
            made_once(("demo template", clock.today()), [path, f"{path}.anchor.json", base / "home"],
                      make, lambda: tmp_path_factory.mktemp("demo-template-kept"),
                      workers=tmp_path_factory.getbasetemp())
        finally:
            settings.forget_cache()
    return base


@pytest.fixture
def demo_db(db, tmp_path, demo_template):
    """The demo office, a copy of the session's (populating it took 6 s a test)."""
    import os
    import shutil

    from officedesk.core import workdays
    from officedesk.store import db as store_db

    path = db.database
    store_db.close_database()
    for suffix in ("", "-wal", "-shm"):
        Path(path + suffix).unlink(missing_ok=True)
    shutil.copyfile(demo_template / "officedesk.db", path)
    home = Path(os.environ["OFFICEDESK_HOME"])
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(demo_template / "home", home)
    settings.forget_cache()
    workdays.forget_overrides()
    return store_db.open_database(path)


@pytest.fixture
def summer_office(db, fixed_today):
    """An empty office named, on 30 June 2026 (the import tests' 信访 rows date from May)."""
    fixed_today(dt.date(2026, 6, 30))
    settings.put("org.name", "中共云岭县委办公室")
    return db
