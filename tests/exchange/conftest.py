"""Fixtures shared by the exchange tests."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk import demo
from officedesk.core import settings


@pytest.fixture
def demo_db(db):
    """The demo office (12 of each, seed 7) under its own name and code."""
    settings.put("org.name", "中共云岭县委办公室")
    settings.put("org.code", "云委办")
    demo.populate(12, seed=7)
    return db


@pytest.fixture
def summer_office(db, fixed_today):
    """An empty office named, on 30 June 2026 (the import tests' 信访 rows date from May)."""
    fixed_today(dt.date(2026, 6, 30))
    settings.put("org.name", "中共云岭县委办公室")
    return db
