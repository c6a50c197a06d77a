"""A 更正通知 printed is the notice people hold from then on: what it said is recorded, later
changes are compared with it (not with the first notice), and a further 更正通知 says 原定于 what
it said. Moving a meeting back to the first notice's time after a correction is itself a change
to correct. Printed again with nothing new, the 更正通知 is the same paper."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk import cli
from officedesk.core import meetings as m
from officedesk.core import settings, steps
from officedesk.core.actor import Actor
from officedesk.printing import forms
from officedesk.store import db as store_db
from tests.meetings.conftest import make_draft, pdf_text

NAME = "市委常委会第12次会议"
SAID = "已发出的通知不再准确"


def _notice(meeting_id: int, actor) -> str:
    """The notice printed and handed out (as `print notice -o` does)."""
    pdf = forms.get("notice").build([meeting_id], actor)
    forms.issue(pdf)
    return pdf_text(pdf)


def _edit(meeting_id: int, actor, **values) -> dict:
    return steps.perform("meetings", meeting_id, "修改", values, actor).extra


@pytest.fixture
def notified(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 30))
    settings.put("org.name", "中共某某市委办公室")
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛"],
                                     start="2026-12-24 09:00", end="2026-12-24 11:30"), admin)
    steps.perform("meetings", made.id, "发通知", {}, admin)
    return made


def test_moved_back_after_a_correction_was_printed_it_is_corrected_again(notified, admin):
    _edit(notified.id, admin, 开始时间="2026-12-25 09:00", 结束时间="2026-12-25 11:30")
    first = _notice(notified.id, admin)  # the 更正通知 people now hold: the 25th
    assert "原定于2026年12月24日（星期四）9:00" in first
    outcome = _edit(notified.id, admin, 开始时间="2026-12-24 09:00", 结束时间="2026-12-24 11:30")
    assert SAID in outcome["notice_outdated"]  # they hold the 25th: it is wrong now
    text = _notice(notified.id, admin)
    assert f"关于召开{NAME}的更正通知" in text
    assert (f"原定于2026年12月25日（星期五）9:00至11:30在常委会议室召开的{NAME}，"
            "时间调整为2026年12月24日（星期四）9:00—11:30，会期半天。") in text


def test_a_second_move_says_the_time_of_the_correction_sent(notified, admin):
    _edit(notified.id, admin, 开始时间="2026-12-25 09:00", 结束时间="2026-12-25 11:30")
    _notice(notified.id, admin)
    _edit(notified.id, admin, 开始时间="2026-12-26 09:00", 结束时间="2026-12-26 11:30")
    text = _notice(notified.id, admin)
    assert "原定于2026年12月25日（星期五）9:00" in text and "2026年12月24日" not in text
    assert [n.start.day for n in m.notices_issued(m.get(notified.id, admin))] == [24, 25, 26]


def test_a_correction_printed_again_is_the_same_paper(notified, admin):
    _edit(notified.id, admin, 地点="第一会议室")
    first = _notice(notified.id, admin)
    assert "地点调整为第一会议室" in first
    assert _notice(notified.id, admin) == first  # reprinted: still the same 更正通知
    assert len(m.notices_issued(m.get(notified.id, admin))) == 2
    outcome = _edit(notified.id, admin, 备注="带笔记本")
    assert "notice_outdated" not in outcome  # the correction held is right


def test_edits_before_the_correction_is_printed_correct_the_notice_held(notified, admin):
    _edit(notified.id, admin, 地点="第一会议室")
    outcome = _edit(notified.id, admin, 地点="常委会议室")  # changed back, nothing printed
    assert "notice_outdated" not in outcome
    assert "更正" not in _notice(notified.id, admin)
    assert len(m.notices_issued(m.get(notified.id, admin))) == 1


def test_a_reader_printing_it_records_nothing(notified, admin):
    _edit(notified.id, admin, 地点="第一会议室")
    reader = Actor("reader", "readonly", admin.clearance)
    assert "地点调整为第一会议室" in _notice(notified.id, reader)
    assert len(m.notices_issued(m.get(notified.id, admin))) == 1


def test_the_command_line_records_the_correction_it_prints(notified, admin, tmp_path):
    _edit(notified.id, admin, 地点="第一会议室")
    db = str(tmp_path / "officedesk.db")
    out = tmp_path / "n.pdf"
    assert cli.main(["--db", db, "print", "notice", str(notified.id), "-o", str(out)]) == 0
    store_db.open_database(db)
    outcome = _edit(notified.id, admin, 地点="常委会议室")
    assert SAID in outcome["notice_outdated"]


def test_only_the_end_changed_says_the_end_it_had(notified, admin):
    outcome = _edit(notified.id, admin, 结束时间="2026-12-24 17:30")
    assert SAID in outcome["notice_outdated"]
    text = _notice(notified.id, admin)
    assert (f"原定于2026年12月24日（星期四）9:00至11:30在常委会议室召开的{NAME}，"
            "时间调整为2026年12月24日（星期四）9:00—17:30。") in text


def test_a_place_taken_back_is_to_be_told_later_never_a_placeholder(notified, admin):
    steps.perform("meetings", notified.id, "修改", {"clear": "地点"}, admin)
    text = _notice(notified.id, admin)
    assert "未定地点" not in text
    assert f"在常委会议室召开的{NAME}，地点另行通知。" in text
    assert "二、会议地点地点另行通知。" in text
    for name in ("signin", "agenda", "seating"):
        assert "未定地点" not in pdf_text(forms.get(name).build([notified.id], admin))


def test_a_correction_made_but_not_handed_out_records_nothing(notified, admin):
    """Made for the preview and closed, the 更正通知 is not the notice people hold: a later
    change is still compared with the notice sent."""
    _edit(notified.id, admin, 地点="第一会议室")
    previewed = forms.get("notice").build([notified.id], admin)
    assert "地点调整为第一会议室" in pdf_text(previewed)
    assert len(m.notices_issued(m.get(notified.id, admin))) == 1
    outcome = _edit(notified.id, admin, 地点="常委会议室")  # back as the notice said
    assert "notice_outdated" not in outcome
    forms.issue(previewed)  # handed out after all: people hold 第一会议室, to be corrected back
    meeting = m.get(notified.id, admin)
    assert [n.place for n in m.notices_issued(meeting)] == ["常委会议室", "第一会议室"]
    assert m.change_since_sent(meeting).place


def test_the_preview_records_it_when_it_is_saved_or_printed(notified, admin, app_ctx, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from officedesk.ui.meetings.printing import preview_form

    _edit(notified.id, admin, 地点="第一会议室")
    shown = preview_form(None, app_ctx, "notice", [notified.id])
    qtbot.addWidget(shown)
    assert len(m.notices_issued(m.get(notified.id, admin))) == 1  # looked at only
    shown.save_to(tmp_path / "更正通知.pdf")
    assert [n.place for n in m.notices_issued(m.get(notified.id, admin))] == ["常委会议室", "第一会议室"]
    _edit(notified.id, admin, 地点="第二会议室")
    printed = preview_form(None, app_ctx, "notice", [notified.id])
    qtbot.addWidget(printed)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert printed.print_to(printer) == printed.page_count()
    assert m.sent_notice(m.get(notified.id, admin)).place == "第二会议室"


def test_what_is_recorded_is_what_the_paper_handed_out_says(notified, admin):
    """A 更正通知 made for the preview, the meeting moved again before it was printed: the notice
    people hold says the 25th, and the 26th is still to be corrected."""
    _edit(notified.id, admin, 开始时间="2026-12-25 09:00", 结束时间="2026-12-25 11:30")
    previewed = forms.get("notice").build([notified.id], admin)
    assert "时间调整为2026年12月25日" in pdf_text(previewed)
    _edit(notified.id, admin, 开始时间="2026-12-26 09:00", 结束时间="2026-12-26 11:30")
    forms.issue(previewed)
    meeting = m.get(notified.id, admin)
    assert [n.start.day for n in m.notices_issued(meeting)] == [24, 25]
    assert m.change_since_sent(meeting) is not None
    assert "原定于2026年12月25日（星期五）9:00" in _notice(notified.id, admin)
