"""A 科室 a 岗位 names for the first time (core.positions.set_post): taken only when the caller
says it is new (`new_section`), so a misspelt one (督察室 for 督查室, 秘书课 for 秘书科) is not
silently made a section of its own whose holders get nothing of the real one's chain.

Known is what `directory.known_unit` resolves to without making anything: a unit of the 通讯录
(名称 or 简称), a unit of an active user's 岗位 (单位 or 分管), a known section of the office, or a
section of another organ (taken as written: the office keeps no record of those). An office
with no section known at all (its first 岗位) has nothing to misspell: its first one is taken."""

from __future__ import annotations

from officedesk.core import directory, unit_sections
from officedesk.core.errors import ValidationError


class NewSectionError(ValidationError):
    """A 岗位 names a 科室 the office does not know; `stem` says which and the close known ones
    (没有“督察室”这个科室，是不是“督查室”？), the caller says how to confirm it is new."""

    def __init__(self, stem: str, field: str | None, sections: list[str],
                 close: list[str] | None = None) -> None:
        super().__init__(stem + "如确是新科室，请确认新建。", field)
        self.stem = stem
        self.sections = sections
        self.close = close or []  # the known sections it may be a misspelling of

    def told(self, how: str) -> str:
        """The refusal ending in how the caller confirms (加 --new-section 再运行一次)."""
        return f"{self.stem}如确是新科室，请{how}。"


def _known_texts() -> list[str]:
    """The units of the posts and the office's known sections, as they are written."""
    office = unit_sections.office()
    found = list(directory._post_units())
    if office:
        found += unit_sections.known_sections(office)
    return list(dict.fromkeys(found))


def is_new(name: str) -> bool:
    """`name` (as `known_unit` keeps it) is no unit the office knows yet."""
    if not name or name in directory._recently("names", directory._read_unit_names):
        return False
    if name in directory._post_units():
        return False
    owner, _rest = unit_sections.split(name)
    # another organ's section, or a known section of the office, is no new one
    return not (owner and (owner != unit_sections.office() or unit_sections.section_of_unit(name)))


def _own(text: str) -> str:
    """The section's own name: 督查室 of 县委办公室督查室 (the office's 名称 or 简称 cut off)."""
    owner, rest = unit_sections.split(text)
    return rest if owner and owner == unit_sections.office() else text


def near(typed: str, known: str) -> bool:
    """Differ by one character (changed, added or left out), or by two neighbours swapped, or
    one holds the other (督查 in 督查室)."""
    if typed == known or len(typed) < 2 or len(known) < 2:
        return False
    if typed in known or known in typed:
        return True
    if len(typed) == len(known):
        diff = [i for i in range(len(typed)) if typed[i] != known[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and typed[diff[0]] == known[diff[1]]
                                  and typed[diff[1]] == known[diff[0]])
    short, long_ = sorted((typed, known), key=len)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def close_to(typed: str, limit: int = 3) -> list[str]:
    """The known sections `typed` may be a misspelling of, as they are written: sections only,
    never an organ of the 通讯录 (名称 or 简称) nor the organ `typed` begins with — 县委办公室法规科
    holds 县委办公室 but is no misspelling of it."""
    mine = _own(typed)
    organs = directory._recently("names", directory._read_unit_names)
    owner = unit_sections.split(typed)[0]
    return [s for s in _known_texts()
            if s not in organs and (not owner or s != owner)
            and (near(mine, _own(s)) or near(typed, s))][:limit]


def check(named: list[tuple[str, str, str]], new_section: bool) -> None:
    """Each (as typed, as `known_unit` keeps it, field) of a 岗位's 单位 and 分管: new ones are
    refused together unless `new_section`, or the office knows no section yet (its first 岗位)."""
    if new_section or not _known_texts():
        return
    new = [(typed, name) for typed, name, _field in named if is_new(name)]
    if not new:
        return
    field = next(f for _typed, name, f in named if is_new(name))
    said, near_ones = [], []
    for typed, _name in new:
        close = close_to(typed)
        near_ones += close
        guess = f"是不是“{'”或“'.join(close)}”？" if close else ""
        said.append(f"没有“{typed}”这个科室{'，' + guess if guess else '。'}")
    raise NewSectionError("".join(said), field, [name for _typed, name in new],
                          list(dict.fromkeys(near_ones)))
