"""A 会议通知 printed again after its time or place changed since it was sent (发通知) is a
更正通知: its title says so and its first lines say what was 原定 and what it is now, so that
nobody holds two notices that contradict each other. 发通知 keeps what the notice said; the
clerk only prints (the window and `print notice` alike)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk import cli
from officedesk.core import meetings as m
from officedesk.core import settings, steps
from officedesk.printing import forms
from officedesk.store import db as store_db
from tests.meetings.conftest import make_draft, pdf_text

TITLE = "关于召开市委常委会第12次会议的通知"
CORRECTED = "关于召开市委常委会第12次会议的更正通知"
FIRST = "原定于2026年12月3日（星期四）9:00在常委会议室召开的市委常委会第12次会议，"




@pytest.fixture
def notified(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 30))
    settings.put("org.name", "中共某某市委办公室")
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), admin)
    steps.perform("meetings", made.id, "发通知", {}, admin)
    return made


def _notice(meeting_id: int, actor) -> str:
    return pdf_text(forms.get("notice").build([meeting_id], actor))


def test_the_notice_sent_is_kept_and_printed_again_unchanged_it_is_the_same(notified, admin):
    sent = m.sent_notice(m.get(notified.id, admin))
    assert sent == m.SentNotice(dt.datetime(2026, 12, 3, 9, 0), dt.datetime(2026, 12, 3, 11, 30),
                                "常委会议室")
    steps.perform("meetings", notified.id, "修改", {"备注": "带笔记本"}, admin)
    text = _notice(notified.id, admin)
    assert TITLE in text and "更正" not in text and "原定于" not in text


def test_a_new_time_makes_it_a_corrected_notice(notified, admin):
    steps.perform("meetings", notified.id, "修改",
                  {"开始时间": "2026-12-04 15:00", "结束时间": "2026-12-04 17:00"}, admin)
    text = _notice(notified.id, admin)
    assert CORRECTED in text
    # the end moved too: the 原定 clause says when it was to end
    assert ("原定于2026年12月3日（星期四）9:00至11:30在常委会议室召开的市委常委会第12次会议，"
            "时间调整为2026年12月4日（星期五）15:00—17:00。") in text
    assert "现将调整后的有关事项重新通知如下，原通知同时作废" in text
    assert "地点调整为" not in text
    # the whole notice follows with the new time
    assert "一、会议时间2026年12月4日（星期五）15:00" in text


def test_a_new_place_and_both(notified, admin):
    steps.perform("meetings", notified.id, "修改", {"地点": "第一会议室"}, admin)
    steps.perform("meetings", notified.id, "修改", {"开始时间": "2026-12-03 10:00"}, admin)
    assert (FIRST + "时间调整为2026年12月3日（星期四）10:00—11:30，会期半天，地点调整为第一会议室。"
            in _notice(notified.id, admin))


def test_changed_back_it_is_the_notice_sent_and_no_warning(notified, admin):
    outcome = steps.perform("meetings", notified.id, "修改", {"地点": "第一会议室"}, admin)
    assert "打印会议通知，即为更正通知" in outcome.extra["notice_outdated"]  # no other step
    outcome = steps.perform("meetings", notified.id, "修改", {"地点": "常委会议室"}, admin)
    assert "notice_outdated" not in outcome.extra  # the notice sent is right again
    assert "更正" not in _notice(notified.id, admin)


def test_before_the_notice_is_sent_nothing_is_corrected(directory_data, admin):
    made = m.save_meeting(make_draft(attendees=["李建国"]), admin)
    steps.perform("meetings", made.id, "修改", {"开始时间": "2026-12-03 10:00"}, admin)
    assert m.change_since_sent(m.get(made.id, admin)) is None
    assert "更正" not in _notice(made.id, admin)


def test_a_meeting_imported_as_notified_keeps_its_notice(directory_data, admin):
    made = m.SPEC.create_hook({
        "会议名称": "县政府常务会议", "会议类型": "专题会议", "开始时间": "2026-12-08 09:00",
        "结束时间": "2026-12-08 11:00", "地点": "第二会议室", "出席人员": "王海涛",
        "状态": "已发通知"}, admin)
    assert m.sent_notice(made) == m.SentNotice(dt.datetime(2026, 12, 8, 9, 0),
                                               dt.datetime(2026, 12, 8, 11, 0), "第二会议室")


def test_the_command_line_prints_the_corrected_notice(notified, admin, tmp_path):
    steps.perform("meetings", notified.id, "修改", {"地点": "第一会议室"}, admin)
    out = tmp_path / "notice.pdf"
    code = cli.main(["--db", str(tmp_path / "officedesk.db"), "print", "notice",
                     str(notified.id), "-o", str(out)])
    store_db.open_database(str(tmp_path / "officedesk.db"))
    assert code == 0
    assert CORRECTED in pdf_text(out.read_bytes())
