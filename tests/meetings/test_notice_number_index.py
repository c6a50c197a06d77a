"""One 发文字号, one notice, held by the database too (schema 41, a unique index where it is
given): two workstations saving one number at once both passed the read before the save. The
index's refusal says what the read check says, on 新建, 修改 and import, and nothing is half
saved. (Written past the check here: the rule taken out of the registry's rules.)"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.errors import ConflictError, ValidationError
from officedesk.store.meetings import AgendaItem, Meeting, MeetingAttendee
from officedesk.store.models import AuditEntry
from officedesk.store.search_index import SearchDoc
from tests.exchange.import_paths import import_by
from tests.meetings.conftest import make_draft
from tests.meetings.test_notice_number_unique import CLERK, NUMBER, _second, _sheet

TAKEN = f"发文字号“{NUMBER}”已是另一个会议的通知字号：一个字号只能发一份通知。"


@pytest.fixture
def unchecked(directory_any_db, admin, fixed_today, monkeypatch):
    """A meeting with NUMBER, and the read check gone: what a save racing another
    workstation's meets (the other's row committed after its check read none); SQLite and PostgreSQL."""
    fixed_today(dt.date(2026, 11, 30))
    numbered = m.save_meeting(make_draft(title="机密会议SECRETMTG", attendees=["李建国"], secrecy="机密",
                                         doc_no=NUMBER), admin)
    monkeypatch.setattr(m.SPEC, "rules", [rule for rule in m.SPEC.rules
                                          if rule.__name__ != "_notice_number_unique"])
    return numbered


def _written() -> tuple[int, ...]:
    return (Meeting.select().count(), MeetingAttendee.select().count(), AgendaItem.select().count(),
            AuditEntry.select().count(), SearchDoc.select().where(SearchDoc.registry == "meetings").count())


def test_a_new_meeting_with_a_number_taken_past_the_check_is_refused_in_the_rules_words(unchecked, admin):
    before = _written()
    for actor in (admin, CLERK):
        with pytest.raises(ValidationError) as refused:
            m.save_meeting(_second(doc_no=NUMBER), actor)
        assert refused.value.field == "doc_no"
        assert TAKEN in refused.value.message and "SECRET" not in refused.value.message
    assert _written() == before  # not its row, people, agenda, entry nor index entry


def test_the_edit_step_giving_a_number_taken_past_the_check_is_refused(unchecked, admin):
    other = m.save_meeting(_second(), admin)
    before = _written()
    with pytest.raises(ValidationError) as refused:
        steps.perform("meetings", other.id, "修改", {"发文字号": NUMBER, "地点": "第一会议室"}, admin)
    assert TAKEN in refused.value.message
    kept = m.get(other.id, admin)
    assert (kept.doc_no, kept.place, kept.version) == ("", other.place, other.version)
    assert _written() == before


@pytest.mark.parametrize("how", ["batch", "rows"])
def test_an_import_giving_a_number_taken_past_the_check_writes_nothing(unchecked, tmp_path, monkeypatch,
                                                                       how):
    rows: list[dict[str, Any]] = [
        {"会议名称": "甲会", "开始时间": "2026-12-07 09:00", "结束时间": "2026-12-07 10:00"},
        {"会议名称": "乙会", "开始时间": "2026-12-08 09:00", "结束时间": "2026-12-08 10:00",
         "发文字号": NUMBER},
    ]
    before = _written()
    path = _sheet(tmp_path / "会议.xlsx", rows)
    if how == "batch":  # the whole batch is refused, as a number taken meanwhile is
        with pytest.raises(ConflictError) as refused:
            import_by(how, m.SPEC, path, CLERK, monkeypatch)
        said = refused.value.message
        assert "没有写入任何数据" in said
    else:  # row by row: its row is refused, the others not written (an import is all or none)
        report = import_by(how, m.SPEC, path, CLERK, monkeypatch)
        assert not report.ok and report.imported == 0
        said = " ".join(p.reason for p in report.problems)
    assert TAKEN in said and "SECRET" not in said, said
    assert _written() == before


def test_meetings_without_a_number_are_not_held_by_the_index(unchecked, admin):
    m.save_meeting(_second(), admin)
    m.save_meeting(make_draft(title="第三个会", start="2026-12-05 09:00", end="2026-12-05 11:00",
                              place="第二会议室", attendees=["高静"]), admin)
    assert Meeting.select().where(Meeting.doc_no == "").count() == 2
