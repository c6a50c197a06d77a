"""A cancelled meeting has no papers: its 签到表, 座次表, 桌签, 议程 and 纪要 are refused in core
with the reason (core.meetings.paper_refusal), on the command line as by `print`, and the window
greys each paper out with the same words. Its notice is never one calling people to a meeting
that will not be held (a plain one or a 更正通知): notified, it is the 取消通知
(test_cancel_notice.py); never notified, it is refused like the rest."""

from __future__ import annotations

import pytest

from officedesk.core import meetings as m
from officedesk.core.errors import ProcedureError
from officedesk.printing import forms
from tests.cli_office import office  # noqa: F401  (the fixture)
from tests.meetings.conftest import make_draft, pdf_text

PAPERS = ("notice", "signin", "seating", "namecards", "agenda", "minutes")
OTHERS = PAPERS[1:]


@pytest.fixture
def cancelled(directory_data, admin, on_day):
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明"]), admin)
    m.mark_notice_sent(meeting.id, admin)
    # moved after the notice went out: printed now, its notice would be a 更正通知
    draft = m.draft_of(m.get(meeting.id, admin), admin)
    draft.values["start"], draft.values["end"] = "2026-12-03 15:00", "2026-12-03 17:00"
    m.save_meeting(draft, admin, meeting.id)
    return m.cancel(meeting.id, "领导另有安排", admin)


@pytest.mark.parametrize("paper", OTHERS)
def test_no_paper_of_a_cancelled_meeting(cancelled, admin, paper):
    refusal = m.paper_refusal(paper, cancelled)
    assert "已取消" in refusal and "领导另有安排" in refusal
    with pytest.raises(ProcedureError) as raised:
        forms.get(paper).build([cancelled.id], admin)
    assert raised.value.message == refusal


def test_its_notice_is_the_cancel_notice_never_a_correction(cancelled, admin):
    text = pdf_text(forms.get("notice").build([cancelled.id], admin))
    assert "关于取消召开" in text and "更正" not in text and "15:00" not in text


@pytest.mark.parametrize("paper", PAPERS[:-1])
def test_a_live_meeting_prints_them(directory_data, admin, on_day, paper):
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明"]), admin)
    assert m.paper_refusal(paper, meeting) == ""
    assert forms.get(paper).build([meeting.id], admin)[:4] == b"%PDF"


def test_the_minutes_of_a_meeting_not_held_are_refused_with_their_reason(directory_data, admin,
                                                                         on_day):
    meeting = m.save_meeting(make_draft(attendees=["李建国"]), admin)
    assert "还没有召开" in m.paper_refusal("minutes", meeting)


def test_the_window_greys_them_out_with_the_reason(cancelled, app_ctx, qtbot, admin):
    from officedesk.ui.meetings import MeetingsTab

    tab = MeetingsTab(app_ctx)
    qtbot.addWidget(tab)
    tab.list.refresh()
    assert tab.list.select_record(cancelled.id)
    tab.update_buttons()
    for name in OTHERS:
        action = tab.print_actions[name]
        assert not action.isEnabled(), name
        assert action.statusTip() == m.paper_refusal(name, cancelled)
    assert tab.print_actions["notice"].isEnabled()  # the 取消通知
    live = m.save_meeting(make_draft(title="另一个会", start="2026-12-05 09:00",
                                     end="2026-12-05 10:00", attendees=["李建国"]), admin)
    tab.list.refresh()
    assert tab.list.select_record(live.id)
    tab.update_buttons()
    assert tab.print_actions["notice"].isEnabled()
    assert not tab.print_actions["minutes"].isEnabled()  # not held yet


def test_print_refuses_on_the_command_line(office):  # noqa: F811
    meeting = office.json("add", "meetings", "会议名称=专题协调会", "会议类型=专题会议",
                          "开始时间=2026-11-25 15:00", "结束时间=2026-11-25 16:00",
                          "出席人员=王建国、李海")["id"]
    office.step("meetings", meeting, "发通知")
    office.step("meetings", meeting, "修改", "开始时间=2026-11-25 16:00",
                "结束时间=2026-11-25 17:00")
    office.step("meetings", meeting, "取消", "取消原因=领导另有安排")
    assert "关于取消召开专题协调会的通知" in office.print("notice", meeting)
    for paper in OTHERS:
        out, err = office("print", paper, str(meeting), "-o", str(office.out / f"{paper}.pdf"),
                          code=1)
        assert "已取消" in err and "领导另有安排" in err, (paper, out, err)
        assert not (office.out / f"{paper}.pdf").exists()
