"""A 会议台账 through the batch on SQLite and PostgreSQL: meetings with their people and agenda,
a 状态 as a step of its own, the chain and `check` clean, the dry run writing nothing; a meeting
another workstation (its own connection) books in the batch's room while the batch is made
ready is caught under the schedule lock, and the row refused when it is checked again."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from officedesk.core import audit, batch, check
from officedesk.core import meetings as m
from officedesk.store.meetings import AgendaItem, Meeting, MeetingAttendee
from officedesk.store.models import AuditEntry
from officedesk.store.search_index import SearchDoc
from tests.meetings.conftest import make_draft

SPEC = m.SPEC
BASE = {"会议类型": "专题会议", "主办单位": "市委办公室", "议程": "1. 听取汇报（市教育局 林涛，20分钟）"}


def _rows(n: int) -> list[dict[str, Any]]:
    """n meetings a day apart, a room each day, the 主持人 among the people or not."""
    return [{**BASE, "会议名称": f"专题会第{i}次", "开始时间": f"2027-01-{1 + i % 28:02d} {9 + i // 28}:00",
             "结束时间": f"2027-01-{1 + i % 28:02d} {9 + i // 28}:50", "地点": "第一会议室",
             "主持人": "李建国", "出席人员": "王海涛、陈志明" if i % 2 else "李建国、王海涛",
             "状态": "已发通知" if i % 3 == 0 else "筹备中"} for i in range(n)]


def test_a_register_lands_whole_on_either_database(directory_any_db, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    rows = _rows(30)
    assert batch.create_many(SPEC, rows, admin, dry_run=True) == ([], [])
    assert Meeting.select().count() == AuditEntry.select().where(AuditEntry.registry == SPEC.name).count() == 0
    ids, problems = batch.create_many(SPEC, rows, admin)
    assert problems == [] and len(ids) == 30
    assert MeetingAttendee.select().count() == 30 * 3 - 15  # the chair added where not listed
    assert AgendaItem.select().count() == 30
    assert Meeting.select().where(Meeting.status == "已发通知").count() == 10
    first = Meeting.get_by_id(ids[0])
    assert (first.status, first.version, first.attendees_text) == ("已发通知", 2, "李建国、王海涛")
    actions = [e.action for e in AuditEntry.select().where((AuditEntry.registry == SPEC.name)
                                                         & (AuditEntry.record_id == ids[0])).order_by(AuditEntry.id)]
    assert actions == ["create", "step"]
    assert SearchDoc.select().where(SearchDoc.registry == SPEC.name).count() == 30
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_a_meeting_booked_meanwhile_by_another_workstation_is_caught(directory_any_db, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    booked: list[Any] = []

    def another_workstation_books(done: int, total: int) -> bool:
        if done > total // 2 and not booked:  # the rows checked, the batch being made ready
            worker = threading.Thread(target=lambda: booked.append(m.save_meeting(make_draft(
                title="另一工作站的会", start="2027-01-03 09:30", end="2027-01-03 10:30",
                place="第一会议室", attendees=["何永强"]), admin)))
            worker.start()
            worker.join()
        return True

    rows = _rows(6)
    try:
        batch.create_many(SPEC, rows, admin, progress=another_workstation_books)
        raise AssertionError("the room booked meanwhile was not caught")
    except batch.RowsRefused as exc:
        assert [(p.index, p.field) for p in exc.problems] == [(2, "地点")]
        assert "另一工作站的会" in exc.problems[0].message
    assert booked and [row.title for row in Meeting.select()] == ["另一工作站的会"]
    assert audit.verify_chain() == [] and check.run_checks() == []
