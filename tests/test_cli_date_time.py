"""`add` (and `step`) given a date with a time of day in a date-only field (收文日期=2026-11-10
14:30): the date is kept, as an import keeps it, and the command says that the time was left
out (`add --json` under "notes"); a date, or a date at 00:00, says nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core.documents.incoming import INCOMING
from officedesk.core.documents.outgoing import OUTGOING
from officedesk.store import db as store_db
from tests.cli_office import new_office

ROW = ("文种=通知", "来文机关=市政府办公室", "标题=关于做好冬季安全生产工作的通知")


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    yield from new_office(tmp_path, monkeypatch, capsys)


def _received(office, record_id: int) -> dt.date:
    store_db.open_database(str(office.db))
    try:
        return INCOMING.model.get_by_id(record_id).received_on
    finally:
        store_db.close_database()


def test_add_keeps_the_date_and_says_the_time_was_left_out(office):
    out, _ = office("add", "incoming", *ROW, "收文日期=2026-11-10 14:30")
    assert "注意：“收文日期”带时间 14:30，只保存了日期 2026-11-10。" in out
    added = office.json("add", "incoming", *ROW[:2], "标题=第二件", "收文日期=2026年11月11日9时")
    assert added["notes"] == ["“收文日期”带时间 09:00，只保存了日期 2026-11-11。"]
    assert _received(office, added["id"]) == dt.date(2026, 11, 11)


def test_add_of_a_date_says_nothing(office):
    out, _ = office("add", "incoming", *ROW, "收文日期=2026-11-10 00:00")
    assert "注意" not in out
    assert "notes" not in office.json("add", "incoming", *ROW[:2], "标题=第二件", "收文日期=2026-11-10")


def test_a_step_says_so_too(office):
    doc = office.json("add", "outgoing", "文种=通知", "标题=关于做好冬季安全生产工作的通知")["id"]
    office.step("outgoing", doc, "核稿", "核稿人=周核稿")
    out, _ = office("step", "outgoing", str(doc), "签发", "签发人=王主任", "签发日期=2026-11-16 14:30")
    assert "注意：“签发日期”带时间 14:30，只保存了日期 2026-11-16。" in out
    store_db.open_database(str(office.db))
    try:
        assert OUTGOING.model.get_by_id(doc).signed_on == dt.date(2026, 11, 16)
    finally:
        store_db.close_database()
