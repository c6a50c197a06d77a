"""The 阅 step's time is 阅毕时间 in the step dialog and on the command line (`阅毕时间=…`); its
refusals said “阅文时间”, a field the clerk finds nowhere, and one gave the time typed as if it
were now: “阅文时间”不能晚于现在（2026-03-09 09:00）."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.core.errors import ValidationError
from tests.documents.test_circulation_rules import _instructed


@pytest.fixture
def circulating(office, secretary, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    record = _instructed(secretary)
    return incoming.circulate(record.id, record.version, secretary, ["王建国"])


def test_a_time_still_to_come_names_the_field_of_the_step(circulating, secretary):
    with pytest.raises(ValidationError) as refused:
        steps.perform("incoming", circulating.id, "阅",
                      {"阅毕时间": "2026-03-09 09:00", "阅文人": "王建国"}, secretary)
    # the time typed, then now: it read as if now were the time typed
    assert "“阅毕时间”（2026-03-09 09:00）不能晚于现在（2026-03-02 " in refused.value.message


def test_a_time_before_it_was_sent_names_the_field_of_the_step(circulating, secretary):
    entry = incoming.circulation(circulating.id, CLI_ACTOR)[0]
    before = entry.sent_at - dt.timedelta(minutes=5)
    with pytest.raises(ValidationError) as refused:
        incoming.mark_read(circulating.id, circulating.version, secretary, "王建国", at=before)
    assert "阅毕时间" in refused.value.message and "阅文时间" not in refused.value.message
