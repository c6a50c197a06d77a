"""Demo 信访: invented petitions of the invented 云岭县, at every stage of handling, with some
people coming back about the same matter (重复件). Every name, ID number (correct check digit,
invented address code) and phone number is made up. Records go through core, so numbers, the
audit trail, the search index and the deadlines are as a clerk would leave them."""

from __future__ import annotations

import datetime as dt
import random

from officedesk.core import clock, petitions, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import OfficeDeskError
from officedesk.core.idcard import make_id
from officedesk.core.petitions import reviewers
from officedesk.store.petitions import Petition

REGION_CODE = "539021"  # invented, not a real county's code

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN_MALE = [
    "建国",
    "国强",
    "志明",
    "德福",
    "永刚",
    "海涛",
    "家富",
    "文华",
    "学军",
    "振华",
    "长林",
    "树根",
    "春生",
    "宝山",
    "明亮",
    "红军",
    "德明",
    "立新",
    "少华",
    "广平",
]
GIVEN_FEMALE = [
    "秀英",
    "桂兰",
    "玉梅",
    "春燕",
    "丽华",
    "淑珍",
    "小红",
    "金凤",
    "美玲",
    "翠花",
    "晓燕",
    "桂芳",
    "秀珍",
    "海燕",
    "素琴",
    "月娥",
    "凤英",
    "丽娟",
    "红梅",
    "雪梅",
]
VILLAGES = [
    "大坪村",
    "河湾村",
    "石门村",
    "柳树村",
    "新田村",
    "龙潭村",
    "白岩村",
    "松林村",
    "高桥村",
    "梨园村",
]
TOWNS = [
    "城关镇",
    "河口镇",
    "青石镇",
    "龙泉镇",
    "石桥镇",
    "柳溪乡",
    "白沙乡",
    "梅岭乡",
    "松坪乡",
    "云台乡",
]
COMPANIES = [
    "云岭宏达建筑工程有限公司",
    "县城投置业有限公司",
    "鑫源矿业有限公司",
    "云岭县华康物业服务有限公司",
    "绿源生态农业开发有限公司",
]

# category -> (content templates, demand templates, unit with jurisdiction)
MATTERS: dict[str, tuple[list[str], list[str], str]] = {
    "征地拆迁": (
        [
            "反映{town}{village}因修建县城至{town}公路被征收承包地{n}亩，征地补偿款至今未足额发放，村组未公开补偿款分配方案。",
            "反映{town}{village}棚户区改造中房屋评估价格明显低于周边市场价，拆迁安置房建设停工一年多，临时过渡费停发。",
            "反映{town}{village}集体土地被征收后，失地农民养老保险至今未办理，多次找镇政府未果。",
        ],
        [
            "足额发放征地补偿款并公开分配方案。",
            "重新评估房屋价格，尽快复工安置房并补发过渡费。",
            "为失地农民办理养老保险。",
        ],
        "县自然资源局",
    ),
    "劳动社保": (
        [
            "反映在{company}承建的{town}安置房项目务工，被拖欠工资{n}千余元，包工头失联，公司以已支付劳务款为由拒付。",
            "反映本人在{company}工作{n}年，单位一直未缴纳社会保险，现被辞退也不给经济补偿。",
            "反映退休后养老金核定工龄少算{n}年，原单位档案遗失，社保部门不予认定。",
        ],
        ["责令公司支付拖欠工资。", "依法补缴社会保险并支付经济补偿。", "重新核定工龄和养老金。"],
        "县人力资源和社会保障局",
    ),
    "社会治安": (
        [
            "反映{town}{village}附近有人长期聚众赌博，夜间吵闹，多次报警后仍未根治。",
            "反映本人与邻居因宅基地界址发生纠纷被殴打受伤，派出所调解后对方拒不赔偿医药费{n}千元。",
        ],
        ["依法查处赌博活动。", "依法处理打人者并赔偿医药费。"],
        "县公安局",
    ),
    "农民负担": (
        [
            "反映{town}{village}村委会以修路为名向每户收取集资款{n}百元，未经村民代表大会讨论，也未公开账目。",
            "反映{town}{village}耕地地力保护补贴连续两年未发到户，村干部称已统一抵扣水费。",
        ],
        ["退还集资款并公开村务账目。", "补发耕地地力保护补贴。"],
        "县农业农村局",
    ),
    "党风廉政": (
        [
            "反映{town}{village}党支部书记在低保评定中优亲厚友，其亲属{n}户不符合条件却享受低保。",
            "反映{town}有关站所工作人员在办理建房审批时索要好处费，不给就拖着不办。",
        ],
        ["调查处理并纠正低保评定。", "查处索要好处费的工作人员。"],
        "县纪委监委",
    ),
    "城乡建设": (
        [
            "反映县城{company}开发的小区交房{n}年仍未办理不动产权证，开发商称配套费未缴清。",
            "反映{town}集镇污水管网堵塞，雨天污水漫到街面，影响居民出行和卫生。",
        ],
        ["督促开发商办理不动产权证。", "尽快疏通改造污水管网。"],
        "县住房和城乡建设局",
    ),
    "环境保护": (
        [
            "反映{town}{village}附近的{company}夜间偷排废水，河水发黑发臭，村民饮水井受到污染。",
            "反映{town}{village}养殖场粪污直排农田，臭味熏人，蚊蝇滋生。",
        ],
        ["依法查处偷排行为并治理河道。", "责令养殖场整改粪污处理设施。"],
        "县生态环境分局",
    ),
    "教育医疗": (
        [
            "反映{town}中心学校向学生收取课后服务费{n}百元以外另收资料费，家长意见很大。",
            "反映家属在县人民医院手术后出现并发症，医院拒不承认存在过错，要求医疗鉴定。",
        ],
        ["清退违规收费。", "组织医疗事故技术鉴定并依法赔偿。"],
        "县教育局",
    ),
}

STAFF = ["刘敏", "陈晓东", "杨丽", "周建华"]
# a 延期 is approved by a 负责人 of the office (art. 34): the 副主任 in charge of the 信访科, or the 主任
APPROVERS = ["陈丽华", "李国强"]



def _approvers() -> list[str]:
    """The demo office's leaders who approve a 延期, once the demo has made their accounts (the
    petitions alone, without them, are extended by nobody)."""
    from officedesk.core import positions

    return [name for name in APPROVERS if positions.people_named(name)]


def _person(rng: random.Random, used: set[str]) -> dict[str, str]:
    while True:
        male = rng.random() < 0.6
        name = rng.choice(SURNAMES) + rng.choice(GIVEN_MALE if male else GIVEN_FEMALE)
        if name not in used:
            used.add(name)
            break
    born = dt.date(rng.randint(1945, 1998), rng.randint(1, 12), rng.randint(1, 28))
    sequence = rng.randrange(0, 500) * 2 + (1 if male else 0)
    town, village = rng.choice(TOWNS), rng.choice(VILLAGES)
    person = {
        "name": name,
        "gender": "男" if male else "女",
        "id_number": make_id(REGION_CODE, born, sequence) if rng.random() < 0.75 else "",
        "phone": f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"
        if rng.random() < 0.9
        else "",
        "address": f"云岭县{town}{village}{rng.randint(1, 9)}组{rng.randint(1, 60)}号",
        "employer": "" if rng.random() < 0.7 else rng.choice(COMPANIES),
    }
    return person


def _matter(rng: random.Random) -> tuple[str, str, str, str, str]:
    category = rng.choice(list(MATTERS))
    contents, demands, unit = MATTERS[category]
    index = rng.randrange(len(contents))
    town = rng.choice(TOWNS)
    content = contents[index].format(
        town=town, village=rng.choice(VILLAGES), company=rng.choice(COMPANIES), n=rng.randint(2, 9)
    )
    return category, content, demands[min(index, len(demands) - 1)], unit, town


def _advance(record: Petition, unit: str, town: str, rng: random.Random, today: dt.date) -> None:
    """Take the petition through the steps its age allows."""
    actor = CLI_ACTOR
    age = (today - record.registered_on).days

    def day(offset: int) -> dt.date:
        return min(record.registered_on + dt.timedelta(days=offset), today)

    # a step left undone is one of the last weeks' (a few of them overdue): the office works
    # through its petitions, none waits for months
    recent = age < 40
    if age < 3 or rng.random() < 0.03 and recent:
        return  # still 待处理
    roll = rng.random()
    handling = (
        "转送"
        if roll < 0.45
        else "交办"
        if roll < 0.75
        else "直接答复"
        if roll < 0.9
        else "不予受理"
    )
    target = unit if rng.random() < 0.6 else town  # the 乡镇 as the 通讯录 names it
    if petitions.spec_module.is_accusation(record.category):  # art. 32: 纪检监察机关 only
        handling = "转送" if handling in ("转送", "交办") else "不予受理"
        target = petitions.spec_module.discipline_organ()
    decided = day(rng.randint(1, 10))
    kwargs: dict = {"on": decided, "person": rng.choice(STAFF)}
    if handling in ("转送", "交办"):
        kwargs["target_unit"] = target
    if handling == "交办":
        kwargs["report_due"] = decided + dt.timedelta(days=45)
    if handling == "不予受理" and not petitions.spec_module.is_accusation(record.category):
        kwargs["reason"] = "该事项已经或者依法应当通过诉讼、仲裁、行政复议等法定途径解决"
    record = petitions.decide(record.id, record.version, actor, handling, **kwargs)
    last = decided
    if handling == "直接答复" and age >= 12:  # its written 告知 (第二十三条), beside the 办理
        record = petitions.notify(record.id, record.version, actor, on=day(12))
        last = record.notified_on
    if handling != "直接答复":
        if age < 12 or rng.random() < 0.04 and recent:
            return
        record = petitions.notify(record.id, record.version, actor, on=day(rng.randint(11, 15)))
        last = record.notified_on
        if handling == "不予受理":
            return
    if handling == "转送":  # the receiving unit decides; this office records its answer
        if age < 20 or rng.random() < 0.1 and recent:
            return
        record = petitions.handle(
            record.id,
            record.version,
            actor,
            on=day(rng.randint(16, 20)),
            content=f"{target}回告：已受理，正在办理。",
        )
        if age > 30:
            petitions.close(record.id, record.version, actor, on=day(rng.randint(21, 30)))
        return
    if age > 30 and handling == "交办":
        last = day(rng.randint(25, 40))
        record = petitions.handle(
            record.id,
            record.version,
            actor,
            on=last,
            content=f"{target}报告：已成立工作专班入户核实情况，正在协调解决。",
        )
    if age > 60 and rng.random() < 0.2 and _approvers():
        last = day(58)
        record = petitions.extend(
            record.id,
            record.version,
            actor,
            on=last,
            approver=rng.choice(_approvers()),
            reason="涉及多个部门，需进一步调查核实",
        )
    if age < 45 or rng.random() < 0.06 and age < 100:
        return  # 办理中 (a few overdue)
    replied = day(rng.randint(35, 85 if record.extended else 58 if rng.random() < 0.9 else 95))
    replied = max(replied, last)  # a step is never dated before the one before it
    record = petitions.reply(
        record.id,
        record.version,
        actor,
        on=replied,
        opinion=f"经{target}调查核实，你反映的问题基本属实。现已责成有关方面限期整改，"
        "并将整改情况向你反馈。",
    )
    if (today - replied).days > 10 and rng.random() < 0.12:
        record = petitions.request_review(
            record.id,
            record.version,
            actor,
            "复查",
            on=replied + dt.timedelta(days=rng.randint(5, 10)),
        )
        if (today - record.review_requested_on).days > 20:
            record = petitions.answer_review(
                record.id,
                record.version,
                actor,
                opinion="经复查，原答复意见正确，予以维持。",
                on=record.review_requested_on + dt.timedelta(days=20),
            )
        return
    if (today - replied).days > 30:
        petitions.close(
            record.id,
            record.version,
            actor,
            on=replied + dt.timedelta(days=30),
            satisfaction=rng.choice(["满意", "基本满意", "满意", "不满意"]),
        )


DISCIPLINE_ORGAN = "县纪委监委"  # the demo 通讯录's (demo/directory.py)

# 交办 matters this office reviews (art. 35): their 承办单位 is a unit whose 上级单位 the demo
# 通讯录 has as this office (demo/directory.py OFFICE_UNITS), so the 复查 and its 复查意见书 are
# this office's. (content, the 承办单位's 答复, this office's 复查意见 or "" while it is 复查中)
REVIEWED_HERE_UNIT = "县档案馆"
REVIEWED_HERE = [
    (
        "反映到县档案馆申请查阅本村1982年土地承包合同档案，档案馆以档案未到开放期限为由拒绝，"
        "影响其承包地确权纠纷的处理。",
        "要求依法提供查阅并出具档案证明。",
        "经县档案馆核实，该档案属村级档案移交进馆的土地承包档案，信访人作为承包户可以查阅"
        "与本户有关的部分。已通知信访人持身份证明到馆查阅，并可申请出具档案证明。",
        "",
    ),
    (
        "反映本人1978年至1985年在原县农机厂工作的招工档案在县档案馆查不到，无法认定视同缴费"
        "年限，影响退休待遇核定。",
        "要求县档案馆查找档案并出具证明。",
        "经县档案馆查找，原县农机厂移交进馆的档案中未见信访人的招工材料，已出具查无此档"
        "证明，并告知信访人可向原主管部门和人社部门申请以其他材料认定。",
        "经复查，县档案馆已按规定查找原县农机厂进馆档案并出具查无此档证明，答复意见正确，"
        "予以维持。县档案馆应协助信访人向县人力资源和社会保障局提供原县农机厂职工名册等"
        "可供认定工龄的其他档案材料。",
    ),
]


def _ensure_discipline_organ() -> None:
    """检举控告 go to the demo county's 纪检监察机关 (art. 32), unless the office set its own:
    the default setting is the generic name, no unit of the 通讯录 to send them to."""
    setting = petitions.spec_module.DISCIPLINE_ORGAN
    if settings.get(setting.key) == setting.default:
        settings.put(setting.key, DISCIPLINE_ORGAN)


def _reviewed_here(rng: random.Random, used: set[str], today: dt.date) -> int:
    """The REVIEWED_HERE matters, 交办 to a unit below this office and answered by it: one whose
    复查 this office has answered, one 复查中 (its 复查意见 to be given: `step petitions ID
    复查复核答复`, then `print petition-reply ID`). None when the 通讯录 has no such unit."""
    unit = REVIEWED_HERE_UNIT
    if not reviewers.is_office(reviewers.parent_of(unit)):
        return 0
    category = "其他" if "其他" in petitions.categories() else petitions.categories()[-1]
    actor = CLI_ACTOR
    made = 0
    for index, (content, demand, reply, review) in enumerate(REVIEWED_HERE):
        start = today - dt.timedelta(days=75 if review else 60)

        def day(offset: int, start: dt.date = start) -> dt.date:
            return start + dt.timedelta(days=offset)

        values = {"registered_on": start, "form": "来信", "category": category,
                  "content": content, "demand": demand, "region": unit, "receiver": STAFF[index]}
        record = petitions.register_petition(values, [_person(rng, used)], actor)
        record = petitions.decide(record.id, record.version, actor, "交办", on=day(2),
                                  person=STAFF[index], target_unit=unit,
                                  report_due=day(2) + dt.timedelta(days=30))
        record = petitions.notify(record.id, record.version, actor, on=day(5))
        record = petitions.handle(record.id, record.version, actor, on=day(20),
                                  content=f"{unit}报告：已调阅有关档案，正在核实。")
        record = petitions.reply(record.id, record.version, actor, on=day(30), opinion=reply)
        record = petitions.request_review(
            record.id, record.version, actor, "复查", on=day(38),
            content=f"信访人对{unit}的答复意见不服，向本机关申请复查")
        if review:
            petitions.answer_review(record.id, record.version, actor, opinion=review, on=day(60))
        made += 1
    return made


def populate(size: int, rng: random.Random) -> int:
    """About 2 × size petitions over the last ten months; 0 when the registry has data already."""
    if Petition.select().exists():
        return 0
    _ensure_discipline_organ()
    today = clock.today()
    count = size * 2
    used: set[str] = set()
    earlier: list[tuple[Petition, dict, str, str, str, str]] = []
    made = 0
    for i in range(count):
        registered = today - dt.timedelta(days=int((count - i) * 300 / count) + rng.randint(0, 3))
        registered = min(registered, today)
        if i == count - 1:  # the newest came in yesterday: it waits for its 处理
            registered = today - dt.timedelta(days=1)
        repeat = earlier and rng.random() < 0.15
        if repeat:
            original, person, category, content, unit, town = rng.choice(earlier)
            content = "再次反映：" + content.replace("反映", "", 1)
            demand = "要求尽快解决，此前反映后没有结果。"
        else:
            person = _person(rng, used)
            category, content, demand, unit, town = _matter(rng)
        form = rng.choices(list(petitions.FORMS), weights=[30, 35, 15, 2, 18])[0]
        people = [person]
        if form == "来信" and rng.random() < 0.1:
            people += [_person(rng, used) for _ in range(rng.randint(1, 3))]
        group = form == "来访" and rng.random() < 0.1
        if group:
            people += [_person(rng, used) for _ in range(rng.randint(2, 4))]
        values = {
            "registered_on": registered,
            "form": form,
            "category": category,
            "content": content,
            "demand": demand,
            "region": town if rng.random() < 0.5 else unit,
            "receiver": rng.choice(STAFF),
            "people_count": (rng.randint(8, 40) if group else len(people)),
        }
        try:
            record = petitions.register_petition(
                values, people, CLI_ACTOR, repeat_of=original.id if repeat else None
            )
        except OfficeDeskError:
            continue
        # every step of a made-up petition is one the rules allow: a refusal is the demo's
        # mistake (its units not in the 通讯录 left a fifth of them 待处理), not to be hidden
        _advance(record, unit, town, rng, today)
        made += 1
        if not repeat:
            earlier.append((record, person, category, content, unit, town))
    return made + _reviewed_here(rng, used, today)
