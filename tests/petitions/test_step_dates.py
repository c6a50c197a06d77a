"""The dates of a 信访 record's steps: a step is never dated before the steps already done on
the record (the 60 days would otherwise run from a back-dated acceptance)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import petitions, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError

from .conftest import extend

D = dt.date


def test_a_step_may_not_be_dated_before_the_step_before_it(register, admin, fixed_today):
    fixed_today(D(2026, 11, 25))
    p = register(registered_on="2026-11-02")
    p = petitions.decide(p.id, p.version, admin, "交办", on="2026-11-20",
                         target_unit="青河镇人民政府", report_due="2026-12-20")
    with pytest.raises(ValidationError, match=r"告知日期（2026-11-05）不能早于处理日期（2026-11-20）"):
        petitions.notify(p.id, p.version, admin, on="2026-11-05")
    p = petitions.notify(p.id, p.version, admin, on="2026-11-20")  # the same day: allowed
    assert p.accepted_on == D(2026, 11, 20)
    p = extend(p, admin, "2026-11-24")
    with pytest.raises(ValidationError, match=r"答复日期（2026-11-03）不能早于延期日期（2026-11-24）"):
        petitions.reply(p.id, p.version, admin, opinion="已答复", on="2026-11-03")
    with pytest.raises(ValidationError, match=r"办理日期（2026-11-21）不能早于延期日期（2026-11-24）"):
        petitions.handle(p.id, p.version, admin, content="镇政府回报", on="2026-11-21")
    p = petitions.reply(p.id, p.version, admin, opinion="已答复", on="2026-11-25")
    with pytest.raises(ValidationError, match=r"办结日期（2026-11-04）不能早于答复日期（2026-11-25）"):
        petitions.close(p.id, p.version, admin, on="2026-11-04")
    days = [s.on for s in petitions.steps_of(p.id, CLI_ACTOR)]
    assert days == sorted(days) and days[-1] == D(2026, 11, 25)


def test_a_transfer_s_answer_may_not_come_before_the_petitioner_was_told(
    register, admin, fixed_today
):
    fixed_today(D(2026, 11, 25))
    p = register(registered_on="2026-11-02")
    p = petitions.decide(p.id, p.version, admin, "转送", on="2026-11-03", target_unit="市人社局")
    p = petitions.notify(p.id, p.version, admin, on="2026-11-06")
    with pytest.raises(ValidationError, match=r"办理日期（2026-11-04）不能早于转送告知日期（2026-11-06）"):
        petitions.handle(p.id, p.version, admin, content="市人社局已受理", on="2026-11-04")


def test_reply_and_review_dates_follow_the_steps_before_them(accepted, admin, fixed_today):
    p = accepted("2026-11-02")
    fixed_today(D(2026, 11, 30))
    p = petitions.handle(p.id, p.version, admin, content="已核实", on="2026-11-10")
    with pytest.raises(ValidationError, match=r"答复日期（2026-11-09）不能早于办理日期（2026-11-10）"):
        petitions.reply(p.id, p.version, admin, opinion="已答复", on="2026-11-09")
    p = petitions.reply(p.id, p.version, admin, opinion="已答复", on="2026-11-12")
    with pytest.raises(ValidationError, match=r"复查申请日期（2026-11-11）不能早于答复日期（2026-11-12）"):
        petitions.request_review(p.id, p.version, admin, "复查", on="2026-11-11")
    p = petitions.request_review(p.id, p.version, admin, "复查", on="2026-11-20")
    with pytest.raises(ValidationError, match=r"复查意见日期（2026-11-19）不能早于复查申请日期（2026-11-20）"):
        petitions.answer_review(p.id, p.version, admin, opinion="维持", on="2026-11-19")
    assert petitions.get(p.id, admin).state == petitions.IN_REVIEW  # nothing saved


def test_a_step_before_the_registration_date_names_it(register, admin, fixed_today):
    fixed_today(D(2026, 11, 25))
    p = register(registered_on="2026-11-10")
    with pytest.raises(ValidationError, match=r"不能早于登记日期（2026-11-10）"):
        petitions.decide(p.id, p.version, admin, "直接答复", on="2026-11-09")


def test_marks_made_today_do_not_hold_back_a_step_of_an_earlier_day(register, admin, fixed_today):
    """标为重复件 and 转督查 are dated the day they are done, not steps of the procedure."""
    fixed_today(D(2026, 11, 25))
    first = register(registered_on="2026-11-02")
    p = register(registered_on="2026-11-03")
    p = petitions.link_repeat(p.id, first.id, p.version, admin)
    petitions.to_supervision(p.id, admin)
    p = petitions.get(p.id, admin)
    p = petitions.decide(p.id, p.version, admin, "直接答复", on="2026-11-04")
    assert p.accepted_on == D(2026, 11, 4)


def test_the_command_line_step_refuses_a_back_dated_step(register, admin, fixed_today):
    fixed_today(D(2026, 11, 25))
    p = register(registered_on="2026-11-02")
    p = petitions.decide(p.id, p.version, admin, "直接答复", on="2026-11-20")
    with pytest.raises(ValidationError, match=r"答复日期（2026-11-03）不能早于处理日期（2026-11-20）"):
        steps.perform("petitions", p.id, "答复", {"opinion": "已答复"}, admin, on="2026-11-03")
