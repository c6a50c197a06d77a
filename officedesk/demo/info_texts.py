"""The words of the demo's 信息: each reporting unit writes on the work of its own portfolio (a
文旅局 on tourism, not on 耕地保护), a 乡镇 on its villages' work and its own industries, each in
its season, and no title comes twice within a year (the 信息科 would not print the same one again)."""

from __future__ import annotations

import datetime as dt
import random

# what a 乡镇 reports besides its own trades: the villages' work every township does
TOWN_WORK = ["农村人居环境整治", "矛盾纠纷排查化解", "基层党建“整乡推进”", "秋冬季森林防火",
             "防汛救灾准备"]
# unit → the subjects it reports on; a 县直 department's are its own alone, so that its title,
# printed as 我县…, is never another department's too
PORTFOLIO: dict[str, list[str]] = {
    "城关镇": ["背街小巷改造", "农贸市场提升改造"],
    "河口镇": ["沿河集镇环境整治", "水产养殖产业发展"],
    "青石镇": ["石材产业转型升级", "撂荒地复垦复种"],
    "龙泉镇": ["温泉康养小镇建设", "蔬菜产业基地建设"],
    "石桥镇": ["烤烟产业提质增效", "水库移民后续扶持"],
    "柳溪乡": ["地质灾害隐患排查", "中药材种植"],
    "白沙乡": ["易地搬迁后续扶持", "核桃产业提质"],
    "梅岭乡": ["生态茶园建设", "护林员队伍管理"],
    "县发展和改革局": ["重点项目建设", "营商环境优化", "招商引资项目落地", "以工代赈项目实施"],
    "县教育局": ["义务教育均衡发展", "“双减”政策落实", "校园安全隐患排查", "农村学校营养改善计划"],
    "县农业农村局": ["高标准农田建设", "粮食生产", "动物疫病防控", "农村宅基地管理"],
    "县应急管理局": ["安全生产大排查", "防汛抗旱应急准备", "危险化学品安全监管", "应急救援队伍建设"],
    "县卫生健康委员会": ["基层医疗服务能力提升", "家庭医生签约服务", "县域医共体建设", "传染病防控"],
    "县文化和旅游局": ["乡村旅游提质", "文物安全保护", "公共文化服务", "文旅市场秩序整治"],
    "县林业局": ["林长制落实", "森林草原防火", "天然林保护", "林下经济发展"],
    "县住房和城乡建设局": ["城镇老旧小区改造", "农村危房改造", "建筑施工安全", "城镇燃气安全排查"],
    "县市场监督管理局": ["食品安全监管", "特种设备安全检查", "“双随机、一公开”监管", "价格监督检查"],
    "县委组织部": ["村（社区）干部队伍建设", "党员教育管理", "年轻干部培养", "基层党组织标准化建设"],
}
UNITS = list(PORTFOLIO)  # the eight 乡镇 first: sudden events happen there
TOWNS = [u for u in UNITS if u.endswith(("乡", "镇"))]
# work of a season, with the months it is reported in (森林防火 in the dry months, 防汛 before
# and in the rainy season)
SEASONS = {"秋冬季森林防火": (10, 11, 12, 1, 2, 3, 4), "森林草原防火": (11, 12, 1, 2, 3, 4),
           "防汛救灾准备": (3, 4, 5, 6, 7, 8), "防汛抗旱应急准备": (3, 4, 5, 6, 7)}
# what the people raise (社情民意): their living, not an office's inner work (党建, 队伍建设)
VOICED = {"农村人居环境整治", "矛盾纠纷排查化解", "背街小巷改造", "农贸市场提升改造", "沿河集镇环境整治",
          "水库移民后续扶持", "易地搬迁后续扶持", "地质灾害隐患排查", "营商环境优化", "以工代赈项目实施",
          "义务教育均衡发展", "“双减”政策落实", "农村学校营养改善计划", "农村宅基地管理",
          "基层医疗服务能力提升", "家庭医生签约服务", "乡村旅游提质", "公共文化服务", "城镇老旧小区改造",
          "农村危房改造", "城镇燃气安全排查", "食品安全监管", "价格监督检查", "高标准农田建设"}
# 经验做法's named ways of working: a village's, a department's
TOWN_KEYS = ["四议两公开", "积分制管理", "村民说事", "网格+"]
DEPT_KEYS = ["一站式服务", "一线工作法", "清单化管理", "闭环管理"]

TOPICS = {
    "工作动态": [
        ("{u}扎实推进{x}", "{u}聚焦{x}，成立工作专班，细化任务清单，截至目前已完成年度任务的{p}%。"
         "下一步将加大督促检查力度，确保按期完成。"),
        ("{u}多措并举抓好{x}", "今年以来，{u}围绕{x}，采取“清单化管理、项目化推进”的办法，"
         "累计投入资金{m}万元，群众满意度明显提升。"),
        ("{u}{x}取得阶段性成效", "{u}把{x}作为今年的重点工作，明确责任、挂图作战，"
         "目前已完成年度任务的{p}%，一批群众关心的问题得到解决。"),
    ],
    "经验做法": [
        ("{u}探索“{k}”模式推动{x}", "{u}在{x}中探索形成“{k}”工作模式：一是建机制，二是强队伍，"
         "三是抓落实。实施以来，相关问题办结率达{p}%，经验做法可复制、可推广。"),
    ],
    # no （{u}） at the end of a text: the issue prints the unit under each item
    "问题建议": [
        ("{x}中存在的几个问题及建议", "调研发现，{x}中仍存在资金到位慢、基层力量薄弱、群众参与不足等问题。"
         "建议：一是加快资金拨付；二是充实基层力量；三是完善群众参与机制。"),
        ("关于进一步做好{x}的几点建议", "当前，{x}总体进展顺利，但仍存在工作不平衡、长效机制不健全等问题。"
         "建议：一是压实责任；二是加强督促指导；三是建立长效机制。"),
    ],
    # {w}: who heard the people — a 乡镇's own 群众, or what a department heard in its work
    "社情民意": [
        ("群众对{x}反映较为集中", "近期，{w}{x}方面的诉求较为集中，主要涉及政策解读不及时、"
         "办事流程繁琐等。建议有关部门加强宣传解读，简化办事流程。"),
        ("{x}相关诉求需引起关注", "近期，{w}{x}中的一些具体问题，希望加快办理进度、及时公开进展。"
         "建议有关部门逐项梳理，限时答复。"),
    ],
}


def heard(unit: str) -> str:
    """Who tells the 社情民意: a township's people; a department only hears them in its work."""
    if unit in TOWNS:
        return f"{unit}部分群众反映"
    return f"{unit}在走访和受理群众来电中了解到，部分群众反映"


def subjects(unit: str, day: dt.date) -> list[str]:
    """The unit's subjects reported on that day: its own, and a township's villages' work; in season."""
    own = PORTFOLIO[unit] + (TOWN_WORK if unit in TOWNS else [])
    return [s for s in own if day.month in SEASONS.get(s, range(1, 13))]


def printed_title(unit: str, title: str) -> str:
    """The title as the 信息科 edits it: 我县 for a county department's own name (the unit is
    printed below the item)."""
    if unit.startswith("县") and title.startswith(unit):
        return "我县" + title[len(unit):]
    return title


def text(rng: random.Random, category: str, unit: str, day: dt.date,
         used: dict[str, dt.date]) -> tuple[str, str, str]:
    """(category, title, body) of the unit's item that day, its printed title not used in the
    year before (`used`: printed title → day, added to); the category given first, the others
    after it when the unit has said all it has of it; ("", "", "") when nothing is left."""
    def free_on(title: str) -> bool:
        last = used.get(printed_title(unit, title))
        return last is None or (day - last).days >= 365

    keys = TOWN_KEYS if unit in TOWNS else DEPT_KEYS
    for kind in [category] + [c for c in TOPICS if c != category]:
        free = [(title, body, x, k) for title, body in TOPICS[kind] for x in subjects(unit, day)
                if kind != "社情民意" or x in VOICED
                for k in (keys if "{k}" in title else [""])
                if free_on(title.format(u=unit, x=x, k=k))]
        if not free:
            continue
        title, body, x, k = rng.choice(free)
        words = {"u": unit, "x": x, "k": k, "w": heard(unit), "p": rng.randint(60, 98),
                 "m": rng.randint(80, 2600)}
        used[printed_title(unit, title.format(**words))] = day
        return kind, title.format(**words), body.format(**words)
    return "", "", ""
