"""Demo directory: the units, people and meeting rooms of an invented county (云岭县).

Every name is made up by us; offices, titles and ranks follow the usual county structure so the
other registries' demo data (meetings, documents, supervision, petitions) has people to seat,
units to send to and rooms to book. Records go through core.records.create, so the audit trail
and the search index are filled as by a clerk.
"""

from __future__ import annotations

import random

from officedesk.core import records, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.directory import PEOPLE, ROOMS, UNIT_LIST_SEPARATORS, UNITS
from officedesk.store.models import Person, Room, Unit

# (name, short name, parent) in the order the office lists them
TOP_UNITS = [
    ("中共云岭县委员会", "县委", None),
    ("云岭县人大常委会", "县人大", None),
    ("云岭县人民政府", "县政府", None),
    ("政协云岭县委员会", "县政协", None),
]

# The office itself (the first of PARTY_UNITS) is kept under its 机关名称 (the setting org.name,
# which documents.py / the demo command set to DEMO_OFFICE when none is given), 简称 县委办公室
# as the other demo data writes it: the rules find this office in the 通讯录 by that name (the
# 信访 复查 / 复核 it does as a unit's 上级单位, core/petitions/reviewers.py).
DEMO_OFFICE = "中共云岭县委办公室"
OFFICE_SHORT = "县委办公室"

PARTY_UNITS = [
    (OFFICE_SHORT, "县委办"),  # named by office_name() in the 通讯录
    ("县委组织部", "组织部"),
    ("县委宣传部", "宣传部"),
    ("县委统战部", "统战部"),
    ("县委政法委员会", "政法委"),
    ("县纪委监委", "纪委监委"),
    ("县委机构编制委员会办公室", "编办"),
    ("县委巡察工作领导小组办公室", "巡察办"),
    ("县委党校", "党校"),
]

GOVERNMENT_UNITS = [
    ("县政府办公室", "县政府办"),
    ("县发展和改革局", "发改局"),
    ("县教育局", "教育局"),
    ("县公安局", "公安局"),
    ("县民政局", "民政局"),
    ("县司法局", "司法局"),
    ("县财政局", "财政局"),
    ("县人力资源和社会保障局", "人社局"),
    ("县自然资源局", "自然资源局"),
    ("县住房和城乡建设局", "住建局"),
    ("县交通运输局", "交通运输局"),
    ("县水利局", "水利局"),
    ("县农业农村局", "农业农村局"),
    ("县商务局", "商务局"),
    ("县文化和旅游局", "文旅局"),
    ("县卫生健康委员会", "卫健委"),
    ("县退役军人事务局", "退役军人局"),
    ("县应急管理局", "应急局"),
    ("县审计局", "审计局"),
    ("县市场监督管理局", "市场监管局"),
    ("县统计局", "统计局"),
    ("县医疗保障局", "医保局"),
    ("县信访局", "信访局"),
    ("县行政审批服务局", "审批局"),
    ("县林业局", "林业局"),
    ("县生态环境分局", "生态环境分局"),
    ("县乡村振兴局", "乡村振兴局"),
]

# units whose 上级单位 is this office (县档案馆: a 县委办公室所属事业单位 after the 2019 reform)
OFFICE_UNITS = [
    ("县档案馆", "档案馆"),
]

TOWNSHIPS = [
    ("城关镇", "城关镇"),
    ("河口镇", "河口镇"),
    ("青石镇", "青石镇"),
    ("龙泉镇", "龙泉镇"),
    ("石桥镇", "石桥镇"),
    ("柳溪乡", "柳溪乡"),
    ("白沙乡", "白沙乡"),
    ("梅岭乡", "梅岭乡"),
    ("松坪乡", "松坪乡"),
    ("云台乡", "云台乡"),
]

# The standard 职级 (store/migrations/m0010_ranks.py; 级别 is its order number) a county uses:
# its leaders are 县处级, the heads of its departments and townships 正科级 (乡科级正职).
COUNTY_CHIEF, COUNTY_DEPUTY, SECTION_CHIEF, SECTION_DEPUTY, CLERK = 5, 6, 7, 8, 9

# (title, rank, unit, gender) of the county's leaders: rank orders seating and lists (within a
# rank, the order here: protocol order)
LEADERS = [
    ("县委书记", COUNTY_CHIEF, "中共云岭县委员会", "男"),
    ("县委副书记、县长", COUNTY_CHIEF, "云岭县人民政府", "男"),
    ("县人大常委会主任", COUNTY_CHIEF, "云岭县人大常委会", "男"),
    ("县政协主席", COUNTY_CHIEF, "政协云岭县委员会", "女"),
    ("县委副书记", COUNTY_DEPUTY, "中共云岭县委员会", "男"),
    ("县委常委、常务副县长", COUNTY_DEPUTY, "云岭县人民政府", "男"),
    ("县委常委、组织部部长", COUNTY_DEPUTY, "县委组织部", "女"),
    ("县委常委、县纪委书记、县监委主任", COUNTY_DEPUTY, "县纪委监委", "男"),
    ("县委常委、宣传部部长", COUNTY_DEPUTY, "县委宣传部", "女"),
    ("县委常委、政法委书记", COUNTY_DEPUTY, "县委政法委员会", "男"),
    ("县委常委、统战部部长", COUNTY_DEPUTY, "县委统战部", "男"),
    ("县委常委、县委办公室主任", COUNTY_DEPUTY, "县委办公室", "男"),
    ("县委常委、副县长", COUNTY_DEPUTY, "云岭县人民政府", "女"),
    ("副县长", COUNTY_DEPUTY, "云岭县人民政府", "男"),
    ("副县长", COUNTY_DEPUTY, "云岭县人民政府", "女"),
    ("副县长、县公安局局长", COUNTY_DEPUTY, "县公安局", "男"),
    ("县人大常委会副主任", COUNTY_DEPUTY, "云岭县人大常委会", "男"),
    ("县政协副主席", COUNTY_DEPUTY, "政协云岭县委员会", "男"),
]
COMMITTEE = ("县委书记", "县委副书记", "县委常委")  # titles of the 县委常委会's members

OFFICE_STAFF = [  # the general offices' own people: the clerks who use the program
    ("县委办公室", "常务副主任", SECTION_CHIEF),
    ("县委办公室", "副主任", SECTION_DEPUTY),
    ("县委办公室", "秘书科科长", SECTION_DEPUTY),
    ("县委办公室", "督查室主任", SECTION_DEPUTY),
    ("县委办公室", "机要员", CLERK),
    ("县委办公室", "文书", CLERK),
    ("县委办公室", "科员", CLERK),
    ("县政府办公室", "主任", SECTION_CHIEF),
    ("县政府办公室", "副主任", SECTION_DEPUTY),
    ("县政府办公室", "秘书科科长", SECTION_DEPUTY),
    ("县政府办公室", "督查员", CLERK),
    ("县政府办公室", "科员", CLERK),
    ("县信访局", "局长", SECTION_CHIEF),
    ("县信访局", "接访科科长", SECTION_DEPUTY),
    ("县信访局", "信访接待员", CLERK),
    ("县信访局", "信访接待员", CLERK),
]

ROOM_LIST = [  # (name, capacity, location)
    ("第一会议室", 60, "县委大楼三楼东侧"),
    ("第二会议室", 40, "县委大楼三楼西侧"),
    ("常委会议室", 30, "县委大楼四楼"),
    ("视频会议室", 40, "县委大楼二楼"),
    ("县政府常务会议室", 36, "县政府大楼五楼"),
    ("多功能厅", 200, "县行政中心一楼"),
    ("第三会议室（小）", 16, "县委大楼三楼"),
    ("信访接待室", 12, "县信访局一楼"),
    ("党员活动室", 50, "县委大楼一楼"),
    ("应急指挥中心", 45, "县应急管理局三楼"),
]

STAFF_RANKS = {"办公室主任": CLERK, "科长": CLERK, "科员": CLERK}  # deputies (副…) 副科级

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
)
GIVEN_MALE = [
    "建国",
    "志强",
    "明",
    "华",
    "海军",
    "伟",
    "国庆",
    "文斌",
    "振宇",
    "宏伟",
    "德胜",
    "永刚",
    "晓东",
    "俊杰",
    "立新",
    "卫东",
    "建军",
    "红兵",
    "家林",
    "春生",
    "学军",
    "云龙",
    "开元",
    "浩",
    "磊",
    "涛",
    "鹏",
    "超",
    "军",
    "勇",
    "杰",
    "斌",
    "刚",
    "峰",
    "辉",
    "健",
    "亮",
    "宇",
    "明远",
    "志刚",
    "建华",
    "国强",
    "文博",
    "子轩",
    "天佑",
    "俊峰",
    "永明",
    "立群",
    "光荣",
    "新民",
    "海涛",
    "瑞林",
    "泽民",
    "洪波",
]
GIVEN_FEMALE = [
    "秀英",
    "丽华",
    "桂芳",
    "玉兰",
    "海燕",
    "春梅",
    "晓红",
    "丽娟",
    "雪梅",
    "静怡",
    "淑芬",
    "慧敏",
    "凤霞",
    "丽萍",
    "晓燕",
    "红梅",
    "文静",
    "佳怡",
    "婷婷",
    "芳",
    "静",
    "敏",
    "丽",
    "燕",
    "霞",
    "娟",
    "艳",
    "萍",
    "琳",
    "颖",
    "婷",
    "雪",
    "洁",
    "蕾",
    "倩",
    "晓丽",
    "美玲",
    "春燕",
    "玉梅",
    "亚楠",
    "思雨",
    "欣怡",
    "雅琴",
    "晓梅",
    "丽君",
    "素珍",
    "金凤",
    "翠兰",
]


def _name(rng: random.Random, gender: str, used: set[str]) -> str:
    pool = GIVEN_MALE if gender == "男" else GIVEN_FEMALE
    for _ in range(500):
        name = SURNAMES[rng.randrange(len(SURNAMES))] + pool[rng.randrange(len(pool))]
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("ran out of demo names")


def _mobile(rng: random.Random) -> str:
    return rng.choice(
        ("138", "139", "135", "137", "150", "151", "158", "187", "189", "133")
    ) + "".join(str(rng.randrange(10)) for _ in range(8))


def _office_phone(rng: random.Random) -> str:
    return f"0887-{rng.randrange(3, 8)}{rng.randrange(100000, 999999)}"


def office_name() -> str:
    """This office's 名称 in the demo 通讯录: the 机关名称 set, unless it is no name for it (the
    名称 of another demo unit), else DEMO_OFFICE."""
    name = str(settings.get("org.name") or "").strip()
    others = {n for n, _s, _p in TOP_UNITS} | {n for n, _s in PARTY_UNITS[1:] + GOVERNMENT_UNITS
                                               + TOWNSHIPS + OFFICE_UNITS}
    fits = (name and len(name) <= 100 and name not in others
            and not UNIT_LIST_SEPARATORS.search(name))
    return name if fits else DEMO_OFFICE


def has_data() -> bool:
    return Unit.select().exists() or Person.select().exists() or Room.select().exists()


def populate(size: int, rng: random.Random) -> int:
    """Units, people and rooms; `size` scales the number of staff. Returns how many records were
    made, 0 when the directory already has data (demo data goes only into an empty directory)."""
    if has_data():
        return 0
    actor = CLI_ACTOR
    count = 0
    order = 0

    def unit(name: str, short: str, parent: str | None) -> None:
        nonlocal count, order
        order += 10
        values = {"单位名称": name, "简称": short}
        if parent:
            values["上级单位"] = parent
        records.create(UNITS, values, actor, extra={"sort_order": order})
        count += 1

    for name, short, parent in TOP_UNITS:
        unit(name, short, parent)
    office = office_name()
    for name, short in PARTY_UNITS:
        if name == OFFICE_SHORT:
            name, short = office, OFFICE_SHORT if office != OFFICE_SHORT else "县委办"
        unit(name, short, "中共云岭县委员会")
    for name, short in OFFICE_UNITS:
        unit(name, short, office)
    for name, short in GOVERNMENT_UNITS:
        unit(name, short, "云岭县人民政府")
    for name, short in TOWNSHIPS:
        unit(name, short, None)

    used: set[str] = set()

    def person(
        unit_name: str, title: str, rank: int, gender: str | None = None, office: bool = False
    ) -> None:
        nonlocal count
        gender = gender or ("男" if rng.random() < 0.6 else "女")
        phone = _office_phone(rng) if office else _mobile(rng)
        records.create(
            PEOPLE,
            {
                "姓名": _name(rng, gender, used),
                "性别": gender,
                "单位": unit_name,
                "职务": title,
                "级别": rank,
                "电话": phone,
            },
            actor,
        )
        count += 1

    for title, rank, unit_name, gender in LEADERS:
        person(unit_name, title, rank, gender, office=True)
    # the 三多 leaders' meeting load counts the county's leaders: 县处级 正职 and 副职
    from officedesk.core.efficiency.sanduo import LEADER_RANK

    if settings.get(LEADER_RANK.key) == LEADER_RANK.default:
        settings.put(LEADER_RANK.key, COUNTY_DEPUTY)
    for unit_name, title, rank in OFFICE_STAFF:
        person(unit_name, title, rank)

    # Heads and deputies of departments and townships: more of them as size grows.
    departments = [name for name, _ in PARTY_UNITS[1:] + GOVERNMENT_UNITS[1:] if name != "县信访局"]
    towns = [name for name, _ in TOWNSHIPS]
    heads = [
        (
            name,
            "局长"
            if name.endswith("局")
            else "主任"
            if name.endswith(("委员会", "办公室"))
            else "负责人",
        )
        for name in departments
    ]
    heads += [(name, "党委书记") for name in towns]
    heads += [(name, "镇长" if name.endswith("镇") else "乡长") for name in towns]
    wanted = max(6, min(len(heads), size))
    for unit_name, title in heads[:wanted]:
        person(unit_name, title, SECTION_CHIEF)
    extra_staff = max(0, size - wanted)
    deputy_titles = ("副局长", "副主任", "办公室主任", "科长", "科员")
    for index in range(extra_staff):
        unit_name = (departments + towns)[index % len(departments + towns)]
        title = deputy_titles[rng.randrange(len(deputy_titles))]
        if unit_name in towns and title.startswith("副局"):
            title = "副镇长" if unit_name.endswith("镇") else "副乡长"
        person(unit_name, title, STAFF_RANKS.get(title, SECTION_DEPUTY))

    for name, capacity, location in ROOM_LIST:
        records.create(ROOMS, {"名称": name, "容量": capacity, "位置": location}, actor)
        count += 1
    return count
