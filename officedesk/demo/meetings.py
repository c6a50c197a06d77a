"""Demo meetings of the invented 云岭县: 常委会, 书记办公会, 专题会议, 工作会议, 座谈会, 视频会议,
spread over the months before and the weeks after today, in the directory's rooms, with the
directory's people. Past meetings have attendance, minutes and decisions; a few are cancelled.
Everything goes through core.meetings, so conflicts are checked as for a clerk."""

from __future__ import annotations

import datetime as dt
import random

from officedesk.core import clock, settings, steps
from officedesk.core import meetings as core
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.chain_holders import same_unit
from officedesk.core.meetings import notices
from officedesk.demo.directory import COMMITTEE, COUNTY_CHIEF, COUNTY_DEPUTY, SECTION_CHIEF
from officedesk.store.meetings import Meeting
from officedesk.store.models import Person, Room, Unit

TOPICS = [
    "城乡环境综合整治",
    "安全生产",
    "森林防火",
    "防汛抗旱",
    "招商引资",
    "重点项目建设",
    "乡村振兴",
    "营商环境优化",
    "耕地保护",
    "信访维稳",
    "民生实事",
    "教育高质量发展",
    "医保基金监管",
    "农村人居环境整治",
    "文明城市创建",
    "河湖长制",
]
GROUPS = [
    "民营企业家",
    "离退休老干部",
    "新任科级干部",
    "基层党组织书记",
    "驻县金融机构负责人",
    "人大代表和政协委员",
    "青年干部",
]
CONCLUSIONS = [
    "会议指出，要提高政治站位，压实工作责任，确保各项任务落地见效。",
    "会议强调，要坚持问题导向，细化工作措施，加强统筹协调。",
    "会议要求，各牵头单位要明确时间表、路线图，按期报送进展情况。",
]


def _people(min_rank: int, max_rank: int) -> list[Person]:
    return list(
        Person.select()
        .where((Person.rank >= min_rank) & (Person.rank <= max_rank))
        .order_by(Person.rank, Person.id)
    )


def _unit(rng: random.Random, fallback: str) -> str:
    units = [u.name for u in Unit.select().where(Unit.name.endswith("局")).order_by(Unit.id)]
    return rng.choice(units) if units else fallback


# how often a county's 常委会 and 书记办公会 meet (a few times a month): a session's number in its
# year follows its day (县委常委会2026年第2次会议 on 7 December was the demo's second since July)
EVERY_DAYS = {"常委会": 11, "书记办公会": 15}


def _plan(rng: random.Random, kind: str, day: dt.date, seq: dict[tuple[str, int], int]) -> dict:
    year = day.year
    key = (kind, year)
    seq[key] = max(seq.get(key, 0) + 1, day.timetuple().tm_yday // EVERY_DAYS.get(kind, 365) + 1)
    topic = rng.choice(TOPICS)
    leaders = _people(COUNTY_CHIEF, COUNTY_DEPUTY)  # 县领导, in protocol order
    heads = _people(SECTION_CHIEF, SECTION_CHIEF)  # heads of offices, departments, townships
    host = "县委办公室"
    if kind == "常委会":
        title = f"县委常委会{year}年第{seq[key]}次会议"
        attendees = [p for p in leaders if p.title.startswith(COMMITTEE)][:13]
        nonvoting = [p for p in leaders if p.title in ("县人大常委会主任", "县政协主席")]
        room, hours = "常委会议室", 3.0
    elif kind == "书记办公会":
        title = f"县委书记办公会{year}年第{seq[key]}次会议"
        attendees = leaders[:5]
        nonvoting = heads[:2]
        room, hours = "第三会议室（小）", 1.5
    elif kind == "专题会议":
        title = f"研究{topic}工作专题会议"
        attendees = leaders[:1] + leaders[5:8]
        nonvoting = rng.sample(heads, min(len(heads), 5))
        room, hours = rng.choice(["第二会议室", "县政府常务会议室"]), 2.0
        host = "县政府办公室"
    elif kind == "工作会议":
        title = f"全县{topic}工作会议"
        attendees = leaders[:6]
        nonvoting = heads[:25]
        room, hours = rng.choice(["多功能厅", "第一会议室"]), 2.5
        host = _unit(rng, "县政府办公室")
    elif kind == "座谈会":
        group = rng.choice(GROUPS)
        title = f"{group}座谈会"
        attendees = leaders[:2]
        nonvoting = heads[:6]
        room, hours = "党员活动室", 2.0
    elif kind == "视频会议":
        title = f"全省{topic}工作电视电话会议（云岭分会场）"
        attendees = leaders[:3]
        nonvoting = heads[:10]
        room, hours = "视频会议室", 1.5
        host = "县政府办公室"
    else:
        title = "县委理论学习中心组集体学习会"
        attendees = leaders[:12]
        nonvoting = []
        room, hours = "第一会议室", 3.0
    return {
        "title": title,
        "kind": kind,
        "topic": topic,
        "attendees": attendees,
        "nonvoting": nonvoting,
        "room": room,
        "hours": hours,
        "host": host,
    }


def _agenda(rng: random.Random, plan: dict) -> list[core.AgendaEntry]:
    reporters = plan["nonvoting"] or plan["attendees"]
    topic = plan["topic"]
    items = [
        core.AgendaEntry(f"传达学习上级关于{topic}的有关精神", "县委办公室", "", 15),
        core.AgendaEntry(f"听取{topic}工作进展情况汇报", *_reporter(rng, reporters), 20),
        core.AgendaEntry(f"研究{topic}下一步工作安排", "", "", 30),
    ]
    if plan["kind"] in ("常委会", "书记办公会"):
        items.append(core.AgendaEntry("研究其他事项", "", "", 20))
    if plan["kind"] == "座谈会":
        items = [
            core.AgendaEntry("通报全县经济社会发展情况", "县发展和改革局", "", 20),
            core.AgendaEntry("与会代表座谈发言", "", "", 60),
            core.AgendaEntry("县委主要领导讲话", "", "", 20),
        ]
    return items


# 旁听 at a county government meeting: a 群众代表 and a 人大代表, typed in (not in the directory)
OBSERVERS = [
    core.PersonEntry("杨秀兰", "云岭镇群众代表"),
    core.PersonEntry("和建新", "县人大代表"),
]


def _reporter(rng: random.Random, people: list[Person]) -> tuple[str, str]:
    if not people:
        return "", ""
    person = rng.choice(people)
    return (person.unit.name if person.unit else ""), person.name


def populate(size: int, rng: random.Random) -> int:
    """About `size` meetings (at least 12); 0 when there are meetings already or no rooms."""
    if Meeting.select().exists() or not Room.select().exists() or not Person.select().exists():
        return 0
    actor = CLI_ACTOR
    today = clock.today()
    count = max(12, size)
    kinds = (
        ["常委会"] * 3
        + ["书记办公会"] * 2
        + ["专题会议"] * 4
        + ["工作会议"] * 3
        + ["座谈会", "视频会议", "视频会议", "其他"]
    )
    seq: dict[tuple[str, int], int] = {}
    issues: dict[tuple[str, str, int], int] = {}  # 纪要期号: each organiser's kind of 纪要 a year
    numbers: dict[int, int] = {}  # 会议通知 numbered as 明电, by year
    made = 0
    observed = False  # one 专题会议 of the county government has two 旁听
    days = sorted(today + dt.timedelta(days=rng.randint(-150, 30)) for _ in range(count))
    for day in days:
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        plan = _plan(rng, rng.choice(kinds), day, seq)
        hour = rng.choice([9, 9, 10, 14, 15])
        start = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 0, 30])))
        end = start + dt.timedelta(hours=plan["hours"])
        chair = plan["attendees"][0].name if plan["attendees"] else ""
        signup = (start - dt.timedelta(days=2)).replace(hour=17, minute=0) \
            if plan["kind"] in ("工作会议", "座谈会") else None
        if notices.deadline_passed(signup, start):  # a meeting a day or two ahead: none asked now
            signup = None
        draft = core.MeetingDraft(
            values={
                "title": plan["title"],
                "kind": plan["kind"],
                "start": start,
                "end": end,
                "place": plan["room"],
                "host_unit": plan["host"],
                "chair": chair,
                "checkin_time": start - dt.timedelta(minutes=30),
                "materials": "请汇报单位提前一天将书面材料报县委办公室秘书科。"
                if plan["kind"] != "视频会议"
                else "",
                "signup_deadline": signup,
                **contact_for(plan["host"], f"0887-3{rng.randrange(100000, 999999)}"),
                "note": "请参会人员提前10分钟入场，会议期间手机调至静音。",
            },
            attendees=[_entry(p) for p in plan["attendees"]],
            nonvoting=[_entry(p) for p in plan["nonvoting"] if p not in plan["attendees"]],
            observers=OBSERVERS if plan["kind"] == "专题会议" and not observed else [],
            agenda=_agenda(rng, plan),
        )
        found = core.check_conflicts(draft, None, actor)
        if any(c.blocking for c in found):
            continue
        meeting = core.save_meeting(
            draft, actor, override_reason="演示数据：领导时间已协调" if found else ""
        )
        made += 1
        observed = observed or bool(draft.observers)
        _progress(rng, meeting, today, actor, issues, numbers)
    return made


def contact_for(host: str, phone: str = "") -> dict[str, str]:
    """联系人 is a person (the host office's 秘书科科长, or a person of the host unit) with a
    phone, never a section: whom to ring about the meeting (the office itself is kept under
    its 机关名称: 县委办公室 is 中共云岭县委办公室)."""
    def staff_of(unit: str) -> list[Person]:
        units = [u.id for u in Unit.select(Unit.id, Unit.name) if same_unit(u.name, unit)]
        people = list(Person.select().where(Person.unit.in_(units))
                      .order_by(Person.rank.desc(), Person.id)) if units else []
        return [p for p in people if p.title == "秘书科科长"] or people

    staff = staff_of(host) or staff_of("县委办公室")
    person = staff[0] if staff else None
    return {"contact": person.name if person else "",
            "contact_phone": (person.phone if person else "") or phone}


def _entry(person: Person) -> core.PersonEntry:
    return core.PersonEntry(
        person.name,
        person.unit.name if person.unit else "",
        person.title,
        person.rank,
        person.phone,
        person.id,
    )


# the meetings whose notice goes out as a numbered 明传电报 of the office (发文字号 on the notice)
NUMBERED_KINDS = ("工作会议", "座谈会")


def _notify(meeting: Meeting, today: dt.date, actor, numbers: dict[int, int]) -> None:
    """发通知; a 工作会议's or 座谈会's notice is numbered (云委办明电〔2026〕3号), by the year it
    went out in (not after the meeting's, nor after today's), given as a clerk gives it (修改)."""
    core.mark_notice_sent(meeting.id, actor)
    code = str(settings.get("org.code") or "").strip()
    if meeting.kind not in NUMBERED_KINDS or not code:
        return
    year = min(meeting.start.year, today.year)
    numbers[year] = numbers.get(year, 0) + 1
    steps.perform("meetings", meeting.id, "修改", {"doc_no": f"{code}明电〔{year}〕{numbers[year]}号"},
                  actor)


def _decision(rng: random.Random, meeting: Meeting, topic: str) -> core.DecisionEntry:
    """An 议定事项 whose words say what its 牵头单位 and 时限 say (the 纪要 prints them with it).
    The numbers are drawn as they always were, so the demo's later records stay the same."""
    unit, months = _unit(rng, "县政府办公室"), rng.randint(1, 3)
    _unit(rng, "县政府办公室"), rng.randint(1, 3)  # drawn for the 牵头单位 and 时限 once
    return core.DecisionEntry(f"由{unit}牵头，{months}个月内完成{topic}相关工作并报送书面情况", unit,
                              meeting.start.date() + dt.timedelta(days=30 * months))


def _progress(rng: random.Random, meeting: Meeting, today: dt.date, actor,
              issues: dict[tuple[str, str, int], int], numbers: dict[int, int]) -> None:
    """Past meetings were held (attendance, minutes, decisions); future ones may be notified;
    now and then one was cancelled."""
    if rng.random() < 0.06:
        core.cancel(
            meeting.id,
            rng.choice(["与上级会议时间冲突，另行通知", "主要领导公务外出，延期召开"]),
            actor,
        )
        return
    if meeting.start.date() >= today:
        if rng.random() < 0.6:
            _notify(meeting, today, actor, numbers)
        return
    _notify(meeting, today, actor, numbers)
    marks = {}
    for row in core.attendees(meeting.id, actor):
        roll = rng.random()
        if roll < 0.08:
            marks[row.id] = (
                core.LEAVE,
                rng.choice(["外出学习", "公务出差", "病假", "参加上级会议"]),
            )
        elif roll < 0.1:
            marks[row.id] = (core.ABSENT, "")
        else:
            marks[row.id] = (core.PRESENT, "")
    core.record_attendance(meeting.id, marks, actor)
    topic = meeting.title
    text = (
        f"{meeting.start.year}年{meeting.start.month}月{meeting.start.day}日，{meeting.chair}同志主持召开"
        f"{topic}。会议听取了有关单位的工作汇报，研究部署了下一阶段工作。{rng.choice(CONCLUSIONS)}"
    )
    decisions = [_decision(rng, meeting, item.topic) for item in core.agenda(meeting.id, actor)[1:3]]
    # numbered by kind and organiser in the year (常委会纪要 第N期 apart from 专题会议纪要's)
    key = (meeting.kind, meeting.host_unit, meeting.start.year)
    issues[key] = issues.get(key, 0) + 1
    core.save_minutes(
        meeting.id,
        text,
        decisions,
        actor,
        issue=f"第{issues[key]}期",
        minutes_date=meeting.start.date() + dt.timedelta(days=1),
    )
