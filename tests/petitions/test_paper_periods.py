"""The periods the 信访 papers print: a 检举控告 转送 to the 纪检监察机关 carries none of the 信访
periods (art. 32); any other carries the office's settings — those the deadlines are computed
from — in its kind of day (日 or 工作日)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import petitions, settings
from officedesk.core.errors import ProcedureError
from officedesk.core.petitions import spec as S
from tests.petitions.papers import paper_text

from .conftest import leader

D = dt.date


_paper = paper_text



def _assigned(register, admin):
    """A matter 交办 to 青河镇 and 告知 on 2026-03-03 (its 受理告知书 names the periods)."""
    q = register(content="反映村道路灯损坏无人修理。")
    q = petitions.decide(q.id, q.version, admin, "交办", on="2026-03-03",
                         target_unit="青河镇人民政府", report_due="2026-04-10")
    return petitions.notify(q.id, q.version, admin, on="2026-03-03")


def _replied(register, admin):
    """A matter this office answered itself on 2026-03-03 (its 答复意见书 names the 复查 period)."""
    r = register(content="反映集市占道经营。")
    r = petitions.decide(r.id, r.version, admin, "直接答复", on="2026-03-03")
    return petitions.reply(r.id, r.version, admin, opinion="已清理。", on="2026-03-03")

def test_accusation_transferred_to_the_discipline_organ_gets_no_petition_periods(
    register, admin, clerk, fixed_today
):
    fixed_today(D(2026, 3, 3))
    settings.put(S.DISCIPLINE_ORGAN.key, "云岭县纪委监委")
    p = register(category="党风廉政", content="检举镇干部王某在征地补偿中收受好处费。")
    p = petitions.decide(p.id, p.version, admin, "转送", on="2026-03-03", target_unit="云岭县纪委监委")
    slip = _paper("petition-transfer", p, clerk)
    assert "信访事项转送单" in slip and "第三十二条" in slip and "依规依纪依法处理" in slip
    assert "15日" not in slip and "60日" not in slip and "决定是否受理" not in slip
    p = petitions.notify(p.id, p.version, admin, on="2026-03-03")
    notice = _paper("petition-notice", p, clerk)
    assert "信访事项转送告知书" in notice and "云岭县纪委监委依规依纪依法处理" in notice
    assert "15日" not in notice and "决定是否受理" not in notice
    # any other matter transferred still carries the receiving unit's 15 / 60 days
    q = register(content="反映村道路灯损坏无人修理。")
    q = petitions.decide(q.id, q.version, admin, "转送", on="2026-03-03", target_unit="青河镇人民政府")
    assert "15日内决定是否受理" in _paper("petition-transfer", q, clerk)


def _set_limits(accept: int, handle: int, extend: int, review: int) -> None:
    settings.put(S.LIMIT_ACCEPT.key, accept)
    settings.put(S.LIMIT_HANDLE.key, handle)
    settings.put(S.LIMIT_EXTEND.key, extend)
    settings.put(S.LIMIT_REVIEW.key, review)


def test_papers_print_the_periods_of_the_settings(register, admin, clerk, fixed_today):
    fixed_today(D(2026, 3, 3))
    _set_limits(10, 45, 20, 25)
    p = register()
    p = petitions.decide(p.id, p.version, admin, "转送", on="2026-03-03", target_unit="青河镇人民政府")
    slip = _paper("petition-transfer", p, clerk)
    assert "10日内决定是否受理" in slip and "受理后45日内办结答复" in slip
    assert "15日" not in slip and "60日" not in slip
    p = petitions.notify(p.id, p.version, admin, on="2026-03-03")
    assert "10日内决定是否受理" in _paper("petition-notice", p, clerk)
    q = _assigned(register, admin)
    notice = _paper("petition-notice", q, clerk)
    assert "自受理之日起45日内办结" in notice and "延长期限不超过20日" in notice
    assert "60日" not in notice and "30日" not in notice
    r = _replied(register, admin)
    assert "之日起25日内，请求原办理机关" in _paper("petition-reply", r, clerk)


def test_papers_say_working_days_when_the_office_counts_them(register, admin, clerk, fixed_today):
    fixed_today(D(2026, 3, 3))
    settings.put("deadlines.day_kind", "working")
    p = register()
    p = petitions.decide(p.id, p.version, admin, "转送", on="2026-03-03", target_unit="青河镇人民政府")
    slip = _paper("petition-transfer", p, clerk)
    assert "15个工作日内决定是否受理" in slip and "受理后60个工作日内办结" in slip
    q = _assigned(register, admin)
    notice = _paper("petition-notice", q, clerk)
    assert "60个工作日内办结" in notice and "不超过30个工作日" in notice
    r = _replied(register, admin)
    assert "30个工作日内，请求原办理机关" in _paper("petition-reply", r, clerk)


def test_the_history_and_the_refusals_say_the_periods_of_the_settings(
    register, admin, fixed_today
):
    fixed_today(D(2026, 3, 10))
    settings.put("deadlines.day_kind", "working")
    _set_limits(15, 45, 20, 30)
    p = register()
    p = petitions.decide(p.id, p.version, admin, "直接答复", on="2026-03-03")
    petitions.extend(p.id, p.version, admin, reason="情况复杂", approver=leader(), on="2026-03-10")
    kinds = {s.kind: s.content for s in petitions.steps_of(p.id, admin)}
    assert kinds["延期"].startswith("延期20个工作日，理由：情况复杂")
    q = register(category="党风廉政", content="检举镇干部王某在征地补偿中收受好处费。")
    with pytest.raises(ProcedureError, match="不进入本机关45个工作日办理程序"):
        petitions.decide(q.id, q.version, admin, "直接答复", on="2026-03-03")


def test_the_step_hints_say_working_days_when_the_office_counts_them(register, admin, clerk, fixed_today):
    """The papers said 个工作日 while the step dialog's and `steps`' hints still said 日."""
    from officedesk.core import steps

    settings.put("deadlines.day_kind", "working")
    proc = steps.procedure("petitions")
    record = register()
    assert proc.find("延期").limit_text(record) == "只能延期一次，延长 30 个工作日"
    assert "个工作日内申请复查" in proc.find("复查申请").limit_text(record)
    assert "个工作日内申请复核" in proc.find("复核申请").limit_text(record)
    settings.put("deadlines.day_kind", "calendar")
    assert proc.find("延期").limit_text(record) == "只能延期一次，延长 30 日"


def test_the_request_hints_name_the_answer_the_days_count_from(register, fixed_today):
    """`steps`' hint of 复核申请 read “复查意见之日起 30 日内” (from no day at all): the 30 日 run
    from the day the 复查意见 was answered (第三十五条), as the 复查's from the 答复."""
    from officedesk.core import steps

    proc = steps.procedure("petitions")
    record = register()
    for kind, working in (("calendar", ""), ("working", "个工作日")):
        settings.put("deadlines.day_kind", kind)
        assert proc.find("复查申请").limit_text(record) == f"收到答复之日起 30 {working or '日'}内申请复查"
        assert proc.find("复核申请").limit_text(record) == f"收到复查意见之日起 30 {working or '日'}内申请复核"
