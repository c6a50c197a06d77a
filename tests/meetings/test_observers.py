"""旁听 is a fourth role of a meeting's people, beside 出席, 列席 and 特邀: declared once
(旁听人员, the xlsx column, `add`, the 修改 step, search), listed in the notice, signing on a
part of the sign-in sheet of its own and never counted in 应到/实到, seated in the back rows
(旁听席) and never on the podium, with no 桌签 and no place in the 纪要."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pymupdf as fitz
import pytest

from officedesk.core import integrity, records, settings, steps
from officedesk.core import meetings as m
from officedesk.core.errors import ValidationError
from officedesk.core.meetings import step_values
from officedesk.printing import forms
from officedesk.printing.meetings_forms import seating_chart, signin_data
from officedesk.store import migrations
from officedesk.store.meetings import Meeting
from tests.meetings.conftest import make_draft, pdf_text

OBSERVERS = [m.PersonEntry("杨秀兰", "云岭镇群众代表"), m.PersonEntry("和建新", "县人大代表")]


def _with_observers(**values) -> m.MeetingDraft:
    draft = make_draft(attendees=["李建国", "王海涛", "陈志明"], nonvoting=["马俊"], **values)
    return dataclasses.replace(draft, guests=[m.resolve_person("张工", "省安全生产科学研究院")],
                               observers=list(OBSERVERS))


@pytest.fixture
def office(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 3))
    settings.put("org.name", "中共某某市委办公室")
    return admin




def test_the_role_and_its_field_are_declared_once(office):
    assert m.ROLE_OBSERVER == "旁听" and m.ROLES[-1] == "旁听"
    field = m.SPEC.field("observers_text")
    assert (field.label, field.searchable, field.editable) == ("旁听人员", True, False)
    assert "旁听人员" in m.SPEC.exchange_labels
    assert "observers_text" in {spec.name for spec in step_values.edit_fields()}


def test_observers_are_stored_searched_and_not_in_the_head_count(office):
    made = m.save_meeting(_with_observers(), office)
    assert made.observers_text == "杨秀兰（云岭镇群众代表）、和建新（县人大代表）"
    assert made.head_count == 5  # 3 出席, 1 列席, 1 特邀: the 旁听 are not 应到
    assert [(r.name, r.role) for r in m.attendees(made.id, office, m.ROLE_OBSERVER)] == [
        ("杨秀兰", "旁听"), ("和建新", "旁听")]
    assert records.list_ids(m.SPEC, office, text="杨秀兰") == [made.id]
    assert m.draft_of(made, office).observers == OBSERVERS
    # a name may not be both a member and an observer
    both = dataclasses.replace(_with_observers(), observers=[m.resolve_person("马俊")])
    with pytest.raises(ValidationError, match="马俊同时出现在“列席”和“旁听”中"):
        m.save_meeting(both, office)


def test_observers_sign_in_but_are_not_counted(office):
    made = m.save_meeting(_with_observers(), office)
    rows = m.attendees(made.id, office)
    marks = {r.id: (m.PRESENT, "") for r in rows}
    counted = m.record_attendance(made.id, marks, office)
    assert (counted.expected, counted.present) == (5, 5)
    assert m.tally([("旁听", m.PRESENT), ("出席", "")]) == m.AttendanceCounts(1, 0, 0, 0, 1)
    sheet = signin_data(m.get(made.id, office), office)
    assert [r.name for r in sheet.rows] == ["李建国", "王海涛", "陈志明", "马俊", "张工"]
    assert [r.name for r in sheet.observers] == ["杨秀兰", "和建新"]
    text = pdf_text(forms.get("signin").build([made.id], office))
    assert "应到5人" in text and "实到5人" in text
    assert "旁听人员签到" in text
    assert text.index("应到5人") < text.index("旁听人员签到") < text.index("杨秀兰")


def test_an_observer_alone_does_not_open_the_meeting(office):
    made = m.save_meeting(_with_observers(), office)
    observer = m.attendees(made.id, office, m.ROLE_OBSERVER)[0]
    m.record_attendance(made.id, {observer.id: (m.PRESENT, "")}, office)
    assert m.get(made.id, office).status == m.PREPARING


def test_the_observers_sit_in_the_back_rows_never_on_the_podium(office):
    settings.put("meetings.seating.row_seats", 3)
    made = m.save_meeting(dataclasses.replace(_with_observers(), podium_count=9), office)
    ids = {r.name: r.id for r in m.attendees(made.id, office)}
    seats = m.seating(m.get(made.id, office))
    assert sorted(seats.podium) == sorted(ids[n] for n in ("李建国", "王海涛", "陈志明"))
    # 列席 and 特邀 in the hall, then the 旁听席 on a row of its own behind them
    assert [sorted(row) for row in seats.rows] == [
        sorted([ids["马俊"], ids["张工"]]), sorted([ids["杨秀兰"], ids["和建新"]])]
    chart = seating_chart(m.get(made.id, office), office)
    assert chart.gallery == {1}
    assert "旁听席" in pdf_text(forms.get("seating").build([made.id], office))
    moved = m.Seating([*seats.podium, ids["杨秀兰"]], [[ids["马俊"], ids["张工"]], [ids["和建新"]]])
    with pytest.raises(ValidationError, match="杨秀兰是旁听人员，不能安排在主席台"):
        m.save_seating(made.id, moved, office)


def test_a_new_observer_sits_behind_the_clerk_s_seats_and_a_new_member_before_the_gallery(office):
    settings.put("meetings.seating.row_seats", 3)
    made = m.save_meeting(_with_observers(), office)
    m.save_seating(made.id, m.seating(m.get(made.id, office)), office)  # the clerk's seats
    draft = m.draft_of(m.get(made.id, office), office)
    draft.nonvoting.append(m.resolve_person("高静"))
    draft.observers.append(m.PersonEntry("段丽", "县政协委员"))
    saved = m.save_meeting(draft, office, made.id)
    ids = {r.name: r.id for r in m.attendees(made.id, office)}
    rows = m.seating(saved).rows
    assert ids["高静"] in rows[1] and ids["段丽"] in rows[-1]
    assert {ids["杨秀兰"], ids["和建新"]} == set(rows[2])


def test_no_name_card_and_no_place_in_the_minutes(office):
    made = m.save_meeting(_with_observers(), office)
    rows = m.attendees(made.id, office)
    m.record_attendance(made.id, {r.id: (m.PRESENT, "") for r in rows}, office)
    cards = fitz.open(stream=forms.get("namecards").build([made.id], office), filetype="pdf")
    assert len(cards) == 5  # 3 出席, 1 列席, 1 特邀
    assert "杨" not in "".join(p.get_text() for p in cards)
    m.save_minutes(made.id, "会议研究了有关事项。", [], office)
    minutes = pdf_text(forms.get("minutes").build([made.id], office))
    assert "张工" in minutes and "杨秀兰" not in minutes and "和建新" not in minutes


def test_the_notice_lists_the_observers_but_sends_to_no_unit_of_theirs(office):
    made = m.save_meeting(_with_observers(), office)
    text = pdf_text(forms.get("notice").build([made.id], office))
    assert "旁听：杨秀兰（云岭镇群众代表）、和建新（县人大代表）" in text
    assert "群众代表，" not in text and "县人大代表：" not in text  # not in 主送


def test_add_import_and_the_edit_step_take_them(office, admin):
    added = m.SPEC.create_hook({
        "会议名称": "县政府常务会议", "会议类型": "专题会议", "开始时间": "2026-12-08 09:00",
        "结束时间": "2026-12-08 11:00", "出席人员": "王海涛", "旁听人员": "杨秀兰（云岭镇群众代表）",
        "应到人数": "1"}, admin)
    assert [(r.name, r.role) for r in m.attendees(added.id, admin)][-1] == ("杨秀兰", "旁听")
    exported = m.export_row(added, admin)
    assert exported["旁听人员"] == "杨秀兰（云岭镇群众代表）"
    steps.perform("meetings", added.id, "修改", {"旁听人员": "和建新（县人大代表）"}, admin)
    assert m.get(added.id, admin).observers_text == "和建新（县人大代表）"
    steps.perform("meetings", added.id, "修改", {"清空": "旁听人员"}, admin)
    assert m.attendees(added.id, admin, m.ROLE_OBSERVER) == []


def test_the_meeting_form_edits_them(office, app_ctx, qtbot):
    from officedesk.ui.meetings.dialog import MeetingDialog

    made = m.save_meeting(_with_observers(), office)
    form = MeetingDialog(app_ctx, m.get(made.id, office))
    qtbot.addWidget(form)
    editor = form.people["observers_text"]
    assert [p.name for p in editor.entries] == ["杨秀兰", "和建新"]
    editor.edit.setText("段丽（县政协委员）")
    editor.add_from_edit()
    assert form.try_save()
    assert m.get(made.id, office).observers_text.endswith("段丽（县政协委员）")


@pytest.fixture
def before_the_observers(directory_data):
    """The database as schema 18 left it: no 旁听人员 and no record of the notice sent, its
    meetings written and audited without them. Call the function it gives to bring the program
    of schema 19 back before migrating."""
    database = directory_data
    columns = {name: Meeting._meta.fields[name] for name in ("observers_text", "notice_sent")}
    for name in columns:
        database.execute_sql(f"alter table meeting drop column {name}")
        Meeting._meta.remove_field(name)
    database.execute_sql("delete from schema_version where version = 19")

    def upgrade_program() -> None:
        for name, column in columns.items():
            if name not in Meeting._meta.fields:
                Meeting._meta.add_field(name, column)

    try:
        yield database, upgrade_program
    finally:
        upgrade_program()


def test_migration_19_adds_the_columns_and_no_meeting_reads_as_tampered_with(
        before_the_observers, admin, monkeypatch):
    from officedesk.core.meetings import service

    database, upgrade_program = before_the_observers
    # the program of schema 18 wrote neither column
    texts = service._texts
    monkeypatch.setattr(service, "_texts",
                        lambda draft: {k: v for k, v in texts(draft).items() if k != "observers_text"})
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), admin)
    # 发通知 as schema 18 did it: the state alone
    records.save_changes(m.SPEC, made, {"status": m.NOTIFIED}, made.version, admin, action="step")
    assert list(integrity.check_rows()) == []
    monkeypatch.undo()
    upgrade_program()
    assert migrations.migrate(database, backup=lambda db, version: None) == [19]
    assert {"observers_text", "notice_sent"} <= set(migrations.column_names(database, "meeting"))
    assert [p.message for p in integrity.check_rows()] == []
    old = m.get(made.id, admin)
    assert (old.observers_text, old.notice_sent) == ("", "")  # not made up
    steps.perform("meetings", made.id, "修改", {"旁听人员": "杨秀兰（云岭镇群众代表）"}, admin)
    assert [p.message for p in integrity.check_rows()] == []
    Meeting.update(observers_text="").where(Meeting.id == made.id).execute()
    assert [p.record_id for p in integrity.check_rows()] == [made.id]
