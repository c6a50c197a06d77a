"""Fixtures shared by the exchange tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from officedesk.core import settings


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo office (12 of each, seed 7, under its own name and code, its users' posts and
    纪检监察机关) made once a run (for all its workers: tests/made_once.py): its database file
    and its home (the audit anchor kept beside it), copied for each test. The round trip's own
    (test_round_trip.demo_office_in): making a second office of the same demo without the
    posts and the 纪检监察机关 cost a worker 6–28 s a run."""
    from tests.exchange.test_round_trip import demo_office_in

    base = tmp_path_factory.mktemp("demo-template")
    with demo_office_in(base):
        pass
    (base / "demo.db").rename(base / "officedesk.db")  # closed by demo_office_in
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
