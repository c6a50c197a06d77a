"""A 复查 (复核) request entered late on a petition 办结 after its answer is judged by the day
it was made (the step's --on), not by the day it is entered: answered 03-05, 办结 03-10, a
request of 03-20 entered on 12-01 was refused as past its 04-07 limit, while the same on a
petition left 已答复 was accepted. `steps` offers it while today is within the window; past it,
a request made in time is still recorded with --on."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import petitions, steps
from officedesk.core.errors import ProcedureError
from officedesk.store.petitions import Petition

D = dt.date
LIMIT = petitions.spec_module.LIMIT_REVIEW


def _answered(accepted, admin, fixed_today, close: bool):
    p = accepted("2026-03-02")
    fixed_today(D(2026, 12, 1))
    p = petitions.reply(p.id, p.version, admin, opinion="已答复。", on="2026-03-05")
    if close:
        p = petitions.close(p.id, p.version, admin, on="2026-03-10")
    return p


def _offered(p, actor) -> list[str]:
    return [s.name for s in steps.available_steps("petitions", p.id, actor)]


@pytest.mark.parametrize("close", [True, False], ids=["closed", "replied"])
def test_a_late_entered_review_request_is_judged_by_its_own_day(accepted, admin, fixed_today,
                                                               close):
    p = _answered(accepted, admin, fixed_today, close)
    limit = petitions.due_after(D(2026, 3, 5), LIMIT)
    assert D(2026, 3, 20) <= limit < D(2026, 12, 1)
    outcome = steps.perform("petitions", p.id, "复查申请", {}, admin, on="2026-03-20",
                            person="罗红梅")
    assert outcome.state == petitions.IN_REVIEW
    p = Petition.get_by_id(p.id)
    assert p.review_requested_on == D(2026, 3, 20) and p.closed_on is None
    assert p.review_due == petitions.due_after(D(2026, 3, 20), LIMIT)


def test_a_request_made_after_its_limit_is_refused_by_that_day(accepted, admin, fixed_today):
    p = _answered(accepted, admin, fixed_today, close=True)
    limit = petitions.due_after(D(2026, 3, 5), LIMIT)
    late = limit + dt.timedelta(days=1)
    with pytest.raises(ProcedureError) as refused:
        steps.perform("petitions", p.id, "复查申请", {}, admin, on=late.isoformat())
    assert "已超过期限" in refused.value.message and str(limit) in refused.value.message
    assert Petition.get_by_id(p.id).state == petitions.CLOSED


def test_the_closed_petition_offers_the_request_only_within_its_window(accepted, admin,
                                                                       fixed_today):
    p = _answered(accepted, admin, fixed_today, close=True)
    assert "复查申请" not in _offered(p, admin)  # today (12-01) is past the window
    fixed_today(D(2026, 3, 20))
    assert "复查申请" in _offered(p, admin)
    help_text = steps.procedure("petitions").find("复查申请").help
    assert "--on" in help_text and "办结" in help_text


def test_a_recheck_request_entered_late_is_judged_by_its_day(accepted, admin, fixed_today):
    p = _answered(accepted, admin, fixed_today, close=False)
    p = petitions.request_review(p.id, p.version, admin, "复查", on="2026-03-20")
    p = petitions.answer_review(p.id, p.version, admin, opinion="维持", on="2026-04-01")
    p = petitions.close(p.id, p.version, admin, on="2026-04-02")
    outcome = steps.perform("petitions", p.id, "复核申请", {}, admin, on="2026-04-10")
    assert outcome.state == petitions.IN_RECHECK
