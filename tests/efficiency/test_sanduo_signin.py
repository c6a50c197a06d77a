"""The 三多 leaders' load agrees with the 签到 tally (defect: a leader never marked at a held
meeting whose sign-in was recorded counted as attending, while the meeting's tally and its
签到表 count him 缺席). A meeting with no sign-in recorded at all counts everyone not on 请假 or
marked 缺席 — nothing tells otherwise —, and the figure says so (``leaders_note``) and how
many of a leader's meetings were counted that way (``unsigned``)."""

from __future__ import annotations

import datetime as dt

from officedesk.core.efficiency import sanduo
from officedesk.core.efficiency.figures import Period
from officedesk.core.meetings.proceedings import tally
from officedesk.store.meetings import Meeting, MeetingAttendee

from .conftest import TODAY

DECEMBER = Period(dt.date(2025, 12, 1), TODAY)


def _meeting(day: int, marks: dict[str, str]) -> Meeting:
    start = dt.datetime(2025, 12, day, 9)
    made = Meeting.create(title=f"会议{day}", kind="专题会议", start=start,
                          end=start + dt.timedelta(hours=2), host_unit="县委办公室", status="已召开")
    for seq, (name, mark) in enumerate(marks.items(), start=1):
        MeetingAttendee.create(meeting=made.id, role="出席", seq=seq, name=name, rank=seq,
                               attendance=mark)
    return made


def _load(admin) -> dict[str, dict]:
    figures = sanduo.control(admin, DECEMBER, TODAY)
    return {row["name"]: row for row in figures["leaders"]}


def test_a_leader_never_marked_at_a_meeting_signed_in_did_not_attend(office, admin):
    made = _meeting(3, {"韦刚": "已到", "江健": "", "闫志刚": "请假"})
    counts = tally([(a.role, a.attendance) for a in MeetingAttendee.select().where(
        MeetingAttendee.meeting == made.id)], held=True)
    assert (counts.present, counts.absent) == (1, 1)  # the 签到 tally: 江健 缺席
    load = _load(admin)
    assert "江健" not in load and "闫志刚" not in load
    assert load["韦刚"]["meetings"] == 1 and load["韦刚"]["unsigned"] == 0


def test_a_meeting_with_no_sign_in_recorded_counts_those_not_on_leave_and_says_so(office, admin):
    _meeting(3, {"韦刚": "已到", "江健": ""})  # signed in: 江健 缺席
    _meeting(4, {"韦刚": "", "江健": "", "闫志刚": "请假"})  # nobody signed in
    load = _load(admin)
    assert (load["韦刚"]["meetings"], load["韦刚"]["hours"], load["韦刚"]["unsigned"]) == (2, 4.0, 1)
    assert (load["江健"]["meetings"], load["江健"]["unsigned"]) == (1, 1)
    assert "闫志刚" not in load
    note = sanduo.control(admin, DECEMBER, TODAY)["leaders_note"]
    assert "没有登记任何签到的会议" in note and "已到" in note and "未登记签到" in note


def test_a_meeting_with_only_absences_marked_is_signed_in(office, admin):
    _meeting(5, {"韦刚": "缺席", "江健": ""})  # a 缺席 mark is a sign-in recorded
    assert _load(admin) == {}
