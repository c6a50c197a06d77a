"""承办's 办理时限 gives its one range (1 to 365 工作日) whatever number is typed: a huge one was
refused as outside 1 to 1000000, the next as outside 1 to 365."""

from __future__ import annotations

import pytest

from officedesk.core import steps
from officedesk.core.errors import ValidationError


@pytest.mark.parametrize("days", ["0", "400", "99999999"])
def test_the_time_limit_names_one_range(days):
    step = steps.procedure("incoming").find("承办")
    with pytest.raises(ValidationError, match="1 到 365"):
        steps.parse_step_values(step, None, {"承办单位": "县教育局", "办理时限": days})


def test_the_time_limit_says_it_counts_working_days():
    """The step's 办理时限 is a number of working days (the record's 办理时限 is the date it gives):
    its label says so, where `steps` and the window show it and in the refusal of a date."""
    step = steps.procedure("incoming").find("承办")
    assert [f.label for f in step.fields if f.name == "days"] == ["办理时限（工作日）"]
    with pytest.raises(ValidationError, match="“办理时限（工作日）”应为整数，现在是“2026-12-20”"):
        steps.parse_step_values(step, None, {"承办单位": "县教育局", "办理时限": "2026-12-20"})
    for key in ("办理时限", "办理时限（工作日）", "办理时限(工作日)"):  # as typed before, and as shown
        parsed = steps.parse_step_values(step, None, {"承办单位": "县教育局", key: "5"})
        assert parsed["days"] == 5
