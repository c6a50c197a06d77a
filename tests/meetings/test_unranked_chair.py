"""A 主持人 whose 级别 is unknown (not in the 通讯录, or his 职级 not set) presides all the same:
nothing says anyone outranks him, so he comes first — No. 1 on the podium, first on the
签到表, the 会议通知's 出席 and the 签到 window — never last, after everyone with a 级别, where
a 主持人 never sits. One with a 级别 keeps his place by it (test_papers_by_rank)."""

from __future__ import annotations

from officedesk.core import directory, records
from officedesk.core import meetings as m
from officedesk.printing.meeting_seats import seating_chart
from officedesk.printing.meetings_forms import notice_data, signin_data
from tests.meetings.conftest import make_draft


def _numbers(made, admin) -> dict[str, int | None]:
    return {s.name: s.number for s in seating_chart(made, admin).podium}


def test_a_chair_not_in_the_directory_comes_first(directory_data, admin, on_day):
    # 张卫国 is in no 通讯录: added to 出席 with no 级别
    made = m.save_meeting(make_draft(attendees=["王海涛", "马俊"], chair="张卫国"), admin)
    assert _numbers(made, admin) == {"张卫国": 1, "王海涛": 2, "马俊": 3}
    # No. 1 in the centre of the podium (audience view: 马俊, 张卫国, 王海涛 by the leaders' left)
    assert [s.name for s in seating_chart(made, admin).podium][1] == "张卫国"
    assert [r.name for r in signin_data(made, admin).rows] == ["张卫国", "王海涛", "马俊"]
    assert notice_data(made, admin).attendees == "出席：张卫国、王海涛、马俊"


def test_a_chair_without_a_rank_typed_among_the_people_comes_first(directory_data, admin,
                                                                   on_day):
    # in the 通讯录, his 职级 not set; the clerk typed him last
    records.create(directory.PEOPLE, {"姓名": "钱卫东", "单位": "市委办公室", "职务": "秘书长",
                                      "电话": "13900000000"}, admin)
    made = m.save_meeting(make_draft(attendees=["王海涛", "马俊", "钱卫东"], chair="钱卫东"), admin)
    assert _numbers(made, admin) == {"钱卫东": 1, "王海涛": 2, "马俊": 3}
    assert [r.name for r in signin_data(made, admin).rows] == ["钱卫东", "王海涛", "马俊"]
    # others without a 级别 still follow those with one
    made = m.save_meeting(make_draft(title="另一次会议", start="2026-12-04 09:00",
                                     end="2026-12-04 10:00",
                                     attendees=["孙立平", "王海涛", "马俊"], chair="王海涛"), admin)
    assert [r.name for r in signin_data(made, admin).rows] == ["王海涛", "马俊", "孙立平"]


def test_a_podium_adjusted_by_hand_numbers_the_unranked_chair_first(directory_data, admin,
                                                                    on_day):
    made = m.save_meeting(make_draft(attendees=["王海涛", "马俊"], chair="张卫国"), admin)
    rows = {r.name: r.id for r in m.attendees(made.id, admin)}
    # the clerk put 张卫国 at the podium's right end: still No. 1 as the one presiding
    arranged = m.Seating([rows["马俊"], rows["王海涛"], rows["张卫国"]], [])
    made = m.save_seating(made.id, arranged, admin)
    assert _numbers(made, admin) == {"张卫国": 1, "王海涛": 2, "马俊": 3}


def test_the_sign_in_window_lists_the_unranked_chair_first(directory_data, app_ctx, qtbot,
                                                           on_day):
    from officedesk.ui.meetings.attendance import AttendanceDialog

    made = m.save_meeting(make_draft(attendees=["王海涛", "马俊"], chair="张卫国"),
                          app_ctx.actor)
    sheet = AttendanceDialog(app_ctx, made)
    qtbot.addWidget(sheet)
    assert [row.name for row in sheet.rows] == ["张卫国", "王海涛", "马俊"]
    assert sheet.table.item(0, 0).text() == "张卫国"
