"""A notice dated after its 报名截止 asks for no names by it: nobody can still do what it says.
A 更正通知 printed after the deadline of the notice it replaces leaves the line out (the 有关事项
numbered on without a gap), and the 修改 that makes the notice wrong says the deadline has
passed, so the clerk can set a new one. Before the deadline the notice is as it was."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from officedesk.core import steps
from officedesk.core.i18n import display
from officedesk.core.meetings.papers import signup_closed
from officedesk.printing import forms
from officedesk.printing.notice import NoticeData, notice_body
from tests.meetings.conftest import SIGNUP_ASKED, notified_with_signup, pdf_text
from tests.ui.conftest import english  # noqa: F401 (the fixture)

ASKED = SIGNUP_ASKED
PASSED = "报名截止时间（2026-12-01 17:00）已过"


@pytest.fixture
def notified(directory_data, admin, fixed_today):
    return notified_with_signup(admin, fixed_today)


def _notice(meeting_id: int, actor) -> str:
    return pdf_text(forms.get("notice").build([meeting_id], actor))


def _matters(text: str) -> list[str]:
    """The item numbers under 有关事项, in order."""
    part = text.split("、有关事项", 1)[1].split("联系人", 1)[0]
    return re.findall(r"(\d+)\.(?=\D)", part)


def _at(monkeypatch, fixed_today, moment: dt.datetime) -> None:
    """The clock at `moment` (the day and the hour: a deadline has an hour)."""
    from officedesk.core import clock

    fixed_today(moment.date())
    monkeypatch.setattr(clock, "now", lambda: moment)


def test_the_notice_before_the_deadline_asks_for_the_names(notified, admin, fixed_today, monkeypatch):
    # the 截止 day itself still counts, before the deadline's hour
    for moment in (dt.datetime(2026, 11, 30, 18, 0), dt.datetime(2026, 12, 1, 16, 59)):
        _at(monkeypatch, fixed_today, moment)
        text = _notice(notified.id, admin)
        assert ASKED in text
        assert _matters(text) == ["1", "2", "3", "4"]


def test_on_the_deadline_day_past_its_hour_the_notice_asks_nothing(notified, admin, fixed_today,
                                                                   monkeypatch):
    """A 更正通知 made on the 截止 day after the deadline's hour asks for names by an hour gone."""
    _at(monkeypatch, fixed_today, dt.datetime(2026, 12, 1, 17, 30))
    outcome = steps.perform("meetings", notified.id, "修改",
                            {"开始时间": "2026-12-10 09:00", "结束时间": "2026-12-10 11:00",
                             "报到时间": "2026-12-10 08:30"}, admin)
    assert PASSED in outcome.extra["notice_outdated"]
    text = _notice(notified.id, admin)
    assert "更正通知" in text and "报送" not in text and _matters(text) == ["1", "2", "3"]


def test_a_correction_after_the_deadline_leaves_it_out(notified, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 2))
    outcome = steps.perform("meetings", notified.id, "修改",
                            {"开始时间": "2026-12-10 09:00", "结束时间": "2026-12-10 11:00",
                             "报到时间": "2026-12-10 08:30"}, admin)
    assert outcome.extra["notice_outdated"].startswith("会议时间已改，已发出的通知不再准确")
    assert PASSED in outcome.extra["notice_outdated"]
    text = _notice(notified.id, admin)
    assert "关于召开市委常委会第12次会议的更正通知" in text
    assert "报送" not in text and "2026年12月1日（星期二）17:00" not in text
    # the other matters stay, numbered on without a gap
    assert "1.请参会人员于2026年12月10日（星期四）8:30报到" in text
    assert "2.会议材料：请各单位带书面汇报材料。3.请提前10分钟到场。" in text
    assert _matters(text) == ["1", "2", "3"]


def test_a_correction_before_the_deadline_keeps_it_and_says_nothing_of_it(notified, admin):
    outcome = steps.perform("meetings", notified.id, "修改", {"地点": "第一会议室"}, admin)
    assert outcome.extra["notice_outdated"].startswith("会议地点已改")
    assert "报名截止" not in outcome.extra["notice_outdated"]
    text = _notice(notified.id, admin)
    assert "更正通知" in text and ASKED in text


def test_a_new_deadline_set_with_the_change_is_asked_for(notified, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 2))
    outcome = steps.perform("meetings", notified.id, "修改",
                            {"开始时间": "2026-12-10 09:00", "结束时间": "2026-12-10 11:00",
                             "报名截止": "2026-12-08 12:00"}, admin)
    assert "报名截止" not in outcome.extra["notice_outdated"]
    assert "请于2026年12月8日（星期二）12:00前将参会人员名单报送" in _notice(notified.id, admin)


def test_the_paper_dated_after_its_deadline_asks_nothing_by_it():
    data = NoticeData(org="某某办公室", meeting_name="座谈会", time=dt.datetime(2026, 12, 30, 9),
                      registration_deadline=dt.datetime(2026, 11, 29, 17), date=dt.date(2026, 12, 1),
                      matters=["请提前入场"])
    body = notice_body(data)
    assert "报送" not in body and "有关事项\n请提前入场。" in body  # one matter left: no number
    data.date = dt.date(2026, 11, 29)
    assert "1.请于2026年11月29日（星期日）17:00前将参会人员名单报送某某办公室。" in notice_body(data)


def test_the_rule():
    deadline = dt.datetime(2026, 11, 29, 17, 0)
    assert signup_closed(deadline, dt.date(2026, 11, 30))
    assert not signup_closed(deadline, dt.date(2026, 11, 29))
    assert not signup_closed(None, dt.date(2026, 11, 30))
    assert signup_closed(dt.date(2026, 11, 29), dt.datetime(2026, 11, 30, 8))


def test_the_note_is_english(english, notified, admin, fixed_today):  # noqa: F811
    fixed_today(dt.date(2026, 12, 2))
    outcome = steps.perform("meetings", notified.id, "修改",
                            {"开始时间": "2026-12-10 09:00", "结束时间": "2026-12-10 11:00"}, admin)
    note = display(outcome.extra["notice_outdated"])
    assert "time changed" in note and "deadline (2026-12-01 17:00) has passed" in note, note
    assert not re.search(r"[\u3400-\u9fff]", note), note
