"""`officedesk step 收文 N 批办 …` naming a leader is 代录 at the command line: his 批示时间 from
the paper is required (core refuses “now”), and kept as given."""

from __future__ import annotations

import pytest

from tests.cli_office import new_office


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    yield from new_office(tmp_path, monkeypatch, capsys)


def test_an_instruction_recorded_at_the_command_line_needs_its_time(office):
    doc = office.json("add", "incoming", "文种=通知", "来文机关=市政府办公室",
                      "标题=关于做好冬季安全生产工作的通知", "收文日期=2026-11-13")["id"]
    for step, *pairs in (("登记",), ("初审",), ("拟办", "拟办意见=请王主任阅示", "拟办人=李文书")):
        office.step("incoming", doc, step, *pairs, "--on", "2026-11-13")  # on paper, last week
    _out, err = office("step", "incoming", str(doc), "批办", "批示领导=王主任",
                       "批示内容=请应急局牵头落实", code=1)
    assert "请填写“批示时间”：代领导录入时按纸面签批的时间填写。" in err
    assert "Traceback" not in err
    assert office.json("steps", "incoming", str(doc))["state"] == "已拟办"
    done = office.step("incoming", doc, "批办", "批示领导=王主任", "批示内容=请应急局牵头落实",
                       "批示时间=2026-11-13 15:30")
    assert done["state"] == "已批办"
    instruction = office.print("incoming-slip", doc).split("领导批示")[1].split("承办单位")[0]
    assert "王主任（代录）" in instruction and "2026年11月13日" in instruction  # not today
