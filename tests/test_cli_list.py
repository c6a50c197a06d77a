"""`officedesk list`: a registry's records from the command line, to find the ids `steps` and
`step` take — the window's list (core.record_lists): its conditions, the records above the user's
密级 left out (and not counted), the masks on 身份证号 and 电话, a value refused in its field's words."""

from __future__ import annotations

import pytest

from tests.cli_office import Office, new_office, with_users


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    yield from new_office(tmp_path, monkeypatch, capsys)


def _incoming(office: Office, title: str, secrecy: str) -> int:
    return office.json("add", "incoming", "文种=通知", "来文机关=市政府办公室", f"标题={title}",
                       f"密级={secrecy}")["id"]


def test_lists_by_condition_newest_first(office):
    first = _incoming(office, "关于冬季安全生产的通知", "非密")
    second = _incoming(office, "关于年终考核的通知", "非密")
    office.step("incoming", first, "登记", "份数=2")
    listed = office.json("list", "incoming")
    assert [r["id"] for r in listed["records"]] == [second, first] and listed["total"] == 2
    registered = office.json("list", "incoming", "状态=已登记")
    assert [r["id"] for r in registered["records"]] == [first]
    assert registered["records"][0]["标题"] == "关于冬季安全生产的通知"
    worded = office.json("list", "incoming", "--word", "年终")
    assert [r["id"] for r in worded["records"]] == [second]
    text, _ = office("list", "incoming", "--limit", "1")
    assert f"{second}  " in text and "共 2 条（只显示最新的 1 条" in text


def test_records_above_the_users_clearance_are_neither_listed_nor_counted(office, monkeypatch):
    with_users(office, monkeypatch, ("li", "李文书", "clerk", "秘密"))
    _incoming(office, "公开的通知", "非密")
    hidden = _incoming(office, "绝密的部署", "机密")
    assert {r["id"] for r in office.json("list", "incoming")["records"]} >= {hidden}
    seen = office.json("list", "incoming", "--as", "li")
    assert hidden not in [r["id"] for r in seen["records"]] and seen["total"] == 1
    text, _ = office("list", "incoming", "--as", "li", "--word", "部署")
    assert "绝密" not in text and "没有符合条件的记录" in text


def test_petitioners_numbers_are_masked(office):
    office.json("add", "petitions", "信访形式=来访", "信访人=张三", "身份证号=110101199003070011",
                "联系电话=13812345678", "问题类别=其他", "反映内容=反映道路破损。")
    row = office.json("list", "petitions")["records"][0]
    assert row["身份证号"] != "110101199003070011" and "****" in row["身份证号"]
    assert "13812345678" not in office("list", "petitions")[0]


def test_a_wrong_condition_is_refused_in_its_fields_words(office):
    _, err = office("list", "incoming", "状态=已办", code=1)
    assert "“状态”只能是" in err and "Traceback" not in err
    _, err = office("list", "incoming", "颜色=红", code=1)
    assert "没有“颜色”这一项" in err
