"""Rule 3: periods and holidays. A calendar-day period ending on a rest day or holiday ends on
the next working day; deadlines in a year whose holidays are unknown (2027 with chinesecalendar
1.11) are 暂按 everywhere, the administrator is told, and they are recomputed once entered."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from officedesk.core import audit, dashboard, i18n, petitions, steps, workdays
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import incoming
from officedesk.core.errors import PermissionDeniedError, ProcedureError, ValidationError
from officedesk.core.fields import display
from officedesk.printing import forms

from .conftest import extend

D = dt.date


def test_a_calendar_period_ending_on_a_rest_day_moves_to_the_next_working_day(
    register, fixed_today
):
    fixed_today(D(2026, 9, 20))
    p = register(registered_on="2026-03-06")  # a Friday: +15 days is Saturday 21 March
    assert p.decide_due == D(2026, 3, 23)
    q = register(registered_on="2026-09-16")  # +15 days is 1 October, 国庆节
    assert q.decide_due == D(2026, 10, 8) and workdays.is_workday(q.decide_due)
    assert workdays.add_days(D(2026, 3, 2), 15, False) == D(2026, 3, 17)  # a Tuesday: as is


def test_unknown_year_deadlines_are_provisional_then_recomputed(
    register, admin, clerk, fixed_today
):
    assert not workdays.known_year(2027)  # the package's table ends with 2026
    fixed_today(D(2026, 12, 20))
    p = register(registered_on="2026-12-20")
    assert p.decide_due == D(2027, 1, 4) and p.next_due == D(2027, 1, 4)
    # lists (the declared column), the 工作台 and the administrator's notice
    assert display(petitions.SPEC.field("next_due"), p.next_due) == "2027-01-04（暂按）"
    fixed_today(D(2027, 1, 2))
    due = [i for i in dashboard.due_items(admin) if i.record_id == p.id]
    assert due and due[0].provisional
    fixed_today(D(2026, 12, 31))
    assert "2027 年的法定节假日" in dashboard.calendar_notice(admin)
    assert dashboard.calendar_notice(clerk) == ""
    # prints: the 收文处理笺's 办理时限 counted in working days into 2027
    record = incoming.sign_in(
        {"文种": "通知", "收文日期": "2026-12-31", "来文机关": "省委办公厅", "标题": "关于元旦春节期间工作的通知"},
        admin,
    )
    record = incoming.register_doc(record.id, record.version, {}, admin)
    record = incoming.review(record.id, record.version, admin)
    record = incoming.propose(record.id, record.version, admin, "拟请王主任阅示。")
    record = incoming.instruct(record.id, record.version, admin, "请办。", "王建国")
    record = incoming.assign(record.id, record.version, admin, "市应急管理局", "", 5)
    with pymupdf.open(stream=forms.get("incoming-slip").build([record.id], admin)) as pdf:
        text = "".join(page.get_text() for page in pdf)
    assert "暂按" in text
    # 5 working days from 31 December: weekdays, less 元旦 (a holiday fixed by its date)
    assert record.due_on == D(2027, 1, 8)
    # the administrator enters 2027's 元旦 (1–3 January) and a 调休: deadlines are recomputed,
    # but a day entered is not the year's table (its 春节, 清明 … are still unknown): 暂按 stays
    # until he marks the year as entered whole
    system = Actor("chief", "admin", 3)
    workdays.set_override(D(2027, 1, 4), False, "元旦调休（示例）", actor=system)
    p = petitions.get(p.id, admin)
    assert p.decide_due == D(2027, 1, 5) and p.next_due == D(2027, 1, 5)
    assert display(petitions.SPEC.field("next_due"), p.next_due) == "2027-01-05（暂按）"
    assert "2027 年的法定节假日" in dashboard.calendar_notice(admin)
    workdays.mark_entered(2027, True, system)
    assert display(petitions.SPEC.field("next_due"), p.next_due) == "2027-01-05"
    assert dashboard.calendar_notice(admin) == ""
    assert incoming.IncomingDoc.get_by_id(record.id).due_on == D(2027, 1, 11)  # one day later
    last = audit.history("petitions", p.id)[-1]
    assert "重算期限" in last.summary and last.actor == "chief"


def test_a_step_s_deadline_in_an_unknown_year_is_provisional(
    accepted, admin, fixed_today, monkeypatch
):
    assert not workdays.holidays_known(2027)
    p = accepted("2026-11-30")
    assert p.handle_due == D(2027, 1, 29)
    limits = {s["step"]: s["limit"] for s in steps.describe("petitions", p.id, admin)["steps"]}
    assert limits["答复"] == "办理答复：2027-01-29（暂按） 前"
    # the English interface translates the mark with the rest (core.i18n's catalogue)
    english = {"%1：%2 前": "%1: by %2", "办理答复": "Reply", "（暂按）": " (provisional)"}
    with monkeypatch.context() as patch:
        patch.setattr(i18n, "_translate", lambda context, source: english.get(source, source))
        assert i18n.display(limits["答复"]) == "Reply: by 2027-01-29 (provisional)"
    fixed_today(D(2026, 12, 1))
    p = extend(p, admin, "2026-12-01")
    assert p.handle_due == D(2027, 3, 1)  # the 90th day, Sunday 28 February, weekdays only
    with pytest.raises(ProcedureError, match=r"至 2027-03-01（暂按）"):
        extend(p, admin, "2026-12-01")
    with pytest.raises(ProcedureError, match=r"至 2027-03-01（暂按）"):  # the declared step
        steps.perform("petitions", p.id, "延期", {"reason": "再延", "approver": "陈丽华"}, admin)


def test_deadline_in_a_known_year_is_not_marked(accepted, admin):
    p = accepted("2026-08-03")
    limits = {s["step"]: s["limit"] for s in steps.describe("petitions", p.id, admin)["steps"]}
    assert limits["答复"] == "办理答复：2026-10-08 前"


def test_a_transfer_s_acceptance_deadline_in_an_unknown_year_is_marked(
    register, admin, fixed_today
):
    fixed_today(D(2026, 12, 28))
    p = register(registered_on="2026-12-28")
    p = petitions.decide(p.id, p.version, admin, "转送", on="2026-12-28", target_unit="市人社局")
    assert p.accept_due == D(2027, 1, 12)
    assert "1月12日（暂按）前决定是否受理" in petitions.steps_of(p.id, CLI_ACTOR)[-1].content


def test_a_late_review_request_names_a_provisional_limit(accepted, admin, fixed_today):
    p = accepted("2026-12-10")
    p = petitions.reply(p.id, p.version, admin, opinion="已答复", on="2026-12-10")
    fixed_today(D(2027, 1, 20))
    with pytest.raises(ProcedureError, match=r"应在 2027-01-11（暂按） 前提出"):
        petitions.request_review(p.id, p.version, admin, "复查", on="2027-01-20")


def test_a_year_is_marked_entered_only_by_an_administrator_and_only_with_its_days(
    register, admin, clerk, fixed_today
):
    """One 调休 day typed (the reviewer's 2027-01-30 上班) made every 2027 deadline lose 暂按,
    with 春节, 清明 … still unknown; the mark is the administrator's word that the year is whole."""
    fixed_today(D(2026, 12, 1))
    workdays.set_override(D(2027, 1, 30), True, "调休", actor=admin)
    assert workdays.provisional(D(2027, 2, 1))
    with pytest.raises(ValidationError, match="还没有录入任何放假日"):
        workdays.mark_entered(2027, True, admin)  # a 调休 alone is no arrangement
    with pytest.raises(PermissionDeniedError):
        workdays.mark_entered(2027, True, clerk)
    with pytest.raises(ValidationError, match="内置表已有"):
        workdays.mark_entered(2026, True, admin)
    workdays.set_override(D(2027, 2, 10), False, "春节", actor=admin)
    workdays.mark_entered(2027, True, admin)
    assert not workdays.provisional(D(2027, 2, 1)) and workdays.unknown_years(D(2026, 12, 1)) == []
    workdays.mark_entered(2027, False, admin)  # said too early: 暂按 again
    assert workdays.provisional(D(2027, 2, 1))


def test_a_year_left_without_its_holidays_is_no_longer_marked_entered(db, admin, fixed_today):
    """The mark is the administrator's word that the year's days are entered: the last 放假 day
    deleted (or made a 调休 workday) takes it off — the box stayed ticked over an empty table and
    2027 lost 暂按 with nothing entered —, and the setting typed in 系统设置 cannot mark a year with
    none either."""
    from officedesk.core import settings

    fixed_today(D(2026, 12, 1))
    workdays.set_override(D(2027, 2, 6), False, "春节", actor=admin)
    workdays.mark_entered(2027, True, admin)
    workdays.remove_override(D(2027, 2, 6), admin)
    assert 2027 not in workdays.entered_years() and workdays.provisional(D(2027, 3, 1))
    workdays.set_override(D(2027, 2, 6), False, "春节", actor=admin)
    workdays.mark_entered(2027, True, admin)
    workdays.set_override(D(2027, 2, 6), True, "调休", actor=admin)  # its last 放假 made a workday
    assert 2027 not in workdays.entered_years()
    with pytest.raises(ValidationError, match="还没有录入任何放假日"):
        settings.put(workdays.ENTERED_YEARS.key, "2027", admin)
    for year in (0, 99999):  # a traceback before (dt.date out of range)
        with pytest.raises(ValidationError, match="之间的年份"):
            workdays.mark_entered(year, True, admin)
    assert workdays.mark_entered(2028, False, admin) is False  # nothing marked: nothing changes


@pytest.mark.parametrize("takes_off", ["remove", "workday"])
def test_a_mark_taken_off_with_the_last_rest_day_stays_off_when_a_day_is_typed(
    db, admin, fixed_today, caplog, takes_off
):
    """The reviewer's year turn: the mark was read through the setting's own check, which by
    then refused “2027” (no 放假 day left) and read nothing, so it stayed stored — and woke up
    when 元旦 alone was typed: 2027 lost 暂按, and every command logged the refused value."""
    from officedesk.core import settings
    from officedesk.store.models import AppSetting

    fixed_today(D(2026, 12, 31))
    workdays.set_override(D(2027, 10, 1), False, "国庆节", actor=admin)
    workdays.mark_entered(2027, True, admin)
    settings.forget_cache()  # the next command: another program, nothing read yet
    if takes_off == "remove":
        workdays.remove_override(D(2027, 10, 1), admin)
    else:
        workdays.set_override(D(2027, 10, 1), True, "调休", actor=admin)
    settings.forget_cache()
    row = AppSetting.get_or_none(AppSetting.key == workdays.ENTERED_YEARS.key)
    assert row is None or "2027" not in row.value
    assert workdays.mark_entered(2027, False, admin) is False  # taken off already
    settings.forget_cache()
    workdays.set_override(D(2027, 1, 1), False, "元旦", actor=admin)
    settings.forget_cache()
    with caplog.at_level("WARNING"):
        assert 2027 not in workdays.entered_years() and workdays.provisional(D(2027, 1, 15))
    assert "refused" not in caplog.text


def test_a_stored_mark_the_check_refuses_is_taken_off_by_incomplete(db, admin, fixed_today):
    """A mark left stored over an empty year (by the old code) is still the administrator's to
    take off: 未全部录入 works on what is stored, whatever its check says of it now; and typing a
    day does not wake it up."""
    from officedesk.core import settings
    from officedesk.store.models import AppSetting

    fixed_today(D(2026, 12, 31))
    AppSetting.insert(key=workdays.ENTERED_YEARS.key, value='"2027"').execute()
    settings.forget_cache()
    assert workdays.mark_entered(2027, False, admin) is True
    row = AppSetting.get(AppSetting.key == workdays.ENTERED_YEARS.key)
    assert "2027" not in row.value
    AppSetting.update(value='"2027"').where(AppSetting.key == workdays.ENTERED_YEARS.key).execute()
    settings.forget_cache()
    workdays.set_override(D(2027, 1, 1), False, "元旦", actor=admin)  # the stale mark: gone first
    assert 2027 not in workdays.entered_years() and workdays.provisional(D(2027, 1, 15))
