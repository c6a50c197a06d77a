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


@pytest.fixture
def bulletin(office, admin):
    """make(**settings) -> the 效能通报 of 2025-01-01 … 2025-11-30 as PyMuPDF reads it."""
    import pymupdf

    from officedesk.printing import forms

    forms.load_all()  # the printing settings are declared with their papers

    def make(**values) -> pymupdf.Document:
        for key, value in values.items():
            settings.put(key, value)
        pdf = forms.get("efficiency").build([], admin, date_from="2025-01-01", date_to="2025-11-30")
        return pymupdf.open(stream=pdf, filetype="pdf")

    return make
