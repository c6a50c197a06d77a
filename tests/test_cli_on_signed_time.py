"""`officedesk step … --on DAY` for a leader's step recorded for him (代录: 批示, 阅, 会签) made
his time 09:00 of that day without a word, and 效能 measured from it. A day alone is refused
there, saying to give the time; --on with a time (2026-11-13T15:30) is his time; a step he
enters himself keeps taking --on's day as before."""

from __future__ import annotations

import sqlite3

import pytest

from tests.cli_office import new_office


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    yield from new_office(tmp_path, monkeypatch, capsys)


def _proposed(office) -> int:
    doc = office.json("add", "incoming", "文种=通知", "来文机关=市政府办公室",
                      "标题=关于做好冬季安全生产工作的通知", "收文日期=2026-11-13")["id"]
    for step, *pairs in (("登记",), ("初审",), ("拟办", "拟办意见=请王主任阅示", "拟办人=李文书")):
        office.step("incoming", doc, step, *pairs, "--on", "2026-11-13")
    return doc


def _times(office, doc: int, step: str) -> list[str]:
    with sqlite3.connect(office.db) as connection:
        rows = connection.execute("select at from doc_step where record_id = ? and step = ? "
                                  "and registry = 'incoming' order by id", (doc, step)).fetchall()
    return [str(row[0])[:16] for row in rows]


def test_a_day_alone_is_no_leaders_time(office):
    doc = _proposed(office)
    _out, err = office("step", "incoming", str(doc), "批办", "批示领导=王主任",
                       "批示内容=请应急局牵头落实", "--on", "2026-11-13", code=1)
    assert "“批示时间”要按纸面签批的时间填写：--on 只给了日期（2026-11-13），没有时刻。" in err
    assert "--on 2026-11-13T15:30" in err and "Traceback" not in err
    assert office.json("steps", "incoming", str(doc))["state"] == "已拟办"
    assert _times(office, doc, "批办") == []


def test_on_today_alone_is_no_leaders_time_either(office):
    doc = _proposed(office)
    _out, err = office("step", "incoming", str(doc), "批办", "批示领导=王主任",
                       "批示内容=请应急局牵头落实", "--on", "2026-11-16", code=1)
    assert "--on 只给了日期（2026-11-16）" in err  # "now" is no more his time than 09:00


def test_on_with_a_time_is_his_time(office):
    doc = _proposed(office)
    done = office.step("incoming", doc, "批办", "批示领导=王主任", "批示内容=请应急局牵头落实",
                       "--on", "2026-11-13T15:30")
    assert done["state"] == "已批办"
    assert _times(office, doc, "批办") == ["2026-11-13 15:30"]
