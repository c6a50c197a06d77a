"""Titles of the demo's 收文 and 发文 as an office's papers have them: each a different paper in a
year, dated when its subject makes sense — a quarter's 通报 after the quarter, a festival's
notice before it, 防汛 in spring and summer, 森林防火 in the dry season, a year's review at its
end. A Papers picks, for a day, a title not yet used that year among those that fit the day.
Every title is made up by us."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

CN = "〇一二三四五六七八九"


def chinese(n: int) -> str:
    """1 → 一, 12 → 十二, 35 → 三十五 (up to 99)."""
    tens, ones = divmod(n, 10)
    if not tens:
        return CN[ones]
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


@dataclass(frozen=True)
class Paper:
    """A title template and when it fits. Its places: {year}; {annual} the year a review at the
    year's turn is about (December's own year, January's the year before); {last}; {next};
    {qyear}年第{quarter}季度 the quarter just ended; {month} the month a notice is for (this one,
    or the next from the 20th); {prev} the month just ended; {seq} the paper's number in its
    series this year (第二批); {session} a 常委会's number this year."""

    title: str
    kind: str
    who: str = ""  # the 收文's 来文机关, the 发文's 拟稿科室
    months: tuple[int, ...] = ()  # the months it fits; () any
    body: str = ""  # the 发文's body (demo.document_texts), by its key
    series: tuple[str, ...] = ()  # {fund} of a series (第N批), any number of times a year


def _places(day: dt.date) -> dict[str, object]:
    quarter = (day.month - 1) // 3  # the one just ended: 0 is the last year's fourth
    month = day.month if day.day < 20 else day.month % 12 + 1
    return {
        "year": day.year,
        "annual": day.year if day.month >= 6 else day.year - 1,
        "last": day.year - 1,
        "next": (day.year if day.month >= 6 else day.year - 1) + 1,
        "qyear": day.year if quarter else day.year - 1,
        "quarter": CN[quarter or 4],
        "month": month,
        "prev": (day.month - 2) % 12 + 1,
    }


class Papers:
    """Picks one paper a call from a catalogue, none twice a year; a series (资金 下达 in
    batches, the 常委会's sessions) when nothing else fits."""

    def __init__(self, papers: tuple[Paper, ...], share_of_series: float = 0.1) -> None:
        self.papers = papers
        self.share = share_of_series
        self.used: dict[str, dt.date] = {}  # title -> the day it was last used
        self.counts: dict[tuple[int, str], int] = {}

    def _free(self, title: str, day: dt.date) -> bool:
        """Not used this year, nor within the last eleven months (关于做好1月份…的通知 of 23
        December is January's, as the one of 19 January would be)."""
        last = self.used.get(title)
        return last is None or last.year != day.year and (day - last).days > 330

    def pick(self, rng: random.Random, day: dt.date) -> tuple[str, Paper, dict[str, object]]:
        """A title for a paper of `day`, the paper, and the places its title was filled with
        (a 发文's body fills its own with them)."""
        places = _places(day)
        fitting = [p for p in self.papers if not p.series and "{session}" not in p.title
                   and (not p.months or day.month in p.months)
                   and self._free(p.title.format(**places), day)]
        endless = [p for p in self.papers if (p.series or "{session}" in p.title)
                   and (not p.months or day.month in p.months)]
        if fitting and (not endless or rng.random() >= self.share):
            paper = rng.choice(fitting)
        else:
            paper = rng.choice(endless or [p for p in self.papers if p.series])
        if paper.series:
            fund = rng.choice(paper.series)
            key = (day.year, fund)
            self.counts[key] = self.counts.get(key, 0) + 1
            places = {**places, "fund": fund, "seq": chinese(self.counts[key])}
        if "{session}" in paper.title:
            key = (day.year, "常委会")
            # about three sessions a month, in order: the number follows the day
            self.counts[key] = max(self.counts.get(key, 0) + 1, day.timetuple().tm_yday // 11 + 1)
            places = {**places, "session": chinese(self.counts[key])}
        title = paper.title.format(**places)
        self.used[title] = day
        return title, paper, places


_ANY = ()
_MONTHLY = tuple(range(1, 13))
WINTER = (11, 12, 1)

# 收文: (title, 文种, 来文机关, months)
INCOMING = tuple(Paper(*row) for row in (
    # each month's (one a month each)
    ("关于做好{month}月份安全生产工作的通知", "通知", "云州市安全生产委员会办公室", _MONTHLY),
    ("关于报送{prev}月份重点工作进展情况的函", "函", "云州市人民政府办公室", _MONTHLY),
    ("关于{prev}月份全市经济运行情况的通报", "通报", "云州市人民政府办公室", _MONTHLY),
    ("关于{prev}月份全市信访形势的通报", "通报", "中共云州市委办公室", _MONTHLY),
    ("关于{prev}月份全市环境空气质量状况的通报", "通报", "云州市生态环境局", _MONTHLY),
    ("关于{prev}月份全市政务信息报送采用情况的通报", "通报", "中共云州市委办公室", _MONTHLY),
    # the seasons'
    ("关于做好{year}年岁末年初安全生产工作的通知", "通知", "云州市应急管理局", (11, 12)),
    ("关于做好冬春季森林防火工作的紧急通知", "通知", "云州市林业和草原局", (10, 11, 12, 1)),
    ("关于进一步加强森林草原防灭火工作的通知", "通知", "云州市应急管理局", (1, 2, 3, 4)),
    ("关于做好元旦春节期间值班值守工作的通知", "通知", "中共云州市委办公室", (12, 1)),
    ("关于做好元旦春节期间走访慰问困难群众工作的通知", "通知", "中共云州市委办公室", (12, 1)),
    ("关于做好{year}年春耕备耕工作的通知", "通知", "云州市农业农村局", (2, 3)),
    ("关于做好{year}年防汛抗旱工作的通知", "通知", "云州市应急管理局", (3, 4, 5)),
    ("关于进一步加强防汛抗旱工作的意见", "意见", "云州市人民政府办公室", (4, 5, 6)),
    ("关于做好主汛期防汛工作的紧急通知", "通知", "云州市应急管理局", (6, 7, 8)),
    ("关于做好高温天气劳动保护工作的通知", "通知", "云州市人力资源和社会保障局", (6, 7, 8)),
    ("关于做好{year}年高考期间有关工作的通知", "通知", "云州市教育局", (5, 6)),
    ("关于做好{year}年秋季学期开学工作的通知", "通知", "云州市教育局", (8, 9)),
    ("关于做好{year}年“三夏”生产工作的通知", "通知", "云州市农业农村局", (5, 6)),
    ("关于做好{year}年秋收秋种工作的通知", "通知", "云州市农业农村局", (9, 10)),
    ("关于做好中秋国庆期间值班值守工作的通知", "通知", "中共云州市委办公室", (9,)),
    ("关于做好“五一”期间安全生产工作的通知", "通知", "云州市应急管理局", (4,)),
    ("关于开展{year}年“安全生产月”活动的通知", "通知", "云州市安全生产委员会办公室", (5, 6)),
    ("关于开展{year}年防灾减灾日宣传活动的通知", "通知", "云州市应急管理局", (4, 5)),
    ("关于{year}年上半年全市重点项目推进情况的通报", "通报", "云州市人民政府办公室", (7, 8)),
    ("关于{qyear}年第{quarter}季度全市重点工作督查情况的通报", "通报", "中共云州市委办公室",
     (1, 4, 7, 10)),
    ("关于报送{annual}年度党风廉政建设责任制落实情况的函", "函", "中共云州市纪委办公厅", (12, 1)),
    ("关于报送{year}年上半年工作总结的函", "函", "中共云州市委办公室", (6, 7)),
    ("关于报送{annual}年度工作总结和{next}年工作计划的函", "函", "中共云州市委办公室", (11, 12)),
    ("关于开展{year}年度机关作风建设专项检查的通知", "通知", "中共云州市纪委办公厅", (4, 5, 6, 9)),
    ("关于印发《{year}年全市乡村振兴重点工作任务》的通知", "通知", "云州市农业农村局", (2, 3, 4)),
    ("关于印发《{year}年全市教育工作要点》的通知", "通知", "云州市教育局", (2, 3)),
    ("关于{year}年全市教育工作会议议定事项的纪要", "纪要", "云州市教育局", (2, 3)),
    ("关于印发《{year}年全市重点民生实事分解方案》的通知", "通知", "云州市人民政府办公室", (2, 3, 4)),
    ("关于做好{year}届高校毕业生就业创业工作的通知", "通知", "云州市人力资源和社会保障局", (4, 5, 6)),
    ("关于表彰{last}年度全市信访工作先进集体和先进个人的决定", "决定", "中共云州市委办公室",
     (1, 2, 3)),
    ("关于做好{year}年度综合目标考核工作的通知", "通知", "中共云州市委办公室", (11, 12)),
    ("关于开展根治欠薪冬季专项行动的通知", "通知", "云州市人力资源和社会保障局", (11, 12)),
    ("关于做好{next}年度城乡居民基本医疗保险参保缴费工作的通知", "通知",
     "云州市人力资源和社会保障局", (9, 10, 11)),
    ("关于开展秋冬季大气污染防治攻坚行动的通知", "通知", "云州市生态环境局", (9, 10, 11)),
    ("关于做好{year}年度发展党员工作的通知", "通知", "中共云州市委组织部", (1, 2, 3)),
    ("关于开展{annual}年度基层党组织书记抓党建述职评议考核的通知", "通知", "中共云州市委组织部",
     (12, 1)),
    ("关于做好{year}年义务教育招生入学工作的通知", "通知", "云州市教育局", (4, 5, 6)),
    ("关于开展安全生产大排查大整治行动的决定", "决定", "云州市应急管理局", (3, 9)),
    ("关于做好{year}年冬季清洁取暖工作的通知", "通知", "云州市住房和城乡建设局", (10, 11)),
    ("关于做好冬季燃气安全工作的通知", "通知", "云州市住房和城乡建设局", WINTER),
    ("关于做好{annual}年度领导班子和领导干部年度考核工作的通知", "通知", "中共云州市委组织部",
     (12, 1)),
    ("关于做好{annual}年度党员领导干部民主生活会准备工作的通知", "通知", "中共云州市委办公室",
     (12, 1)),
    ("关于做好{year}年财政预算执行和年终决算工作的通知", "通知", "云州市财政局", (11, 12)),
    ("关于编制{next}年度部门预算的通知", "通知", "云州市财政局", (9, 10, 11)),
    ("关于做好元旦春节期间市场保供稳价工作的通知", "通知", "云州市人民政府办公室", (12, 1)),
    ("关于做好{annual}年统计年报工作的通知", "通知", "云州市统计局", (11, 12)),
    ("关于开展冬季消防安全专项整治的通知", "通知", "云州市应急管理局", WINTER),
    ("关于做好岁末年初矛盾纠纷排查化解工作的通知", "通知", "中共云州市委办公室", WINTER),
    ("关于加强冬季道路交通安全管理的通知", "通知", "云州市安全生产委员会办公室", WINTER),
    ("关于做好困难群众冬春救助工作的通知", "通知", "云州市民政局", WINTER),
    ("关于报送{year}年度重点工作完成情况的函", "函", "中共云州市委办公室", (11, 12)),
    ("关于开展{year}年度政务信息工作考核的通知", "通知", "中共云州市委办公室", (11, 12)),
    ("关于做好国庆期间旅游市场安全工作的通知", "通知", "云州市应急管理局", (9,)),
    # any time of the year
    ("关于同意云岭县调整部分乡镇行政区划的批复", "批复", "云州市人民政府办公室"),
    ("关于加强基层减负工作的若干意见", "意见", "中共云州市委办公室"),
    ("关于开展营商环境专项督查的通知", "通知", "云州市人民政府办公室"),
    ("关于征求《云州市城市管理条例（草案）》意见的函", "函", "云州市人民政府办公室"),
    ("关于做好党费收缴使用管理工作的通知", "通知", "中共云州市委组织部"),
    ("关于进一步规范公文处理工作的通知", "通知", "中共云州市委办公室"),
    ("关于进一步加强政务信息工作的意见", "意见", "中共云州市委办公室"),
    ("关于加强农村集体“三资”管理的通知", "通知", "云州市农业农村局"),
    ("关于进一步加强保密工作的通知", "通知", "中共云州市委办公室"),
    ("关于印发《云州市政务信息工作考核办法》的通知", "通知", "中共云州市委办公室"),
    ("关于进一步规范督查检查考核工作的通知", "通知", "中共云州市委办公室"),
    ("关于加强基层应急管理能力建设的意见", "意见", "云州市应急管理局"),
    ("关于做好耕地保护和违法占地整治工作的通知", "通知", "云州市自然资源和规划局"),
    ("关于进一步做好稳就业工作的通知", "通知", "云州市人力资源和社会保障局"),
    ("关于开展校园安全隐患排查整治的通知", "通知", "云州市教育局"),
    ("关于做好农村饮水安全保障工作的通知", "通知", "云州市水务局"),
    ("关于开展食品安全专项检查的通知", "通知", "云州市市场监督管理局"),
    ("关于加强基层医疗卫生服务能力建设的意见", "意见", "云州市卫生健康委员会"),
    # 资金 come in batches, all the year
    ("关于下达{year}年第{seq}批{fund}的通知", "通知", "云州市财政局", _ANY, "", (
        "中央财政衔接推进乡村振兴补助资金", "城乡居民基本医疗保险补助资金", "就业补助资金",
        "义务教育薄弱环节改善与能力提升补助资金", "基本公共卫生服务补助资金", "农业生产发展资金",
        "重点生态功能区转移支付资金")),
))

# 来文机关 → 机关代字 (the 收文's 来文字号)
SOURCE_CODES = {
    "中共云州市委办公室": "云市委办发",
    "云州市人民政府办公室": "云市政办发",
    "中共云州市委组织部": "云市组通",
    "云州市应急管理局": "云市应急",
    "云州市财政局": "云市财预",
    "云州市教育局": "云市教发",
    "云州市农业农村局": "云市农发",
    "云州市生态环境局": "云市环发",
    "中共云州市纪委办公厅": "云市纪办发",
    "云州市人力资源和社会保障局": "云市人社发",
    "云州市安全生产委员会办公室": "云市安办",
    "云州市林业和草原局": "云市林草发",
    "云州市住房和城乡建设局": "云市建发",
    "云州市统计局": "云市统字",
    "云州市民政局": "云市民发",
    "云州市自然资源和规划局": "云市自然资发",
    "云州市水务局": "云市水发",
    "云州市市场监督管理局": "云市市监发",
    "云州市卫生健康委员会": "云市卫健发",
}

# 发文 of the 县委办公室: (title, 文种, 拟稿科室, months, body)
OUTGOING = tuple(Paper(*row) for row in (
    ("关于召开全县经济工作会议的通知", "通知", "秘书科", (12, 1), "会议"),
    ("关于召开全县农村工作会议的通知", "通知", "秘书科", (1, 2), "会议"),
    ("关于召开全县党风廉政建设工作会议的通知", "通知", "秘书科", (2, 3), "会议"),
    ("关于召开全县组织工作会议的通知", "通知", "秘书科", (1, 2, 3), "会议"),
    ("关于召开全县宣传思想文化工作会议的通知", "通知", "秘书科", (2, 3, 4), "会议"),
    ("关于召开全县防汛抗旱工作会议的通知", "通知", "秘书科", (4, 5), "会议"),
    ("关于召开全县上半年经济形势分析会的通知", "通知", "秘书科", (7,), "会议"),
    ("关于召开全县森林防火工作会议的通知", "通知", "秘书科", (10, 11), "会议"),
    ("关于召开全县安全生产工作会议的通知", "通知", "秘书科", (3, 6, 9), "会议"),
    ("关于做好元旦春节期间有关工作的通知", "通知", "秘书科", (12, 1), "通知"),
    ("关于做好清明节期间有关工作的通知", "通知", "秘书科", (3,), "通知"),
    ("关于做好“五一”劳动节期间有关工作的通知", "通知", "秘书科", (4,), "通知"),
    ("关于做好端午节期间有关工作的通知", "通知", "秘书科", (5, 6), "通知"),
    ("关于做好中秋节国庆节期间有关工作的通知", "通知", "秘书科", (9,), "通知"),
    ("关于做好{year}年防汛工作的通知", "通知", "综合科", (4, 5, 6), "通知"),
    ("关于做好秋冬季森林防火工作的通知", "通知", "综合科", (10, 11), "通知"),
    ("关于做好岁末年初安全生产工作的通知", "通知", "综合科", WINTER, "通知"),
    ("关于做好{year}年度综合目标考核工作的通知", "通知", "督查室", (11, 12), "通知"),
    ("关于做好{annual}年度党员领导干部民主生活会有关工作的通知", "通知", "综合科", (12, 1), "通知"),
    ("关于开展{year}年度县直机关作风建设专项检查的通知", "通知", "督查室", (5, 6, 7), "通知"),
    ("关于进一步加强县委办公室公文处理工作的通知", "通知", "秘书科", _ANY, "通知"),
    ("关于进一步规范县委办公室会议组织工作的通知", "通知", "秘书科", _ANY, "通知"),
    ("关于加强县直机关值班值守工作的通知", "通知", "秘书科", _ANY, "通知"),
    ("关于进一步精简文件简报的通知", "通知", "秘书科", _ANY, "通知"),
    ("关于调整县委县政府议事协调机构的通知", "通知", "秘书科", _ANY, "通知"),
    ("关于印发《云岭县机关事务管理办法》的通知", "通知", "综合科", _ANY, "印发"),
    ("关于印发《云岭县{year}年重点工作任务分解方案》的通知", "通知", "综合科", (1, 2, 3), "印发"),
    ("关于印发《云岭县{year}年乡村振兴重点任务清单》的通知", "通知", "综合科", (2, 3, 4), "印发"),
    ("关于印发《云岭县{year}年防汛抢险应急预案》的通知", "通知", "综合科", (4, 5), "印发"),
    ("关于印发《云岭县{year}年度综合目标考核办法》的通知", "通知", "督查室", (3, 4, 5), "印发"),
    ("关于{qyear}年第{quarter}季度重点工作督查情况的通报", "通报", "督查室", (1, 4, 7, 10), "通报"),
    ("关于{year}年上半年重点工作推进情况的通报", "通报", "督查室", (7, 8), "通报"),
    ("关于{year}年春节期间值班值守情况的通报", "通报", "督查室", (2,), "通报"),
    ("关于全县防汛工作督查情况的通报", "通报", "督查室", (6, 7, 8), "通报"),
    ("关于县委重大决策部署落实情况专项督查的通报", "通报", "督查室", _ANY, "通报"),
    ("关于申请追加{year}年度防汛救灾资金的请示", "请示", "综合科", (7, 8, 9, 10), "请示-防汛"),
    ("关于恳请支持云岭县乡村振兴示范片区建设的请示", "请示", "综合科", (3, 4, 5, 6), "请示-示范"),
    ("关于申请将云岭县列入全市森林防火重点县的请示", "请示", "综合科", (10, 11, 12), "请示-防火"),
    ("关于云岭县{annual}年度党建工作情况的报告", "报告", "综合科", (12, 1), "报告-党建"),
    ("关于云岭县{year}年上半年党建工作情况的报告", "报告", "综合科", (7,), "报告-党建"),
    ("关于云岭县{annual}年度落实全面从严治党主体责任情况的报告", "报告", "综合科", (12, 1),
     "报告-党建"),
    ("关于云岭县{qyear}年第{quarter}季度安全生产工作情况的报告", "报告", "综合科", (1, 4, 7, 10),
     "报告-工作"),
    ("关于云岭县{year}年防汛救灾工作情况的报告", "报告", "综合科", (9, 10), "报告-工作"),
    ("关于加强基层党组织建设的意见", "意见", "综合科", _ANY, "意见-党组织"),
    ("关于进一步加强和改进县委督查工作的意见", "意见", "督查室", _ANY, "意见"),
    ("关于推进乡村振兴示范片区建设的意见", "意见", "综合科", (2, 3, 4, 5, 6), "意见"),
    ("关于商请协助开展干部交流工作的函", "函", "综合科", _ANY, "函-交流"),
    ("关于商请支持举办全县组织工作业务培训班的函", "函", "综合科", (3, 4, 5, 6), "函-培训"),
    ("关于商请协助查阅有关干部人事档案的函", "函", "综合科", _ANY, "函-档案"),
    ("关于表彰{last}年度全县综合目标考核先进单位的决定", "决定", "督查室", (1, 2, 3), "决定-考核"),
    ("关于表彰全县防汛抗灾先进集体和先进个人的决定", "决定", "督查室", (9, 10), "决定-防汛"),
    ("关于表彰全县优秀共产党员和先进基层党组织的决定", "决定", "综合科", (6,), "决定-七一"),
    # the 常委会 meets about three times a month: a 纪要 of each, numbered in the year
    ("关于县委常委会{year}年第{session}次会议议定事项的纪要", "纪要", "秘书科", _ANY, "纪要"),
))
