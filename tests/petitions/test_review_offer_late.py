"""A petition left 已答复 after the petitioner's 30 日 for 复查 (复核) have passed: the request
was offered (the state allows it) and then refused on 确定 as late (desk review 22, 信访 #21,
#32). Core refuses a late request (《信访工作条例》第三十五条; a 办结 one is already not
offered), so it is not offered either, its reason core's; one made in time is still entered
later with its own day."""

from __future__ import annotations

import datetime as dt

from officedesk.core import petitions, steps
from officedesk.store.petitions import Petition

D = dt.date
LIMIT = petitions.spec_module.LIMIT_REVIEW


def _offered(p, actor) -> list[str]:
    return [s.name for s in steps.available_steps("petitions", p.id, actor)]


def _reason(p, actor, step: str) -> str | None:
    proc = steps.procedure("petitions")
    return steps.refusal(proc, proc.find(step), Petition.get_by_id(p.id), actor)


def test_a_replied_petition_past_its_review_window_does_not_offer_the_request(
        accepted, admin, fixed_today):
    p = accepted("2026-03-02")
    fixed_today(D(2026, 4, 1))
    p = petitions.reply(p.id, p.version, admin, opinion="已答复。", on="2026-03-05")
    limit = petitions.due_after(D(2026, 3, 5), LIMIT)
    fixed_today(limit)
    assert "复查申请" in _offered(p, admin)  # the last day is still within
    fixed_today(limit + dt.timedelta(days=1))
    assert "复查申请" not in _offered(p, admin)
    assert "办结" in _offered(p, admin)
    reason = _reason(p, admin, "复查申请") or ""
    assert "已超过期限" in reason and limit.isoformat() in reason
    # a request made in time and entered now is judged by its own day
    outcome = steps.perform("petitions", p.id, "复查申请", {}, admin, on=limit.isoformat())
    assert outcome.state == petitions.IN_REVIEW


def test_a_recheck_past_its_window_is_not_offered_after_the_review_answer(
        accepted, admin, fixed_today):
    p = accepted("2026-03-02")
    fixed_today(D(2026, 4, 1))
    p = petitions.reply(p.id, p.version, admin, opinion="已答复。", on="2026-03-05")
    p = petitions.request_review(p.id, p.version, admin, "复查", on="2026-03-20")
    p = petitions.answer_review(p.id, p.version, admin, opinion="维持", on="2026-04-01")
    assert p.state == petitions.REPLIED
    limit = petitions.due_after(D(2026, 4, 1), LIMIT)
    fixed_today(limit + dt.timedelta(days=1))
    assert "复核申请" not in _offered(p, admin)
    reason = _reason(p, admin, "复核申请") or ""
    assert reason.startswith(f"复核申请应在 {limit.isoformat()} 前提出")
    # every step still offered takes the values the window starts with
    for name in _offered(p, admin):
        assert _reason(p, admin, name) is None
