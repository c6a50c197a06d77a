"""Demo 信息报送: a year of the invented 云岭县's information work — units' reports through every
step, the office's periodicals issue by issue, 采用 at 市/省/中央 level, leaders' 批示 (two made
督查 items), and 突发事件 with their clocks (one late, one running now). Everything is made up
and goes through core, so numbers, history, scores and the audit trail are as a clerk leaves them."""

from __future__ import annotations

import datetime as dt
import random

from officedesk.core import clock, info, records
from officedesk.core.actor import Actor
from officedesk.core.errors import OfficeDeskError
from officedesk.core.info import periodicals, procedure
from officedesk.demo.info_texts import TOPICS, UNITS, printed_title, text
from officedesk.store.info import InfoItem

# the demo office's 信息科 (demo.users): its 科员 edit, its 科长 or the 副主任 in charge signs
# the 信息科 科员 of the demo's users (demo/users.py): 编发 and 印发 are the 信息科's
CLERK = Actor(username="ys", role="clerk", clearance=3, display_name="杨帅")
EDITORS = ["杨帅", "邓琴琴"]
SIGNERS = [("唐岩", "信息科长"), ("赵建军", "分管主任")]
LEADERS = ["县委书记 李建华", "县长 王振国", "县委副书记 陈立平", "常务副县长 刘国富"]

REPORTERS = ["张丽", "王海", "李娜", "刘洋", "陈静", "杨帆", "黄磊", "周婷", "吴迪", "郑敏"]

EVENTS = [("{u}境内发生一起山火", "较大"), ("{u}一辆客车侧翻致3人受伤", "一般"),
          ("{u}部分村组因强降雨受灾", "较大"), ("{u}一化工企业发生泄漏", "较大"),
          ("{u}发生一起群体性聚集", "一般")]


def _moment(day: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.choice((0, 10, 25, 40, 55))))


def populate(size: int, rng: random.Random) -> int:
    """About 4 × size items over the last year; 0 when the registry has data already."""
    if InfoItem.select().exists():
        return 0
    today = clock.today()
    count = max(size * 4, 12)
    made = 0
    used: dict[str, dt.date] = {}  # printed title → its day: none printed twice within a year
    # the sudden events of the year, each taken up in its turn among the units' reports
    events = [(today - dt.timedelta(days=300 - n * 60), n) for n in range(len(EVENTS))]
    for i in range(count):
        day = today - dt.timedelta(days=int((count - i) * 360 / count) + 2)
        while events and events[0][0] <= day:
            made += _event(rng, *events.pop(0), today)
        unit = rng.choice(UNITS)
        category, title, body = text(rng, rng.choices(list(TOPICS), weights=[50, 18, 16, 16])[0],
                                     unit, day, used)
        if not title:
            continue  # the unit has said all it has this year
        values = {"title": title, "unit": unit, "reporter": rng.choice(REPORTERS),
                  "phone": f"0871-6{rng.randint(100000, 999999)}", "category": category,
                  "reported_at": _moment(day, rng), "content": body,
                  "urgency": rng.choices(["一般", "平急", "加急"], [80, 15, 5])[0],
                  "secrecy": "秘密" if rng.random() < 0.04 else "非密"}
        try:
            item = records.create(info.SPEC, values, CLERK)
            made += 1
            # the last three wait in the 信息科 (我的待办): for 初审, 编辑 and 签发
            _advance(item.id, day, rng, today, {count - 1: "初审", count - 2: "编辑",
                                                count - 3: "签发"}.get(i, ""))
        except OfficeDeskError:
            continue
    for when, n in events:
        made += _event(rng, when, n, today)
    made += _running()
    return made


def _advance(item_id: int, day: dt.date, rng: random.Random, today: dt.date,
             wait_at: str = "", sudden: bool = False) -> None:
    """Take an item through the 信息科's steps, the day it came (a sudden event's report is
    received, edited into 每日要情 and sent up to the 市委 within the hour)."""
    def version() -> int:
        return int(InfoItem.get_by_id(item_id).version)

    roll = rng.random()
    recent = not sudden and day > today - dt.timedelta(days=3)  # the 信息科 receives within the day
    if roll < 0.05 and recent:
        return  # still waiting to be received
    procedure.receive(item_id, version(), CLERK, on=day, person=rng.choice(EDITORS))
    if wait_at == "初审" or (roll < 0.1 and recent):
        return  # waiting for 初审
    if not wait_at and not sudden and rng.random() < 0.22:
        procedure.review(item_id, version(), CLERK, "不采", rng.choice(
            ["内容一般，缺少数据支撑", "与此前报送信息重复", "时效性不强"]), on=day)
        return
    procedure.review(item_id, version(), CLERK, "采", on=day)
    if wait_at == "编辑":
        return
    item = InfoItem.get_by_id(item_id)
    procedure.edit(item_id, version(), CLERK, printed_title(item.unit, item.title), item.content, on=day,
                   person=rng.choice(EDITORS))
    if wait_at == "签发":
        return
    signer, post = rng.choice(SIGNERS)
    procedure.sign(item_id, version(), CLERK, signer, post, on=day)
    name = {"问题建议": "信息专报", "社情民意": "信息专报", info.SUDDEN: "每日要情"}.get(
        item.category, rng.choice(["每日要情", "每日要情", "工作动态"]))
    current = periodicals.open_issue(periodicals.periodical(name))
    if current is not None and (periodicals.count_of(current.id, CLERK) >= rng.randint(3, 5)
                                or current.year != day.year):
        last = periodicals.items_of(current.id, CLERK)[-1]  # full: 印发 on its last item's day
        periodicals.publish(current.id, CLERK, last.signed_on or day)
    procedure.publish(item_id, version(), CLERK, name, on=day)
    later = min(day + dt.timedelta(days=rng.randint(1, 6)), today)
    if rng.random() < 0.35 or sudden:
        level = rng.choices(["市", "省"], [80, 20])[0]
        # sent up some time after it was received, the same day (a sudden event's at once)
        sent = InfoItem.get_by_id(item_id).received_at + dt.timedelta(
            minutes=rng.randint(10, 30) if sudden else rng.randint(20, 180))
        procedure.send_up(item_id, version(), CLERK, level, sent)
        if rng.random() < 0.55:
            procedure.adopt(item_id, version(), CLERK, "市", "市委办《每日要情》", later)
            if level == "省" and rng.random() < 0.5:
                procedure.adopt(item_id, version(), CLERK, "省", "省委办《信息快报》", later)
                if rng.random() < 0.15:
                    procedure.adopt(item_id, version(), CLERK, "中央", "中办《每日汇报》", later)
    if rng.random() < 0.08:
        procedure.instruct(item_id, version(), CLERK, rng.choice(LEADERS), rng.choice(
            ["此信息反映的问题值得重视，请有关部门认真研究，提出解决办法。",
             "经验很好，请县委办总结推广。", "请分管领导牵头，限期解决，结果报我。"]), later)
        if rng.random() < 0.3:
            # the item is made today (its 立项日期): due 30 days after the 批示, or after today
            due = later + dt.timedelta(days=30)
            procedure.to_supervision(item_id, CLERK, due if due >= today else today + dt.timedelta(days=30))


def _event(rng: random.Random, day: dt.date, n: int, today: dt.date) -> int:
    """A sudden event of the year and its 续报, reported in time but one (its phone report
    late), received and sent up the day they came."""
    template, level = EVENTS[n]
    unit = rng.choice(UNITS[:8])
    event = dt.datetime.combine(day, dt.time(rng.randint(6, 12), 10))
    late = n == 1
    values = {"title": template.format(u=unit), "unit": unit, "reporter": rng.choice(REPORTERS),
              "category": info.SUDDEN, "event_level": level, "event_at": event,
              "phoned_at": event + dt.timedelta(minutes=40 if late else 20),
              "reported_at": event + dt.timedelta(minutes=20),
              "written_at": event + dt.timedelta(minutes=150 if late else 50),
              "urgency": "特急", "content": "事发后，当地立即启动应急预案，有关领导赶赴现场指挥处置。"}
    first = records.create(info.SPEC, values, CLERK)
    second = procedure.followup(first.id, {"content": "截至目前，现场处置基本结束，善后工作有序开展。",
                                           "reported_at": event + dt.timedelta(hours=5)}, CLERK)
    for item in (first, second):
        _advance(item.id, day, rng, today, sudden=True)
    return 2


def _running() -> int:
    """One of this morning still without its written report: its clock runs on the 工作台."""
    now = clock.now()
    event = now - dt.timedelta(minutes=35)
    values = {"title": "柳溪乡一处山体滑坡阻断乡道", "unit": "柳溪乡", "reporter": "杨帆",
              "category": info.SUDDEN, "event_level": "较大", "event_at": event,
              "phoned_at": event + dt.timedelta(minutes=25), "reported_at": event + dt.timedelta(minutes=25),
              "urgency": "特急", "content": "今晨，柳溪乡一处山体滑坡，阻断乡道约50米，暂无人员伤亡。"}
    records.create(info.SPEC, values, CLERK)
    return 1
