"""An office with its name set and the clock moved to a fixed day."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, settings

TODAY = dt.date(2025, 12, 15)  # a Monday


@pytest.fixture
def office(db):
    from officedesk.core import registry

    registry.load_all()
    settings.put("org.name", "中共某某县委办公室")
    settings.put("org.code", "某委办")
    clock.set_today(TODAY)
    yield db
    clock.set_today(None)
