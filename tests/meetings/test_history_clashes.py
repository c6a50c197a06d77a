"""`import --history` of a past 台账: two meetings held in one room at one time, or a leader at two
at once, is what the 台账 records — or a slip of its typing the clerk is told of, row by row. A
meeting that has ended is taken as recorded, on the batch and on the row-by-row path alike, each
clash kept in its trail (the reason: the 台账's, or `--force 理由` when given) and named in the
report (and its dry run) by row, with what to do; a row not yet held keeps the rules of planning
(a room booked twice refused in its row and column, another clash only with a reason)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from officedesk.core import audit, check
from officedesk.core import meetings as m
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store.meetings import Meeting
from tests.exchange.import_paths import rows_only
from tests.exchange.sheets import write_sheet
from tests.meetings.test_conflicts_translated import _every_kind, glossary  # noqa: F401 (a fixture)

TODAY = dt.date(2026, 11, 30)
BASE = {"会议类型": "专题会议", "状态": "已召开"}
PAST = [
    {"会议名称": "县委常委会第12次会议", "开始时间": "2025-03-04 09:00", "结束时间": "2025-03-04 11:30",
     "地点": "第一会议室", "主持人": "李建国", "出席人员": "李建国、王海涛"},
    {"会议名称": "全县安全生产工作会议", "开始时间": "2025-03-04 10:00", "结束时间": "2025-03-04 12:00",
     "地点": "第一会议室", "主持人": "王海涛", "出席人员": "王海涛、高静"},
    {"会议名称": "书记办公会", "开始时间": "2025-03-10 09:00", "结束时间": "2025-03-10 10:00",
     "地点": "第二会议室", "出席人员": "李建国"},
    {"会议名称": "专题会", "开始时间": "2025-03-10 09:30", "结束时间": "2025-03-10 10:30",
     "地点": "常委会议室", "出席人员": "陈志明、李建国"},
]


@pytest.fixture
def office(directory_data, fixed_today):
    fixed_today(TODAY, dt.time(8, 0))


def _sheet(tmp_path, rows, name="台账.xlsx"):
    return write_sheet(m.SPEC, tmp_path / name, [{**BASE, **row} for row in rows])


def _told(title: str, reader) -> str:
    """The clashes a meeting's trail keeps, as `reader` is told them (conflicts_told.redact)."""
    meeting = Meeting.get(Meeting.title == title)
    entry, = [e for e in audit.history("meetings", meeting.id, reader) if e.action == "conflict_override"]
    return entry.summary + entry.before + entry.after


def _kept(title: str) -> list[str]:
    meeting = Meeting.get(Meeting.title == title)
    return [e.summary for e in audit.history("meetings", meeting.id) if e.action == "conflict_override"]


@pytest.mark.parametrize("path", ["batch", "rows"])
def test_past_clashes_are_taken_as_recorded_and_told_by_row(office, admin, tmp_path, monkeypatch, path):
    sheet = _sheet(tmp_path, PAST)

    def run(**options):
        go = lambda: xlsx.import_file(m.SPEC, sheet, admin, history=True, **options)  # noqa: E731
        return go() if path == "batch" else rows_only(monkeypatch, go)

    dry = run(dry_run=True)
    assert dry.ok and dry.imported == 4, [str(p) for p in dry.problems]
    said = dry.summary()
    assert "第 3 行" in said and "第 5 行" in said and "第 2 行" not in said, said
    assert "第一会议室在 2025-03-04 09:00–11:30 已安排“县委常委会第12次会议”" in said
    # what was held is told in the past: he attended both, not “要出席” as if still to come
    assert "李建国在 2025-03-10 09:00–10:00 另出席了“书记办公会”，地点：第二会议室" in said
    assert " 要" not in said
    assert "请换一个会议室或改时间" not in said  # no planning advice for what was held
    assert Meeting.select().count() == 0
    done = run()
    assert done.ok and done.imported == 4, [str(p) for p in done.problems]
    assert "第 3 行" in done.summary()
    rows = done.as_dict()["clashes_as_recorded"]
    assert [r["row"] for r in rows] == [3, 5] and rows[0]["title"] == "全县安全生产工作会议"
    kept, = _kept("全县安全生产工作会议")
    assert "往年台账" in kept
    assert "李建国在 2025-03-10 09:00–10:00 另出席了“书记办公会”" in _told("专题会", admin)
    assert _kept("县委常委会第12次会议") == [] and len(_kept("专题会")) == 1
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_reason_given_is_the_one_kept(office, admin, tmp_path):
    from officedesk.core.meetings import forcing

    sheet = _sheet(tmp_path, PAST[:2])
    with forcing("两会先后在第一会议室召开，台账时间为计划时间"):
        done = xlsx.import_file(m.SPEC, sheet, admin, history=True)
    assert done.ok
    kept, = _kept("全县安全生产工作会议")
    assert "台账时间为计划时间" in kept


def test_a_row_not_yet_held_keeps_the_rules_of_planning(office, admin, tmp_path):
    later = [{**PAST[0], "开始时间": "2026-12-04 09:00", "结束时间": "2026-12-04 11:30", "状态": "筹备中"},
             {**PAST[1], "开始时间": "2026-12-04 10:00", "结束时间": "2026-12-04 12:00", "状态": "筹备中"}]
    done = xlsx.import_file(m.SPEC, _sheet(tmp_path, later), admin, history=True)
    assert not done.ok and done.imported == 0
    (row, column, reason), = [(p.row, p.column, p.reason) for p in done.problems]
    assert (row, column) == (3, "地点") and "请换一个会议室或改时间" in reason
    assert "clashes_as_recorded" not in done.as_dict()


def test_a_plain_import_of_the_same_rows_still_refuses(office, admin, tmp_path):
    rows = [{**row, "状态": "筹备中"} for row in PAST[:2]]
    done = xlsx.import_file(m.SPEC, _sheet(tmp_path, rows), admin)
    assert not done.ok and [p.row for p in done.problems] == [3]


def test_the_command_line_takes_the_past_register(office, admin, tmp_path, capsys):
    from officedesk import cli

    sheet = _sheet(tmp_path, PAST)
    db = str(store_db.database.database)
    store_db.close_database()
    code = cli.main(["--db", db, "import", "meetings", str(sheet), "--history", "--dry-run", "--json"])
    said = json.loads(capsys.readouterr().out)
    assert code == 0 and said["clashes_as_recorded"][0]["row"] == 3
    code = cli.main(["--db", db, "import", "meetings", str(sheet), "--history"])
    out, err = capsys.readouterr()
    assert code == 0, (out, err)
    assert "第 3 行" in out and "第 5 行" in out and "Traceback" not in out + err
    store_db.open_database(db)


def test_a_room_clash_kept_names_no_meeting_above_the_readers_clearance(office, admin, tmp_path):
    from officedesk.core.actor import Actor

    rows = [{**PAST[0], "密级": "机密", "会议名称": "机密会议SECRETMTG"}, PAST[1]]
    assert xlsx.import_file(m.SPEC, _sheet(tmp_path, rows), admin, history=True).ok
    meeting = Meeting.get(Meeting.title == "全县安全生产工作会议")

    def trail(reader):
        entry, = [e for e in audit.history("meetings", meeting.id, reader) if e.action == "conflict_override"]
        return entry.summary + entry.before + entry.after

    low = trail(Actor(username="k0", role="clerk", clearance=0, display_name="公开科员"))
    assert "SECRETMTG" not in low and "第一会议室在本次会议时段已被占用。" in low, low
    assert "已安排“机密会议SECRETMTG”" in trail(admin)


def test_the_facts_have_their_english_and_titles_stay_as_typed(directory_data, admin, on_day,
                                                                glossary):  # noqa: F811
    """Each clash kept (Conflict.recorded) is a catalogue pattern with its English; the other
    meeting's title goes in as typed — a meeting named 书记办公会 is no “Secretaries' meeting”."""
    from officedesk.core.i18n import Text, Verbatim

    found = _every_kind(admin)
    for conflict in found:
        assert isinstance(conflict.recorded, Text) and conflict.recorded.pattern in glossary
    titled = [c for c in found if c.other_meeting_id is not None]
    assert titled and all(any(isinstance(a, Verbatim) for a in c.message.args) for c in titled)


def test_a_past_clash_with_a_meeting_above_the_reader_is_told_as_hidden(office, admin, tmp_path):
    """The trail keeps the past clash as told (“另出席了”); a reader below the other meeting's
    密级 is told only that the person was engaged (conflicts_told.redact reads that wording too)."""
    from officedesk.core.actor import Actor

    rows = [{**PAST[2], "密级": "机密"}, PAST[3]]
    done = xlsx.import_file(m.SPEC, _sheet(tmp_path, rows), admin, history=True)
    assert done.ok, [str(p) for p in done.problems]
    low = Actor("k1", "clerk", 1)
    told = _told("专题会", low)
    assert "书记办公会" not in told and "李建国在本次会议时段另有安排。" in told
    assert "李建国在 2025-03-10 09:00–10:00 另出席了“书记办公会”" in _told("专题会", admin)
