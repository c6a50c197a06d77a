"""A meeting cancelled after its notice went out: the people who hold the notice are told it
will not take place. Its 会议通知 printed now is the 取消通知 (关于取消召开……的通知, in the
notice's own GB/T 9704 format: 主送, 署名, 成文日期, a classified one's 份号 and 密级), saying
what the notice they hold said (原定于……在……召开的……), why and that the notice is void. It is
recorded like a 更正通知: when handed out, not when made. A cancelled meeting never notified has
nothing to tell (refused as before), and every other paper of a cancelled meeting stays refused."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, settings, steps
from officedesk.core import meetings as m
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError
from officedesk.core.meetings import notices, papers
from officedesk.printing import forms
from officedesk.store import db as store_db
from tests.cli_office import office  # noqa: F401  (the fixture)
from tests.meetings.conftest import make_draft, pdf_text

NAME = "市委常委会第12次会议"
REASON = "领导另有安排"
OTHERS = ("signin", "seating", "namecards", "agenda", "minutes")


def _edit(meeting_id: int, actor, **values) -> None:
    steps.perform("meetings", meeting_id, "修改", values, actor)


def _cancel(meeting_id: int, actor, reason: str = REASON):
    steps.perform("meetings", meeting_id, "取消", {"取消原因": reason}, actor)
    return m.get(meeting_id, actor)


def _handed_out(meeting_id: int, actor) -> str:
    pdf = forms.get("notice").build([meeting_id], actor)
    forms.issue(pdf)
    return pdf_text(pdf)


def _recorded(meeting_id: int) -> list[str]:
    return [e.summary for e in audit.history("meetings", meeting_id) if "取消通知" in e.summary]


@pytest.fixture
def notified(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 30))
    settings.put("org.name", "中共某某市委办公室")
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛", "马俊", "高静"],
                                     start="2026-12-24 09:00", end="2026-12-24 11:30"), admin)
    steps.perform("meetings", made.id, "发通知", {}, admin)
    return made


def test_only_the_notice_of_a_notified_cancelled_meeting_is_printed(notified, admin):
    meeting = _cancel(notified.id, admin)
    assert m.paper_refusal("notice", meeting) == ""
    for paper in OTHERS:
        refusal = m.paper_refusal(paper, meeting)
        assert "已取消" in refusal and REASON in refusal, paper
        with pytest.raises(ProcedureError):
            forms.get(paper).build([meeting.id], admin)


def test_a_cancelled_meeting_never_notified_has_nothing_to_tell(directory_data, admin, on_day):
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), admin)
    meeting = _cancel(meeting.id, admin)
    refusal = m.paper_refusal("notice", meeting)
    assert "已取消" in refusal and REASON in refusal
    with pytest.raises(ProcedureError) as raised:
        forms.get("notice").build([meeting.id], admin)
    assert raised.value.message == refusal


def test_the_cancel_notice_says_what_the_notice_held_said(notified, admin):
    _cancel(notified.id, admin)
    text = _handed_out(notified.id, admin)
    assert f"关于取消召开{NAME}的通知" in text
    assert "市发展和改革委员会，市财政局：" in text  # 主送 as the notice's
    assert (f"原定于2026年12月24日（星期四）9:00在常委会议室召开的{NAME}，因{REASON}，"
            "决定取消，不再召开。原通知同时作废。") in text
    assert "特此通知。" in text
    assert "中共某某市委办公室" in text and "2026年11月30日" in text
    for section in ("会议时间", "会议地点", "参加人员", "会议议程", "更正通知"):
        assert section not in text  # nothing of the meeting that will not be held


def test_it_takes_back_the_correction_people_hold_not_an_edit_never_sent(notified, admin):
    _edit(notified.id, admin, 开始时间="2026-12-25 09:00", 结束时间="2026-12-25 11:30")
    _handed_out(notified.id, admin)  # the 更正通知: people hold the 25th
    _edit(notified.id, admin, 开始时间="2026-12-26 15:00", 结束时间="2026-12-26 17:00",
          地点="第一会议室")  # never told
    _cancel(notified.id, admin, "因工作调整。")
    text = _handed_out(notified.id, admin)
    assert (f"原定于2026年12月25日（星期五）9:00在常委会议室召开的{NAME}，因工作调整，"
            "决定取消，不再召开。") in text
    assert "12月26日" not in text and "第一会议室" not in text


def test_a_place_never_given_is_not_named(directory_data, admin, on_day):
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛"], place=""), admin)
    steps.perform("meetings", made.id, "发通知", {}, admin)
    _cancel(made.id, admin)
    text = _handed_out(made.id, admin)
    assert f"原定于2026年12月3日（星期四）9:00召开的{NAME}，因{REASON}" in text


def test_a_classified_meeting_keeps_copy_number_and_level(directory_data, admin, on_day):
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛"], secrecy="秘密"), admin)
    steps.perform("meetings", made.id, "发通知", {}, admin)
    _cancel(made.id, admin)
    text = pdf_text(forms.get("notice").build([made.id], admin))
    assert "000001" in text and "秘密" in text and f"关于取消召开{NAME}的通知" in text
    copies = forms.get("notice").build([made.id], admin, copies=3)
    text = pdf_text(copies)
    assert all(f"00000{k}" in text for k in (1, 2, 3))
    assert text.count(f"关于取消召开{NAME}的通知") == 3


def test_recorded_when_handed_out_once(notified, admin):
    _cancel(notified.id, admin)
    made = forms.get("notice").build([notified.id], admin)
    assert notices.cancellation_issued(m.get(notified.id, admin)) is None  # looked at only
    assert _recorded(notified.id) == []
    forms.issue(made)
    assert notices.cancellation_issued(m.get(notified.id, admin)) == REASON
    assert _recorded(notified.id) == [f"会议“{NAME}”印发取消通知"]
    again = _handed_out(notified.id, admin)  # reprinted: the same paper, recorded once
    assert pdf_text(made) == again
    assert len(_recorded(notified.id)) == 1


def test_a_reader_printing_it_records_nothing(notified, admin):
    _cancel(notified.id, admin)
    reader = Actor("reader", "readonly", admin.clearance)
    assert f"关于取消召开{NAME}的通知" in _handed_out(notified.id, reader)
    assert notices.cancellation_issued(m.get(notified.id, admin)) is None
    assert papers.record_cancellation(notified.id, reader, REASON) is None


def test_the_window_offers_the_notice_only(notified, admin, app_ctx, qtbot):
    from officedesk.ui.meetings import MeetingsTab

    meeting = _cancel(notified.id, admin)
    tab = MeetingsTab(app_ctx)
    qtbot.addWidget(tab)
    tab.list.refresh()
    assert tab.list.select_record(meeting.id)
    tab.update_buttons()
    assert tab.print_actions["notice"].isEnabled()
    assert "取消通知" in tab.print_actions["notice"].statusTip()
    for paper in OTHERS:
        assert not tab.print_actions[paper].isEnabled(), paper


def test_print_on_the_command_line(office):  # noqa: F811
    meeting = office.json("add", "meetings", "会议名称=专题协调会", "会议类型=专题会议",
                          "开始时间=2026-12-24 09:00", "结束时间=2026-12-24 10:00",
                          "出席人员=王建国、李海")["id"]
    office.step("meetings", meeting, "发通知")
    office.step("meetings", meeting, "取消", "取消原因=领导另有安排")
    text = office.print("notice", meeting)
    assert "关于取消召开专题协调会的通知" in text
    assert ("原定于2026年12月24日（星期四）9:00召开的专题协调会，因领导另有安排，"
            "决定取消，不再召开。原通知同时作废。") in text
    for paper in OTHERS:
        _out, err = office("print", paper, str(meeting), "-o", str(office.out / f"{paper}.pdf"),
                           code=1)
        assert "已取消" in err and "领导另有安排" in err, paper
    store_db.open_database(str(office.db))  # written by `print -o`: handed out, recorded
    assert _recorded(meeting) == ["会议“专题协调会”印发取消通知"]
