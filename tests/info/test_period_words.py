"""A period is read as the program writes it: 2026年 and 2026年第一季度 (the ranking's own titles)
were refused as “看不懂”; a run of digits that is no year and month — 20261, 99999 — is refused,
not read as January 2026 or as the year 9999 (“现在是 9999” to a clerk who typed 99999)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core.errors import ValidationError
from officedesk.core.info import scoring

D = dt.date


@pytest.mark.parametrize("typed, first, last", [
    ("2026年", D(2026, 1, 1), D(2026, 12, 31)),
    ("2026年第一季度", D(2026, 1, 1), D(2026, 3, 31)),
    ("2026年第四季度", D(2026, 10, 1), D(2026, 12, 31)),
    ("2026年第2季度", D(2026, 4, 1), D(2026, 6, 30)),
    ("2026-Q3", D(2026, 7, 1), D(2026, 9, 30)),
    ("2026年3月", D(2026, 3, 1), D(2026, 3, 31)),
    ("2026-03", D(2026, 3, 1), D(2026, 3, 31)),
    ("202603", D(2026, 3, 1), D(2026, 3, 31)),
    ("2026", D(2026, 1, 1), D(2026, 12, 31)),
])
def test_the_program_s_own_words_are_read(db, typed, first, last):
    assert scoring.period_range(typed)[:2] == (first, last)


@pytest.mark.parametrize("typed", ["20261", "99999", "2026年第五季度", "2026年年"])
def test_digits_that_are_no_period_are_refused(db, typed):
    with pytest.raises(ValidationError, match="看不懂"):
        scoring.period_range(typed)
