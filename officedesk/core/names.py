"""People's names as stored, whatever field holds them (the 通讯录's 姓名, a user's 姓名, and
every field that names a person: 签发人, 拟稿人, 责任人, 批示领导, 信访人 …): clerks pad a
two-character name with a full-width space (王　伟) to align it with three-character ones in
their lists. That padding is layout, not part of the name: stored, it would keep 王伟 from
finding the record, the 通讯录 entry or the user it names."""

from __future__ import annotations

import re

# a Chinese character (CJK, extension A, compatibility, extensions B on) or a name's middle dot
_CHINESE = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_DOTS = "·・•"
_NAME_JOINED = _CHINESE + _DOTS
_NAME_PADDING = re.compile(f"(?<=[{_NAME_JOINED}]) (?=[{_NAME_JOINED}])")
_BESIDE_DOT = re.compile(f" ?([{_DOTS}]) ?")
_SPACES = re.compile(r"\s+")
_CHINESE_PART = re.compile(f"[{_CHINESE}]+")
_LIST_MARKS = re.compile("([、，,；;])")
# characters that show nothing: zero-width spaces and joiners, direction marks and overrides
# (U+202E shows a 文号 backwards), soft hyphens, invisible operators, the byte-order mark. A
# field's parse strips them (fields.CONTROL_CHARACTERS); pasted with a name from Word or a web
# page, the name is tidied without them, and searched so (store.search_words.query_text)
INVISIBLE = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
# the longest name clerks pad to align (王　伟, 欧阳　明): a longer run of Chinese words with a
# space between is a post and a name (县委书记 李建华), its space kept
PADDED_LONGEST = 4
# the two-character surnames a padded name may start with (欧阳　明): one word before the space
# that is not a single character reads as one name only after one of them
COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟",
    "闻人", "赫连", "澹台", "申屠", "太史", "公羊", "濮阳", "淳于", "单于", "仲孙", "钟离",
    "宗政", "拓跋", "东郭", "南门", "羊舌", "微生", "梁丘", "左丘", "东门", "第五",
})


def tidy_name(text: str) -> str:
    """A person's 姓名 as stored (the 通讯录's, a user's): trimmed at both ends (a full-width
    space too); spaces between two Chinese characters (张　三, aligned with three-character
    names in office lists) or beside a middle dot (买买提 · 艾力) are padding, not part of the
    name; other spaces (between Latin parts) are one half-width space; characters that show
    nothing (a zero-width space pasted with it) are no part of it."""
    if text.isprintable() and " " not in text:  # nothing to tidy (the common case)
        return text
    text = _INVISIBLE.sub("", text)
    return _NAME_PADDING.sub("", _SPACES.sub(" ", text.strip()))


def tidy_person(text: str) -> str:
    """A field that names a person (签发人, 批示领导, 责任人 …) as stored: each name of a list
    (张　三、李　四) trimmed, a short Chinese name's padding dropped (王　伟 → 王伟), no space
    beside a middle dot; a post before a name keeps one half-width space (县委书记　李建华 →
    县委书记 李建华), as Latin parts do; characters that show nothing are dropped."""
    if text.isprintable() and " " not in text:  # nothing to tidy (the common case)
        return text
    text = _INVISIBLE.sub("", text)
    parts = _LIST_MARKS.split(text.strip())
    return "".join(part if n % 2 else _one_person(part) for n, part in enumerate(parts))


def _one_name(words: list[str]) -> bool:
    """Chinese words with spaces between that read as one padded name, as 保密's reading of
    names does (cleared_names._spaced): a piece of one character (王　伟, 王　小明, 王　小　明),
    or a two-character surname and its given name (欧阳　明明) — at most PADDED_LONGEST
    characters in all. Two pieces of two characters (张三 李四) are no one name."""
    if len("".join(words)) > PADDED_LONGEST:
        return False
    return any(len(w) == 1 for w in words) or (len(words) == 2 and words[0] in COMPOUND_SURNAMES)


def _chinese_words(text: str) -> list[str]:
    """The words of one person's part, when it is Chinese words with spaces between (else [])."""
    text = _BESIDE_DOT.sub(r"\1", _SPACES.sub(" ", _INVISIBLE.sub("", text).strip()))
    words = text.split(" ")
    if len(words) > 1 and all(_CHINESE_PART.fullmatch(w) for w in words):
        return words
    return []


def spaced_people(text: str) -> str:
    """The part of a person field that is short Chinese words with a space between which read
    as no one name (张三 李四: two people? a post and a name?), as typed; "" when none. A form,
    an import or a step refuses it (fields.parse_value): 多人请用、分隔, one name is written
    without a space; a padded name (王　伟, 欧阳　明) and a post before a name (县委书记 李建华:
    longer than PADDED_LONGEST) are no such part."""
    if not _SPACES.search(text):  # no space of any width (the common case)
        return ""
    for part in _LIST_MARKS.split(text.strip())[::2]:
        words = _chinese_words(part)
        if words and len("".join(words)) <= PADDED_LONGEST and not _one_name(words):
            return part.strip()
    return ""


def _one_person(text: str) -> str:
    text = _BESIDE_DOT.sub(r"\1", _SPACES.sub(" ", text.strip()))
    words = text.split(" ")
    if len(words) > 1 and all(_CHINESE_PART.fullmatch(w) for w in words) and _one_name(words):
        return "".join(words)
    return text
