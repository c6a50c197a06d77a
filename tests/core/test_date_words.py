"""A date as a clerk writes it in words: 2026年11月3号 (号 for 日, as it is said) and with spaces
around the marks (2026 年 11 月 3 日) were refused as 不是有效日期."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core.errors import ValidationError
from officedesk.core.fields import parse_date


@pytest.mark.parametrize("typed", ["2026年11月3号", "2026 年 11 月 3 日", "2026年11月3日", "2026年11月3"])
def test_a_date_in_words(db, typed):
    assert parse_date(typed) == dt.date(2026, 11, 3)


@pytest.mark.parametrize("typed", ["2026年11月31号", "2026年13月3日", "11月3号"])
def test_an_impossible_or_yearless_one_is_still_refused(db, typed):
    with pytest.raises(ValidationError, match="不是有效日期"):
        parse_date(typed)
