"""A 办结 straight after the 答复 (or the 复查意见) does not take away the petitioner's 30 日 to
ask for 复查 (复核) (《信访工作条例》第三十五条): a timely request reopens the petition."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import petitions, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError
from officedesk.store.petitions import Petition

D = dt.date


def _closed_after_reply(accepted, admin, fixed_today):
    """Accepted 2026-11-02 (直接答复), answered and 办结 on 2026-12-01."""
    p = accepted("2026-11-02")
    fixed_today(D(2026, 12, 1))
    p = petitions.reply(p.id, p.version, admin, opinion="补偿款已足额发放。", on="2026-12-01")
    p = petitions.close(p.id, p.version, admin, satisfaction="基本满意", on="2026-12-01")
    assert p.state == petitions.CLOSED
    return p


def _offered(p, actor) -> list[str]:
    return [s.name for s in steps.available_steps("petitions", p.id, actor)]


def test_a_timely_review_request_reopens_a_petition_closed_after_its_reply(accepted, admin,
                                                                         fixed_today):
    p = _closed_after_reply(accepted, admin, fixed_today)
    fixed_today(D(2026, 12, 10))
    assert "复查申请" in _offered(p, admin)  # the steps list, as `steps petitions <id>` shows
    assert "复核申请" not in _offered(p, admin)
    assert petitions.figures.figures(admin, 2026)["closed"] == 1
    outcome = steps.perform("petitions", p.id, "复查申请", {}, admin, on="2026-12-10")
    assert (outcome.state_before, outcome.state) == (petitions.CLOSED, petitions.IN_REVIEW)
    p = Petition.get_by_id(p.id)
    assert p.closed_on is None and p.review_kind == "复查"
    assert p.review_due == petitions.due_after(D(2026, 12, 10), petitions.spec_module.LIMIT_REVIEW)
    assert p.next_due == p.review_due
    # the superseded 办结 stays in the history; the figures count the petition open again
    kinds = [s.kind for s in petitions.steps_of(p.id, CLI_ACTOR)]
    assert kinds[-3:] == ["答复", "办结", "复查申请"]
    assert petitions.figures.figures(admin, 2026)["closed"] == 0
    p = petitions.answer_review(p.id, p.version, admin, opinion="维持原答复意见", on="2026-12-10")
    p = petitions.close(p.id, p.version, admin, on="2026-12-10")
    assert petitions.figures.figures(admin, 2026)["closed"] == 1  # closed once, not twice


def test_a_late_request_on_a_closed_petition_is_refused_and_not_offered(accepted, admin,
                                                                      fixed_today):
    p = _closed_after_reply(accepted, admin, fixed_today)
    limit = petitions.due_after(D(2026, 12, 1), petitions.spec_module.LIMIT_REVIEW)
    fixed_today(limit + dt.timedelta(days=1))
    assert "复查申请" not in _offered(p, admin)
    with pytest.raises(ProcedureError, match="已超过期限"):
        steps.perform("petitions", p.id, "复查申请", {}, admin)
    with pytest.raises(ProcedureError, match="已超过期限"):
        petitions.request_review(p.id, p.version, admin, "复查")
    assert Petition.get_by_id(p.id).state == petitions.CLOSED


def test_a_recheck_request_reopens_a_petition_closed_after_the_review_answer(accepted, admin,
                                                                           fixed_today):
    p = _closed_after_reply(accepted, admin, fixed_today)
    fixed_today(D(2026, 12, 5))
    p = petitions.request_review(p.id, p.version, admin, "复查", on="2026-12-05")
    p = petitions.answer_review(p.id, p.version, admin, opinion="维持", on="2026-12-05")
    p = petitions.close(p.id, p.version, admin, on="2026-12-05")
    fixed_today(D(2026, 12, 20))
    assert "复核申请" in _offered(p, admin) and "复查申请" not in _offered(p, admin)
    with pytest.raises(ProcedureError, match="已经复查过"):
        petitions.request_review(p.id, p.version, admin, "复查", on="2026-12-20")
    p = petitions.request_review(p.id, p.version, admin, "复核", on="2026-12-20")
    assert p.state == petitions.IN_RECHECK and p.closed_on is None
    # the 复核 answer is final: closed for good (art. 36)
    p = petitions.answer_review(p.id, p.version, admin, opinion="复核维持", on="2026-12-20")
    assert p.state == petitions.CLOSED
    assert not {"复查申请", "复核申请"} & set(_offered(p, admin))
    with pytest.raises(ProcedureError, match="第三十六条"):
        steps.perform("petitions", p.id, "复核申请", {}, admin)


def test_no_review_of_a_petition_closed_without_this_offices_answer(register, admin,
                                                                   fixed_today):
    fixed_today(D(2026, 3, 3))
    rejected = register()
    rejected = petitions.decide(rejected.id, rejected.version, admin, "不予受理", on="2026-03-03",
                                reason="已经司法程序处理")
    rejected = petitions.notify(rejected.id, rejected.version, admin, on="2026-03-03")
    sent = register()
    sent = petitions.decide(sent.id, sent.version, admin, "转送", on="2026-03-03",
                            target_unit="青河镇人民政府")
    sent = petitions.notify(sent.id, sent.version, admin, on="2026-03-03")
    sent = petitions.close(sent.id, sent.version, admin, on="2026-03-03")
    for p in (rejected, sent):
        assert p.state == petitions.CLOSED
        assert "复查申请" not in _offered(p, admin)
        with pytest.raises(ProcedureError, match="不能申请复查|上一级机关"):
            steps.perform("petitions", p.id, "复查申请", {}, admin)
