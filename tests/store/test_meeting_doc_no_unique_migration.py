"""Schema 41: a unique index on a meeting's 发文字号 where it is given (store.meetings.DOC_NO_INDEX).

An office whose meetings already share a number (saved before the number was checked) is not
refused its upgrade for it — the clerk could not correct them then — : the index is left off,
`check` names the meetings, and the first start after they are corrected makes it."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from officedesk.core import check, settings, steps
from officedesk.core import meetings as m
from officedesk.store import db as store_db
from officedesk.store import migrations
from officedesk.store.meetings import DOC_NO_INDEX, Meeting, doc_no_index_made
from tests.meetings.conftest import _fill_directory, make_draft

NUMBER = "某委办明电〔2026〕12号"


def _office(db, admin, fixed_today, *numbers: str) -> list[int]:
    """Meetings with these numbers, written as a database of version 40 may hold them, and
    the database put back to version 40."""
    fixed_today(dt.date(2026, 11, 30))
    settings.put("org.name", "中共某某市委办公室")
    _fill_directory(admin)
    db.execute_sql(f"drop index {DOC_NO_INDEX}")
    db.execute_sql("delete from schema_version where version >= 41")
    ids = []
    for day, number in enumerate(numbers, start=3):
        made = m.save_meeting(make_draft(title=f"会议{day}", start=f"2026-12-{day:02d} 09:00",
                                         end=f"2026-12-{day:02d} 11:00", attendees=["李建国"]), admin)
        if number:  # given by the 修改 step, audited as the program writes it
            steps.perform("meetings", made.id, "修改", {"发文字号": number}, admin)
        ids.append(made.id)
    return ids


def test_version_41_makes_the_index_and_the_database_refuses_a_second_number(db, admin, fixed_today):
    _first, second, _third = _office(db, admin, fixed_today, NUMBER, "", "")
    assert not doc_no_index_made(db)
    assert 41 in migrations.migrate(db, backup=lambda db, version: None)
    assert doc_no_index_made(db)
    with pytest.raises(peewee.IntegrityError), db.atomic():
        Meeting.update(doc_no=NUMBER).where(Meeting.id == second).execute()
    assert Meeting.get_by_id(second).doc_no == ""  # many without one stand
    assert check.run_checks() == []


def test_meetings_sharing_a_number_upgrade_with_the_index_off_till_corrected(db, admin, fixed_today,
                                                                              monkeypatch):
    monkeypatch.setattr(m.SPEC, "rules", [rule for rule in m.SPEC.rules  # saved before the rule
                                          if rule.__name__ != "_notice_number_unique"])
    first, second, third = _office(db, admin, fixed_today, NUMBER, NUMBER, "")
    monkeypatch.undo()
    assert 41 in migrations.migrate(db, backup=lambda db, version: None)  # not refused
    assert migrations.current_version(db) == migrations.LATEST and not doc_no_index_made(db)
    said = [str(p) for p in check.run_checks()]
    assert said == [f"[编号] 会议的发文字号“{NUMBER}”同用在 id 为 {first}、{second} 的会议上，只能有一个："
                    "数据库因此没有启用发文字号不能重复的保护。请核对，修改其中错误的发文字号；"
                    "改正后重新打开程序即启用。"], said
    path = str(db.database)
    store_db.close_database()
    db = store_db.open_database(path)  # still shared: the start leaves it off, and opens
    assert not doc_no_index_made(db)
    steps.perform("meetings", second, "修改", {"发文字号": "某委办明电〔2026〕13号"}, admin)
    store_db.close_database()
    db = store_db.open_database(path)
    assert doc_no_index_made(db)
    assert check.run_checks() == []
    with pytest.raises(peewee.IntegrityError), db.atomic():
        Meeting.update(doc_no=NUMBER).where(Meeting.id == third).execute()
