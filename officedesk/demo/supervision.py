"""Demo 督查 items of an invented county (云岭县), written by us: decisions of the county
committee, leaders' 批示, 收文批办 and public concerns, split into tasks for the county's bureaus,
with progress reports, reminders and 办结 spread over the past months — some on time, some late,
some overdue now — so the lights, the 工作台 and the 通报 have something to show.

Everything goes through core (numbering, audit trail, search index), the clock moved back to
the day each step happened."""

from __future__ import annotations

import datetime as dt
import random

from officedesk.core import clock, records
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.demo.directory import COUNTY_DEPUTY
from officedesk.store.models import Person, Unit
from officedesk.store.supervision import SupervisionItem

# (事项名称, source_kind, 事项内容, [(unit keyword, 办理要求), …])
TEMPLATES: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    (
        "推进县城老旧小区改造",
        "decision",
        "按照省、市部署，年内完成县城12个老旧小区改造，同步完善供水、供电、燃气和停车等配套设施。",
        [
            ("住房", "制定改造方案，按月推进施工"),
            ("财政", "落实改造配套资金"),
            ("自然资源", "办理规划许可手续"),
        ],
    ),
    (
        "整治县城背街小巷环境卫生",
        "instruction",
        "县城部分背街小巷垃圾乱堆、车辆乱停，群众意见较大。",
        [("住房", "组织集中整治，建立长效保洁机制"), ("公安", "整治乱停乱放")],
    ),
    (
        "加快高标准农田建设",
        "decision",
        "今年新建高标准农田3.5万亩，10月底前完成主体工程。",
        [
            ("农业农村", "倒排工期，按月报告进度"),
            ("财政", "及时拨付项目资金"),
            ("水利", "配套建设灌溉设施"),
        ],
    ),
    (
        "做好汛前准备和防汛物资储备",
        "incoming",
        "市防指通知要求，5月底前完成汛前检查和物资储备。",
        [("应急", "开展汛前隐患排查"), ("水利", "完成水库、堤防安全检查")],
    ),
    (
        "开展安全生产大检查",
        "decision",
        "全县开展为期三个月的安全生产大检查，重点检查危化品、道路交通、建筑施工。",
        [
            ("应急", "牵头组织检查，汇总问题清单"),
            ("交通", "排查道路交通安全隐患"),
            ("住房", "检查在建工地"),
        ],
    ),
    (
        "推进政务服务“一件事一次办”",
        "instruction",
        "年内推出20个“一件事一次办”主题服务。",
        [("行政审批", "梳理事项清单，优化办事流程"), ("市场监督", "企业开办全程网办")],
    ),
    (
        "解决城区学校大班额问题",
        "petition",
        "家长反映城区小学班额过大。",
        [("教育", "制定学位扩容方案"), ("自然资源", "保障新建学校用地")],
    ),
    (
        "加快县人民医院新院区建设",
        "decision",
        "确保年底前主体封顶。",
        [("卫生健康", "协调推进建设进度"), ("发展和改革", "做好项目审批和资金争取")],
    ),
    (
        "整治农村人居环境",
        "decision",
        "开展村庄清洁行动，改善农村人居环境。",
        [("农业农村", "组织村庄清洁行动"), ("住房", "推进农村生活污水治理")],
    ),
    (
        "做好农民工工资支付保障",
        "instruction",
        "元旦春节前实现农民工工资动态清零。",
        [("人力资源", "开展根治欠薪专项行动"), ("住房", "督促在建项目落实工资专户")],
    ),
    (
        "开展森林防火专项检查",
        "incoming",
        "市森林防火指挥部通知要求开展专项检查。",
        [("应急", "组织专项检查"), ("自然资源", "落实护林员巡山责任")],
    ),
    (
        "推进污水处理厂提标改造",
        "decision",
        "年底前出水达到一级A标准。",
        [("住房", "组织施工，确保按期完工"), ("财政", "保障资金")],
    ),
    (
        "解决某小区供水水压不足问题",
        "petition",
        "群众反映城东某小区高层住户长期水压不足。",
        [("住房", "督促供水企业加装二次加压设备")],
    ),
    (
        "治理县城交通拥堵",
        "instruction",
        "上下学时段学校周边拥堵严重。",
        [("公安", "优化信号配时，增派警力疏导"), ("教育", "推行错峰放学")],
    ),
    (
        "推进居家养老服务中心建设",
        "decision",
        "年内建成10个社区居家养老服务中心。",
        [("民政", "推进选址建设和运营"), ("财政", "落实建设补助资金")],
    ),
    (
        "开展食品安全专项整治",
        "incoming",
        "针对校园周边和农村集市开展食品安全专项整治。",
        [("市场监督", "组织专项整治行动"), ("教育", "加强学校食堂管理")],
    ),
    (
        "落实耕地保护目标责任",
        "decision",
        "严格耕地用途管制，坚决遏制耕地“非农化”。",
        [("自然资源", "开展耕地保护专项检查"), ("农业农村", "落实撂荒地复耕")],
    ),
    (
        "做好重点项目征地拆迁",
        "instruction",
        "确保工业园区二期项目按期开工。",
        [("自然资源", "完成土地征收报批"), ("住房", "做好房屋征收补偿")],
    ),
    (
        "提升县域商业体系建设",
        "other",
        "完善县乡村三级物流配送体系。",
        [("商务", "推进乡镇商贸中心建设"), ("交通", "建设村级物流服务点")],
    ),
    (
        "开展统计数据质量专项检查",
        "incoming",
        "按照市统计局通知开展专项检查。",
        [("统计", "组织自查和抽查")],
    ),
]

PROGRESS_TEXTS = [
    "已召开专题会议研究部署，制定工作方案",
    "工作方案已印发，正在组织实施",
    "已完成前期调查摸底",
    "主体工作已完成过半",
    "正在组织验收",
    "已基本完成，正在查漏补缺",
]
DIFFICULTIES = ["", "", "资金尚未全部到位", "部分群众有不同意见", "施工受天气影响", "审批手续较多"]
NEXT_STEPS = ["加快推进，确保按期完成", "加强协调，逐项销号", "争取上级资金支持", "开展督促检查"]
FALLBACK_UNITS = {
    "住房": "县住房和城乡建设局",
    "财政": "县财政局",
    "自然资源": "县自然资源局",
    "农业农村": "县农业农村局",
    "水利": "县水利局",
    "应急": "县应急管理局",
    "交通": "县交通运输局",
    "公安": "县公安局",
    "教育": "县教育局",
    "卫生健康": "县卫生健康委员会",
    "民政": "县民政局",
    "市场监督": "县市场监督管理局",
    "人力资源": "县人力资源和社会保障局",
    "商务": "县商务局",
    "统计": "县统计局",
    "发展和改革": "县发展和改革局",
    "行政审批": "县行政审批服务局",  # the demo 通讯录's unit for 政务服务
}


def _unit(keyword: str, names: list[str]) -> str:
    for name in names:
        if keyword in name:
            return name
    return FALLBACK_UNITS.get(keyword, f"县{keyword}局")


def _restore(original: dt.date) -> None:
    clock.set_today(None if original == dt.date.today() else original)


def populate(size: int, rng: random.Random) -> int:
    """About `size` items (at least 12); the meetings' decisions already sent to supervision are
    split into tasks too. 0 when the demo items exist already."""
    titles = [t[0] for t in TEMPLATES]
    if SupervisionItem.select().where(SupervisionItem.title.in_(titles)).exists():
        return 0
    actor = CLI_ACTOR
    original = clock.today()
    shown: set[str] = set()  # what the demo has shown already (an overdue task)
    units = [u.name for u in Unit.select(Unit.name)]
    leaders = [
        p.name for p in Person.select(Person.name)
        .where(Person.rank <= COUNTY_DEPUTY)
        .order_by(Person.rank, Person.id)
    ]
    leaders = leaders or ["陈志远", "林海涛", "周慧敏"]
    count = max(12, size)
    plans = []
    for n in range(count):
        template = TEMPLATES[n % len(TEMPLATES)]
        start = original - dt.timedelta(days=rng.randint(5, 160))
        plans.append((start, template, n >= len(TEMPLATES)))
    plans.sort(key=lambda p: p[0])
    made = 0
    try:
        for start, (title, kind, content, shares), repeat in plans:
            clock.set_today(start)
            leader = rng.choice(leaders)
            days = rng.choice([20, 30, 45, 60, 90])
            item = sv.create_item_from_source(
                kind,
                None,
                title + ("（第二批）" if repeat else ""),
                content,
                actor,
                leader=leader,
                instruction=f"请{_unit(shares[0][0], units)}牵头抓好落实，按期报结果。"
                if kind == "instruction"
                else "",
                deadline=start + dt.timedelta(days=days),
            )
            made += 1
            cycle = rng.choice(["每周", "每半月", "每月", "每月", "一次性"])
            item = records.update(
                sv.SPEC,
                item.id,
                {
                    "反馈周期": cycle,
                    "督办级别": rng.choice(sv.LEVELS),
                    "紧急程度": rng.choice(sv.URGENCIES),
                },
                item.version,
                actor,
            )
            _run_item(item, [(_unit(k, units), req) for k, req in shares], rng, original, actor,
                      shown)
        for item in SupervisionItem.select().where(
            (SupervisionItem.source_kind == "meeting") & (SupervisionItem.status == sv.PENDING)
        ):
            unit = _meeting_unit(item.content) or rng.choice(units or list(FALLBACK_UNITS.values()))
            if item.start_date <= original:
                clock.set_today(item.start_date)
                _run_item(item, [(unit, "按会议议定抓好落实")], rng, original, actor, shown)
        # the 督查室 chases on the demo's last day: the 催办通知单 prints that 催办
        clock.set_today(original)
        sv.generate_reminders(actor)
    finally:
        _restore(original)
    return made


def _meeting_unit(content: str) -> str:
    for line in content.splitlines():
        if line.startswith("牵头单位："):
            return line.split("：", 1)[1].split("、")[0].strip()
    return ""


def _run_item(
    item: SupervisionItem,
    shares: list[tuple[str, str]],
    rng: random.Random,
    original: dt.date,
    actor: Actor,
    shown: set[str],
) -> None:
    """Split, then let time pass: reports on the cycle, reminders, 办结 (or not yet)."""
    start = item.start_date
    tasks = []
    for unit, requirement in shares:
        deadline = item.deadline - dt.timedelta(days=rng.choice([0, 0, 3, 7]))
        tasks.append(
            sv.add_task(
                item.id,
                {
                    "lead_unit": unit,
                    "requirement": requirement,
                    "deadline": min(max(deadline, start + dt.timedelta(days=3)), item.deadline),
                    "assigned_on": start,
                    "responsible": rng.choice(["张伟", "李娜", "王磊", "刘洋", "陈静", "杨帆"]),
                },
                actor,
            )
        )
    # each task: a fate — on time, late, or still open (perhaps overdue: one whose time ran out
    # in the last weeks; the office 督办s, it does not leave a task red for months)
    finished: list[dt.date] = []
    for task in tasks:
        weights = ([3, 0, 7] if task.deadline >= original else [6, 3, 1]
                   if task.deadline >= original - dt.timedelta(days=30) else [6, 4, 0])
        fate = rng.choices(["on_time", "late", "open"], weights=weights)[0]
        if original - dt.timedelta(days=60) <= task.deadline < original and "overdue" not in shown:
            fate = "open"  # one overdue at least, however small the demo: the 通报 names it
        if fate == "open" and task.deadline < original:
            shown.add("overdue")
        span = (task.deadline - start).days
        if fate == "on_time":
            end = start + dt.timedelta(days=max(1, int(span * rng.uniform(0.6, 1.0))))
        elif fate == "late":
            end = task.deadline + dt.timedelta(days=rng.randint(2, 20))
        else:
            end = None
        day, percent = start, 0
        while True:
            day = day + dt.timedelta(days=rng.choice([7, 10, 15, 20]))
            if day >= original or (end is not None and day >= end):
                break
            if day > task.deadline + dt.timedelta(days=21):
                break  # a unit that has stalled stops reporting: its reports go missing
            percent = min(95, percent + rng.randint(10, 30))
            clock.set_today(day)
            if rng.random() < 0.8:  # sometimes a report is missed
                sv.add_report(
                    task.id,
                    {
                        "report_date": day,
                        "percent": percent,
                        "progress_text": PROGRESS_TEXTS[
                            min(len(PROGRESS_TEXTS) - 1, percent * len(PROGRESS_TEXTS) // 100)
                        ],
                        "difficulties": rng.choice(DIFFICULTIES),
                        "next_steps": rng.choice(NEXT_STEPS),
                    },
                    actor,
                )
            if day > task.deadline - dt.timedelta(days=3) and rng.random() < 0.6:
                sv.generate_reminders(actor, unit=task.lead_unit)
        if end is not None and end <= original:
            clock.set_today(end)
            sv.complete_task(task.id, end, "已按要求办理完毕，办理情况已书面报送。", actor)
            finished.append(end)
    if finished and len(finished) == len(tasks):
        close_on = min(max(finished) + dt.timedelta(days=rng.randint(0, 3)), original)
        clock.set_today(close_on)
        current = sv.get_item(item.id, actor)
        sv.close_item(
            item.id,
            close_on,
            "经督查核实，各项任务均已落实到位，同意办结。",
            current.version,
            actor,
        )
