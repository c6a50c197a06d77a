"""The notice printed for a moved meeting is its 更正通知, for a cancelled one its 取消通知: core
names it (papers.notice_name), and the window's preview and `print notice`'s message say the
same name as the paper's title — never “已生成会议通知” over a file that is the 取消通知."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import meetings as m
from officedesk.core import settings, steps
from officedesk.core.meetings import papers
from tests.cli_office import office  # noqa: F401  (the fixture)
from tests.meetings.conftest import make_draft
from tests.ui.conftest import english  # noqa: F401 (the fixture)


@pytest.fixture
def three(directory_data, admin, fixed_today):
    """A meeting not notified, one notified and moved, one notified and cancelled."""
    fixed_today(dt.date(2026, 11, 30))
    settings.put("org.name", "中共某某市委办公室")
    made = [m.save_meeting(make_draft(title=f"会议{k}", start=f"2026-12-1{k} 09:00",
                                      end=f"2026-12-1{k} 10:00", attendees=["李建国"]), admin)
            for k in (1, 2, 3)]
    for meeting in made[1:]:
        steps.perform("meetings", meeting.id, "发通知", {}, admin)
    steps.perform("meetings", made[1].id, "修改", {"地点": "第一会议室"}, admin)
    steps.perform("meetings", made[2].id, "取消", {"取消原因": "领导另有安排"}, admin)
    return [m.get(meeting.id, admin) for meeting in made]


def test_core_names_the_notice(three):
    plain, moved, cancelled = three
    assert [papers.notice_name(x) for x in three] == ["会议通知", "更正通知", "取消通知"]
    assert papers.notices_name([moved, moved]) == "更正通知"
    assert papers.notices_name([plain, cancelled, moved]) == "会议通知、取消通知、更正通知"


def test_the_window_names_it_by_core(three, qapp):
    from officedesk.ui.meetings.printing import paper_label

    assert [paper_label("notice", x) for x in three] == ["会议通知", "更正通知", "取消通知"]
    assert paper_label("signin", three[1]) == "签到表"


def _printed(office, *ids: int) -> str:  # noqa: F811
    out, _err = office("print", "notice", *map(str, ids), "-o", str(office.out / "n.pdf"), "--force")
    return out


def test_the_command_line_says_which_paper_it_wrote(office):  # noqa: F811
    ids = [office.json("add", "meetings", f"会议名称=协调会{k}", "会议类型=专题会议",
                       f"开始时间=2026-12-2{k} 09:00", f"结束时间=2026-12-2{k} 10:00",
                       "出席人员=王建国")["id"] for k in (1, 2)]
    assert _printed(office, ids[0]).startswith("已生成会议通知：")
    for meeting in ids:
        office.step("meetings", meeting, "发通知")
    office.step("meetings", ids[0], "修改", "开始时间=2026-12-21 10:00", "结束时间=2026-12-21 11:00")
    assert _printed(office, ids[0]).startswith("已生成更正通知：")
    assert _printed(office, ids[0]).startswith("已生成更正通知：")  # printed again: the same paper
    office.step("meetings", ids[1], "取消", "取消原因=领导另有安排")
    assert _printed(office, ids[1]).startswith("已生成取消通知：")
    assert _printed(office, *ids).startswith("已生成更正通知、取消通知：")
    out, _err = office("print", "signin", str(ids[0]), "-o", str(office.out / "s.pdf"))
    assert out.startswith("已生成签到表：")


def test_the_window_names_it_in_english(english, three):  # noqa: F811
    from officedesk.ui.meetings.printing import paper_label

    assert [paper_label("notice", x) for x in three] == [
        "Meeting notice", "Correction notice", "Cancellation notice"]
