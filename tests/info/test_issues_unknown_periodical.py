"""`info-issues --periodical 名称` with a name no periodical has: said so, with the periodicals
there are — not “还没有刊物期次”, which tells a clerk who mistyped 每日要情 that it has no issue."""

from __future__ import annotations

import json

import pytest

from officedesk import cli
from officedesk.core.errors import ValidationError
from officedesk.core.info import periodicals


def test_core_refuses_a_name_no_periodical_has_and_names_those_there_are(db):
    with pytest.raises(ValidationError) as refused:
        periodicals.issues("每日药情")
    message = str(refused.value)
    assert "没有名为“每日药情”的刊物" in message
    for name in ("每日要情", "信息专报", "工作动态"):
        assert name in message
    assert periodicals.issues("每日要情") == []  # one there is, with no issue yet: no refusal
    assert periodicals.issues(" 每日要情 ") == []


def test_the_cli_says_the_periodical_does_not_exist(db, capsys):
    for args in (["info-issues", "--periodical", "每日药情"],
                 ["info-issues", "--periodical", "每日药情", "--json"]):
        assert cli.main(["--db", str(db.database), *args]) == 1
        captured = capsys.readouterr()
        assert "还没有刊物期次" not in captured.out
        assert "没有名为“每日药情”的刊物" in captured.err and "每日要情" in captured.err
    assert cli.main(["--db", str(db.database), "info-issues", "--periodical", "每日要情", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
