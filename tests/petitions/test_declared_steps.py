"""The declared steps of a 信访 (what `officedesk steps` offers and the window's buttons and
dialogs are built from) are the steps core's procedure allows, in every state: a 转送 told
(已转送) takes the receiving unit's 回报 (办理), which meets the 转送受理 limit, and 办结."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from officedesk.core import petitions, steps
from officedesk.core.petitions import procedure

D = dt.date
DAY = "2026-03-02"
# steps outside the procedure, open in every state (the record's own links)
OUTSIDE = {"标为重复件", "取消重复件", "转督查"}


def _in_state(register, admin) -> dict[str, Callable[[], Any]]:
    """Makers of a petition in each state (with the variants the steps depend on)."""

    made = iter(range(1, 1000))

    def pending():  # each by another petitioner: none is a repeat of one closed by 复核
        n = next(made)
        return register(registered_on=DAY, name=f"测试{n}", id_number="",
                        phone=f"1380000{n:04d}", address=f"青河镇{n}号",
                        content=f"反映第{n}件互不相关的事项。", demand=f"第{n}项要求")

    def to_notify():
        p = pending()
        return petitions.decide(p.id, p.version, admin, "转送", on=DAY,
                                target_unit="县住房和城乡建设局")

    def transferred():
        p = to_notify()
        return petitions.notify(p.id, p.version, admin, on=DAY)

    def handling():
        p = pending()
        return petitions.decide(p.id, p.version, admin, "直接答复", on=DAY)

    def replied():
        p = handling()
        return petitions.reply(p.id, p.version, admin, opinion="已答复", on=DAY)

    def in_review():
        p = replied()
        return petitions.request_review(p.id, p.version, admin, "复查", on=DAY)

    def review_answered():
        p = in_review()
        return petitions.answer_review(p.id, p.version, admin, opinion="维持", on=DAY)

    def in_recheck():
        p = review_answered()
        return petitions.request_review(p.id, p.version, admin, "复核", on=DAY)

    def closed():  # 办结 after the answer, still within the 复查 request's window
        p = replied()
        return petitions.close(p.id, p.version, admin, on=DAY)

    return {"待处理": pending, "待告知": to_notify, "已转送": transferred, "办理中": handling,
            "已答复": replied, "复查中": in_review, "复查已答复": review_answered,
            "复核中": in_recheck, "已办结": closed}


# values each step needs from the command line (its labels, as `step` takes them)
VALUES = {
    "处理": {"处理方式": "直接答复"},
    "告知": {},
    "办理": {"办理情况": "县住建局回报已受理"},
    "延期": {"延期理由": "情况复杂"},  # 批准人 added below (a user holding a 负责人 post)
    "答复": {"答复意见": "已答复"},
    "答复送达": {},
    "复查申请": {},
    "复核申请": {},
    "复查复核答复": {"意见": "维持"},
    "办结": {"满意度": "满意"},
}


@pytest.fixture
def made(register, admin, fixed_today):
    fixed_today(D(2026, 3, 4))
    return _in_state(register, admin)


def _offered(record, admin) -> set[str]:
    return {s.name for s in steps.available_steps("petitions", record.id, admin)}


def test_a_transfer_told_takes_the_units_report_and_its_close(made, admin):
    p = made["已转送"]()
    assert p.state == petitions.TRANSFERRED and p.next_due_what
    assert {"办理", "办结"} <= _offered(p, admin)
    done = steps.perform("petitions", p.id, "办理", {"办理情况": "县住建局回报已受理"}, admin)
    assert done.state == petitions.TRANSFERRED
    p = petitions.get(p.id, admin)
    assert p.reported_on == D(2026, 3, 4)
    assert p.next_due is None  # the 转送受理 limit is met
    assert steps.perform("petitions", p.id, "办结", {}, admin).state == petitions.CLOSED


def test_every_state_offers_exactly_the_steps_core_allows(made, admin):
    for state, make in made.items():
        p = make()
        allowed = set(procedure.allowed_steps(p))
        assert _offered(p, admin) - OUTSIDE == allowed, state


def test_every_step_offered_in_a_state_is_done_there(made, admin):
    from .conftest import leader

    for state, make in made.items():
        for name in procedure.allowed_steps(make()):
            p = make()  # a fresh record for each step
            values = dict(VALUES[name])
            if name == "延期":
                values["批准人"] = leader()
            steps.perform("petitions", p.id, name, values, admin)  # not refused
            assert petitions.get(p.id, admin).version == p.version + 1, (state, name)


def test_the_declared_states_are_the_procedures(made):
    """One rule: a declared step leaves from the states the procedure lets it leave from."""
    for step in steps.procedure("petitions").steps:
        if step.name in OUTSIDE:
            continue
        assert set(step.states) == {s for s, names in procedure.FLOW.items()
                                    if step.name in names}, step.name
