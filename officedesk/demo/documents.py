"""Demo 收文 and 发文 of the invented 云岭县委办公室, in every state of their procedures.

Every title, number and opinion is made up by us. The records go through the same steps a clerk
takes (core.documents.incoming / outgoing), with the clock moved back to the day each step
happened, so the history, the audit trail, the dashboard and the "三多" figures look lived in.
"""

from __future__ import annotations

import datetime as dt
import random

from officedesk.core import clock, settings, workdays
from officedesk.core.actor import Actor
from officedesk.core.documents import (
    archive,
    dispatch,
    incoming,
    kind_codes,
    outgoing,
    outgoing_spec,
    recheck,
)
from officedesk.demo import efficiency as efficiency_demo
from officedesk.demo.directory import COUNTY_DEPUTY
from officedesk.store.documents import IncomingDoc, OutgoingDoc
from officedesk.store.models import Person, Unit

CLERK = Actor(username="demo-wenshu", role="clerk", clearance=3, display_name="张晓燕")

SOURCES = [  # 来文机关, 机关代字
    ("中共云州市委办公室", "云市委办发"),
    ("云州市人民政府办公室", "云市政办发"),
    ("中共云州市委组织部", "云市组通"),
    ("云州市应急管理局", "云市应急"),
    ("云州市财政局", "云市财预"),
    ("云州市教育局", "云市教发"),
    ("云州市农业农村局", "云市农发"),
    ("云州市生态环境局", "云市环发"),
    ("中共云州市纪委办公厅", "云市纪办发"),
    ("云州市人力资源和社会保障局", "云市人社发"),
]

INCOMING_TITLES = [
    ("关于做好{year}年岁末年初安全生产工作的通知", "通知"),
    ("关于开展{year}年度机关作风建设专项检查的通知", "通知"),
    ("关于印发《{year}年全市乡村振兴重点工作任务》的通知", "通知"),
    ("关于下达{year}年第二批中央财政衔接推进乡村振兴补助资金的通知", "通知"),
    ("关于进一步加强防汛抗旱工作的意见", "意见"),
    ("关于{year}年上半年全市重点项目推进情况的通报", "通报"),
    ("关于做好冬春季森林防火工作的紧急通知", "通知"),
    ("关于报送{year}年度党风廉政建设责任制落实情况的函", "函"),
    ("关于加强基层减负工作的若干意见", "意见"),
    ("关于{year}年全市教育工作会议议定事项的纪要", "纪要"),
    ("关于同意云岭县调整部分乡镇行政区划的批复", "批复"),
    ("关于开展安全生产大排查大整治行动的决定", "决定"),
    ("关于做好高校毕业生就业创业工作的通知", "通知"),
    ("关于表彰{year}年度全市信访工作先进集体和先进个人的决定", "决定"),
    ("关于征求《云州市城市管理条例（草案）》意见的函", "函"),
    ("关于做好春节期间值班值守工作的通知", "通知"),
]

OUTGOING_TITLES = [
    ("关于进一步加强县委办公室公文处理工作的通知", "通知", "秘书科"),
    ("关于召开全县经济工作会议的通知", "通知", "秘书科"),
    ("关于{year}年第三季度重点工作督查情况的通报", "通报", "督查室"),
    ("关于申请追加{year}年度防汛救灾资金的请示", "请示", "综合科"),
    ("关于云岭县{year}年度党建工作情况的报告", "报告", "综合科"),
    ("关于印发《云岭县机关事务管理办法》的通知", "通知", "综合科"),
    ("关于调整县委县政府议事协调机构的通知", "通知", "秘书科"),
    ("关于做好元旦春节期间有关工作的通知", "通知", "秘书科"),
    ("关于加强基层党组织建设的意见", "意见", "综合科"),
    ("关于县委常委会第十二次会议议定事项的纪要", "纪要", "秘书科"),
    ("关于商请协助开展干部交流工作的函", "函", "综合科"),
    ("关于表彰{year}年度全县综合目标考核先进单位的决定", "决定", "督查室"),
]

# a topic that is a task already keeps its own verb after 切实 (切实做好元旦春节期间有关工作,
# 切实加强…); another is done (切实做好调整…)
_VERBS = ("做好", "加强", "进一步", "抓好", "开展")


def _task(topic: str) -> str:
    return topic if topic.startswith(_VERBS) else f"做好{topic}"


BODY = """为认真贯彻落实上级有关部署，切实{task}，经县委同意，现就有关事项通知如下。
一、提高思想认识
各乡镇、县直各单位要充分认识做好此项工作的重要性，切实把思想和行动统一到上级决策部署上来。
（一）加强组织领导。主要负责同志要亲自研究部署，分管负责同志具体抓落实。
（二）压实工作责任。层层分解任务，明确责任人和完成时限。
二、突出工作重点
1.全面排查梳理。对照任务清单逐项排查，建立工作台账。
2.抓好整改落实。对发现的问题，能立即整改的立即整改，不能立即整改的明确整改时限。
三、强化督促检查
县委办公室将会同有关部门适时开展督查，督查结果在全县通报。
各单位请于{deadline}前将贯彻落实情况书面报送县委办公室。"""

# a 请示 and a 报告 (上行文) say what they ask or report, as 《党政机关公文处理工作条例》 wants of
# them: a 请示 ends 妥否，请批示 (and names whom to call in its 附注), a 报告 特此报告 and asks nothing
REQUEST_BODY = """今年入汛以来，我县降雨量较常年同期偏多，局地发生洪涝灾害，河堤、山塘水库和乡村道路不同程度受损，\
防汛救灾任务繁重，县级财力难以承担全部修复费用。为切实做好防汛救灾工作，经县委研究，现将有关事项请示如下。
一、基本情况
截至目前，全县共有12个乡镇受灾，需修复河堤8.6公里、山塘水库14座、乡村道路23公里，经测算共需资金3200万元，\
县级已统筹安排1200万元。
二、请示事项
恳请市委协调市级有关部门追加安排我县防汛救灾资金2000万元，专项用于水毁工程修复和受灾群众生产生活恢复。
妥否，请批示。"""
REPORT_BODY = """根据市委工作部署，现将{topic}报告如下。
一、主要工作及成效
（一）压实管党治党责任。县委常委会定期研究党建工作，各级党组织书记带头抓、负总责。
（二）夯实基层基础。持续整顿软弱涣散基层党组织，村级组织活动场所实现全覆盖。
二、存在的问题
部分基层党组织作用发挥不够充分，党员教育管理方式有待创新。
三、下一步工作打算
我县将坚持问题导向，逐项抓好整改落实，推动全县党建工作质量持续提升。
特此报告。"""
# the others by what they are about: a meeting's notice says when and where, a 决定 decides, a
# 纪要 records, a 函 asks a body outside the line, an 印发 notice sends what it prints out
TITLE_BODIES = {
    "关于召开全县经济工作会议的通知": """经县委同意，定于近期召开全县经济工作会议。现将有关事项通知如下。
一、会议时间
{deadline}上午9:00，会期半天。
二、会议地点
县委常委会议室。
三、参会人员
各乡镇党委书记，县委各部委、县直各单位主要负责同志。
四、有关要求
请各参会人员提前10分钟入场，因故不能参会的须向县委办公室书面请假。""",
    "关于印发《云岭县机关事务管理办法》的通知": """《云岭县机关事务管理办法》已经县委同意，现印发给你们，\
请结合实际认真贯彻执行。执行中遇到的问题，请及时向县委办公室反映。""",
    "关于{year}年第三季度重点工作督查情况的通报": """根据县委工作安排，县委督查室近期对全县重点工作推进情况开展了督查。\
现将{topic}通报如下。
一、总体情况
各乡镇、县直各单位认真贯彻县委决策部署，大部分重点工作按时序推进。
二、存在的问题
个别单位工作推进缓慢，部分事项未按期办结，督查反馈不及时。
三、下一步要求
各单位要对照问题认真整改，整改情况请于{deadline}前书面报送县委督查室。""",
    "关于加强基层党组织建设的意见": """为{topic}，结合我县实际，提出如下意见。
一、总体要求
坚持党建引领，推动基层党组织全面进步、全面过硬。
二、主要任务
（一）建强组织体系。优化基层党组织设置，扩大党的组织覆盖和工作覆盖。
（二）建强带头人队伍。选优配强村（社区）党组织书记，加强教育培训。
三、保障措施
各级党组织要把基层党组织建设摆上重要议程，县委组织部要加强督促指导。""",
    "关于县委常委会第十二次会议议定事项的纪要": """近日，县委常委会召开第十二次会议，研究近期重点工作。\
现将{topic}纪要如下。
一、关于重点项目推进工作。会议原则同意《云岭县{year}年重点项目推进方案》，由县发展和改革局按会议意见修改完善后\
印发实施。
二、关于年底各项工作。会议要求各乡镇、县直各单位抓紧做好年底各项工作，确保全年目标任务圆满完成。""",
    "关于商请协助开展干部交流工作的函": """为进一步加强干部队伍建设，经县委研究，拟于近期选派部分年轻干部到市直有关单位\
跟班学习。现就有关事项商请如下：恳请贵部协调市直有关单位接收我县选派干部，跟班学习时间为6个月。
请予支持为盼。""",
    "关于表彰{year}年度全县综合目标考核先进单位的决定": """{year}年，全县各乡镇、县直各单位认真贯彻落实县委决策部署，\
扎实推进各项工作，涌现出一批先进单位。为表彰先进、树立典型，经县委研究，决定对县委组织部等10个单位予以通报表彰。
希望受表彰的单位珍惜荣誉，再接再厉。全县各单位要以先进为榜样，奋力推动全县各项工作再上新台阶。""",
}
BODIES = {"请示": REQUEST_BODY, "报告": REPORT_BODY}

PROPOSALS = [
    "拟请{leader}同志阅示，送{unit}办理。",
    "拟呈{leader}同志阅批，由{unit}牵头落实。",
    "拟送{unit}研究办理，并呈{leader}同志阅知。",
]
INSTRUCTIONS = [
    "请{unit}认真研究，抓好落实，按时报送办理情况。",
    "同意拟办意见。请{unit}牵头，相关单位配合，确保按期完成。",
    "请{unit}高度重视，制定具体方案，落实到人。",
    "阅。请按要求抓好落实。",
]
# what a 复核 found that the original signer has to look at again (退回复审)
REREVIEW_REASONS = [
    "第二部分工作时限与市委文件要求不一致，需改为12月底前完成。",
    "附件《工作任务分解表》中的牵头单位与正文不一致，需统一。",
    "文中引用的文件已废止，需改引现行文件。",
]

RESULTS = [
    "已按要求完成，情况已书面报送来文机关。",
    "已制定实施方案并组织实施，办理情况已反馈。",
    "已转发各乡镇和县直有关单位贯彻执行。",
]

INCOMING_TARGETS = [  # how far each demo document gets, in proportion
    (incoming.SIGNED, 1),
    (incoming.REGISTERED, 1),
    (incoming.RETURNED, 1),
    (incoming.REVIEWED, 1),
    (incoming.PROPOSED, 1),
    (incoming.INSTRUCTED, 1),
    (incoming.HANDLING, 4),
    (incoming.CIRCULATING, 2),
    (incoming.DONE, 3),
    (incoming.ARCHIVED, 3),
]
OUTGOING_TARGETS = [
    (outgoing_spec.DRAFTING, 2),
    (outgoing_spec.CHECKED, 1),
    (outgoing_spec.COUNTERSIGNING, 1),
    (outgoing_spec.SIGNED, 1),
    (outgoing_spec.REREVIEW, 1),
    (outgoing_spec.REVIEWED, 1),
    (outgoing_spec.NUMBERED, 1),
    (outgoing_spec.PRINTED, 1),
    (outgoing_spec.DISTRIBUTED, 4),
    (outgoing_spec.ARCHIVED, 4),
]


def _pick_target(rng: random.Random, targets: list[tuple[str, int]]) -> str:
    states = [state for state, weight in targets for _ in range(weight)]
    return rng.choice(states)


def _leaders() -> list[str]:
    names = [
        p.name for p in Person.select(Person.name)
        .where(Person.rank <= COUNTY_DEPUTY)
        .order_by(Person.rank, Person.id)
    ]
    return names or ["李国强", "王志刚", "陈丽华", "赵建军"]


def _director() -> str:
    """The demo office's 主任 among its users (who signs in the approval chain), or ""."""
    from officedesk.core.positions import all_posts

    return next((p.label for p in all_posts() if p.position == "主任"), "")


def _units() -> list[str]:
    names = [
        u.name
        for u in Unit.select(Unit.name).where(Unit.name.startswith("县")).order_by(Unit.sort_order)
    ]
    return names or ["县应急管理局", "县财政局", "县教育局", "县农业农村局", "县发展和改革局"]


def _at(day: dt.date) -> None:
    clock.set_today(day)


def _ensure_office() -> None:
    """The demo office's name, 机关代字 and 全宗号, unless the office has set its own."""
    for key, value in (
        ("org.name", "中共云岭县委办公室"),
        ("org.code", "云委办"),
        ("org.fonds", "Z107"),
    ):
        if not str(settings.get(key) or ""):
            settings.put(key, value)
    # its 函 numbered apart, as most offices number theirs (云委办函〔2026〕3号)
    if not kind_codes.codes():
        settings.put(kind_codes.KIND_CODES.key, f"函={settings.get('org.code')}函")


def populate(size: int, rng: random.Random) -> int:
    """About `size` 收文 and two thirds as many 发文; 0 when documents exist already."""
    if IncomingDoc.select().exists() or OutgoingDoc.select().exists():
        return 0
    _ensure_office()
    real_today = clock.today()
    leaders, units = _leaders(), _units()
    count = 0
    plans_in = []
    for _ in range(max(6, size)):
        target = _pick_target(rng, INCOMING_TARGETS)
        open_one = target in (incoming.HANDLING, incoming.CIRCULATING)
        plans_in.append(
            (
                _workday_before(
                    real_today, rng.randint(2, 12) if open_one else rng.randint(3, 150)
                ),
                target,
            )
        )
    plans_out = []
    for n in range(max(4, size * 2 // 3)):
        # each state once first, so that the demo shows every one (复审中, 已复核 …)
        first = n < len(OUTGOING_TARGETS)
        target = OUTGOING_TARGETS[n][0] if first else _pick_target(rng, OUTGOING_TARGETS)
        back = rng.randint(3, 20) if target == outgoing_spec.DRAFTING else rng.randint(10, 300)
        plans_out.append((_workday_before(real_today, back), target))
    # the 效能 demo's fourteen months of 收文 (demo.efficiency), signed in among these: one
    # year's 收文编号 follow the calendar across both (its own random numbers: this module's
    # records stay as they were)
    history_rng = random.Random(f"efficiency-history-{size}")
    history = [(day, "") for day in efficiency_demo.incoming_history_days(size, history_rng, real_today)]
    history_leaders = efficiency_demo.history_leaders() if history else []
    try:  # in date order, so that 收文编号 and 发文字号 follow the calendar
        for day, target in sorted(plans_in + history):
            if target:
                _incoming(rng, real_today, leaders, units, target, day)
            else:
                efficiency_demo.history_incoming(day, history_rng, real_today, history_leaders)
            count += 1
        for day, target in sorted(plans_out):
            _outgoing(rng, real_today, leaders, units, target, day)
            count += 1
    finally:
        clock.set_today(real_today)
    return count


def _workday_before(today: dt.date, back: int) -> dt.date:
    day = today - dt.timedelta(days=back)
    while not workdays.is_workday(day):
        day -= dt.timedelta(days=1)
    return day


def _next(day: dt.date, rng: random.Random, limit: dt.date) -> dt.date:
    return min(workdays.add_working_days(day, rng.randint(0, 2)), limit)


def _incoming(
    rng: random.Random,
    today: dt.date,
    leaders: list[str],
    units: list[str],
    target: str,
    day: dt.date,
) -> None:
    open_states = (incoming.HANDLING, incoming.CIRCULATING)
    org, code = rng.choice(SOURCES)
    title, kind = rng.choice(INCOMING_TITLES)
    secrecy = rng.choices(["非密", "秘密", "机密"], [8, 2, 1])[0]
    _at(day)
    raw = {
        "收文日期": day.isoformat(),
        "来文机关": org,
        "来文字号": f"{code}〔{day.year}〕{rng.randint(1, 180)}号",
        "标题": title.format(year=day.year),
        "文种": kind,
        "密级": secrecy,
        "保密期限": "" if secrecy == "非密" else rng.choice(["1年", "5年", "10年"]),
        "紧急程度": rng.choices(["平件", "加急", "特急"], [6, 3, 1])[0],
        "份数": str(rng.randint(1, 3)),
    }
    r = incoming.sign_in(raw, CLERK)
    leader, unit = rng.choice(leaders[:6]), rng.choice(units)
    if target == incoming.SIGNED:
        return
    r = incoming.register_doc(r.id, r.version, {}, CLERK)
    if target == incoming.REGISTERED:
        return
    if target == incoming.RETURNED:
        incoming.return_doc(r.id, r.version, CLERK, "来文缺少附件，已退回来文机关补正。")
        return
    day = _next(day, rng, today)
    _at(day)
    r = incoming.review(r.id, r.version, CLERK)
    if target == incoming.REVIEWED:
        return
    r = incoming.propose(
        r.id, r.version, CLERK, rng.choice(PROPOSALS).format(leader=leader, unit=unit)
    )
    if target == incoming.PROPOSED:
        return
    day = _next(day, rng, today)
    _at(day)
    r = incoming.instruct(
        r.id, r.version, CLERK, rng.choice(INSTRUCTIONS).format(unit=unit), leader
    )
    if target == incoming.INSTRUCTED:
        return
    limit = rng.choice([3, 5, 5, 10, 15])
    if target in open_states and rng.random() < 0.4:  # some are overdue on the 工作台
        limit = 2
    r = incoming.assign(r.id, r.version, CLERK, unit, "", limit)
    if target in (incoming.CIRCULATING, incoming.DONE, incoming.ARCHIVED) and rng.random() < 0.7:
        readers = rng.sample(leaders[:8], k=min(3, len(leaders)))
        r = incoming.circulate(r.id, r.version, CLERK, readers)
        finish_all = target != incoming.CIRCULATING
        for n, reader in enumerate(readers):
            if not finish_all and n >= len(readers) - 1 - rng.randint(0, 1):
                break
            day = _next(day, rng, today)
            _at(day)
            r = incoming.mark_read(r.id, r.version, CLERK, reader)
    if target in (incoming.HANDLING, incoming.CIRCULATING):
        if r.due_on and r.due_on < today and rng.random() < 0.7:
            _at(today)
            incoming.remind(r.id, r.version, CLERK)
        return
    day = min(workdays.add_working_days(day, rng.randint(1, limit)), today)
    _at(day)
    r = incoming.finish(r.id, r.version, CLERK, rng.choice(RESULTS), day)
    if target == incoming.ARCHIVED:
        archive.archive(
            "incoming",
            r.id,
            r.version,
            CLERK,
            rng.choice(["永久", "定期30年", "定期10年"]),
            "BGS",
            pages=rng.randint(2, 12),
        )


# the demo's drafters: 科员 and 副科长 — not the 文书 张晓燕, who does the 复核 (CLERK), nor a
# 科长, who does the 核稿 of his section's drafts (core.self_check: nobody checks his own draft)
DRAFTERS = ["徐敏", "刘文博", "郭阳", "赵俊杰", "周雅琴"]
# those cleared for 机密 (demo.users: 科长 and 副科长): a 机密 draft is a 副科长's
_CLEARED_DRAFTERS = {"徐敏": "赵俊杰", "刘文博": "赵俊杰", "周雅琴": "赵俊杰", "郭阳": "刘杰"}


def _cleared_drafter(name: str, secrecy: str) -> str:
    """保密: a draft names no 拟稿人 below its 密级 (core.cleared_names)."""
    return _CLEARED_DRAFTERS.get(name, name) if secrecy == "机密" else name


def _outgoing(
    rng: random.Random,
    today: dt.date,
    leaders: list[str],
    units: list[str],
    target: str,
    day: dt.date,
) -> None:
    title, kind, section = rng.choice(OUTGOING_TITLES)
    topic = title.format(year=day.year).removeprefix("关于").rsplit("的", 1)[0]
    deadline = workdays.add_working_days(day, 15)
    secrecy = rng.choices(["非密", "秘密", "机密"], [8, 2, 1])[0]
    upward = kind in ("请示", "报告")
    _at(day)
    raw = {
        "标题": title.format(year=day.year),
        "文种": kind,
        "拟稿单位": f"县委办公室{section}",
        "拟稿人": _cleared_drafter(rng.choice(DRAFTERS), secrecy),
        # a 函 goes to a body outside the line (平行文), whom it asks
        "主送": "中共云州市委" if upward else "中共云州市委组织部" if kind == "函"
        else "各乡镇党委，县委各部委，县直各单位党组（党委）",
        "抄送": "" if upward or kind == "函" else "县人大常委会办公室，县政府办公室，县政协办公室",
        "正文": TITLE_BODIES.get(title, BODIES.get(kind, BODY)).format(
            topic=topic, task=_task(topic), year=day.year, deadline=f"{deadline.month}月{deadline.day}日"),
        "附件说明": "" if rng.random() < 0.6 else "工作任务分解表",
        "密级": secrecy,
        "保密期限": "" if secrecy == "非密" else "5年",
        "紧急程度": rng.choices(["平件", "加急", "特急"], [6, 3, 1])[0],
        "份数": str(rng.choice([20, 30, 50, 80])),
        "印发机关": "中共云岭县委办公室",
    }
    if kind == "请示":  # whom to call about it, in its 附注 (GB/T 9704 §7.3.8): its drafter
        raw["附注"] = f"联系人：{raw['拟稿人']}，电话：0887-3112046"
    r = outgoing.draft(raw, CLERK)
    if target == outgoing_spec.DRAFTING:
        return
    day = _next(day, rng, today)
    _at(day)
    r = outgoing.check(
        r.id, r.version, CLERK, rng.choice(["王志远", "黄丽君"]), "文字已核，格式规范"
    )
    if target == outgoing_spec.CHECKED:
        return
    joint = target == outgoing_spec.COUNTERSIGNING or rng.random() < 0.3
    if joint:
        partners = rng.sample(units[:8], k=2)
        r = outgoing.send_countersign(r.id, r.version, CLERK, partners)
        if target == outgoing_spec.COUNTERSIGNING:
            return
        for unit in partners:
            day = _next(day, rng, today)
            _at(day)
            r = outgoing.countersign(
                r.id, r.version, CLERK, unit, rng.choice(["钱伟", "孙丽", "吴涛"]), "同意"
            )
    day = _next(day, rng, today)
    _at(day)
    signer = leaders[0] if upward else rng.choice(leaders[:4])
    if target == outgoing_spec.REREVIEW:  # back for his 复审: the 主任 of the approval chain's 签发
        signer = _director() or signer
    r = outgoing.sign(r.id, r.version, CLERK, signer, "同意印发")
    if target == outgoing_spec.SIGNED:
        return
    if target == outgoing_spec.REREVIEW or rng.random() < 0.1:  # 复核 found a substantive change
        r = recheck.return_to_signer(r.id, r.version, CLERK, rng.choice(REREVIEW_REASONS))
        if target == outgoing_spec.REREVIEW:
            return
        day = _next(day, rng, today)
        _at(day)
        r = outgoing.sign(r.id, r.version, CLERK, r.signer, "同意，按复核意见改正后印发")
    r = recheck.recheck(r.id, r.version, CLERK)  # 复核 by the office's clerk, before 编号
    if target == outgoing_spec.REVIEWED:
        return
    r = outgoing.assign_number(r.id, r.version, CLERK)
    if target == outgoing_spec.NUMBERED:
        return
    day = _next(day, rng, today)
    _at(day)
    r = outgoing.mark_printed(r.id, r.version, CLERK)
    if target == outgoing_spec.PRINTED:
        return
    copies = r.printed_copies or r.copies
    first = max(1, copies * 2 // 3)
    rows = [
        dispatch.Recipient("各乡镇、县直各单位", first, 1, first),
        dispatch.Recipient("县委办公室（存档）", copies - first, first + 1, copies),
    ]
    if copies - first < 1:
        rows = rows[:1]
    r = dispatch.distribute(r.id, r.version, CLERK, rows)
    if target == outgoing_spec.ARCHIVED:
        day = _next(day, rng, today)
        _at(day)
        archive.archive(
            "outgoing",
            r.id,
            r.version,
            CLERK,
            rng.choice(["永久", "定期30年"]),
            "BGS",
            pages=rng.randint(2, 8),
        )
