"""Every change the command line makes to a registry's row leaves an entry that describes the row
as it now is: `check` after each operation finds the database sound (no "在程序之外被改动")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.cli_office import Office, new_office

REPORTED = "报送时间=2026-11-13 16:00"  # given (it has no default): before the office's TODAY


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    yield from new_office(tmp_path, monkeypatch, capsys)


def _published_info(office: Office, title: str) -> int:
    item = office.json("add", "info", f"标题={title}", "报送单位=县林业局", "报送人=李明",
                       "类别=工作动态", "正文=近日开展检查，排查隐患12处。", REPORTED)["id"]
    office.step("info", item, "接收")
    office.step("info", item, "初审", "结论=采")
    office.step("info", item, "编辑")
    office.step("info", item, "签发", "签发人=钱志刚", "职务=信息科长")
    office.step("info", item, "编发", "刊物=每日要情")
    return item


def _issue_of(office: Office) -> int:
    return office.json("info-issues")[0]["id"]


def info_order(office: Office) -> None:
    first, second, third = (_published_info(office, t) for t in ("甲", "乙", "丙"))
    office("info-order", str(_issue_of(office)), str(third), str(first), str(second),
           "--seen", str(first), str(second), str(third))


def info_publish(office: Office) -> None:
    _published_info(office, "甲")
    office("info-publish", str(_issue_of(office)))


def info_issue_remove(office: Office) -> None:
    """An empty issue removed: the later issue's item takes its new label (删除空期)."""
    _published_info(office, "甲")
    office("info-publish", str(_issue_of(office)))
    gone = _published_info(office, "乙")  # a new issue: the first one went out
    office("void", "info", str(gone), "--reason", "重复登记")
    later = office.json("add", "info", "标题=丙", "报送单位=县林业局", "报送人=李明",
                        "类别=工作动态", "正文=近日开展检查。", REPORTED)["id"]
    for step, *values in (("接收",), ("初审", "结论=采"), ("编辑",),
                          ("签发", "签发人=钱志刚", "职务=信息科长"),
                          ("编发", "刊物=每日要情", "另起新一期=是")):
        office.step("info", later, step, *values)
    empty = [i["id"] for i in office.json("info-issues") if i["items"] == 0][0]
    office("info-issue-remove", str(empty))
    assert [(i["seq"], i["total"], i["items"]) for i in office.json("info-issues")] == [
        (1, 1, 1), (2, 2, 1)]


def info_periodical(office: Office) -> None:
    _published_info(office, "甲")
    office("info-periodical", "每日要情", "--bao", "市委办公室", "--fa", "各乡镇党委")


def void_numbered(office: Office) -> None:
    doc = office.json("add", "incoming", "文种=通知", "来文机关=市委办", "标题=重复登记的来文")["id"]
    office("void", "incoming", str(doc), "--reason", "同一文件登记了两次")


def delete_draft(office: Office) -> None:
    office.json("add", "outgoing", "文种=通知", "标题=留下的通知")
    draft = office.json("add", "outgoing", "文种=通知", "标题=放弃的通知")["id"]
    office("delete", "outgoing", str(draft))


def outgoing_numbered(office: Office) -> None:
    doc = office.json("add", "outgoing", "文种=通知", "标题=关于冬季防火的通知",
                      "签发人=王主任", "签发日期=2026-11-13")["id"]
    office.step("outgoing", doc, "复核", "复核人=周秘书")
    office.step("outgoing", doc, "编号")
    office.step("outgoing", doc, "印制", "印制份数=10")


def petition_repeat(office: Office) -> None:
    first = office.json("add", "petitions", "信访形式=来信", "信访人=张某", "问题类别=劳动社保",
                        "反映内容=反映拖欠工资")["id"]
    again = office.json("add", "petitions", "信访形式=来访", "信访人=张某", "问题类别=劳动社保",
                        "反映内容=再次反映拖欠工资")["id"]
    office.step("petitions", again, "标为重复件", f"原件={first}")


def meeting_minutes_to_supervision(office: Office) -> None:
    meeting = office.json("add", "meetings", "会议名称=安全生产会议", "会议类型=工作会议",
                          "开始时间=2026-11-16 09:00", "结束时间=2026-11-16 10:00",
                          "出席人员=王建国、李海")["id"]
    office.step("meetings", meeting, "发通知")
    office.step("meetings", meeting, "签到", "姓名=王建国、李海")
    office.step("meetings", meeting, "纪要", "纪要正文=会议研究了安全生产。",
                "议定事项=开展安全大检查｜县应急局｜2026-12-10")
    office.step("meetings", meeting, "议定事项转督查", "议定事项=1")


OPERATIONS: list[Callable[[Office], None]] = [
    info_order, info_publish, info_issue_remove, info_periodical, void_numbered, delete_draft, outgoing_numbered,
    petition_repeat, meeting_minutes_to_supervision,
]


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.__name__ for op in OPERATIONS])
def test_check_is_clean_after_each_command_line_operation(office, operation):
    operation(office)
    out, _ = office("check")
    assert "数据库完好" in out, out


def test_each_moved_item_is_saved_with_its_own_entry_and_a_new_version(office):
    first, second, third = (_published_info(office, t) for t in ("甲", "乙", "丙"))
    issue = _issue_of(office)

    def read() -> dict[int, tuple[int, int, int]]:
        """item -> (position, version, entries)"""
        from officedesk.core import audit
        from officedesk.store import db as store_db
        from officedesk.store.info import InfoItem

        store_db.open_database(str(office.db))
        try:
            return {i: (InfoItem.get_by_id(i).issue_position, InfoItem.get_by_id(i).version,
                        len(audit.history("info", i))) for i in (first, second, third)}
        finally:
            store_db.close_database()

    before = read()
    office("info-order", str(issue), str(second), str(first), str(third),
           "--seen", str(first), str(second), str(third))
    after = read()
    assert [after[i][0] for i in (second, first, third)] == [1, 2, 3]
    for moved in (first, second):
        assert after[moved][1:] == (before[moved][1] + 1, before[moved][2] + 1)
    assert after[third] == before[third]  # not moved: untouched
