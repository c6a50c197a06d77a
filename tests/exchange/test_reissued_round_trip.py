"""An export of a register where a voided number was issued again (`--reissue`) imports back with
--update: the voided record and the one given its number again share the number but not the
记录号, and were refused “与本文件第 2 行是同一条收文” (docs13: the whole 发文 register could no longer
make the round trip)."""

from __future__ import annotations

import pytest

from tests.test_cli import Cli


@pytest.fixture
def office(tmp_path):
    return Cli.initialised(tmp_path, here=True)


def test_a_register_with_a_reissued_number_makes_the_round_trip(office, tmp_path):
    first = office.json("add", "incoming", "文种=通知", "来文机关=市委办", "标题=登记错了的一件")
    office("void", "incoming", str(first["id"]), "--reason", "重复登记")
    again = office.json("add", "incoming", "文种=通知", "来文机关=市委办", "标题=重新使用原号的一件",
                        f"收文编号={first['number']}", "--reissue", "原号作废后重新使用")
    assert again["number"] == first["number"]
    sheet = tmp_path / "incoming.xlsx"
    office("export", "incoming", str(sheet))
    result = office("import", "incoming", str(sheet), "--update")
    assert "同一条收文" not in result.stdout + result.stderr
    assert "没有导入任何数据" not in result.stdout + result.stderr
