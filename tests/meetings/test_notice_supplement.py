"""补发: the notice printed for the people added to a meeting after it went out (defect: the
修改 told the clerk to get the notice to them, but the only paper was the whole notice again,
addressed to everyone, saying nothing of whom it was for — and nothing kept that they had it).
The command line (`print notice ID --added`) and the window (打印 → 补发会议通知) both read
core's ``supplement_to``; handed out, the 补发 is recorded, so a later one names only those
added after it. A meeting notified before the names were kept says so rather than guesses."""

from __future__ import annotations

import json

import pytest

from officedesk.core import meetings as m
from officedesk.core import settings, steps
from officedesk.core.errors import ProcedureError
from officedesk.printing import forms
from officedesk.store.meetings import Meeting
from tests.meetings.conftest import make_draft, pdf_text, tab_with_selected

PEOPLE = ["李建国", "王海涛", "陈志明"]


@pytest.fixture
def notified(directory_data, admin, on_day):
    settings.put("org.name", "中共某某市委办公室")
    made = m.save_meeting(make_draft(attendees=PEOPLE), admin)
    steps.perform("meetings", made.id, "发通知", {}, admin)
    return made


def _add(meeting_id, admin, *names):
    steps.perform("meetings", meeting_id, "修改", {"出席人员": "、".join([*PEOPLE, *names])}, admin)


def test_the_supplement_goes_to_the_people_added_alone(notified, admin):
    _add(notified.id, admin, "高静", "林涛")
    assert m.supplement_to(m.get(notified.id, admin)) == ["高静", "林涛"]
    pdf = forms.get("notice").build([notified.id], admin, added=True)
    text = pdf_text(pdf)
    assert pdf.paper_name == "会议通知（补发）"
    # addressed to their units, the 附注 saying it is a 补发 to them
    assert "市财政局，市教育局：" in text
    assert "市政府办公室，" not in text  # 王海涛's unit: he had the notice
    assert "此件为2026年11月30日补发，送会议通知发出后增加的参会人员高静、林涛" in text
    # the notice as it stands: its time, place and people
    assert "常委会议室" in text and "出席：" in text


def test_handed_out_it_is_recorded_and_a_later_one_names_only_those_added_since(notified, admin):
    _add(notified.id, admin, "高静")
    pdf = forms.get("notice").build([notified.id], admin, added=True)
    assert m.supplement_to(m.get(notified.id, admin)) == ["高静"]  # made, not handed out yet
    forms.issue(pdf)
    meeting = m.get(notified.id, admin)
    assert m.added_since_notice(meeting) == []
    with pytest.raises(ProcedureError, match="都已收到会议通知"):
        forms.get("notice").build([notified.id], admin, added=True)
    _add(notified.id, admin, "高静", "林涛")
    assert m.supplement_to(m.get(notified.id, admin)) == ["林涛"]
    # the 修改 no longer names the one the 补发 reached
    outcome = steps.perform("meetings", notified.id, "修改",
                            {"出席人员": "、".join([*PEOPLE, "高静", "林涛", "马俊"])}, admin)
    note = str(outcome.extra["added_after_notice"])
    assert "马俊" in note and "高静" not in note


def test_a_notice_sent_before_its_people_were_kept_is_said_not_guessed(notified, admin):
    kept = json.loads(Meeting.get_by_id(notified.id).notice_sent)
    kept.pop("people")  # as 发通知 kept it before the names were recorded
    Meeting.update(notice_sent=json.dumps(kept)).where(Meeting.id == notified.id).execute()
    _add(notified.id, admin, "高静")
    meeting = m.get(notified.id, admin)
    assert m.added_since_notice(meeting) is None
    with pytest.raises(ProcedureError, match="还没有记录送达名单，无法判断"):
        m.supplement_to(meeting)
    assert "无法判断" in m.paper_refusal("supplement", meeting)


def test_refused_before_the_notice_and_while_a_correction_is_due(directory_data, admin, on_day):
    made = m.save_meeting(make_draft(attendees=PEOPLE), admin)
    with pytest.raises(ProcedureError, match="还没有发出，不需要补发"):
        forms.get("notice").build([made.id], admin, added=True)
    steps.perform("meetings", made.id, "发通知", {}, admin)
    steps.perform("meetings", made.id, "修改",
                  {"出席人员": "、".join([*PEOPLE, "高静"]), "地点": "第一会议室"}, admin)
    # everyone holds a notice with the old place: the 更正通知 goes to all, 高静 too
    with pytest.raises(ProcedureError, match="请先印发更正通知"):
        forms.get("notice").build([made.id], admin, added=True)
    forms.issue(forms.get("notice").build([made.id], admin))
    assert m.added_since_notice(m.get(made.id, admin)) == []


def test_the_command_line_prints_the_supplement(notified, admin, tmp_path, capsys):
    from officedesk import cli

    _add(notified.id, admin, "高静")
    out = tmp_path / "s.pdf"
    db = str(tmp_path / "officedesk.db")
    assert cli.main(["--db", db, "print", "notice", str(notified.id), "--added",
                     "-o", str(out)]) == 0
    assert "会议通知（补发）" in capsys.readouterr().out
    assert "增加的参会人员高静" in pdf_text(out.read_bytes())
    assert cli.main(["--db", db, "print", "notice", str(notified.id), "--added",
                     "-o", str(out), "--force"]) != 0  # written, it was handed out: nobody left
    assert "没有需要补发的人员" in capsys.readouterr().err


def test_the_window_offers_the_supplement_from_the_print_menu(notified, admin, app_ctx, qtbot):
    tab = tab_with_selected(app_ctx, qtbot, notified.id)
    tab.update_buttons()
    action = tab.print_actions["supplement"]
    assert not action.isEnabled()  # nobody added yet: greyed, saying why
    _add(notified.id, admin, "高静")
    tab.list.refresh()
    assert tab.list.select_record(notified.id)
    tab.update_buttons()
    assert action.isEnabled()
    preview = tab.print_form("supplement")
    qtbot.addWidget(preview)
    assert preview.title == "会议通知（补发）"
    assert "增加的参会人员高静" in pdf_text(preview.pdf_bytes)
