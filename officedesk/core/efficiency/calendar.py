"""Working days between two dates, fast: one lookup per span instead of a walk over the days.

`core.workdays.working_days_between` asks the holiday table about every day between the two
dates; for a year of 100,000 procedures that is millions of questions. Here the table is asked
once per day of the range, and a running count answers each span with one subtraction."""

from __future__ import annotations

import datetime as dt

from officedesk.core import workdays


class WorkdayIndex:
    """Running count of working days from `first` to `last` (ordinals), holidays and 调休
    included as core.workdays sees them; dates outside the range fall back to core.workdays."""

    def __init__(self, first: dt.date, last: dt.date) -> None:
        self.base = first.toordinal()
        self.top = last.toordinal()
        counts = [0] * (self.top - self.base + 1)
        running = 0
        day = first
        for n in range(len(counts)):
            if workdays.is_workday(day):
                running += 1
            counts[n] = running
            day += dt.timedelta(days=1)
        self.counts = counts

    def between(self, start: int, end: int) -> int:
        """Working days after `start` up to and including `end` (ordinals), as
        core.workdays.working_days_between."""
        base, top = self.base, self.top
        if base <= start <= top and base <= end <= top:
            return self.counts[end - base] - self.counts[start - base]
        return workdays.working_days_between(dt.date.fromordinal(start), dt.date.fromordinal(end))

    def is_workday(self, day: int) -> bool:
        if self.base < day <= self.top:
            return self.counts[day - self.base] != self.counts[day - self.base - 1]
        return workdays.is_workday(dt.date.fromordinal(day))
