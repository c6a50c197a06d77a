"""`officedesk void info` of a 首报 whose 续报 live is refused as the window's 作废 is, naming the
续报 and what to do; once they are voided, the 首报 is."""

from __future__ import annotations

import pytest

from tests.cli_office import new_office


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    yield from new_office(tmp_path, monkeypatch, capsys)


def test_void_of_a_first_report_with_live_followups_on_the_command_line(office):
    first = office.json("add", "info", "标题=城关镇山火", "报送单位=城关镇", "类别=突发事件",
                        "事件级别=一般", "事发时间=2026-11-10 08:00", "报送时间=2026-11-10 08:30",
                        "正文=城关镇发生山火。")
    later = office.json("add", "info", f"续报={first['number']}", "正文=明火已扑灭。",
                        "报送时间=2026-11-10 11:00")
    _out, err = office("void", "info", str(first["id"]), "--reason", "重复登记", code=1)
    assert "续报未作废" in err and later["number"] in err and "作废其续报后再作废首报" in err
    office("void", "info", str(later["id"]), "--reason", "重复登记")
    voided = office.json("void", "info", str(first["id"]), "--reason", "重复登记")
    assert voided["state"] == "已作废"
