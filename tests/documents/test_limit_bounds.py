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
