"""Demo history for the 效能 figures, and demo 效能投诉, of the invented 云岭县.

The other demo modules fill the last few months; the figures also need last year (同比, the
"三多" targets) and a shape worth reading. This module adds, through the same core steps a
clerk takes with the clock moved back:
- 收文 handled over the last fourteen months, where some units are fast (a day or two) and two
  are slow (often past the 5-day limit), and the leaders' 批办 is the step where most days go
  (signed in by the 收文 demo among its own, day by day: incoming_history_days, history_incoming);
- meetings and numbered 发文 of last year month by month, so this year's months compare with
  them — and the last full month holds more meetings than its target (去年同月 × 0.9);
- 效能投诉 in every state, with 核查, 结论 and 处理.
Every name, title and text is made up by us."""

from __future__ import annotations

import datetime as dt
import math
import random

from officedesk.core import clock, settings, workdays
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.demo.directory import COUNTY_DEPUTY
from officedesk.demo.meetings import contact_for
from officedesk.demo.paper_titles import INCOMING, Papers
from officedesk.store.efficiency import EfficiencyComplaint
from officedesk.store.models import Person, Room

CLERK = Actor(username="demo-xiaoneng", role="clerk", clearance=3, display_name="王晓雯")
FAST = ("县财政局", "县教育局", "县民政局")
SLOW = ("县自然资源局", "县住房和城乡建设局")
OTHERS = ("县农业农村局", "县卫生健康委员会", "县应急管理局", "县交通运输局")
COMPLAINTS = (
    ("办事拖拉", "办理不动产登记材料齐全，窗口称需领导签字，两周未办结。"),
    ("推诿扯皮", "咨询农村危房改造补助，两个股室相互推诿，均称不归本股室负责。"),
    ("态度生硬", "窗口工作人员答复不耐烦，未一次性告知所需材料。"),
    ("不作为", "反映小区排水不畅三个月，多次电话无人回复。"),
    ("办事拖拉", "企业用地审批超过承诺时限仍未答复。"),
)


def _workday_before(day: dt.date, back: int) -> dt.date:
    day -= dt.timedelta(days=back)
    while not workdays.is_workday(day):
        day -= dt.timedelta(days=1)
    return day


def _later(day: dt.date, days: int, limit: dt.date) -> dt.date:
    return min(workdays.add_working_days(day, days), limit)


def _months_back(today: dt.date, n: int) -> dt.date:
    index = today.year * 12 + today.month - 1 - n
    return dt.date(index // 12, index % 12 + 1, 1)


def populate(size: int, rng: random.Random) -> int:
    if EfficiencyComplaint.select().exists():
        return 0
    real_today = clock.today()
    made = 0
    try:
        made += _meetings_history(size, rng, real_today)
        made += _outgoing_history(size, rng, real_today)
        made += _complaints(size, rng, real_today)
    finally:
        clock.set_today(real_today)
    return made


def _leaders() -> list[str]:
    names = [
        p.name for p in Person.select(Person.name)
        .where(Person.rank <= COUNTY_DEPUTY)
        .order_by(Person.rank, Person.id)
    ]
    return names or ["李国强", "王志刚", "陈丽华"]


def incoming_history_days(size: int, rng: random.Random, today: dt.date) -> list[dt.date]:
    """The days of the fourteen months' 收文, in order (before today): the 收文 demo signs them
    in among its own, day by day, so that one year's 收文编号 follow the calendar."""
    per_month = max(3, size // 5)
    plans = []
    for back in range(14, 0, -1):
        first = _months_back(today, back)
        for _ in range(per_month):
            day = first + dt.timedelta(days=rng.randint(0, 27))
            while not workdays.is_workday(day):
                day += dt.timedelta(days=1)
            plans.append(day)
    return [day for day in sorted(plans) if day < today]


def history_incoming(day: dt.date, rng: random.Random, today: dt.date, leaders: list[str],
                     papers: Papers | None = None) -> None:
    """One 收文 of the history signed in on `day` and taken through its steps (the clock moved
    with them); still 承办中 when its end would fall on or after today. Its title is one of
    `papers` (the 收文 demo's, so that no title comes twice in a year), fitting the day."""
    from officedesk.core.documents import incoming

    unit = rng.choice(FAST + SLOW + OTHERS)
    clock.set_today(day)
    title, paper, _places = (papers or Papers(INCOMING)).pick(rng, day)
    record = incoming.sign_in(
        {"收文日期": day.isoformat(), "来文机关": paper.who, "标题": title, "文种": paper.kind},
        CLERK,
    )
    record = incoming.register_doc(record.id, record.version, {}, CLERK)
    day = _later(day, rng.randint(0, 1), today)
    clock.set_today(day)
    record = incoming.review(record.id, record.version, CLERK)
    leader = rng.choice(leaders)
    record = incoming.propose(
        record.id, record.version, CLERK, f"拟呈{leader}同志阅批，送{unit}办理。"
    )
    day = _later(day, rng.randint(3, 8), today)  # the leaders' 批办: where the days go
    clock.set_today(day)
    record = incoming.instruct(
        record.id, record.version, CLERK, f"请{unit}抓紧办理，按时报送结果。", leader
    )
    record = incoming.assign(record.id, record.version, CLERK, unit, "", 5, start=day)
    if unit in FAST:
        days = rng.randint(1, 2)
    elif unit in SLOW:
        days = rng.randint(4, 11)
    else:
        days = rng.randint(2, 6)
    end = workdays.add_working_days(day, days)
    if end >= today:
        return  # still being handled
    clock.set_today(end)
    incoming.finish(record.id, record.version, CLERK, "已按要求办理并反馈。", end)


def history_leaders() -> list[str]:
    return _leaders()[:5]


def _meeting_counts_this_year(today: dt.date) -> list[int]:
    from officedesk.core.meetings.spec import CANCELLED
    from officedesk.store.meetings import Meeting

    counts = [0] * 12
    for (start,) in (
        Meeting.select(Meeting.start)
        .where(
            (Meeting.start >= dt.datetime(today.year, 1, 1))
            & (Meeting.start < dt.datetime(today.year + 1, 1, 1))
            & (Meeting.status != CANCELLED)
        )
        .tuples()
    ):
        counts[start.month - 1] += 1
    return counts


# what the history's meetings were about, and their names by kind, as an office names them
# (not 专题会议（10月）): the topic follows the day, so the random draws stay as they were; none
# of the meetings demo's topics (demo.meetings.TOPICS), so no name is both a history meeting's
# and one of this year's
_MEETING_TOPICS = ("粮食生产", "秸秆禁烧", "消防安全", "食品安全", "道路交通安全", "统计数据质量",
                   "国土绿化", "就业创业", "财政收支", "林长制", "农民工工资支付", "固定资产投资")
_MEETING_TITLES = {
    "常委会": "县委常委会会议（研究{topic}工作）",
    "书记办公会": "县委书记办公会（研究{topic}工作）",
    "专题会议": "研究{topic}工作专题会议",
    "工作会议": "全县{topic}工作会议",
    "视频会议": "全市{topic}工作电视电话会议（云岭分会场）",
    "座谈会": "{topic}工作座谈会",
}


def _meeting_title(kind: str, day: dt.date) -> str:
    topic = _MEETING_TOPICS[day.toordinal() % len(_MEETING_TOPICS)]
    return _MEETING_TITLES.get(kind, "{topic}工作" + kind).format(topic=topic)


def _new_meeting(
    rng: random.Random, day: dt.date, kind: str, rooms: list[str], people: list[Person]
) -> bool:
    from officedesk.core import meetings as core

    start = dt.datetime.combine(day, dt.time(rng.choice([9, 10, 14, 15]), 0))
    hours = rng.choice([1.5, 2, 2, 3]) if kind != "常委会" else 3
    chosen = rng.sample(people, k=min(len(people), rng.randint(3, 6)))
    # listed in protocol order: leaders of one 职级 are seated in the order they are listed
    chosen.sort(key=lambda p: (p.rank, p.id))
    notice_day = _workday_before(day, rng.choice([1, 2, 3, 3, 5]))
    clock.set_today(notice_day)
    place = rng.choice(rooms)
    host = rng.choice(["县委办公室", "县政府办公室", "县委办公室"])
    draft = core.MeetingDraft(
        values={
            "title": _meeting_title(kind, day),
            "kind": kind,
            "start": start,
            "end": start + dt.timedelta(hours=hours),
            "place": place,
            "host_unit": host,
            "chair": chosen[0].name if chosen else "",
            **contact_for(host),
        },
        attendees=[
            core.PersonEntry(
                p.name, p.unit.name if p.unit else "", p.title, p.rank, p.phone, p.id
            )
            for p in chosen
        ],
    )
    if any(c.blocking for c in core.check_conflicts(draft, None, CLI_ACTOR)):
        return False
    meeting = core.save_meeting(draft, CLI_ACTOR, override_reason="演示数据：领导时间已协调")
    core.mark_notice_sent(meeting.id, CLI_ACTOR)
    clock.set_today(day)
    core.mark_held(meeting.id, CLI_ACTOR)
    return True


def _meetings_history(size: int, rng: random.Random, today: dt.date) -> int:
    """Last year's meetings: each month a little above this year's (so the target, 90 % of it,
    holds), but the last full month's below, so that month is over its target. This year's
    early months, which the meetings demo leaves empty, get meetings too."""
    rooms = [r.name for r in Room.select(Room.name)]
    people = list(Person.select().where(Person.rank <= COUNTY_DEPUTY))
    if not rooms or not people:
        return 0
    from officedesk.core.efficiency.sanduo import TARGET_RATIO

    ratio = float(settings.get(TARGET_RATIO.key))
    kinds = ["常委会", "书记办公会", "专题会议", "专题会议", "工作会议", "视频会议", "座谈会"]
    made = 0
    base = max(4, size // 6)
    counts = _meeting_counts_this_year(today)
    for month in range(1, today.month):
        for _ in range(max(0, base - counts[month - 1])):
            day = dt.date(today.year, month, rng.randint(1, 27))
            if workdays.is_workday(day) and _new_meeting(rng, day, rng.choice(kinds), rooms, people):
                made += 1
    counts = _meeting_counts_this_year(today)
    flagged = today.month - 1 if today.month > 1 else 0
    for month in range(1, 13):
        now = counts[month - 1]
        if month == flagged and now >= 2:
            wanted = max(1, math.floor((now - 1) / ratio) - 1)  # now > wanted × ratio
        else:
            wanted = math.ceil(max(now, base) / ratio) + rng.randint(1, 3)
        done = 0
        tries = 0
        while done < wanted and tries < wanted * 3:
            tries += 1
            day = dt.date(today.year - 1, month, rng.randint(1, 28))
            if workdays.is_workday(day) and _new_meeting(rng, day, rng.choice(kinds), rooms, people):
                done += 1
        made += done
    return made


# last year's 发文 by 文种: titles, a body and a 主送 each of its kind (a 报告 to the 上级 reports,
# a 函 asks a body outside the line), never a 通知's words under another 文种. A title names the
# month it is about: a notice the month it is for (the next one from the 20th), a 通报 the month
# it is in (the one before until the 15th), a 报告 the month just ended — none twice in a year
_TO_UNITS = "各乡镇党委，县直各单位"
_HISTORY_PAPERS = {
    "通知": (("关于做好{month}月份重点工作的通知", "关于做好{month}月份安全生产工作的通知",
             "关于做好{month}月份信访稳定工作的通知", "关于做好{month}月份督查督办工作的通知",
             "关于抓好{month}月份重点项目建设的通知"), 1,
             "现将{topic}有关事项通知如下，请认真抓好落实。", _TO_UNITS),
    "通报": (("关于{month}月份重点工作推进情况的通报", "关于{month}月份督查工作情况的通报",
             "关于{month}月份重点项目建设进展情况的通报", "关于{month}月份政务信息报送情况的通报"), 0,
             "现将{topic}通报如下。", _TO_UNITS),
    "意见": (("关于推进{month}月份重点工作的意见",), 1, "为{topic}，提出如下意见。", _TO_UNITS),
    "报告": (("关于{month}月份重点工作完成情况的报告", "关于{month}月份安全生产工作情况的报告"), -1,
             "现将{topic}报告如下。特此报告。", "中共云州市委"),
    "函": (("关于商请配合做好{month}月份重点工作的函",), 1,
           "为{topic}，商请贵办予以配合。请予支持为盼。", "云岭县人民政府办公室"),
}


def _history_paper(kind: str, day: dt.date, used: set[str]) -> tuple[str, str, str, str]:
    """(文种, title, body, 主送) of a paper of last year drafted on `day`: one of `kind` whose
    title is not in `used`, or of the next 文种 that has one (a demo of more than 14 a month
    repeats one)."""
    kinds = list(_HISTORY_PAPERS)
    start = kinds.index(kind)
    choices = []
    for other in kinds[start:] + kinds[:start]:
        titles, ahead, body, to = _HISTORY_PAPERS[other]
        month = day.month if ahead != 1 or day.day < 20 else day.month % 12 + 1
        if ahead == -1 or ahead == 0 and day.day < 15:  # the month just ended
            month = (month - 2) % 12 + 1
        choices += [(other, title.format(month=month), body, to) for title in titles]
    other, title, body, to = next((c for c in choices if c[1] not in used), choices[0])
    used.add(title)
    topic = title.removeprefix("关于").rsplit("的", 1)[0].removeprefix("商请配合")
    return other, title, body.format(topic=topic), to


def _outgoing_history(size: int, rng: random.Random, today: dt.date) -> int:
    """Numbered 发文 of last year, a few more each month than this year's."""
    from officedesk.core.documents import outgoing, recheck
    from officedesk.demo import chain_people
    from officedesk.demo import documents as documents_demo

    made = 0
    per_month = max(2, size // 12)
    used: set[str] = set()
    for month in range(1, 13):
        for _ in range(per_month + rng.randint(0, 2)):
            day = dt.date(today.year - 1, month, rng.randint(1, 24))
            while not workdays.is_workday(day):
                day += dt.timedelta(days=1)
            clock.set_today(day)
            kind, title, body, to = _history_paper(
                rng.choice(["通知", "通知", "通报", "意见", "报告", "函"]), day, used)
            unit = rng.choice(["县委办公室秘书科", "县委办公室综合科", "县委办公室督查室"])
            record = outgoing.draft(
                {
                    "标题": title,
                    "文种": kind,
                    "拟稿单位": unit,
                    # a 科员 or 副科长 of that unit (demo.chain_people), not its 科长 who checks it
                    "拟稿人": chain_people.drafter(rng.randrange(3), unit, kind, "", "刘文博",
                                                  CLERK.label),
                    "主送": to,
                    "正文": body,
                    "份数": "30",
                    "印发机关": "中共云岭县委办公室",
                },
                CLERK,
            )
            day = _later(day, rng.randint(0, 2), dt.date(today.year, 1, 1))
            clock.set_today(day)
            # each chain step by its holder on the draft, recorded by the 文书 (代录)
            wenshu = chain_people.recorder(documents_demo.CLERK)
            record = chain_people.perform(record, "核稿", {
                "checker": chain_people.holder("核稿", record, "王志远", (record.drafter,)),
                "opinion": "已核"}, wenshu)
            day = _later(day, rng.randint(1, 4), dt.date(today.year, 1, 1))
            clock.set_today(day)
            if chain_people.has_step("审核", record):
                record = chain_people.perform(record, "审核", {
                    "reviewer": chain_people.holder("审核", record, "王志刚", (record.drafter,)),
                    "opinion": "同意"}, wenshu)
            record = chain_people.perform(record, "签发", {
                "signer": chain_people.holder("签发", record, _leaders()[0], (record.drafter,)),
                "opinion": "同意印发"}, wenshu)
            record = recheck.recheck(record.id, record.version, CLERK)  # the office's 复核
            record = outgoing.assign_number(record.id, record.version, CLERK)
            day = _later(day, rng.randint(0, 1), dt.date(today.year, 1, 1))
            clock.set_today(day)
            outgoing.mark_printed(record.id, record.version, CLERK)
            made += 1
    return made


def _complaints(size: int, rng: random.Random, today: dt.date) -> int:
    from officedesk.core.efficiency import complaints as core

    count = max(5, size // 5)
    made = 0
    targets = ["登记", "核查", "结论", "办结", "办结", "办结"]
    for n in range(count):
        # the first goes the whole way to a 效能告诫, so every paper has a record to show
        target = "办结" if n == 0 else rng.choice(targets)
        # an office clears its complaints: one still open came in lately (some a little overdue),
        # not in the spring (“已逾期 166 个工作日” read as nobody's work)
        day = _workday_before(today, rng.randint(2, 300 if target == "办结" else 30))
        clock.set_today(day)
        category, content = COMPLAINTS[n % len(COMPLAINTS)]
        unit = rng.choice(SLOW + SLOW + OTHERS)
        record = core.register_complaint(
            {
                "登记日期": day.isoformat(),
                "投诉方式": rng.choice(core.CHANNELS[:4]),
                "投诉人": rng.choice(["赵先生", "钱女士", "孙先生", "李女士", "周先生"]),
                "联系电话": f"139{rng.randrange(10000000, 99999999)}",
                "被投诉单位": unit,
                "被投诉人": rng.choice(["吴某某", "郑某某", "冯某某", ""]),
                "投诉类别": category,
                "投诉内容": content,
            },
            CLERK,
        )
        made += 1
        if target == "登记":
            continue
        day = _later(day, rng.randint(0, 2), today)
        clock.set_today(day)
        record = core.send_for_verification(record.id, record.version, CLERK, "县纪委监委", on=day)
        if target == "核查":
            continue
        day = _later(day, rng.randint(3, 12), today)
        clock.set_today(day)
        finding = "属实" if n == 0 else rng.choice(["属实", "部分属实", "不属实", "属实"])
        record = core.conclude(
            record.id, record.version, CLERK, finding, "经调阅台账、询问当事人，核实有关情况。",
            on=day,
        )
        if target == "结论":
            continue
        day = _later(day, rng.randint(1, 4), today)
        clock.set_today(day)
        action = "" if finding == "不属实" else rng.choice(["效能告诫", "效能告诫", "通报批评", "诫勉"])
        action = "效能告诫" if n == 0 else action
        core.dispose(record.id, record.version, CLERK, action, "", on=day)
    return made
