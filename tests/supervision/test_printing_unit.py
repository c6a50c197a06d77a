"""`print supervision-reminder --unit` and `print efficiency --unit` take a unit as the pickers do
(名称 or 简称): a 简称 printed “nothing overdue” / an empty bulletin, an unknown unit a bulletin
for a unit that does not exist."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz
import pytest

from officedesk.core import directory, records
from officedesk.core import supervision as sv
from officedesk.core.errors import ValidationError
from officedesk.printing import forms

from .conftest import UNITS


def _text(pdf: bytes) -> str:
    with fitz.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text().replace(" ", "").replace("\n", "") for page in doc)


@pytest.fixture
def directory_units(item_with_tasks, admin):
    for name, short in zip(UNITS, ("住建局", "财政局", "自然资源局"), strict=True):
        records.create(directory.UNITS, {"单位名称": name, "简称": short}, admin)
    return item_with_tasks


def test_the_reminder_takes_a_short_name(directory_units, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 25))
    sv.generate_reminders(admin)
    text = _text(forms.get("supervision-reminder").build([], admin, unit="自然资源局"))
    assert UNITS[2] in text and "推进城区老旧小区改造" in text


@pytest.mark.parametrize("form", ["supervision-reminder", "efficiency"])
def test_an_unknown_unit_is_refused_naming_close_ones(directory_units, admin, fixed_today, form):
    fixed_today(dt.date(2026, 3, 25))
    with pytest.raises(ValidationError, match="“不存在单位”不在通讯录中"):
        forms.get(form).build([], admin, unit="不存在单位")
    with pytest.raises(ValidationError, match=f"是不是：{UNITS[1]}"):
        forms.get(form).build([], admin, unit="市财政")


def test_the_bulletin_of_a_short_name_is_the_full_names(directory_units, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 25))
    build = forms.get("efficiency").build
    short = _text(build([], admin, unit="财政局"))
    assert f"{UNITS[1]}机关效能情况的通报" in short
    assert short == _text(build([], admin, unit=UNITS[1]))
