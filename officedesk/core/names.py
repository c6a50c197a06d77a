"""People's names as stored, whatever field holds them (the 通讯录's 姓名, a user's 姓名, and
every field that names a person: 签发人, 拟稿人, 责任人, 批示领导, 信访人 …): clerks pad a
two-character name with a full-width space (王　伟) to align it with three-character ones in
their lists. That padding is layout, not part of the name: stored, it would keep 王伟 from
finding the record, the 通讯录 entry or the user it names."""

from __future__ import annotations

import re

# a Chinese character (CJK, extension A, compatibility, extensions B on) or a name's middle dot
_NAME_JOINED = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff·・•"
_NAME_PADDING = re.compile(f"(?<=[{_NAME_JOINED}]) (?=[{_NAME_JOINED}])")
_SPACES = re.compile(r"\s+")


def tidy_name(text: str) -> str:
    """A person's name as stored: trimmed at both ends (a full-width space too); spaces between
    two Chinese characters (张　三, aligned with three-character names in office lists) or beside
    a middle dot (买买提 · 艾力) are padding, not part of the name; other spaces (between Latin
    parts) are one half-width space. A list of names (张　三、李　四) is tidied name by name."""
    if not any(c.isspace() for c in text):
        return text
    return _NAME_PADDING.sub("", _SPACES.sub(" ", text.strip()))
