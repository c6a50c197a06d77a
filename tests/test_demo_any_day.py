"""`officedesk demo --size N` on the day it is run: the demo's records are made through core's
rules of that day. Before, `demo --size 30` failed on 16 Nov 2026 (a 信息's 批示 turned 督查
with its 办结时限 30 days after a 批示 of April, before the item's 立项日期, today) and `demo
--size 100` on 7 Dec 2026 (a 工作会议 two days ahead asked for names by a 报名截止 gone),
leaving a half-made office that `demo` would not fill again."""

from __future__ import annotations

import datetime as dt
import random

from officedesk import demo
from officedesk.core import clock, settings
from officedesk.demo import directory, info, meetings, users
from officedesk.store.meetings import Meeting
from officedesk.store.supervision import SupervisionItem


def _office(size: int) -> None:
    settings.put("org.name", "中共云岭县委办公室")
    settings.put("org.code", "云委办")
    directory.populate(size, random.Random(2026))
    users.populate(size, random.Random(2026))


def test_an_instruction_turned_supervision_is_due_after_the_item_is_made(db, fixed_today):
    fixed_today(dt.date(2026, 11, 16))
    _office(30)
    assert info.populate(30, random.Random(2026)) > 0
    items = list(SupervisionItem.select())
    assert items  # the seed turns a 批示 of April into an item
    assert all(item.deadline >= item.start_date for item in items)


def test_a_meeting_days_ahead_asks_no_names_by_a_time_gone(db, fixed_today):
    fixed_today(dt.date(2026, 12, 7))
    _office(100)
    assert meetings.populate(100, random.Random(2026)) > 90
    ahead = Meeting.select().where(Meeting.start > clock.now())
    assert ahead.count() > 0
    assert all(m.signup_deadline is None or m.signup_deadline > clock.now() for m in ahead)


def test_a_demo_stopped_half_way_says_so_and_what_to_do(tmp_path, monkeypatch, capsys):
    """A rule that stops the demo (another day's data may meet one) is said with what it left:
    before, only the rule's words, and `demo` again refused the half-made office."""
    from officedesk import cli
    from officedesk.core.errors import ValidationError
    from officedesk.store import db as store_db

    def refused(size: int, rng: random.Random) -> int:
        raise ValidationError("办结时限（2026-04-24）不能早于立项日期（2026-11-16）。")

    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(info, "populate", refused)
    # stopped after the 通讯录 and the users are made (the whole demo of 5 before it, as
    # DEMO_MODULES has 信息 last, took 7–10 s to stop at the same rule with the same words)
    monkeypatch.setattr(demo, "DEMO_MODULES", [
        "officedesk.demo.directory", "officedesk.demo.users", "officedesk.demo.info"])
    clock.set_today(dt.date(2026, 11, 16))
    try:
        code = cli.main(["demo", "--size", "5", "--db", str(tmp_path / "demo.db")])
    finally:
        store_db.close_database()
        clock.set_today(None)
    said = capsys.readouterr().err.strip()
    assert code == 1
    assert said == ("办结时限（2026-04-24）不能早于立项日期（2026-11-16）。演示数据没有生成完：数据库中已有其中一部分，"
                    "不能再往里添加演示数据。请换一个新的数据库文件重新生成。")
