"""Fixtures of the documents tests: an office with a 全宗号 and a 机关代字, and a fixed date."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, settings
from officedesk.core.actor import Actor
from tests.staff import staffed  # noqa: F401  (the fixture, as tests/chain has it)

TODAY = dt.date(2026, 11, 16)  # a Monday


def _set_up_office():
    import officedesk.core.documents  # noqa: F401  (registers the specs)

    settings.put("org.name", "中共某某市委办公室")
    settings.put("org.code", "某委办")
    settings.put("org.fonds", "Z021")
    clock.set_today(TODAY)


@pytest.fixture
def office(db):
    _set_up_office()
    yield db
    clock.set_today(None)


@pytest.fixture
def any_office(any_db):
    """The office on SQLite and (marked postgres) on PostgreSQL."""
    _set_up_office()
    yield any_db
    clock.set_today(None)


@pytest.fixture
def leader() -> Actor:
    return Actor(username="wang", role="leader", clearance=3, display_name="王建国")


@pytest.fixture
def secretary() -> Actor:
    return Actor(username="li", role="clerk", clearance=3, display_name="李文书")


@pytest.fixture
def reader_only() -> Actor:
    return Actor(username="ro", role="readonly", clearance=0, display_name="只读")
