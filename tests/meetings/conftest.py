"""A small directory (units, people with 级别, rooms) for the meetings tests."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz
import pytest

from officedesk.core import directory, records
from officedesk.core.meetings import AgendaEntry, MeetingDraft, resolve_person

UNITS = [
    "市委办公室",
    "市政府办公室",
    "市发展和改革委员会",
    "市财政局",
    "市教育局",
    "市住房和城乡建设局",
]
PEOPLE = [  # name, unit, post, rank
    ("李建国", "市委办公室", "市委书记", 1),
    ("王海涛", "市政府办公室", "市长", 2),
    ("陈志明", "市委办公室", "市委副书记", 3),
    ("刘芳", "市委办公室", "常务副市长", 4),
    ("赵立新", "市委办公室", "纪委书记", 5),
    ("孙红梅", "市委办公室", "组织部部长", 6),
    ("周文斌", "市委办公室", "宣传部部长", 7),
    ("吴国庆", "市委办公室", "政法委书记", 8),
    ("郑小燕", "市委办公室", "秘书长", 9),
    ("冯德胜", "市政府办公室", "副市长", 10),
    ("黄丽华", "市政府办公室", "副市长", 11),
    ("何永强", "市政府办公室", "副市长", 12),
    ("马俊", "市发展和改革委员会", "主任", 20),
    ("高静", "市财政局", "局长", 21),
    ("林涛", "市教育局", "局长", 22),
    ("徐明", "市住房和城乡建设局", "局长", 23),
]
ROOMS = [
    ("第一会议室", 30, "市委大楼三楼"),
    ("第二会议室", 12, "市委大楼二楼"),
    ("常委会议室", 20, "市委大楼五楼"),
]


@pytest.fixture
def directory_data(db, admin):
    _fill_directory(admin)
    return db


@pytest.fixture
def directory_any_db(any_db, admin):
    """The same directory on SQLite and on PostgreSQL."""
    _fill_directory(admin)
    return any_db


def _fill_directory(admin):
    for name in UNITS:
        records.create(directory.UNITS, {"单位名称": name}, admin)
    for name, unit, title, rank in PEOPLE:
        records.create(
            directory.PEOPLE,
            {"姓名": name, "单位": unit, "职务": title, "级别": rank, "电话": f"1390731{rank:04d}"},
            admin,
        )
    for name, capacity, location in ROOMS:
        records.create(directory.ROOMS, {"名称": name, "容量": capacity, "位置": location}, admin)


def tab_with_selected(app_ctx, qtbot, meeting_id):
    """The 会议 tab, its list read, the meeting selected (the row a tab action acts on)."""
    from officedesk.ui import meetings as tab_module

    tab = tab_module.make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.list.refresh()
    assert tab.list.select_record(meeting_id)
    return tab


def make_draft(
    title="市委常委会第12次会议",
    start="2026-12-03 09:00",
    end="2026-12-03 11:30",
    place="常委会议室",
    attendees=None,
    nonvoting=(),
    agenda=None,
    **values,
) -> MeetingDraft:
    names = attendees if attendees is not None else [p[0] for p in PEOPLE[:12]]
    base = {
        "title": title,
        "kind": "常委会",
        "start": start,
        "end": end,
        "place": place,
        "host_unit": "市委办公室",
        # the chair attends (he is due there): the first of the people unless told
        "chair": names[0] if names else "",
        "contact": "张敏",
        "contact_phone": "0731-88886666",
    }
    base.update(values)
    return MeetingDraft(
        values=base,
        attendees=[resolve_person(n) for n in names],
        nonvoting=[resolve_person(n) for n in nonvoting],
        agenda=agenda
        if agenda is not None
        else [
            AgendaEntry("传达学习中央经济工作会议精神", "市委办公室", "郑小燕", 30),
            AgendaEntry("研究2027年全市重点项目计划", "市发展和改革委员会", "马俊", 40),
            AgendaEntry("审议市级财政预算草案", "市财政局", "高静", 40),
            AgendaEntry("研究教育布局调整方案", "市教育局", "林涛", 30),
        ],
    )


@pytest.fixture
def on_day(fixed_today):
    """2026-11-30 from 08:00 on, whatever the real time of day: the day's meetings, 报名截止 at
    12:00 and the like are still ahead."""
    fixed_today(dt.date(2026, 11, 30), dt.time(8, 0))
    return dt.date(2026, 11, 30)


def pdf_text(pdf: bytes) -> str:
    """A paper's text, its pages run together without line breaks."""
    with fitz.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


def save_late_meetings(admin):
    """Two evening meetings: 防汛会商 until midnight on Saturday 12-05, and 应急值守调度会 from
    22:00 on Monday 12-07 to 02:00 on Tuesday (the calendar's days)."""
    from officedesk.core import meetings

    until_midnight = meetings.save_meeting(make_draft(
        title="防汛会商", start="2026-12-05 22:00", end="2026-12-06 00:00", attendees=["李建国"]), admin)
    past_midnight = meetings.save_meeting(make_draft(
        title="应急值守调度会", start="2026-12-07 22:00", end="2026-12-08 02:00", place="第一会议室",
        attendees=["马俊"]), admin)
    return until_midnight, past_midnight


# a notice that asks for the 报名 by 1 December 17:00, as printed
SIGNUP_ASKED = "请于2026年12月1日（星期二）17:00前将参会人员名单报送"


def notified_with_signup(admin, fixed_today):
    """A meeting of 3 December notified on 30 November, its 报名截止 1 December 17:00, with
    报到, 材料 and 附注 lines (the 报名 line's neighbours on the paper)."""
    from officedesk.core import meetings, settings, steps

    fixed_today(dt.date(2026, 11, 30))
    settings.put("org.name", "中共某某市委办公室")
    made = meetings.save_meeting(make_draft(
        attendees=["李建国", "王海涛"], signup_deadline="2026-12-01 17:00",
        checkin_time="2026-12-03 08:30", materials="请各单位带书面汇报材料",
        note="请提前10分钟到场"), admin)
    steps.perform("meetings", made.id, "发通知", {}, admin)
    return made
