"""The papers list a meeting's people as the seats are given (core.rank_key): group by group
(出席, 列席 …), each by 级别, ties in the order the clerk typed them — the 会议通知, the 签到表,
the 会议纪要 and the 签到 window, not the order typed. A 主持人 added to 出席 because he was not
listed takes his place by 级别 too, first of those of his 级别 (he presides)."""

from __future__ import annotations

from officedesk.core import directory, records, steps
from officedesk.core import meetings as m
from officedesk.printing.meeting_seats import seating_chart
from officedesk.printing.meetings_forms import minutes_data, notice_data, signin_data
from tests.meetings.conftest import make_draft


def _typed_out_of_rank(admin):
    # 马俊 (20), 高静 (21), 李建国 (1); 列席 徐明 (23), 林涛 (22)
    return m.save_meeting(make_draft(
        start="2026-11-30 09:00", end="2026-11-30 11:00", chair="",
        attendees=["马俊", "高静", "李建国"], nonvoting=["徐明", "林涛"]), admin)


def test_notice_signin_and_minutes_list_by_rank(directory_data, admin, on_day):
    made = _typed_out_of_rank(admin)
    notice = notice_data(made, admin).attendees.splitlines()
    assert notice == ["出席：李建国、马俊、高静", "列席：林涛、徐明"]
    assert [r.name for r in signin_data(made, admin).rows] == ["李建国", "马俊", "高静", "林涛", "徐明"]
    steps.perform("meetings", made.id, "纪要", {"text": "研究了有关工作。", "clear": "议定事项"},
                  admin)
    minutes = minutes_data(m.get(made.id, admin), admin)
    assert minutes.attendees == "李建国、马俊、高静"
    assert minutes.observers == "林涛、徐明"
    # the 座次表's No. 1, 2, 3 are the same order
    podium = seating_chart(made, admin).podium
    assert [s.name for s in sorted(podium, key=lambda s: s.number or 0)] == ["李建国", "马俊", "高静"]


def test_those_on_leave_are_listed_by_rank_too(directory_data, admin, on_day):
    made = _typed_out_of_rank(admin)
    steps.perform("meetings", made.id, "请假", {"names": "高静、李建国", "reason": "出差"}, admin)
    steps.perform("meetings", made.id, "纪要", {"text": "研究了有关工作。", "clear": "议定事项"},
                  admin)
    minutes = minutes_data(m.get(made.id, admin), admin)
    assert minutes.attendees == "马俊"
    assert minutes.absentees == "李建国（出差）、高静（出差）"


def _same_rank(admin, *names: str, rank: int = 1) -> None:
    for name in names:
        records.create(directory.PEOPLE, {"姓名": name, "单位": "市委办公室", "职务": "副书记",
                                          "级别": rank, "电话": "13900000000"}, admin)


def test_ties_keep_the_order_typed(directory_data, admin, on_day):
    _same_rank(admin, "钱卫东", "孙立平", rank=20)  # as 马俊
    made = m.save_meeting(make_draft(
        start="2026-11-30 09:00", end="2026-11-30 11:00", chair="",
        attendees=["孙立平", "高静", "马俊", "钱卫东"]), admin)
    assert [r.name for r in signin_data(made, admin).rows] == ["孙立平", "马俊", "钱卫东", "高静"]
    assert notice_data(made, admin).attendees == "出席：孙立平、马俊、钱卫东、高静"


def test_the_added_chair_comes_first_of_his_rank_never_above_a_higher_one(directory_data, admin,
                                                                           on_day):
    """A 主持人 the clerk did not type among 出席 presides: of his 级别 he comes first (he sat at
    the end of the podium and last on the 签到表, after the equals the clerk typed); a higher
    级别 still comes before him (No. 1 is the first by rank)."""
    _same_rank(admin, "钱卫东", "孙立平")  # 级别 1, as 李建国
    made = m.save_meeting(make_draft(attendees=["李建国", "孙立平", "王海涛"], chair="钱卫东"), admin)
    podium = seating_chart(made, admin).podium
    assert {s.name: s.number for s in podium} == {"钱卫东": 1, "李建国": 2, "孙立平": 3, "王海涛": 4}
    assert [r.name for r in signin_data(made, admin).rows] == ["钱卫东", "李建国", "孙立平", "王海涛"]
    assert notice_data(made, admin).attendees == "出席：钱卫东、李建国、孙立平、王海涛"
    # typed among 出席, he keeps the place the clerk gave him
    made = m.save_meeting(make_draft(title="再一次会议", start="2026-12-05 09:00", end="2026-12-05 10:00",
                                     attendees=["李建国", "钱卫东"], chair="钱卫东"), admin)
    assert [r.name for r in signin_data(made, admin).rows] == ["李建国", "钱卫东"]
    # a chair of a lower rank than the people typed is not put above them
    made = m.save_meeting(make_draft(title="另一次会议", start="2026-12-04 09:00",
                                     end="2026-12-04 10:00", attendees=["李建国"],
                                     chair="王海涛"), admin)
    assert {s.name: s.number for s in seating_chart(made, admin).podium} == {
        "李建国": 1, "王海涛": 2}
    assert [r.name for r in signin_data(made, admin).rows] == ["李建国", "王海涛"]


def test_the_sign_in_window_lists_as_the_sheet(directory_data, app_ctx, qtbot, on_day):
    from officedesk.ui.meetings.attendance import AttendanceDialog

    made = _typed_out_of_rank(app_ctx.actor)
    sheet = AttendanceDialog(app_ctx, made)
    qtbot.addWidget(sheet)
    assert [row.name for row in sheet.rows] == ["李建国", "马俊", "高静", "林涛", "徐明"]
    assert sheet.table.item(0, 0).text() == "李建国"
