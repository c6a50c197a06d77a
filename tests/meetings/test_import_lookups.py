"""A 会议 import looks its people and rooms up once, not again for every row (it goes row by
row in one write transaction, holding the write lock): each row named the same leaders again, a
query a person and one for his unit, and looked its room up three times. What the rows find is
the same; a change of the directory within the transaction is seen by the next row, and nothing
is remembered for a reader outside an import."""

from __future__ import annotations

import re

from openpyxl import Workbook

from officedesk.core import directory, records, registry
from officedesk.core.meetings import known, resolve_person
from officedesk.core.meetings.imported import create_hook
from officedesk.exchange import xlsx
from officedesk.store.db import database, write_transaction
from officedesk.store.meetings import Meeting, MeetingAttendee

HEADERS = ["会议名称", "会议类型", "开始时间", "结束时间", "地点", "主办单位", "主持人",
           "出席人员", "议程"]
PEOPLE = "李建国、王海涛、陈志明、刘芳、马俊、高静、林涛、徐明"
# a person, a room, a unit by its id or name (not the list of unit names directory._recently
# reads when an audit entry was written since: 主办单位's check)
_DIRECTORY = re.compile(r'FROM "(person|room)" AS|FROM "unit" AS "t1" WHERE', re.IGNORECASE)


def _row(n: int, place: str = "第一会议室") -> list[str]:
    day = 1 + n % 28
    return [f"专题会第{n}次", "专题会议", f"2027/1/{day} {8 + n // 28}:00",
            f"2027/1/{day} {8 + n // 28}:50", place, "市委办公室", "李建国", PEOPLE,
            "1. 听取汇报（市教育局 林涛，20分钟）\n2. 研究部署（市委办公室）"]


def _sheet(path, rows):
    book = Workbook()
    book.active.append(HEADERS)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _statements_of_import(path, admin, monkeypatch) -> tuple[int, int]:
    """(every statement, those looking a 通讯录 person, unit or room up) of importing `path`."""
    counted = [0, 0]
    real = database.obj.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        counted[0] += 1
        counted[1] += bool(_DIRECTORY.search(sql))
        return real(sql, params, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(database.obj, "execute_sql", counting)
        report = xlsx.import_file(registry.get("meetings"), path, admin)
    assert not report.problems, report.problems
    return counted[0], counted[1]


def test_an_import_reads_its_people_and_rooms_once_not_a_row(directory_data, admin, tmp_path,
                                                             monkeypatch):
    few_all, few = _statements_of_import(_sheet(tmp_path / "a.xlsx", [_row(n) for n in range(2)]),
                                         admin, monkeypatch)
    many_all, many = _statements_of_import(
        _sheet(tmp_path / "b.xlsx", [_row(n) for n in range(100, 122)]), admin, monkeypatch)
    # twenty rows more, the same people and room: not one lookup more (it was 20 a row)
    assert many == few, (few, many)
    per_row = (many_all - few_all) / 20
    assert per_row < 40, per_row  # 60 before: the meeting, its 8 people and agenda, its audit
    # and what the rows found is what they found one by one
    meeting = Meeting.get(Meeting.title == "专题会第110次")
    assert meeting.room_id is not None
    people = list(MeetingAttendee.select().where(MeetingAttendee.meeting == meeting)
                  .order_by(MeetingAttendee.id))
    assert [p.name for p in people] == PEOPLE.split("、")
    assert all(p.person_id is not None and p.unit for p in people)


def test_a_person_added_in_the_transaction_is_found_by_the_next_row(directory_data, admin):
    def row(n: int) -> dict[str, str]:
        return dict(zip(HEADERS, [*_row(n, "新会议室")[:7], "李建国、韩新", ""], strict=True))

    with write_transaction():
        first = create_hook(row(1), admin)
        records.create(directory.PEOPLE, {"姓名": "韩新", "单位": "市财政局"}, admin)
        records.create(directory.ROOMS, {"名称": "新会议室", "容量": 10}, admin)
        second = create_hook(row(2), admin)
    typed, found = (
        MeetingAttendee.get((MeetingAttendee.meeting == m) & (MeetingAttendee.name == "韩新"))
        for m in (first, second))
    assert typed.person_id is None and found.person_id is not None and found.unit == "市财政局"
    assert first.room_id is None and second.room_id is not None


def test_nothing_is_remembered_outside_an_import(directory_data, admin, tmp_path, monkeypatch):
    _statements_of_import(_sheet(tmp_path / "a.xlsx", [_row(1)]), admin, monkeypatch)
    assert resolve_person("韩新").person_id is None
    records.create(directory.PEOPLE, {"姓名": "韩新", "单位": "市财政局"}, admin)
    assert resolve_person("韩新").person_id is not None  # the window reads the database
    with write_transaction():
        with known.held():
            assert resolve_person("赵六").person_id is None
        # the same transaction, outside `held`: read afresh
        records.create(directory.PEOPLE, {"姓名": "赵六", "单位": "市财政局"}, admin)
        assert resolve_person("赵六").person_id is not None
