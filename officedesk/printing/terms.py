"""Words a title's lines never cut: the office's terms jieba does not know or cuts wrongly
(``OFFICE_TERMS``), fixed political phrases (GB/T 9704 §7.3.1 词意完整: ``FIXED_TERMS`` —
新时代, 中国特色社会主义, 优秀共产党员 …; the plenums and congresses by pattern, ``fixed_spans``:
二十届三中全会, 党的二十大) and a short （…） with the words on both sides of it
(``glue_brackets``: 常委会（扩大）会议). ``words`` teaches them to the segmenter with the office's
own terms (``words.add_terms``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# organs whose standard names hold a 和, where a title likes to break (人力资源和 / 社会保障局):
# whole also when the 通讯录 lacks them (a 转发 names the upper organ), and with the place before
# them (words._glue_places: 云州市人力资源和社会保障局)
AND_ORGANS = tuple(
    stem + end
    for stem in ("人力资源和社会保障", "住房和城乡建设", "发展和改革", "文化和旅游", "工业和信息化",
                 "自然资源和规划", "林业和草原", "文化广电和旅游", "教育和体育", "民族和宗教事务")
    for end in ("局", "厅", "部", "委", "委员会")
)
# words jieba does not know, or cuts wrongly, in an office's titles
OFFICE_TERMS = (
    "机关事务", "机关事务管理局", "岁末年初", "冬季", "冬春", "冬春季", "值班值守", "元旦春节", "防汛抗旱", "防汛", "安全生产",
    "作风建设", "党风廉政", "党风廉政建设", "廉政建设", "工作会议", "专题会议", "常委会", "书记办公会", "座谈会",
    "视频会议", "签到表", "座次表", "督查督办", "督查催办", "信访事项", "信访工作", "公文处理",
    "办文质量", "营商环境", "乡村振兴", "高质量发展", "主题教育", "意识形态", "民生实事",
    "财政预算", "专项资金", "追加", "机关效能", "效能建设", "信息报送", "应急管理", "森林防火",
    "城乡环境", "综合整治", "人居环境", "河湖长制", "林长制", "网格化", "年度", "县委办公室",
    "县政府办公室", "市委办公室", "办公室", "办公厅", "领导小组", "工作领导小组", "实施方案",
    "工作方案", "管理办法", "实施细则", "暂行办法", "若干措施", "综合目标", "城市管理",
    "先进单位", "先进集体", "先进个人", "重点项目", "重点工作", "工作任务", "专项检查", "议定事项",
    "补助资金", "中央财政", "基层减负", "值班值守", "就业创业", "行政区划", "议事协调",
    "今冬明春", "责任制", "党建工作", "干部交流", "经济工作", "管理委员会",
    "政务服务", "便民热线", "疫情防控",
    # reform slogans a task's name carries (jieba: 大班 / 额, 放管 / 服, 一件 / 事, 一网通 / 办)
    "大班额", "放管服", "一件事", "一次办", "一网通办", "最多跑一次", "背街小巷",
    # public works (jieba: 燃气管 / 道, 供水管 / 网, 黑 / 臭 / 水体, 扬 / 尘, 公 / 租房, 充电 / 桩)
    "管道", "管网", "黑臭水体", "扬尘", "充电桩", "公租房", "廉租房",
    # campaigns (jieba: 大 / 检查, and a title then splits 安全生产大 / 检查)
    "大检查", "大排查", "大整治", "专项整治", "清理整治", "整治提升",
    # a short name of the 通讯录 (县委) must not take the 委 of 委员会 (依法治县委员会)
    "委员会",
    # posts (jieba: 县委 / 副 / 书记, and a box then set 县委副 / 书记)
    "副书记", "副主任", "副主席", "副部长", "副局长", "副县长", "副市长", "副区长", "副秘书长",
    *AND_ORGANS,
)
# words no other term may cut: a term that starts or ends inside one (县委 in 治县委员会) is
# not kept there, and the word is kept whole instead
BOUND_WORDS = ("委员会",)
# with the office's words that hold one (管理委员会 stays whole, not 管理 / 委员会)
_BOUND_TERMS = (*BOUND_WORDS, *(t for t in OFFICE_TERMS if t not in BOUND_WORDS
                                and any(w in t for w in BOUND_WORDS)))

# fixed political phrases a title keeps whole (a break after 习近平 is the usual one:
# 深入学习贯彻习近平 / 新时代中国特色社会主义思想; a phrase wider than the line is cut at its words)
FIXED_TERMS = (
    "新时代", "新时代中国特色社会主义", "新时代中国特色社会主义思想", "中国特色社会主义",
    "中国特色社会主义思想",
    "共产党员", "优秀共产党员", "党务工作者", "优秀党务工作者",
    "基层党组织", "先进基层党组织", "党组织", "全面从严治党", "两个确立", "两个维护",
    "四个意识", "四个自信", "主题教育",
    # 巩固拓展脱贫攻坚成果同乡村振兴有效衔接 (jieba: 脱贫 / 攻坚, 有效 / 衔接)
    "脱贫攻坚", "巩固拓展", "有效衔接",
    # responsibility systems and set phrases of 党建 titles (党风廉政建设 / 责任制 was printed)
    "党风廉政建设责任制", "意识形态工作责任制", "安全生产责任制", "目标管理责任制",
    "全面从严治党主体责任", "主体责任", "监督责任", "一岗双责", "两个责任",
    "中央八项规定", "八项规定精神", "中央八项规定精神", "三重一大",
    "社会主义新农村", "社会主义新农村建设", "党风廉政建设和反腐败工作",
)
_CN_DIGIT = "一二三四五六七八九"
# 二十届三中全会, 第十九届四中全会, 三中全会; 党的二十大, 十九大
_PLENUM = re.compile(rf"(?:第?[{_CN_DIGIT}]?十?[{_CN_DIGIT}]?届)?[一二三四五六七]中全会")
_CONGRESS = re.compile(rf"(?:党的)?(?:十[{_CN_DIGIT}]|二十[{_CN_DIGIT}]?)大(?![会队型学])")
_SHORT_BRACKET = re.compile(r"（[^（）]{2,4}）")


# a short quoted slogan (“一件事一次办”, ‘三个一’) is one word of a line, kept whole when it fits
_SHORT_QUOTE = re.compile(r"“[^“”]{1,8}”|‘[^‘’]{1,8}’")
# one-character prefixes jieba leaves alone before a noun (新 / 院区, 老 / 旧 / 小区): no line
# ends in one when a noun follows
PREFIXES = frozenset("新老旧")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Where the short quotes stand in ``text``."""
    return [m.span() for m in _SHORT_QUOTE.finditer(text)]


def fixed_spans(text: str) -> list[tuple[int, int]]:
    """Where the plenums (二十届三中全会) and congresses (党的二十大) stand in ``text``."""
    return [m.span() for pattern in (_PLENUM, _CONGRESS) for m in pattern.finditer(text)]


def glue_brackets(pieces: Sequence[str]) -> list[str]:
    """A short （…） (of 2 to 4 characters, （扩大）) one piece with the word before it and the
    word after it: 常委会（扩大）会议 is never broken around its brackets."""
    spans = [m.span() for m in _SHORT_BRACKET.finditer("".join(pieces))]
    out: list[str] = []
    at = 0
    for piece in pieces:
        if out and any(start <= at <= end for start, end in spans):
            out[-1] += piece
        else:
            out.append(piece)
        at += len(piece)
    return out


def glue_prefixes(pieces: Sequence[str], is_noun: Callable[[str], bool]) -> list[str]:
    """A lone 新 (老, 旧) goes with the noun after it (新院区, 老旧小区): no line ends in one."""
    out: list[str] = []
    glued = False  # the last piece taken is a noun made with its prefix (旧小区)
    for piece in reversed(pieces):
        if piece in PREFIXES and out and (glued or is_noun(out[-1])):
            out[-1], glued = piece + out[-1], True
        else:
            out.append(piece)
            glued = False
    return out[::-1]


def glue_organs(pieces: Sequence[str]) -> list[str]:
    """An organ whose name holds a 和 (AND_ORGANS) stays with the place before it: 云州市 +
    人力资源和社会保障局, 省 + 发展和改革委员会 are one organ each (云州市 may be a word of its
    own, taught with 云州市人民政府办公室, and not tagged as a place)."""
    out: list[str] = []
    for piece in pieces:
        if piece in AND_ORGANS and out and out[-1][-1] in "省市县区州盟旗":
            out[-1] += piece
        else:
            out.append(piece)
    return out


PARTY = "中共"
PARTY_GLUED = 12  # 中共 + a place + its 委's body up to this many characters (中共云州市委办公室)
_PARTY_ENDS = ("委", "委员会", "办公室", "办公厅", "部", "组", "校", "院")


def glue_party(pieces: Sequence[str]) -> list[str]:
    """A 中共 goes with the organ it names: 中共 + 云州 + 市委 + 办公室 is one word when short
    enough (``PARTY_GLUED``: through its last word that ends an organ's name, 委, 办公室, 部 …),
    else 中共 with the word after it — no line ends in 中共 (…转发《中共 /
    云州市委办公室…, an organ the document does not name as its own, so nothing taught it)."""
    out: list[str] = []
    at = 0
    while at < len(pieces):
        piece = pieces[at]
        at += 1
        if not piece.endswith(PARTY) or at == len(pieces) or not pieces[at][0].isalpha() \
                or not "\u4e00" <= pieces[at][0] <= "\u9fff":
            out.append(piece)
            continue
        end = at + 1  # the next word at least; the organ's whole name when short enough
        named = False  # a word that ends an organ's name was taken
        for last in range(at, len(pieces)):  # 中共云州市委 + 办公室, not + 关于 + 党校
            if len(piece + "".join(pieces[at:last + 1])) > PARTY_GLUED:
                break
            if pieces[last].endswith(_PARTY_ENDS):
                end, named = last + 1, True
            elif named:
                break
        out.append(piece + "".join(pieces[at:end]))
        at = end
    return out
