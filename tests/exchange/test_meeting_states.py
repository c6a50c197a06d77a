"""会议 from a sheet keeps its 状态: a meeting 已发通知, 已召开 or 已取消 (with its 取消原因) exported
and imported into another office comes back in that state (it came back 筹备中 whatever it
was); a cancelled meeting takes no room and no one's time there either; a state without its
fact, or a fact without its state, is refused by row and column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import meetings as m
from officedesk.core import records, settings, state_facts
from officedesk.core.directory import ROOMS
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store.meetings import Meeting

from .sheets import write_sheet

TODAY = dt.date(2026, 6, 30)
ROOM = "第一会议室"


def _meeting(actor: Any, title: str, day: int, hour: int = 9) -> Any:
    start = f"2026-06-{day:02d} {hour:02d}:00"
    return m.create_hook({"会议名称": title, "会议类型": "工作会议", "开始时间": start,
                          "结束时间": f"2026-06-{day:02d} {hour + 2:02d}:00", "地点": ROOM,
                          "主办单位": "县委办公室"}, actor)


def _office(admin: Any) -> None:
    settings.put("org.name", "中共云岭县委办公室")
    records.create(ROOMS, {"名称": ROOM, "容量": 40}, admin)


@pytest.fixture
def office(db, fixed_today, admin):
    fixed_today(TODAY)
    _office(admin)
    return db


def test_every_state_comes_back_and_a_cancelled_meeting_takes_no_room(office, admin, tmp_path):
    m.mark_notice_sent(_meeting(admin, "防汛工作会", 10).id, admin)
    m.mark_held(_meeting(admin, "经济工作会", 11).id, admin)
    cancelled = m.cancel(_meeting(admin, "安全生产会", 12).id, "领导另有公务", admin)
    # the room was free again once it was cancelled: another meeting took it at the same time
    _meeting(admin, "招商工作会", 12)
    _meeting(admin, "党建工作会", 13)
    before = sorted((r.title, r.status, r.cancel_reason, r.room_id is not None)
                    for r in Meeting.select())
    assert {status for _, status, _, _ in before} == set(m.STATUSES)
    path = tmp_path / "meetings.xlsx"
    xlsx.export(m.SPEC, path, admin)
    store_db.close_database()
    settings.forget_cache()
    store_db.open_database(str(tmp_path / "another-office.db"))
    _office(admin)

    for history in (True, False):
        Meeting.delete().execute()
        report = xlsx.import_file(m.SPEC, path, admin, history=history)
        assert report.ok and report.imported == 5, [str(p) for p in report.problems]
        assert sorted((r.title, r.status, r.cancel_reason, r.room_id is not None)
                      for r in Meeting.select()) == before
    assert Meeting.get(Meeting.title == "安全生产会").cancel_reason == cancelled.cancel_reason
    assert state_facts.check_all() == []


def _sheet(path: Path, rows: list[dict[str, Any]]) -> Path:
    return write_sheet(m.SPEC, path, rows)


BASE = {"会议名称": "防汛工作会", "会议类型": "工作会议", "开始时间": "2026-06-10 09:00",
        "结束时间": "2026-06-10 11:00", "地点": ROOM}


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        ({**BASE, "状态": "已取消"}, "状态", "缺少：取消原因"),
        ({**BASE, "状态": "已召开", "取消原因": "改期"}, "取消原因", "只有已取消的会议才有"),
        ({**BASE, "取消原因": "改期"}, "取消原因", "只有已取消的会议才有"),
        ({**BASE, "状态": "已结束"}, "状态", "只能是"),
    ],
    ids=["cancelled-unexplained", "held-cancel-reason", "no-state-cancel-reason", "unknown"],
)
def test_a_state_without_its_fact_is_refused_by_row_and_column(
    office, admin, tmp_path, row, column, words
):
    report = xlsx.import_file(m.SPEC, _sheet(tmp_path / "m.xlsx", [row]), admin, history=True)
    assert [(p.row, p.column) for p in report.problems] == [(2, column)], [
        str(p) for p in report.problems]
    assert words in report.problems[0].reason
    assert Meeting.select().count() == 0
