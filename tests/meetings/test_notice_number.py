"""A meeting's 发文字号: the number its 会议通知 goes out under, declared once (form, list, xlsx,
`add`, search, 修改), checked in the form a 发文字号 has, and printed on the notice where GB/T
9704 puts it in the 信函格式 — at the right under the red double line. Before, a meeting had no
such field and its notice printed none: the clerk wrote it in by hand."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz
import pytest
from reportlab.lib.units import mm

from officedesk.core import global_search, record_lists, settings, steps
from officedesk.core import meetings as m
from officedesk.core.errors import ValidationError
from officedesk.printing import forms
from tests.meetings.conftest import make_draft, pdf_text

NUMBER = "某委办明电〔2026〕12号"
TEXT_RIGHT = (28 + 156) * mm  # the 版心's right edge: 订口 28 mm + 156 mm


def _notified(admin, fixed_today, **values):
    fixed_today(dt.date(2026, 11, 30))
    settings.put("org.name", "中共某某市委办公室")
    return m.save_meeting(make_draft(attendees=["李建国", "王海涛"], **values), admin)


def _first_page(pdf: bytes) -> fitz.Page:
    return fitz.open(stream=pdf, filetype="pdf")[0]


def test_the_notice_prints_the_meetings_number_at_the_right_under_the_double_rule(
        directory_data, admin, fixed_today):
    made = _notified(admin, fixed_today, doc_no=NUMBER)
    assert m.get(made.id, admin).doc_no == NUMBER
    page = _first_page(forms.get("notice").build([made.id], admin))
    found = page.search_for(NUMBER)
    assert len(found) == 1
    number = found[0]
    title = page.search_for("关于召开")[0]
    mark = page.search_for("中共某某市委办公室")[0]
    # flush right in the 版心 (within a character's tracking), between the 标志 and the title
    assert abs(number.x1 - TEXT_RIGHT) < 2
    assert mark.y1 < number.y0 and number.y1 < title.y0
    # under the double rule: the rules are the red lines between the mark and the number
    reds = [d["rect"] for d in page.get_drawings()
            if d.get("color") and d["color"][0] > 0.8 and d["color"][1] < 0.3
            and mark.y1 < d["rect"].y0 < number.y0]
    assert len(reds) >= 2


def test_a_notice_without_a_number_prints_none(directory_data, admin, fixed_today):
    made = _notified(admin, fixed_today)
    text = pdf_text(forms.get("notice").build([made.id], admin))
    assert "〔" not in text


def test_the_number_is_checked_in_the_form_of_a_fawen_number(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 30))
    with pytest.raises(ValidationError) as brackets:
        m.save_meeting(make_draft(doc_no="某委办明电[2026]012号"), admin)
    assert brackets.value.field == "doc_no"
    assert "六角括号" in brackets.value.message and "某委办明电〔2026〕12号" in brackets.value.message
    with pytest.raises(ValidationError) as nonsense:
        m.save_meeting(make_draft(doc_no="第十二号"), admin)
    assert "格式不对" in nonsense.value.message and nonsense.value.field == "doc_no"
    # full-width digits and brackets are the plain number, stored plain
    made = m.save_meeting(make_draft(doc_no="某委办明电〔２０２６〕１２号"), admin)
    assert m.get(made.id, admin).doc_no == NUMBER


def test_a_year_after_the_meeting_or_after_this_year_is_refused(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 30))
    with pytest.raises(ValidationError) as after_meeting:
        m.save_meeting(make_draft(doc_no="某委办明电〔2027〕1号"), admin)  # meets on 2026-12-03
    assert after_meeting.value.field == "doc_no" and "晚于会议开始时间" in after_meeting.value.message
    with pytest.raises(ValidationError) as next_year:
        m.save_meeting(make_draft(start="2027-01-06 09:00", end="2027-01-06 11:00",
                                  doc_no="某委办明电〔2027〕1号"), admin)
    assert "晚于今年（2026 年）" in next_year.value.message
    # a January meeting notified in December: the number of the year it goes out in
    made = m.save_meeting(make_draft(start="2027-01-06 09:00", end="2027-01-06 11:00",
                                     doc_no="某委办明电〔2026〕30号"), admin)
    assert m.get(made.id, admin).doc_no == "某委办明电〔2026〕30号"


def test_given_by_the_edit_step_and_found_by_search(directory_data, admin, fixed_today):
    made = _notified(admin, fixed_today)
    steps.perform("meetings", made.id, "修改", {"发文字号": NUMBER}, admin)
    assert m.get(made.id, admin).doc_no == NUMBER
    assert made.id in record_lists.list_ids(m.SPEC, admin, text=NUMBER)
    assert any(hit.registry == "meetings" and hit.record_id == made.id
               for hit in global_search.search(NUMBER, admin))


def test_a_correction_or_cancellation_notice_does_not_repeat_the_number(directory_data, admin,
                                                                        fixed_today):
    """A 更正通知 and a 取消通知 are documents of their own, numbered apart: printing the number
    of the notice they replace would give one 发文字号 to two documents."""
    made = _notified(admin, fixed_today, doc_no=NUMBER)
    steps.perform("meetings", made.id, "发通知", {}, admin)
    steps.perform("meetings", made.id, "修改", {"地点": "第一会议室"}, admin)
    corrected = pdf_text(forms.get("notice").build([made.id], admin))
    assert "更正通知" in corrected and NUMBER not in corrected
    m.cancel(made.id, "领导另有安排", admin)
    cancelled = pdf_text(forms.get("notice").build([made.id], admin))
    assert "取消召开" in cancelled and NUMBER not in cancelled


def test_the_dialog_has_a_number_row_that_saves_and_says_a_bad_one_at_the_field(
        directory_data, app_ctx, qtbot, fixed_today):
    from officedesk.ui.meetings.dialog import MeetingDialog

    fixed_today(dt.date(2026, 11, 30))
    made = m.save_meeting(make_draft(attendees=["李建国"]), app_ctx.actor)
    dialog = MeetingDialog(app_ctx, m.get(made.id, app_ctx.actor))
    qtbot.addWidget(dialog)
    edit = dialog.inputs["doc_no"]
    assert edit.accessibleName() == "发文字号" and edit.text() == ""
    edit.setText("某委办明电（2026）第12号")
    assert not dialog.try_save()
    assert not dialog.errors["doc_no"].isHidden() and "六角括号" in dialog.errors["doc_no"].text()
    assert edit.text() == "某委办明电（2026）第12号"  # kept as typed
    edit.setText(NUMBER)
    assert dialog.try_save()
    assert m.get(made.id, app_ctx.actor).doc_no == NUMBER


def test_a_number_the_fawen_register_has_not_issued_yet_is_refused(directory_data, admin, fixed_today):
    """The office's own 发文字号 sequence (某委办发〔2026〕N号) is the 发文 register's: a notice
    given the next number by hand left the register to issue it again to another 公文 (two
    papers under one 字号). One the register issued (the notice done as a 发文) is taken, as is
    a number of another form (明电) the register does not keep."""
    from officedesk.core import numbering

    fixed_today(dt.date(2026, 11, 30))
    settings.put("org.code", "某委办")
    issued = numbering.take("outgoing", admin).text  # 某委办发〔2026〕1号
    with pytest.raises(ValidationError) as refused:
        m.save_meeting(make_draft(attendees=["李建国"], doc_no="某委办发〔2026〕2号"), admin)
    assert "发文" in refused.value.message and "某委办发〔2026〕2号" in refused.value.message
    assert numbering.take("outgoing", admin).text == "某委办发〔2026〕2号"  # still the register's
    made = m.save_meeting(make_draft(attendees=["李建国"], doc_no=issued), admin)
    assert m.get(made.id, admin).doc_no == issued
    other = m.save_meeting(make_draft(attendees=["李建国"], start="2026-12-04 09:00", end="2026-12-04 11:30",
                                      doc_no="某委办明电〔2026〕9号"), admin)
    assert m.get(other.id, admin).doc_no == "某委办明电〔2026〕9号"
