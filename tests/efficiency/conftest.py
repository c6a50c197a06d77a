"""An office with its name set and the clock moved to a fixed day."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, settings

TODAY = dt.date(2025, 12, 15)  # a Monday


def _set_up(database):
    from officedesk.core import registry

    registry.load_all()
    settings.put("org.name", "中共某某县委办公室")
    settings.put("org.code", "某委办")
    clock.set_today(TODAY)
    yield database
    clock.set_today(None)


@pytest.fixture
def office(db):
    yield from _set_up(db)


@pytest.fixture
def any_office(any_db):
    """The same office on SQLite and on PostgreSQL."""
    yield from _set_up(any_db)


def complaint_staff(admin):
    """徐敏 and 周雅琴 of 县委办公室综合科 (a complaint names 徐敏 and the 科), 王志远 of 秘书科."""
    from officedesk.core import directory, records
    from tests.staff import make_staff

    for name in ("县委办公室综合科", "县委办公室秘书科", "县纪委监委"):
        records.create(directory.UNITS, {"单位名称": name}, admin)
    return make_staff([
        ("xm", "徐敏", "clerk", "县委办公室综合科", "科员", "", False),
        ("zyq", "周雅琴", "clerk", "县委办公室综合科", "科员", "", False),
        ("wzy", "王志远", "clerk", "县委办公室秘书科", "科长", "", False),
    ])


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


# a complaint by phone with its complainant's name and number (tests of who may see them)
NAMED_COMPLAINT = {"投诉方式": "电话", "登记日期": "2025-12-01", "投诉人": "王检举", "联系电话": "13812345678",
                   "投诉类别": "办事拖拉", "被投诉单位": "县纪委监委", "被投诉人": "李四",
                   "投诉内容": "李四拖延办理营业执照变更。"}


def section_staff(admin, more=()):
    """complaint_staff and 孙督查 of 县委办公室督查室 (the section that handles complaints), and
    `more` (make_staff rows)."""
    from officedesk.core import directory, records
    from tests.staff import make_staff

    people = complaint_staff(admin)
    records.create(directory.UNITS, {"单位名称": "县委办公室督查室"}, admin)
    people.update(make_staff([("dc", "孙督查", "clerk", "县委办公室督查室", "科员", "", False), *more]))
    return people
