"""Where a line of Chinese may break: the spans that must stay whole in any line (numbers with
their units, dates, times, 文号, 第…次, book titles in 《》 when short, personal and unit names),
and the words of a title (jieba plus the office's own terms).

jieba's tables are read a first character at a time (segmenter_tables; printing.warm_up loads
it in the window's background), and its cuts are cached (a batch of 500 sign-in sheets shares
one title)."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import cast

from officedesk.printing import segmenter_tables
from officedesk.printing.terms import (
    _BOUND_TERMS,
    AND_ORGANS,
    FIXED_TERMS,
    OFFICE_TERMS,
    fixed_spans,
    glue_brackets,
    glue_organs,
    glue_party,
    glue_prefixes,
    quote_spans,
)

_CN_NUM = "〇零一二三四五六七八九十百千万两"
_UNITS = (
    "万亿元|亿元|万元|千元|元|万人|万|亿|%|‰|个|人次|人|项|件|次|名|家|户|所|座|台|辆|条|篇|份|页|"
    "公里|千米|米|平方米|平方公里|亩|公顷|吨|千克|立方米|天|日|小时|分钟|周|年度|年|季度|月|届|期|"
    "批次|批|号|岁|倍|成|点|轮|级|楼|层"
)
# a number in Chinese numerals with its unit (三年行动, 三楼, 十二个部门, 第一年), kept whole as
# the Arabic ones are; not the 一 that ends a word (统一, 唯一, 逐一: 统一 / 年度 is no number)
_CN_COUNT = rf"(?:第|(?<![统唯同逐单划专合不初之归]))[{_CN_NUM}]+(?:{_UNITS})"
# a date in Chinese numerals (二〇二六年度, 二零二六年三月五日, 十二月三十一日): kept whole as the
# Arabic ones are
_CN_MONTH = r"(?:十[一二]?|[一二三四五六七八九])月"
_CN_DAY = r"(?:[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])日"
CN_DATE = re.compile(
    rf"[〇零一二三四五六七八九]{{4}}年(?:度|{_CN_MONTH}(?:份|{_CN_DAY}(?:[上下]午)?)?)?"
    rf"|{_CN_MONTH}{_CN_DAY}(?:[上下]午)?"
)
# order matters: the longest, most specific shapes first
PROTECTED = re.compile(
    "|".join(
        [
            r"\d{4}年\d{1,2}月\d{1,2}日(?:[上下]午)?(?:\d{1,2}[:：时]\d{0,2}分?)?",  # 2026年11月24日
            r"\d{4}年\d{1,2}月(?:份)?",
            r"\d{1,2}月\d{1,2}日",
            CN_DATE.pattern,
            r"\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2})?",
            r"\d{1,2}[:：]\d{2}(?:[-—至]\d{1,2}[:：]\d{2})?",
            rf"第[\d{_CN_NUM}]+(?:批次|次|届|期|批|号|季度|轮|章|条|款|项|部分|个)",
            rf"\d+(?:,\d{{3}})*(?:\.\d+)?(?:{_UNITS})",  # 1,234.56万元 with its unit
            _CN_COUNT,
            r"[(（][一二三四五六七八九十\d]+[)）]",
            r"[(（]按[项件]计[)）]",  # what a rate counts (督查: 按项计, 按件计), said whole
            r"[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)+",  # 0871-63123456, D10-BGS-0001 (a 档号 breaks at ·)
            r"\d+(?:[.,]\d+)*",
        ]
    )
)
_DOC_NUMBER = re.compile(r"〔\d{4}〕\d+号")  # a 文号's year and number; its 代字 found below
# characters that end a 机关代字 looking backwards (verbs and particles before a 文号)
_NOT_CODE = frozenset("的于送据和及与对在将把由经以为是了按照依根转印见室厅局院府处科所站组、，。：；（）()《》“”　 \n")
_BOOK = re.compile(r"《[^《》]{1,40}》")
_LATIN_WORD = r"[A-Za-z0-9]+(?:[+·\-][A-Za-z0-9]+)*\+*"  # AI+5G, COVID-19, C++
_LATIN_RUN = re.compile(rf"{_LATIN_WORD}(?: {_LATIN_WORD})*")  # and a few with spaces: Phase II

# a break between two of these parts of speech cuts a noun phrase (jieba.posseg's tags)
NOUNISH = frozenset({"n", "vn", "nz", "ns", "nt", "nr", "j", "an", "b", "l", "i", "ng"})
# a break after these is a phrase boundary (的, 和, 关于 …)
FUNCTION = frozenset({"uj", "c", "p", "ul", "u"})

log = logging.getLogger(__name__)
_lock = threading.Lock()
_jieba = None
_extra_terms: set[str] = set()


def add_terms(terms: Iterable[str]) -> None:
    """Teach the title segmenter the office's own words (unit names from the 通讯录 …)."""
    wanted = {t.strip() for t in terms if t and len(t.strip()) >= 2}
    # the place in a unit's name (云州市 in 云州市财政局) is a word of its own too
    wanted |= {m.group(1) for t in wanted if (m := _PLACE.match(t))}
    wanted |= {form for t in wanted if (form := level_form(t))}
    with _lock:  # a segmenter loading meanwhile (warm_up's thread) has read the terms before
        new = wanted - _extra_terms
        if not new:
            return
        _extra_terms.update(new)
        if _jieba is not None:
            for term in new:
                _jieba.add_word(term, freq=200000)
    _cut.cache_clear()
    inner_words.cache_clear()


def load_segmenter():
    """jieba with the office's terms and its tagger, once (printing.warm_up)."""
    global _jieba
    with _lock:
        if _jieba is None:
            # its tables read a first character at a time (segmenter_tables)
            _jieba = segmenter_tables.install((*OFFICE_TERMS, *FIXED_TERMS, *_extra_terms))
    return _jieba


_tags: dict[str, str] = {}


@lru_cache(maxsize=2048)
def _cut(text: str) -> tuple[str, ...]:
    load_segmenter()
    import jieba.posseg

    out = []
    for pair in jieba.posseg.cut(text, HMM=True):
        _tags.setdefault(pair.word, pair.flag)
        out.append(pair.word)
    return tuple(out)


def tag(word: str) -> str:
    """jieba's part of speech for a word of a cut title ("m" for numbers and dates, "x" when
    unknown)."""
    if word and (word[0].isdigit() or word.startswith("第") or CN_DATE.fullmatch(word)):
        return "m"
    return _tags.get(word, "x")


_PLACE = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{2,3}?[省市县区州盟旗])")


_CPPCC = re.compile(r"^(?:中国人民政治协商会议|政协)[\u4e00-\u9fff]{2,3}?([省市县区州盟旗])委员会$")


def level_form(name: str) -> str:
    """A unit's name as a post or a list writes it, its place cut to the level: 云岭县人大常委会
    → 县人大常委会, 云岭县人民政府 → 县人民政府, 政协云岭县委员会 → 县政协; "" when there is none (a
    name without a place; 中共云岭县委员会, whose 县委 is its 简称, gives no 县委员会)."""
    if m := _CPPCC.match(name):
        return m.group(1) + "政协"
    m = _PLACE.match(name)
    if m is None:
        return ""
    rest = name[m.end():]
    return m.group(1)[-1] + rest if len(rest) >= 2 and not rest.startswith("委员会") else ""


def directory_terms() -> list[str]:
    """Unit names (and short names) from the 通讯录 of the open database, or none."""
    try:
        from officedesk.store.db import database
        from officedesk.store.models import Unit

        if database.obj is None:
            return []
        rows = cast("list[tuple[str, str]]", list(Unit.select(Unit.name, Unit.short_name).tuples()))
        return [name for pair in rows for name in pair if name]
    except Exception:  # no database, no table yet: titles still break at jieba's words
        log.debug("通讯录单位名称不可用", exc_info=True)
        return []


_terms_for: object = None
_terms_at = 0.0
REFRESH_SECONDS = 60.0  # a 通讯录 edited while the program runs is seen within a minute


def _load_directory_terms() -> None:
    """Per open database (again after a minute): its unit names become terms no title line
    splits."""
    global _terms_for, _terms_at
    try:
        from officedesk.store.db import database

        current = database.obj
    except Exception:
        return
    now = time.monotonic()
    if current is None or (current is _terms_for and now - _terms_at < REFRESH_SECONDS):
        return
    _terms_for, _terms_at = current, now
    add_terms(directory_terms())


def is_unit_name(text: str) -> bool:
    """Whether ``text`` is a unit's name (or short name) of the open database's 通讯录, or one
    taught by ``add_terms``."""
    if len(text) < 2:
        return False
    _load_directory_terms()
    return text in _extra_terms


_names: frozenset[str] = frozenset()
_names_for: object = None
_names_at = 0.0


def person_names() -> frozenset[str]:
    """The personal names of the open database's 通讯录 (read per database, again after a
    minute): no line of running text or cell splits one."""
    global _names, _names_for, _names_at
    try:
        from officedesk.store.db import database

        current = database.obj
    except Exception:
        return _names
    now = time.monotonic()
    if current is None or (current is _names_for and now - _names_at < REFRESH_SECONDS):
        return _names
    _names_for, _names_at = current, now
    try:
        from officedesk.store.models import Person

        rows = cast("list[tuple[str]]", list(Person.select(Person.name).tuples()))
        _names = frozenset(n for (n,) in rows if n and 2 <= len(n) <= 4) | _added_names
    except Exception:
        log.debug("通讯录人名不可用", exc_info=True)
        _names = frozenset(_added_names)
    return _names


_added_names: frozenset[str] = frozenset()


def names_in(text: str, names: frozenset[str]) -> list[str]:
    """The personal names of ``names`` (2–4 characters) that occur in ``text``: looked up by
    the text's own pieces, not by the names (a 通讯录 holds thousands)."""
    if not names:
        return []
    found = {text[i : i + n] for i in range(len(text) - 1) for n in (2, 3, 4)
             if text[i : i + n] in names}
    return sorted(found)


def add_names(names: Iterable[str]) -> None:
    """Names to keep whole besides the 通讯录's (attendees typed in by hand)."""
    global _added_names, _names
    new = frozenset(n for n in names if n and 2 <= len(n) <= 4)
    _added_names |= new
    _names |= new


def protected_spans(text: str, keep: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of text that no line may split."""
    spans: list[tuple[int, int]] = [m.span() for m in PROTECTED.finditer(text)]
    for m in _DOC_NUMBER.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < 5 and "\u4e00" <= text[start - 1] <= "\u9fff" \
                and text[start - 1] not in _NOT_CODE:
            start -= 1
        spans.append((start, m.end()))
    for word in keep:
        if len(word) < 2:
            continue
        start = text.find(word)
        while start >= 0:
            spans.append((start, start + len(word)))
            start = text.find(word, start + 1)
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _occurrences(text: str, word: str) -> list[tuple[int, int]]:
    out = []
    start = text.find(word)
    while start >= 0:
        out.append((start, start + len(word)))
        start = text.find(word, start + 1)
    return out


def _crosses(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The spans overlap and neither holds the other."""
    return a[0] < b[1] and b[0] < a[1] and not (a[0] <= b[0] and b[1] <= a[1]) \
        and not (b[0] <= a[0] and a[1] <= b[1])


def _term_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where the terms stand in ``text``, less those that cut a longer word: a short name (县委)
    found inside 依法治县委员会 or across a longer term's edge is no word there; the longer
    word (委员会, the full name) is kept whole instead."""
    found = [span for term in terms if len(term) >= 2 for span in _occurrences(text, term)]
    found += [span for word in _BOUND_TERMS for span in _occurrences(text, word)]
    return [span for span in found
            if not any(_crosses(span, other) and other[1] - other[0] > span[1] - span[0]
                       for other in found)]


def latin_spans(text: str) -> list[tuple[int, int]]:
    """Where the runs of Latin letters and digits stand that no title line may split."""
    out: list[tuple[int, int]] = []
    for m in _LATIN_RUN.finditer(text):  # over 16 characters: a sentence, cut at its spaces
        found = [m] if len(m.group(0)) <= 16 else list(re.finditer(_LATIN_WORD, m.group(0)))
        at = 0 if found[0] is m else m.start()
        out += [(at + w.start(), at + w.end()) for w in found if w.end() - w.start() > 1]
    return out


def title_words(text: str, keep: Sequence[str] = ()) -> list[str]:
    """The title cut into pieces no line may split: the protected spans, 《》 titles (split only
    by the caller when too long), Latin runs (AI+5G), the office's terms and jieba's words."""
    _load_directory_terms()
    terms = [t for t in (*FIXED_TERMS, *_extra_terms, *keep) if t in text]
    spans = _merge([*protected_spans(text), *_term_spans(text, terms), *latin_spans(text),
                    *fixed_spans(text), *quote_spans(text)])
    spans = _merge(spans + [m.span() for m in _BOOK.finditer(text)])
    pieces: list[str] = []
    pos = 0
    for start, end in spans:
        if start > pos:
            pieces.extend(_cut(text[pos:start]))
        pieces.append(text[start:end])
        pos = end
    if pos < len(text):
        pieces.extend(_cut(text[pos:]))
    return glue_brackets(glue_prefixes(glue_party(glue_organs(_glue_places(
        [p for p in pieces if p]))), lambda w: tag(w) in NOUNISH))


_ADMIN_SUFFIX = frozenset("省市县区州盟旗镇乡")
_BODY_AFTER_LEVEL = frozenset("委直")  # 县委, 市委, 县直: the level is the word's, not the place's


_UNIT_ENDS = ("局", "部", "委", "办", "院", "厅", "室", "处", "所", "站", "队", "校", "馆",
              "中心", "政府", "委员会", "联合会", "协会", "工会", "商会", "报社", "合作社")
UNIT_GLUED = 8  # a unit name of a 县/市 … up to this many characters (县民族宗教事务局) stays whole


def _glue_places(pieces: list[str]) -> list[str]:
    """A place name keeps its 县 / 市 / 区 …: jieba cuts 云岭县 as 云岭 + 县 (a line must not
    end in 云岭 and start with 县); the glued word is a place name too. A 县 / 市 … standing
    alone, with no place before it, begins the name after it (副部长、县 / 民族宗教事务局 left
    县 dangling at a line's end): it is glued to the next word, and through to the unit's
    ending (…局, …委, …中心) when that name is short enough to stay whole (UNIT_GLUED)."""
    out: list[str] = []
    at = 0
    while at < len(pieces):
        piece = pieces[at]
        at += 1
        if piece in _ADMIN_SUFFIX and out and tag(out[-1]) == "ns":
            out[-1] += piece
            _tags.setdefault(out[-1], "ns")
        elif (len(piece) > 1 and piece[0] in _ADMIN_SUFFIX and piece[1] not in _BODY_AFTER_LEVEL
              and out and (tag(out[-1]) == "ns" or out[-1] + piece[0] in _extra_terms)):
            # a unit kept also as 县人力资源和社会保障局 taught jieba a word that starts with 县:
            # 云岭 / 县人力资源和社会保障局 gives the 县 back to its place (not 县委, 县直: words)
            out[-1] += piece[0]
            _tags.setdefault(out[-1], "ns")
            out.append(piece[1:])
        elif piece in _ADMIN_SUFFIX and at < len(pieces) and _CJK_ONLY.match(pieces[at]):
            end = at + 1  # the next word at least; the unit's name when it ends soon enough
            for last in range(at, len(pieces)):
                if not _CJK_ONLY.fullmatch(pieces[last]):
                    break
                if len(piece + "".join(pieces[at:last + 1])) > UNIT_GLUED:
                    break
                if pieces[last].endswith(_UNIT_ENDS):
                    end = last + 1
                    break
            out.append(piece + "".join(pieces[at:end]))
            at = end
        else:
            out.append(piece)
    return out


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=2048)
def inner_words(piece: str) -> tuple[str, ...]:
    """A word that is itself several words (a unit's name of the 通讯录 taught whole by
    ``add_terms``, 管理委员会, 人力资源), cut at those words, never left whole: for a line too
    narrow for it (云岭县 / 人力资源和 / 社会保障局, not 云岭县人 / 力资源和). jieba's best
    route through the piece without the edge that spans all of it. A piece with digits, Latin
    letters, or one jieba cannot cut, comes back as its characters; marks (（林业和草原局）)
    part it, each run of Chinese between them cut as a title's words are."""
    if len(piece) < 2 or any(c.isascii() and c.isalnum() or c.isdigit() for c in piece):
        return tuple(piece)
    if not _CJK_ONLY.fullmatch(piece):
        parts: list[str] = []
        quotes = [q for q in quote_spans(piece) if q != (0, len(piece))]  # kept whole
        for m in re.finditer(r"[\u4e00-\u9fff]+|[^\u4e00-\u9fff]", piece):
            inside = next((q for q in quotes if q[0] <= m.start() < q[1]), None)
            if inside is not None:
                if m.start() == inside[0]:
                    parts.append(piece[inside[0]:inside[1]])
                continue
            parts.extend(_cut(m.group(0)) if len(m.group(0)) > 1 else [m.group(0)])
        return tuple(_glue_places(parts)) if len(parts) > 1 else tuple(piece)
    jb = load_segmenter()
    import jieba.posseg

    tokenizer = jb.dt
    dag = tokenizer.get_DAG(piece)
    n = len(piece)
    dag[0] = [end for end in dag[0] if end != n - 1] or [0]
    route: dict[int, tuple[float, int]] = {}
    tokenizer.calc(piece, dag, route)
    out: list[str] = []
    single = ""  # a run of characters the route leaves single: jieba's HMM may join them
    x = 0
    while x <= n:
        y = route[x][1] + 1 if x < n else n + 1
        if x < n and y - x == 1:
            single += piece[x]
        else:
            if single:
                out.extend(_cut(single) if len(single) > 1 and single != piece else single)
                single = ""
            if x < n:
                out.append(piece[x:y])
        x = y
    if len(out) < 2:
        return tuple(piece)
    # an organ kept whole for titles (人力资源和社会保障局) at its own words in a narrow cell
    out = [w for word in out for w in (inner_words(word) if word in AND_ORGANS else (word,))]
    tags = jieba.posseg.dt.word_tag_tab
    for word in out:
        _tags.setdefault(word, tags.get(word, "x"))
    glued = _glue_places(out)
    if len(glued) < 2:  # 县 / 卫生健康委员会 glued whole (UNIT_GLUED) yet wider than its line:
        k = max(range(len(out)), key=lambda k: len(out[k]))  # 县卫生 / 健康 / 委员会
        glued = []
        for part in [*out[:k], *_cut(out[k]), *out[k + 1:]]:  # a lone 县 with the next word
            if glued and glued[-1] in _ADMIN_SUFFIX:
                glued[-1] += part
            else:
                glued.append(part)
    return tuple(glued) if len(glued) > 1 else tuple(piece)


def glue_marks(pieces: Sequence[str]) -> list[str]:
    """Pieces with each closing mark joined to the piece before it and each opening mark to
    the piece after it (避头尾: no line may start or end with one)."""
    from officedesk.printing.layout import NO_END, NO_START

    glued: list[str] = []
    for piece in pieces:
        if glued and (piece[0] in NO_START or glued[-1][-1] in NO_END):
            glued[-1] += piece
        else:
            glued.append(piece)
    return glued


def split_wide(text: str, fits: Callable[[str], bool]) -> list[tuple[str, float]]:
    """A piece wider than a line (a word, with the marks glued to it) cut into pieces, each
    with the cost of a break after it: at the word's own words (云岭县 / 人力资源 …, cost 0),
    those still too wide again, at last between characters (cost 3); the marks stay with
    their neighbour (党组 / 书记、, never 党组书记 / 、). The last piece's cost is the caller's."""
    from officedesk.printing.layout import NO_END, NO_START

    i, j = 0, len(text)
    while i < j and text[i] in NO_END:
        i += 1
    while j > i and text[j - 1] in NO_START:
        j -= 1
    if any(q != (0, len(text)) for q in quote_spans(text)):
        i, j = 0, len(text)  # a short quote inside keeps its marks: cut around it whole
    core = text[i:j]
    if len(core) < 2:
        return [(text, 0.0)]  # one character and its marks: nothing to cut
    parts = list(inner_words(core))
    cost = 0.0
    if len(parts) < 2 or all(len(p) == 1 for p in parts):
        parts, cost = list(core), 3.0  # no words inside: between any two characters
    parts = glue_marks(parts)
    parts[0] = text[:i] + parts[0]
    parts[-1] += text[j:]
    out: list[tuple[str, float]] = []
    for k, part in enumerate(parts):
        sub = split_wide(part, fits) if part != text and not fits(part) else [(part, 0.0)]
        sub[-1] = (sub[-1][0], cost if k < len(parts) - 1 else 0.0)
        out.extend(sub)
    return out
