"""Schema 40 adds a meeting's 发文字号 (meeting.doc_no) to an office's database: its meetings
keep everything, get an empty number, and `check` still finds their rows as their audit entries
digested them (the empty column is left out of a row's digest: integrity.ADDED_LATER)."""

from __future__ import annotations

import datetime as dt

from officedesk.core import check, integrity, settings
from officedesk.core import meetings as m
from officedesk.store import migrations
from officedesk.store.meetings import Meeting
from tests.meetings.conftest import _fill_directory, make_draft


def test_version_40_gives_meetings_an_empty_number_and_check_passes(db, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 30))
    settings.put("org.name", "中共某某市委办公室")
    _fill_directory(admin)
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), admin)
    db.execute_sql("drop index meeting_doc_no")  # (schema 41's)
    db.execute_sql("alter table meeting drop column doc_no")  # as a database of version 39 has it
    db.execute_sql("delete from schema_version where version >= 40")
    assert "doc_no" not in migrations.column_names(db, "meeting")

    assert 40 in migrations.migrate(db, backup=lambda db, version: None)
    meeting = Meeting.get_by_id(made.id)
    assert (meeting.doc_no, meeting.title) == ("", "市委常委会第12次会议")
    assert check.run_checks() == []


def test_an_empty_number_is_digested_as_a_row_without_the_column():
    """The rows audited before schema 40 were digested without doc_no; the same row read now
    holds it empty and must give the same digest, or `check` reports every old meeting."""
    row = {"id": 7, "title": "市委常委会第12次会议", "observers_text": "", "notice_sent": ""}
    assert integrity._digest_row(Meeting, {**row, "doc_no": ""}) == integrity._digest_row(Meeting, row)
    assert integrity._digest_row(Meeting, {**row, "doc_no": "某委办发〔2026〕7号"}) != integrity._digest_row(Meeting, row)
