"""《信访工作条例》第三十五、三十六条: a 复查 (复核) may be asked 自收到书面答复之日起 30 日内 —
from the day the petitioner received the answer, which the 答复送达 step enters (送达回证), not
from the day it was given. Before, an answer given 11-04 and received 11-06 refused a 复查
requested on 12-05 as past its 12-04 limit, although the 条例 allows it until 12-07."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import check, petitions, steps
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.store.petitions import Petition

D = dt.date
LIMIT = petitions.spec_module.LIMIT_REVIEW


def _answered(accepted, admin, fixed_today, answered="2026-11-04"):
    p = accepted("2026-09-01")
    fixed_today(D(2026, 12, 5))
    return petitions.reply(p.id, p.version, admin, opinion="已答复。", on=answered)


def _offered(p, actor) -> list[str]:
    return [s.name for s in steps.available_steps("petitions", p.id, actor)]


def test_a_request_within_30_days_of_receiving_the_answer_is_accepted(accepted, admin, fixed_today):
    p = _answered(accepted, admin, fixed_today)
    given_limit = petitions.due_after(D(2026, 11, 4), LIMIT)
    served_limit = petitions.due_after(D(2026, 11, 6), LIMIT)
    assert given_limit < D(2026, 12, 5) <= served_limit
    # not entered: counted from the answer's day, and the refusal says what to do
    with pytest.raises(ProcedureError) as refused:
        steps.perform("petitions", p.id, "复查申请", {}, admin, on="2026-12-05")
    assert "答复送达" in refused.value.message and str(given_limit) in refused.value.message
    assert "复查申请" not in _offered(p, admin) and "答复送达" in _offered(p, admin)

    outcome = steps.perform("petitions", p.id, "答复送达", {}, admin, on="2026-11-06", person="周建华")
    p = Petition.get_by_id(p.id)
    assert p.served_on == D(2026, 11, 6) and p.state == petitions.REPLIED
    assert "复查申请" in _offered(p, admin)
    outcome = steps.perform("petitions", p.id, "复查申请", {}, admin, on="2026-12-05")
    assert outcome.state == petitions.IN_REVIEW
    assert check.run_checks() == []


def test_the_service_of_a_closed_petition_may_come_after_its_close(accepted, admin, fixed_today):
    p = _answered(accepted, admin, fixed_today)
    p = petitions.close(p.id, p.version, admin, on="2026-11-10")
    # the 送达回证 of 11-06 came back after the 办结 of 11-10: entered then, it reopens the window
    p = petitions.record_service(p.id, p.version, admin, on="2026-11-06")
    assert p.served_on == D(2026, 11, 6) and p.state == petitions.CLOSED
    p = petitions.request_review(p.id, p.version, admin, "复查", on="2026-12-05")
    assert p.state == petitions.IN_REVIEW and p.closed_on is None


def test_the_recheck_runs_from_receiving_the_review_answer(accepted, admin, fixed_today):
    p = _answered(accepted, admin, fixed_today, answered="2026-09-20")
    p = petitions.record_service(p.id, p.version, admin, on="2026-09-22")
    p = petitions.request_review(p.id, p.version, admin, "复查", on="2026-10-01")
    p = petitions.answer_review(p.id, p.version, admin, opinion="维持", on="2026-10-28")
    assert p.served_on is None  # the 答复意见书's: the 复查意见书 is served in its turn
    assert petitions.due_after(D(2026, 10, 28), LIMIT) < D(2026, 11, 30)
    with pytest.raises(ProcedureError):
        petitions.request_review(p.id, p.version, admin, "复核", on="2026-11-30")
    p = petitions.record_service(p.id, p.version, admin, on="2026-11-02")
    p = petitions.request_review(p.id, p.version, admin, "复核", on="2026-11-30")
    assert p.state == petitions.IN_RECHECK


def test_a_service_is_refused_where_no_review_may_follow(accepted, admin, fixed_today):
    p = accepted("2026-09-01")
    fixed_today(D(2026, 12, 5))
    with pytest.raises(ProcedureError):  # not answered yet
        petitions.record_service(p.id, p.version, admin, on="2026-11-06")
    p = petitions.reply(p.id, p.version, admin, opinion="已答复。", on="2026-11-04")
    with pytest.raises(ValidationError) as early:
        petitions.record_service(p.id, p.version, admin, on="2026-11-03")
    assert "不能早于" in early.value.message and early.value.field == "on"
    with pytest.raises(ValidationError):  # a day still to come
        petitions.record_service(p.id, p.version, admin, on="2026-12-06")
    assert Petition.get_by_id(p.id).served_on is None
