"""The 收文 list's 持有/时限 column reads its words and its light from core (documents.deadlines),
not from rules of its own in the window: 逾期 N 个工作日 / 今日到期 / 剩 N 个工作日 for one 承办中,
and 逾期 or 临期 (the office's 临期提醒 days) for any open one — in working days, as the 办理时限
itself is counted (办理时限（工作日）), whatever the office's kind of day for 信访."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from officedesk.core import settings
from officedesk.core.documents import deadlines, incoming

TODAY = dt.date(2026, 12, 4)


def _doc(state: str, due: dt.date | None) -> SimpleNamespace:
    return SimpleNamespace(state=state, due_on=due)


def test_the_words_of_a_document_being_handled(db):
    handled = incoming.HANDLING
    # TODAY is a Friday: Wednesday was 2 working days ago, the Wednesday after is 3 ahead
    assert deadlines.limit_words(_doc(handled, TODAY - dt.timedelta(days=2)), TODAY) == "逾期 2 个工作日"
    assert deadlines.limit_words(_doc(handled, TODAY), TODAY) == "今日到期"
    assert deadlines.limit_words(_doc(handled, TODAY + dt.timedelta(days=5)), TODAY) == "剩 3 个工作日"
    assert deadlines.limit_words(_doc(handled, None), TODAY) == ""
    assert deadlines.limit_words(_doc(incoming.CIRCULATING, TODAY), TODAY) == ""


def test_the_light_of_an_open_document(db):
    settings.put("deadlines.due_soon_days", 3)
    for state in incoming.OPEN_STATES:
        assert deadlines.limit_light(_doc(state, TODAY - dt.timedelta(days=1)), TODAY) == deadlines.OVERDUE
        # Wednesday: 3 working days ahead (5 calendar days); Thursday: 4
        assert deadlines.limit_light(_doc(state, TODAY + dt.timedelta(days=5)), TODAY) == deadlines.SOON
        assert deadlines.limit_light(_doc(state, TODAY + dt.timedelta(days=6)), TODAY) == ""
    closed = next(s for s in incoming.STATES if s not in incoming.OPEN_STATES)
    assert deadlines.limit_light(_doc(closed, TODAY - dt.timedelta(days=1)), TODAY) == ""
