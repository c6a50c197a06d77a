"""A matter this office answers itself (直接答复) owes the petitioner its written 告知 all the
same: 《信访工作条例》第二十三条 — 对属于本机关、单位职权范围的，应当告知信访人接收情况以及处理
途径和程序; 能够当场告知的，应当当场书面告知；不能当场告知的，应当自收到信访事项之日起15日内书面
告知. The old flow went from 处理 straight to 办理中 and never asked for it: no step, no limit, no
light. Now the 告知 is a step of the 办理中 matter (side by side with its 办理: the 60 日 of
第三十四条 still run from the 处理, the day this office accepted it), due within the 15 日 from
the 登记, met by the 受理告知 or by a written 答复 given first."""

from __future__ import annotations

import datetime as dt

from officedesk.core import dashboard, petitions
from officedesk.core.efficiency.matter_spans import petition_spans
from officedesk.core.efficiency.spans import LIMIT, Window
from officedesk.core.petitions import deadlines, procedure

D = dt.date


def _direct(register, admin, fixed_today, on=D(2026, 3, 3)):
    fixed_today(on)
    p = register(registered_on="2026-03-02", form="来信")
    return petitions.decide(p.id, p.version, admin, "直接答复", on=on.isoformat())


def test_a_direct_answer_awaits_its_written_notice(register, admin, fixed_today):
    p = _direct(register, admin, fixed_today)
    assert p.state == "办理中" and p.accepted_on == D(2026, 3, 3)
    assert "告知" in procedure.allowed_steps(p)
    # the 15 日 from the 登记 are due first: the 工作台 and the lists name them
    assert (p.next_due, p.next_due_what) == (p.notify_due, "受理告知") == (D(2026, 3, 17), "受理告知")
    items = [i for i in dashboard.due_items(admin, D(2026, 3, 15)) if i.record_id == p.id]
    assert [i.what for i in items] == ["受理告知"]
    fixed_today(D(2026, 3, 5))
    told = petitions.notify(p.id, p.version, admin, on="2026-03-05")
    assert told.state == "办理中" and told.notified_on == D(2026, 3, 5)
    # the 60 日 still run from the 处理, not from the 告知
    assert told.accepted_on == D(2026, 3, 3) and told.handle_due == p.handle_due
    assert (told.next_due, told.next_due_what) == (p.handle_due, "办理答复")
    assert "告知" not in procedure.allowed_steps(told)
    kinds = [s.kind for s in petitions.steps_of(p.id, admin)]
    assert kinds[-1] == "受理告知"


def test_a_direct_answer_not_told_in_15_days_is_overdue(register, admin, fixed_today):
    p = _direct(register, admin, fixed_today)
    assert not deadlines.overdue_on(p, D(2026, 3, 17))
    assert deadlines.overdue_on(p, D(2026, 3, 18))
    late = {limit.what: limit for limit in deadlines.limits(p)}["受理告知"]
    assert late.since == D(2026, 3, 3) and late.met is None and late.due == D(2026, 3, 17)


def test_a_written_answer_within_the_15_days_is_the_notice(register, admin, fixed_today):
    p = _direct(register, admin, fixed_today)
    fixed_today(D(2026, 3, 10))
    p = petitions.reply(p.id, p.version, admin, opinion="经核实，补偿款已于3月9日足额发放。",
                        on="2026-03-10")
    told = {limit.what: limit for limit in deadlines.limits(p)}["受理告知"]
    assert told.met == D(2026, 3, 10) <= told.due
    assert "告知" not in procedure.allowed_steps(p)
    assert not deadlines.overdue_on(p, D(2026, 4, 30))


def test_a_late_entered_notice_may_precede_a_handling_note(register, admin, fixed_today):
    """The 告知 runs beside the 办理: a 受理告知书 served on 3-04, entered after a 办理 note of
    3-06, is taken with its own day."""
    p = _direct(register, admin, fixed_today)
    fixed_today(D(2026, 3, 9))
    p = petitions.handle(p.id, p.version, admin, content="已约谈青河镇分管负责人", on="2026-03-06")
    p = petitions.notify(p.id, p.version, admin, on="2026-03-04")
    assert p.notified_on == D(2026, 3, 4)


def test_efficiency_counts_the_direct_answer_s_notice(register, admin, fixed_today):
    """效能's 处理→告知 span and its 告知 limit count a 直接答复's 告知 as a 转送's or 交办's."""
    p = _direct(register, admin, fixed_today)
    fixed_today(D(2026, 3, 20))
    petitions.notify(p.id, p.version, admin, on="2026-03-20")  # three days late
    spans = [s for s in petition_spans(admin, Window(D(2026, 3, 1), D(2026, 3, 31)))
             if s.record_id == p.id]
    told = [s for s in spans if s.step == "告知"]
    assert [(s.start, s.end, s.due) for s in told] == [
        (D(2026, 3, 3).toordinal(), D(2026, 3, 20).toordinal(), D(2026, 3, 17).toordinal())]
    # its legal limit, beside the 处理's (met) and the 答复's (open)
    assert (D(2026, 3, 3).toordinal(), D(2026, 3, 20).toordinal(), told[0].due) in [
        (s.start, s.end, s.due) for s in spans if s.step == LIMIT]


def test_the_notice_says_the_day_this_office_accepted_the_matter(register, admin, fixed_today):
    """Told on 3-10 of a matter accepted at its 处理 on 3-03: the 受理告知书 says it was accepted
    on 3-03 — the day its 60 日 run from —, dated the day it is served."""
    from .papers import paper_text

    p = _direct(register, admin, fixed_today)
    fixed_today(D(2026, 3, 10))
    p = petitions.notify(p.id, p.version, admin, on="2026-03-10")
    text = paper_text("petition-notice", p, admin)
    assert "本机关已于2026年3月3日依法受理" in text
    assert "本机关将自受理之日起60日内办结" in text
    assert "2026年3月10日" in text  # its own date, beside the seal


def test_each_step_names_its_own_limit(register, admin, fixed_today):
    """告知 names the 15 日 it meets; 办理 and 答复 the 60 日, not the 告知's day."""
    from officedesk.core import steps

    p = _direct(register, admin, fixed_today)
    limits = {s["step"]: s["limit"] for s in steps.describe("petitions", p.id, admin)["steps"]}
    assert limits["告知"] == "受理告知：2026-03-17 前"
    due = p.handle_due.isoformat()
    assert limits["办理"] == limits["答复"] == f"办理答复：{due} 前"


def test_the_notice_is_given_once_and_only_where_due(register, admin, fixed_today):
    """办理中 offers the 告知 to an untold 直接答复 alone: a told one, or a 交办 (told before
    it came to be 办理中), is refused by the step function itself, whatever calls it."""
    import pytest

    from officedesk.core.errors import ProcedureError

    p = _direct(register, admin, fixed_today)
    p = petitions.notify(p.id, p.version, admin, on="2026-03-03")
    with pytest.raises(ProcedureError, match="已告知"):
        petitions.notify(p.id, p.version, admin, on="2026-03-03")
    q = register(registered_on="2026-03-02", form="来信", name="李海")
    q = petitions.decide(q.id, q.version, admin, "交办", on="2026-03-03",
                         target_unit="县人力资源和社会保障局", report_due="2026-04-01")
    q = petitions.notify(q.id, q.version, admin, on="2026-03-03")
    with pytest.raises(ProcedureError, match="已告知"):
        petitions.notify(q.id, q.version, admin, on="2026-03-03")
    assert petitions.get(q.id, admin).accepted_on == D(2026, 3, 3)
