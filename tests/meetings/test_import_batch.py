"""会议 imports of new meetings through the batch (checked in memory without the write lock, one
bulk write): the same meetings, people, agenda, audit entries (a conflict saved with a reason, a
row's 状态) and index rows as the row-by-row path writes from the same file; the same refusals
in the same rows and columns; a dry run that takes no write lock; a meeting another workstation
books between the check and the write is caught; rows of the file that clash with each other
meet each other as one by one they would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import audit, batch_write, check, rules_read
from officedesk.core import meetings as m
from officedesk.core.meetings import forcing
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store.meetings import AgendaItem, Meeting, MeetingAttendee
from officedesk.store.models import AuditEntry
from officedesk.store.search_index import SearchDoc
from tests.exchange.import_paths import both_dry, both_ways, clock_held_still
from tests.exchange.sheets import write_sheet
from tests.meetings.conftest import _fill_directory, make_draft
from tests.write_locks import watch_write_locks

SPEC = m.SPEC
TODAY = dt.date(2026, 11, 30)
BASE = {"会议名称": "专题会议", "会议类型": "专题会议", "主办单位": "市委办公室", "联系人": "张敏",
        "联系电话": "0731-88886666"}
AGENDA = "1. 听取汇报（市教育局 林涛，20分钟）\n2. 研究部署（市委办公室）"


def _at(day: int, hour: int, hours: int = 2) -> dict[str, str]:
    return {"开始时间": f"2026-12-{day:02d} {hour:02d}:00", "结束时间": f"2026-12-{day:02d} {hour + hours:02d}:00"}


# none clashing with another row of the file: the batch takes them all
VARIETY: list[dict[str, Any]] = [
    {**_at(3, 9), "会议名称": "市委常委会第12次会议", "会议类型": "常委会", "地点": "常委会议室",
     "主持人": "李建国", "出席人员": "李建国、王海涛、陈志明、刘芳", "列席人员": "马俊", "议程": AGENDA},
    # the 主持人 not listed: added to 出席; people typed with their units; an outside venue
    {**_at(3, 9), "会议名称": "座谈会", "会议类型": "座谈会", "地点": "县宾馆", "主持人": "赵立新",
     "出席人员": "高静、林涛", "特邀人员": "张教授（省社科院）", "旁听人员": "王群众（群众代表）",
     "报到时间": "2026-12-03 08:30", "报名截止": "2026-12-01 17:00", "材料要求": "带书面材料",
     "主席台人数": 2, "密级": "秘密"},
    {**_at(4, 14), "会议名称": "工作会", "会议类型": "工作会议", "地点": "第一 会议室", "状态": "已发通知",
     "主持人": "孙红梅", "出席人员": "周文斌、吴国庆"},
    # cancelled: it takes no room nor anyone's time, though the first row holds both then
    {**_at(3, 9), "会议名称": "取消的会", "地点": "常委会议室", "主持人": "李建国", "状态": "已取消",
     "取消原因": "改期"},
    {**_at(5, 9), "会议名称": "无人员的会", "地点": "第二会议室", "备注": "只定会议室"},
    {**_at(6, 9), "会议名称": "已开的会", "状态": "已召开", "地点": "第二会议室", "主持人": "郑小燕"},
]
BAD: list[dict[str, Any]] = [
    {**_at(10, 9), "开始时间": "2026-13-01 09:00"},
    {**_at(10, 9), "结束时间": "2026-12-10 08:00"},  # before its start
    {**_at(10, 9), "会议类型": "茶话会"},
    {**_at(10, 9), "状态": "暂停"},
    {**_at(10, 9), "取消原因": "改期"},  # without 已取消
    {**_at(10, 9), "状态": "已取消"},  # without its 取消原因
    {**_at(10, 9), "主办单位": "不存在的局"},
    {**_at(10, 9), "出席人员": "李建国", "旁听人员": "李建国"},
    {**_at(10, 9), "主持人": "黄丽华", "旁听人员": "黄丽华"},
    {**_at(10, 9), "地点": "第二会议室", "出席人员": "、".join(f"代表{n}" for n in range(13))},  # 12 seats
    {**_at(10, 9), "报名截止": "2026-11-01 17:00"},  # already past
    # the meeting already booked (BOOKED): the room refuses; a person due there needs a reason
    {**_at(20, 9), "地点": "常委会议室"},
    {**_at(20, 10), "地点": "县宾馆", "出席人员": "李建国"},
    {**_at(10, 9), "开始时间": "2026-13-01 09:00", "会议类型": "茶话会", "主席台人数": "很多"},  # every cell named
]


@pytest.fixture
def office(directory_data, fixed_today, admin, monkeypatch):
    fixed_today(TODAY, dt.time(8, 0))
    clock_held_still(monkeypatch)
    _booked(admin)
    return directory_data


def _booked(admin: Any) -> Meeting:
    """A meeting both offices have before the import: 12-20 09:00–12:00, 常委会议室, 李建国 …"""
    return m.save_meeting(make_draft(title="已安排的常委会", start="2026-12-20 09:00", end="2026-12-20 12:00",
                                     attendees=["李建国", "王海涛"]), admin)


def _sheet(path: Path, rows: list[dict[str, Any]]) -> Path:
    return write_sheet(SPEC, path, [{**BASE, **row} for row in rows])


def _problems(report: Any) -> set[tuple[int, str | None, str]]:
    return {(p.row, p.column, p.reason) for p in report.problems}


def _written() -> dict[str, Any]:
    """Every meeting, person, agenda item, audit entry and index row of the registry (row
    digests too: the clock stands still), their ids left out (the meetings named by name+start)."""
    key = {row.id: (row.title, row.start) for row in Meeting.select()}
    meetings = sorted(({k: v for k, v in row.__data__.items() if k != "id"} for row in Meeting.select()),
                      key=lambda row: (row["title"], row["start"]))

    def rows_of(model: Any) -> list[dict[str, Any]]:
        return sorted(({**{k: v for k, v in row.__data__.items() if k not in ("id", "meeting")},
                        "meeting": key[row.__data__["meeting"]]} for row in model.select().order_by(model.id)),
                      key=lambda row: (row["meeting"], row.get("role", ""), row["seq"]))

    entries = [(e.action, key.get(e.record_id), e.summary, e.before, e.after, e.row_digest)
               for e in AuditEntry.select().where(AuditEntry.registry == SPEC.name).order_by(AuditEntry.id)]
    index = sorted((key[d.record_id], d.level, d.title, d.body)
                   for d in SearchDoc.select().where(SearchDoc.registry == SPEC.name))
    return {"meetings": meetings, "people": rows_of(MeetingAttendee), "agenda": rows_of(AgendaItem),
            "entries": entries, "index": index}



def _both_ways(path: Path, admin: Any, tmp_path: Path, monkeypatch: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The file imported by the batch, then row by row into an office of its own."""
    def prepare() -> None:
        _fill_directory(admin)
        _booked(admin)

    _done, batched, one_by_one = both_ways(SPEC, path, admin, tmp_path, monkeypatch, _written, prepare)
    return batched, one_by_one


@pytest.mark.parametrize("how", ["staged", "under the lock"])
def test_the_batch_writes_what_the_row_path_writes(office, admin, tmp_path, monkeypatch, how):
    if how == "under the lock":
        monkeypatch.setattr(batch_write, "_still_fits", lambda *args: False)
    path = _sheet(tmp_path / "会议.xlsx", VARIETY)
    taken = watch_write_locks(monkeypatch)
    batched, one_by_one = _both_ways(path, admin, tmp_path, monkeypatch)
    assert taken[:1] == ["lock"] and len(taken) > 1  # the batch's one write, then the row path's
    assert batched == one_by_one
    assert len(batched["meetings"]) == 1 + len(VARIETY)
    by_title = {row["title"]: row for row in batched["meetings"]}
    assert by_title["工作会"]["status"] == "已发通知" and by_title["工作会"]["notice_sent"]
    assert by_title["取消的会"]["status"] == "已取消" and by_title["取消的会"]["cancel_reason"] == "改期"
    # the chair not typed among 出席 is added, first of his 级别 (service._chair_attends)
    assert by_title["座谈会"]["attendees_text"] == "赵立新、高静、林涛"
    assert by_title["工作会"]["place"] == "第一会议室" and by_title["工作会"]["room_id"] is not None
    assert [e[0] for e in batched["entries"] if e[1] and e[1][0] == "工作会"] == ["create", "step"]
    assert len(batched["agenda"]) == 4 + 2  # the booked meeting's and the first row's


def test_a_conflict_saved_with_a_reason_rides_along(office, admin, tmp_path, monkeypatch):
    """`import --force 理由`: a person due at the booked meeting, saved with the reason and its
    entry, as the row path saves it; the room booked twice is refused all the same."""
    rows = [{**_at(20, 10), "会议名称": "撞会", "地点": "县宾馆", "出席人员": "李建国、马俊"},
            {**_at(21, 9), "会议名称": "不撞", "地点": "常委会议室", "出席人员": "李建国"}]
    path = _sheet(tmp_path / "理由.xlsx", rows)
    with forcing("书记另有安排，由副书记代为出席"):
        batched, one_by_one = _both_ways(path, admin, tmp_path, monkeypatch)
    assert batched == one_by_one
    overrides = [e for e in batched["entries"] if e[0] == "conflict_override"]
    assert len(overrides) == 1 and overrides[0][1][0] == "撞会" and "李建国" in overrides[0][4]


def test_the_batch_refuses_what_the_row_path_refuses(office, admin, tmp_path, monkeypatch):
    rows = [{**_at(11, 9)}, *BAD, {**_at(12, 9)}]
    path = _sheet(tmp_path / "错误.xlsx", rows)
    batched, one_by_one = both_dry(SPEC, path, admin, monkeypatch)
    assert batched.total == one_by_one.total == len(rows)
    assert batched.bad_rows == one_by_one.bad_rows == set(range(3, len(BAD) + 3))
    assert _problems(batched) == _problems(one_by_one)
    assert batched.need_reason == one_by_one.need_reason == [12, 15]  # the room too small, the person due there
    assert all(p.column in ([*(SPEC.exchange_labels or []), ""]) for p in batched.problems)
    refused = xlsx.import_file(SPEC, path, admin)  # nothing written while a row is bad
    assert not refused.ok and refused.imported == 0 and _problems(refused) == _problems(batched)
    assert Meeting.select().count() == 1
    kept = xlsx.import_file(SPEC, path, admin, skip_bad=True)  # --skip-bad: the rest
    assert kept.imported == 2 and kept.bad_rows == batched.bad_rows
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_dry_run_takes_no_write_lock_and_writes_nothing(office, admin, tmp_path, monkeypatch):
    path = _sheet(tmp_path / "会议.xlsx", VARIETY)
    taken = watch_write_locks(monkeypatch)
    entries = AuditEntry.select().count()
    report = xlsx.import_file(SPEC, path, admin, dry_run=True)
    assert report.ok, [str(p) for p in report.problems]
    assert report.imported == len(VARIETY) and taken == []
    assert Meeting.select().count() == 1 and AuditEntry.select().count() == entries


def test_the_rows_are_checked_without_the_write_lock(office, admin, tmp_path, monkeypatch):
    from officedesk.core.meetings import conflicts

    path = _sheet(tmp_path / "会议.xlsx", VARIETY)
    in_transaction: list[bool] = []
    real = conflicts.find_conflicts

    def watched(*args: Any, **kwargs: Any) -> Any:
        in_transaction.append(store_db.database.in_transaction())
        return real(*args, **kwargs)

    monkeypatch.setattr(conflicts, "find_conflicts", watched)
    taken = watch_write_locks(monkeypatch)
    done = xlsx.import_file(SPEC, path, admin)
    assert done.ok and done.imported == len(VARIETY)
    assert in_transaction == [False] * (len(VARIETY) - 1)  # each row's (not the cancelled one's)
    assert taken == ["lock"]  # the one transaction of the bulk write


def _booking_meanwhile(monkeypatch: Any, admin: Any, times: int) -> list[int]:
    """Another workstation books 12-15 09:00 in 第一会议室 before the batch's write (each of
    the first `times` writes: a meeting on another day after the first)."""
    real, calls = batch_write.write, list[int]()

    def write(*args: Any, **kwargs: Any) -> Any:
        calls.append(len(calls))
        if len(calls) <= times:
            day = 15 if len(calls) == 1 else 15 + len(calls)
            m.save_meeting(make_draft(title=f"另一工作站的会{len(calls)}", start=f"2026-12-{day} 09:00",
                                      end=f"2026-12-{day} 11:00", place="第一会议室", attendees=["何永强"]),
                           admin)
        return real(*args, **kwargs)

    monkeypatch.setattr(batch_write, "write", write)
    return calls


def test_a_meeting_booked_between_the_check_and_the_write_is_caught(office, admin, tmp_path, monkeypatch):
    """The room checked free is booked by another workstation before the write: nothing of the
    batch is written, its rows are checked again and the row is refused in 地点."""
    rows = [{**_at(15, 10), "会议名称": "晚了一步", "地点": "第一会议室"}, {**_at(16, 14), "会议名称": "另一天"}]
    path = _sheet(tmp_path / "c.xlsx", rows)
    calls = _booking_meanwhile(monkeypatch, admin, 1)
    done = xlsx.import_file(SPEC, path, admin)
    assert calls == [0]  # refused under the lock, checked again: the row refused this time
    assert not done.ok and done.imported == 0
    assert [(p.row, p.column) for p in done.problems] == [(2, "地点")]
    assert "另一工作站的会1" in done.problems[0].reason
    assert {row.title for row in Meeting.select()} == {"已安排的常委会", "另一工作站的会1"}
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_batch_overtaken_every_time_is_refused_whole(office, admin, tmp_path, monkeypatch):
    rows = [{**_at(25, 10), "会议名称": "总被抢先", "地点": "第二会议室"}]
    path = _sheet(tmp_path / "c.xlsx", rows)
    calls = _booking_meanwhile(monkeypatch, admin, batch_write.STAGED_TRIES)
    with pytest.raises(rules_read.RulesChanged, match="其他工作站安排或修改了会议"):
        xlsx.import_file(SPEC, path, admin)
    assert len(calls) == batch_write.STAGED_TRIES
    assert "总被抢先" not in {row.title for row in Meeting.select()}
    assert audit.verify_chain() == []


def _counting_writes(monkeypatch: Any) -> list[int]:
    """A 1 for each bulk write the batch begins."""
    real, written = batch_write.write, list[int]()

    def write(*args: Any, **kwargs: Any) -> Any:
        written.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(batch_write, "write", write)
    return written


def test_rows_of_the_file_that_clash_are_met_as_one_by_one_meets_them(office, admin, tmp_path, monkeypatch):
    """Two rows in one room at once (or one leader due at both): the second meets the first as
    the row path meets it once saved (refused, or saved with the reason and its entry), and the
    batch still takes the file: checked with no lock, one write."""
    rows = [{**_at(8, 9), "会议名称": "先", "地点": "第二会议室"},
            {**_at(8, 10), "会议名称": "后", "地点": "第二会议室"},
            {**_at(8, 9), "会议名称": "同时", "地点": "县宾馆", "出席人员": "冯德胜"},
            {**_at(8, 10), "会议名称": "又同时", "地点": "第一会议室", "主持人": "冯德胜"}]
    path = _sheet(tmp_path / "撞.xlsx", rows)
    written = _counting_writes(monkeypatch)
    locks = watch_write_locks(monkeypatch)
    batched, one_by_one = both_dry(SPEC, path, admin, monkeypatch)
    assert _problems(batched) == _problems(one_by_one) and batched.need_reason == one_by_one.need_reason == [5]
    assert [(p.row, p.column) for p in batched.problems] == [(3, "地点"), (5, "")]
    assert "已安排“先”" in batched.problems[0].reason and "冯德胜" in batched.problems[1].reason
    assert locks == ["lock"]  # the row path's dry run: the batch's took none
    done = xlsx.import_file(SPEC, path, admin, skip_bad=True)
    assert written == [1] and done.imported == 2 and _problems(done) == _problems(batched)
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_person_due_at_an_earlier_row_is_saved_with_the_reason_as_one_by_one(office, admin, tmp_path,
                                                                             monkeypatch):
    people = [{**_at(9, 9), "会议名称": "甲", "地点": "县宾馆", "出席人员": "冯德胜"},
              {**_at(9, 10), "会议名称": "乙", "地点": "第二会议室", "主持人": "冯德胜"},
              {**_at(9, 10), "会议名称": "丙", "地点": "第一会议室", "出席人员": "冯德胜、马俊"}]
    written = _counting_writes(monkeypatch)
    with forcing("确需同时安排"):
        batched, one_by_one = _both_ways(_sheet(tmp_path / "人.xlsx", people), admin, tmp_path, monkeypatch)
    assert written == [1] and batched == one_by_one
    overrides = [e for e in batched["entries"] if e[0] == "conflict_override"]
    assert [e[1][0] for e in overrides] == ["乙", "丙"]
    assert "要出席“乙”" in str(overrides[1][4])  # 丙 met both earlier rows (乙's 主持人 listed at it)


def _meanwhile(monkeypatch: Any, change: Any) -> list[int]:
    """`change()` made by another workstation before the batch's first write."""
    real, calls = batch_write.write, list[int]()

    def write(*args: Any, **kwargs: Any) -> Any:
        calls.append(len(calls))
        if len(calls) == 1:
            change()
        return real(*args, **kwargs)

    monkeypatch.setattr(batch_write, "write", write)
    return calls


def test_a_directory_change_meanwhile_counts_only_when_the_rows_found_it(office, admin, tmp_path, monkeypatch):
    """A room added elsewhere changes nothing the rows found: written at once. A room's seats
    cut below a row's people, or a name typed that becomes a 通讯录 person, is caught: the rows
    checked again, as the row path would check them now."""
    from officedesk.core import directory, records

    rows = [{**_at(22, 9), "会议名称": "小会", "地点": "第二会议室", "出席人员": "李建国、王海涛、新来的"}]
    path = _sheet(tmp_path / "d.xlsx", rows)
    calls = _meanwhile(monkeypatch, lambda: records.create(directory.ROOMS, {"名称": "新会议室", "容量": 8}, admin))
    done = xlsx.import_file(SPEC, path, admin)
    assert done.ok and done.imported == 1 and calls == [0]  # one write: nothing to check again
    Meeting.delete().where(Meeting.title == "小会").execute()

    def cut_seats() -> None:
        second = directory.ROOMS.model.get(directory.ROOMS.model.name == "第二会议室")
        records.update(directory.ROOMS, second.id, {"容量": 2}, second.version, admin)

    calls = _meanwhile(monkeypatch, cut_seats)
    done = xlsx.import_file(SPEC, path, admin)
    assert calls == [0] and not done.ok and done.need_reason == [2]  # 3 people, 2 seats now
    assert "只能坐 2 人" in done.problems[0].reason

    calls = _meanwhile(monkeypatch, lambda: records.create(
        directory.PEOPLE, {"姓名": "新来的", "单位": "市财政局", "职务": "副局长", "级别": 30}, admin))
    path = _sheet(tmp_path / "e.xlsx", [{**rows[0], "地点": "第一会议室"}])
    done = xlsx.import_file(SPEC, path, admin)
    assert done.ok and calls == [0, 1]  # checked again: the name is a person of the 通讯录 now
    newcomer = MeetingAttendee.get(MeetingAttendee.name == "新来的")
    assert newcomer.person_id is not None and newcomer.unit == "市财政局"
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_the_window_asks_the_reason_for_a_new_row_and_the_batch_saves_it(directory_data, admin, fixed_today, tmp_path,
                                                                        main_window, qtbot, monkeypatch):
    """A new row refused only for want of a reason: the window's check (the batch's dry run)
    names the row, offers to give the reason, and the batch saves the meeting with it."""
    from officedesk.ui import actions

    fixed_today(TODAY, dt.time(8, 0))
    _booked(admin)
    path = _sheet(tmp_path / "理由.xlsx", [{**_at(20, 10), "会议名称": "撞会", "地点": "县宾馆", "出席人员": "李建国、马俊"}])
    written = _counting_writes(monkeypatch)
    offered, asked, infos = [], [], []

    def answer(window, title, summary, lines, choices, reject_text, warning=True, tips=None):
        offered.append([value for _text, value in choices])
        return "reason" if "reason" in offered[-1] else None

    def reason(window, rows):
        asked.append(rows)
        return "书记只出席后半程"

    monkeypatch.setattr(actions, "ask_over_list", answer)
    monkeypatch.setattr(actions, "ask_conflict_reason", reason)
    monkeypatch.setattr(actions, "confirm_import", lambda *args: True)
    monkeypatch.setattr(actions, "info", lambda window, title, text: infos.append(text))
    actions.check_then_import(main_window, SPEC, str(path), "refuse")
    qtbot.waitUntil(lambda: bool(infos), timeout=20000)
    assert offered == [["reason", "history"]] and asked == [[2]] and written == [1]
    saved = Meeting.get(Meeting.title == "撞会")
    entry = AuditEntry.get((AuditEntry.action == "conflict_override") & (AuditEntry.record_id == saved.id))
    assert "书记只出席后半程" in entry.summary


def test_secrecy_holds_on_both_paths(office, admin, clerk, tmp_path, monkeypatch):
    """保密: a clerk cleared for 秘密 is refused a 机密 row, and a room a 机密 meeting books is
    only said to be taken then (not its title nor time), on both paths alike."""
    m.save_meeting(make_draft(title="机密的会", start="2026-12-24 09:00", end="2026-12-24 12:00",
                              place="第二会议室", attendees=["何永强"], secrecy="机密"), admin)
    rows = [{**_at(23, 9), "会议名称": "太高", "密级": "机密", "地点": "县宾馆"},
            {**_at(24, 10), "会议名称": "撞了机密的会", "地点": "第二会议室", "出席人员": "徐明"},
            {**_at(25, 10), "会议名称": "好的", "地点": "第二会议室", "出席人员": "徐明"}]
    path = _sheet(tmp_path / "保密.xlsx", rows)
    batched, one_by_one = both_dry(SPEC, path, clerk, monkeypatch)
    assert _problems(batched) == _problems(one_by_one)
    assert batched.bad_rows == {2, 3}
    said = " ".join(p.reason for p in batched.problems)
    assert "已被占用" in said and "机密的会" not in said
