"""The meetings registry's rules: saving with people and agenda, conflicts, attendance,
minutes and decisions, import/export hooks, seating, calendar, 工作台 and figures."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, dashboard, registry, stats
from officedesk.core import meetings as m
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.store.meetings import Meeting
from tests.meetings.conftest import make_draft


def test_save_creates_people_agenda_and_texts(directory_data, admin):
    meeting = m.save_meeting(make_draft(nonvoting=["马俊", "高静"]), admin)
    assert meeting.status == m.PREPARING
    assert meeting.room_id is not None
    assert meeting.head_count == 14
    people = m.attendees(meeting.id, CLI_ACTOR)
    assert [p.name for p in people[:2]] == ["李建国", "王海涛"]
    assert people[0].title == "市委书记" and people[0].rank == 1 and people[0].person_id
    assert [p.role for p in people[-2:]] == ["列席", "列席"]
    assert [a.topic for a in m.agenda(meeting.id, CLI_ACTOR)][1] == "研究2027年全市重点项目计划"
    assert "李建国、王海涛" in meeting.attendees_text
    assert meeting.agenda_text.startswith(
        "1. 传达学习中央经济工作会议精神（市委办公室 郑小燕，30分钟）"
    )


def test_bad_input_names_the_field(directory_data, admin):
    values, errors = m.parse_draft(
        make_draft(title="", start="2026-12-03 09:00", end="2026-12-03 08:00")
    )
    fields = {e.field for e in errors}
    assert fields == {"title", "end"}
    assert any("应晚于开始时间" in e.message for e in errors)
    _values, errors = m.parse_draft(make_draft(start="明天上午"))
    assert [e.field for e in errors] == ["start"]
    with pytest.raises(ValidationError) as exc:
        m.save_meeting(make_draft(end="2026-12-03 09:00"), admin)
    assert exc.value.field == "end"
    assert Meeting.select().count() == 0


def test_a_meeting_lasting_beyond_a_month_is_a_mistyped_date(directory_data, admin):
    """结束时间 2027-12-03 for 2026-12-03 held the room and every person named for a year."""
    with pytest.raises(ValidationError, match=r"长达 365 天，超过 31 天.*年份和月份") as exc:
        m.save_meeting(make_draft(start="2026-12-03 09:00", end="2027-12-03 12:00"), admin)
    assert exc.value.field == "end" and Meeting.select().count() == 0
    week = m.save_meeting(make_draft(start="2026-12-07 09:00", end="2026-12-11 18:00"), admin)
    assert week.end - week.start == dt.timedelta(days=4, hours=9)  # a 人代会's week stands


def test_time_formats_accepted(directory_data, admin):
    for text in ("2026-12-03 09:00", "2026/12/3 9:00", "2026年12月3日9时"):
        values, errors = m.parse_draft(make_draft(start=text))
        assert not errors and values["start"] == dt.datetime(2026, 12, 3, 9, 0)


def test_room_double_booking_blocks(directory_data, admin):
    first = m.save_meeting(make_draft(attendees=["李建国"]), admin)
    draft = make_draft(
        title="另一个会", start="2026-12-03 11:00", end="2026-12-03 12:00", attendees=["马俊"]
    )
    found = m.check_conflicts(draft, None, CLI_ACTOR)
    assert [(c.kind, c.blocking) for c in found] == [(m.ROOM_BOOKED, True)]
    assert found[0].other_meeting_id == first.id
    with pytest.raises(m.MeetingConflictError):
        m.save_meeting(draft, admin, override_reason="领导要求")
    # back to back is fine; a cancelled meeting books nothing
    assert (
        m.check_conflicts(
            make_draft(start="2026-12-03 11:30", end="2026-12-03 12:00", attendees=["马俊"]),
            None,
            CLI_ACTOR,
        )
        == []
    )
    m.cancel(first.id, "延期", admin)
    assert m.check_conflicts(draft, None, CLI_ACTOR) == []


def test_outside_venue_is_not_checked(directory_data, admin):
    m.save_meeting(make_draft(place="市会展中心", attendees=["李建国"]), admin)
    meeting = m.save_meeting(make_draft(place="市会展中心", attendees=["马俊"]), admin)
    assert meeting.room_id is None
    assert m.room_label(meeting) == "市会展中心（外部场所）"


def test_small_room_and_busy_person_need_a_reason(directory_data, admin):
    m.save_meeting(make_draft(place="第一会议室", attendees=["李建国", "马俊"]), admin)
    draft = make_draft(
        title="座谈会", place="第二会议室", start="2026-12-03 10:00", end="2026-12-03 12:00"
    )  # 12 people in a 12-seat room + 李建国 busy
    draft.nonvoting = [m.resolve_person("高静")]
    found = m.check_conflicts(draft, None, CLI_ACTOR)
    kinds = sorted(c.kind for c in found)
    assert kinds == [m.PERSON_BUSY, m.ROOM_SMALL]
    assert all(not c.blocking for c in found)
    assert any("李建国" in c.message for c in found)
    with pytest.raises(m.MeetingConflictError) as exc:
        m.save_meeting(draft, admin)
    assert "原因" in exc.value.message
    meeting = m.save_meeting(draft, admin, override_reason="书记中途转场")
    entries = [e for e in audit.history("meetings", meeting.id) if e.action == "conflict_override"]
    assert len(entries) == 1 and "书记中途转场" in entries[0].after


def test_a_meeting_kept_where_and_when_it_was_asks_no_reason_again(directory_data, admin):
    """Its conflicts were settled with a reason when it was saved: a note or an agenda typo
    fixed later (in the window or by an import) is not refused for them; moving it, or adding
    someone busy then, asks again."""
    m.save_meeting(make_draft(place="第一会议室", attendees=["李建国", "马俊"]), admin)
    draft = make_draft(title="座谈会", place="第二会议室", attendees=["李建国", "高静"])
    meeting = m.save_meeting(draft, admin, override_reason="书记中途转场")
    edited = m.draft_of(meeting, admin)
    edited.values["note"] = "请带笔记本"
    first = edited.agenda[0]
    edited.agenda[0] = m.AgendaEntry("传达学习会议精神", first.unit, first.reporter, first.minutes)
    saved = m.save_meeting(edited, admin, meeting.id, meeting.version)
    assert saved.note == "请带笔记本"
    overrides = [e for e in audit.history("meetings", meeting.id) if e.action == "conflict_override"]
    assert len(overrides) == 1  # the first save's reason, not a second entry without one
    moved = m.draft_of(saved, admin)
    moved.values["start"], moved.values["end"] = "2026-12-03 09:30", "2026-12-03 11:00"
    with pytest.raises(m.MeetingConflictError):
        m.save_meeting(moved, admin, saved.id, saved.version)
    joined = m.draft_of(saved, admin)
    joined.attendees.append(m.resolve_person("马俊"))
    with pytest.raises(m.MeetingConflictError):
        m.save_meeting(joined, admin, saved.id, saved.version)


def test_typed_people_conflict_by_name(directory_data, admin):
    m.save_meeting(make_draft(place="第一会议室", attendees=["老专家"]), admin)
    draft = make_draft(place="第二会议室", attendees=["老专家"])
    assert [c.kind for c in m.check_conflicts(draft, None, CLI_ACTOR)] == [m.PERSON_BUSY]


def test_update_keeps_attendance_and_excludes_itself(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 3))  # signed in on the meeting's day
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), admin)
    rows = m.attendees(meeting.id, CLI_ACTOR)
    m.record_attendance(meeting.id, {rows[0].id: (m.PRESENT, "")}, admin)
    draft = m.draft_of(m.get(meeting.id, admin), admin)
    draft.attendees.append(m.resolve_person("马俊"))
    draft.values["end"] = "2026-12-03 12:00"
    saved = m.save_meeting(draft, admin, meeting.id, m.get(meeting.id, admin).version)
    people = {p.name: p for p in m.attendees(saved.id, CLI_ACTOR)}
    assert people["李建国"].attendance == m.PRESENT
    assert set(people) == {"李建国", "王海涛", "马俊"}
    assert saved.end == dt.datetime(2026, 12, 3, 12, 0)


def test_attendance_counts_and_status(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 3))  # signed in on the meeting's day
    meeting = m.save_meeting(make_draft(), admin)
    rows = m.attendees(meeting.id, CLI_ACTOR)
    with pytest.raises(ValidationError):
        m.record_attendance(meeting.id, {rows[1].id: (m.LEAVE, "")}, admin)
    marks = {r.id: (m.PRESENT, "") for r in rows[:9]}
    marks[rows[9].id] = (m.LEAVE, "出差")
    marks[rows[10].id] = (m.ABSENT, "")
    result = m.record_attendance(meeting.id, marks, admin)
    # held by the first sign-in: the one never marked did not come (应到 = 实到 + 请假 + 缺席)
    assert (result.expected, result.present, result.leave, result.absent, result.unmarked,
            result.unsigned) == (12, 9, 1, 2, 0, 1)
    assert m.get(meeting.id, admin).status == m.HELD


def test_minutes_and_decisions_to_supervision(directory_data, admin, fixed_today):
    from officedesk.core import supervision

    fixed_today(dt.date(2026, 12, 3))  # the 纪要 of a meeting held that day
    meeting = m.save_meeting(make_draft(), admin)
    m.mark_held(meeting.id, admin)
    m.save_minutes(
        meeting.id,
        "会议听取了汇报，研究了有关事项。",
        [
            m.DecisionEntry(
                "市发改委牵头，年底前完成重点项目计划编制", "市发展和改革委员会", "2026-12-31"
            ),
            m.DecisionEntry("市财政局按程序提请人大审议预算草案", "市财政局"),
            m.DecisionEntry("市教育局进一步征求意见后再提交审议"),
        ],
        admin,
        issue="第12期",
    )
    rows = m.decisions(meeting.id, CLI_ACTOR)
    assert [r.seq for r in rows] == [1, 2, 3] and rows[0].deadline == dt.date(2026, 12, 31)
    item = m.send_to_supervision(rows[0].id, admin)
    m.send_to_supervision(rows[1].id, admin)
    rows = m.decisions(meeting.id, CLI_ACTOR)
    assert rows[0].supervision_id == item.id
    assert item.source_kind == "meeting" and item.source_id == meeting.id
    assert m.meeting_of_supervision(item.id, CLI_ACTOR)[1].id == rows[0].id
    with pytest.raises(ProcedureError):
        m.send_to_supervision(rows[0].id, admin)
    # a decision sent to supervision cannot be dropped from the minutes
    with pytest.raises(ProcedureError):
        m.save_minutes(meeting.id, "改", [m.DecisionEntry(rows[1].content, id=rows[1].id)], admin)
    assert len(m.decisions(meeting.id, CLI_ACTOR)) == 3
    assert supervision is not None


def test_create_hook_parses_people_and_agenda(directory_data, admin):
    spec = registry.get("meetings")
    meeting = spec.create_hook(
        {
            "会议名称": "全市教育工作座谈会",
            "会议类型": "座谈会",
            "开始时间": "2026/12/8 9:00",
            "结束时间": "2026年12月8日11时",
            "地点": "第一会议室",
            "主办单位": "市教育局",
            "主持人": "林涛",
            "出席人员": "李建国、王海涛\n林涛",
            "列席人员": "张老师（市一中）",
            "议程": "1. 通报全市教育工作情况（市教育局 林涛，20分钟）\n2. 座谈发言（60分钟）",
            "联系人": "周敏",
            "联系电话": "0731-88881234",
            "备注": "",
        },
        admin,
    )
    people = m.attendees(meeting.id, CLI_ACTOR)
    assert [p.name for p in people] == ["李建国", "王海涛", "林涛", "张老师"]
    assert people[3].unit == "市一中" and people[3].person_id is None
    items = m.agenda(meeting.id, CLI_ACTOR)
    assert [(a.unit, a.reporter, a.minutes) for a in items] == [
        ("市教育局", "林涛", 20),
        ("", "", 60),
    ]
    row = spec.export_row(meeting, admin)
    assert list(row) == spec.exchange_labels
    assert row["出席人员"] == "李建国、王海涛、林涛" and row["列席人员"] == "张老师（市一中）"
    assert spec.create_hook(
        {**row, "开始时间": "2026-12-09 09:00", "结束时间": "2026-12-09 11:00"}, admin
    )


@pytest.mark.parametrize(
    ("column", "value", "needle"),
    [
        ("开始时间", "下周一", "开始时间"),
        ("结束时间", "2026-12-08 08:00", "晚于开始时间"),
        ("会议名称", "", "会议名称"),
        ("议程", "座谈（十分钟）", "时长"),
        ("会议类型", "碰头会", "会议类型"),
    ],
)
def test_create_hook_errors_name_the_column(directory_data, admin, column, value, needle):
    row = {
        "会议名称": "会",
        "会议类型": "工作会议",
        "开始时间": "2026-12-08 09:00",
        "结束时间": "2026-12-08 10:00",
        "地点": "第一会议室",
        "议程": "汇报",
    }
    row[column] = value
    with pytest.raises(ValidationError) as exc:
        registry.get("meetings").create_hook(row, admin)
    assert exc.value.field == column
    assert needle in exc.value.message
    assert Meeting.select().count() == 0


def test_create_hook_refuses_double_booking(directory_data, admin):
    m.save_meeting(make_draft(place="第一会议室", attendees=["李建国"]), admin)
    with pytest.raises(ValidationError) as exc:
        registry.get("meetings").create_hook(
            {
                "会议名称": "会",
                "会议类型": "工作会议",
                "开始时间": "2026-12-03 10:00",
                "结束时间": "2026-12-03 10:30",
                "地点": "第一会议室",
            },
            admin,
        )
    assert exc.value.field == "地点" and "第一会议室" in exc.value.message


def test_people_and_agenda_text():
    items = m.parse_agenda("一、听取汇报、研究部署、审议方案（市财政局，15分钟）")
    assert [i.topic for i in items] == ["听取汇报", "研究部署", "审议方案"]
    assert items[2] == m.AgendaEntry("审议方案", "市财政局", "", 15)


def test_people_text_rejects_duplicates(db):
    with pytest.raises(ValidationError):
        m.parse_people("张三、李四、张三")


@pytest.mark.parametrize(
    ("count", "leaders", "audience"),
    [
        (1, [1], [1]),
        (2, [1, 2], [2, 1]),
        (3, [3, 1, 2], [2, 1, 3]),
        (4, [3, 1, 2, 4], [4, 2, 1, 3]),
        (5, [5, 3, 1, 2, 4], [4, 2, 1, 3, 5]),
        (6, [5, 3, 1, 2, 4, 6], [6, 4, 2, 1, 3, 5]),
    ],
)
def test_podium_rule(count, leaders, audience):
    assert m.podium_order(count, "leaders") == leaders
    assert m.podium_order(count, "audience") == audience


def test_seating_default_manual_and_reset(directory_data, admin):
    from officedesk.core import settings

    settings.put("meetings.podium.max", 5)
    settings.put("meetings.seating.row_seats", 4)
    meeting = m.save_meeting(make_draft(nonvoting=["马俊"]), admin)
    ids = {p.name: p.id for p in m.attendees(meeting.id, CLI_ACTOR)}
    layout = m.seating(meeting)
    assert not layout.manual
    assert layout.podium == [ids[n] for n in ("赵立新", "陈志明", "李建国", "王海涛", "刘芳")]
    assert [len(r) for r in layout.rows] == [4, 4]
    assert layout.rows[1] == [ids[n] for n in ("何永强", "冯德胜", "黄丽华", "马俊")]
    layout.podium[0], layout.rows[0][0] = layout.rows[0][0], layout.podium[0]
    m.save_seating(meeting.id, layout, admin)
    again = m.seating(m.get(meeting.id, admin))
    assert again.manual and again.podium == layout.podium
    with pytest.raises(ValidationError):
        m.save_seating(meeting.id, m.Seating(layout.podium, []), admin)
    m.save_seating(meeting.id, None, admin)
    assert not m.seating(m.get(meeting.id, admin)).manual


def test_calendar_dashboard_and_stats(directory_data, admin, on_day):
    a = m.save_meeting(
        make_draft(
            attendees=["李建国"],
            start="2026-11-30 15:00",
            end="2026-11-30 17:00",
            signup_deadline="2026-11-30 12:00",
        ),
        admin,
    )
    m.save_meeting(
        make_draft(
            title="专题会",
            attendees=["马俊"],
            place="第一会议室",
            kind="专题会议",
            host_unit="市发展和改革委员会",
            start="2026-12-02 09:00",
            end="2026-12-02 10:30",
        ),
        admin,
    )
    c = m.save_meeting(
        make_draft(
            title="远期会", attendees=["高静"], start="2026-12-20 09:00", end="2026-12-20 10:00"
        ),
        admin,
    )
    week = m.between(*m.week_of(dt.date(2026, 12, 2)), actor=CLI_ACTOR)
    assert [x.title for x in week] == ["市委常委会第12次会议", "专题会"]
    rooms = m.by_room(m.between(*m.month_of(dt.date(2026, 12, 1)), actor=CLI_ACTOR))
    assert [x.id for x in rooms["常委会议室"]] == [c.id]
    due = [i for i in dashboard.due_items(admin, on_day) if i.registry == "meetings"]
    assert {(i.record_id, i.due) for i in due} >= {(a.id, on_day)}
    assert any("报名截止" in i.what for i in due)
    assert c.id not in {i.record_id for i in due}
    figures = stats.collect(admin, 2026)["meetings"]
    assert (
        figures["total"] == 3 and figures["by_month"]["12"] == 2 and figures["by_month"]["11"] == 1
    )
    assert figures["by_kind"] == {"常委会": 2, "专题会议": 1}
    assert figures["by_host"]["市发展和改革委员会"] == 1
    assert figures["hours"] == 4.5
    m.cancel(c.id, "取消", admin)
    assert stats.collect(admin, 2026)["meetings"]["total"] == 2


def test_add_reads_the_agenda_in_columns_as_the_edit_step_does(directory_data, admin):
    """`add meetings 议程=议题｜汇报单位｜汇报人｜分钟` (the format `steps meetings` shows for 修改)
    is read into its columns, not kept whole as the topic."""
    spec = registry.get("meetings")
    meeting = spec.create_hook(
        {"会议名称": "改革委员会会议", "会议类型": "专题会议", "开始时间": "2026-12-18 09:00",
         "结束时间": "2026-12-18 11:00", "地点": "第一会议室", "出席人员": "李建国",
         "议程": "审议《实施方案》｜市教育局｜林涛｜20\n听取汇报｜｜｜15"},
        admin,
    )
    items = m.agenda(meeting.id, CLI_ACTOR)
    assert [(a.topic, a.unit, a.reporter, a.minutes) for a in items] == [
        ("审议《实施方案》", "市教育局", "林涛", 20), ("听取汇报", "", "", 15)]
