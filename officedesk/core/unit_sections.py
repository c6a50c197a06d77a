"""The 内设机构 of a unit of the 通讯录, named as the unit's 名称 or 简称 then the section's
(县委办公室督查室, 县财政局办公室), as `directory.known_unit` takes them.

The office's own sections are known exactly: the units of the users' 岗位 and the 通讯录's units
that are sections of it (by their name, or under it as their 上级单位). A section of the office
named otherwise (县委办公室督察室 for its 督查室) is no unit: a step or a record of it would
belong to nobody. A section of another organ may be one the office keeps no record of: it is
taken as written. The office is the 通讯录 unit the setting 机关名称 names (by 名称 or 简称)."""

from __future__ import annotations

import difflib
from typing import Any

from officedesk.core import directory, i18n, settings
from officedesk.store.models import Unit


def _units() -> list[tuple[str, str, str]]:
    """(名称, 简称, 上级单位's 名称) of every unit of the 通讯录, read once a change."""

    def read() -> list[tuple[str, str, str]]:
        query: Any = Unit.select(Unit.id, Unit.name, Unit.short_name, Unit.parent).tuples()
        rows: list[tuple[int, str, str, int | None]] = list(query)
        names: dict[int | None, str] = {row[0]: row[1] for row in rows}
        return [(name, short or "", names.get(above, "")) for _id, name, short, above in rows]

    return list(directory._recently("unit_parents", read))


def split(text: str) -> tuple[str, str]:
    """(the 名称 of the 通讯录 unit `text` begins with, the section's name after it), the
    longest 名称 or 简称 it starts with (县委办公室督查室 is not 县委's); ("", "") for none."""
    if not text.endswith(directory.SECTION_ENDINGS):
        return "", ""
    best = ("", "", "")
    for name, short, _above in _units():
        for prefix in (name, short):
            rest = text[len(prefix):]
            if (len(prefix) >= 2 and text.startswith(prefix) and 2 <= len(rest) <= 12
                    and len(prefix) > len(best[0])):
                best = (prefix, name, rest)
    return best[1], best[2]


def office() -> str:
    """The 名称 of the 通讯录 unit the 机关名称 names; "" when it names none."""
    name = str(settings.get("org.name") or "").strip()
    for full, short, _above in _units():
        if name and name in (full, short):
            return full
    return ""


def known_sections(unit: str) -> list[str]:
    """The sections of `unit` the office knows, as they are written: the posts' units that are
    its sections (a bare 秘书科 is the office's own), the 通讯录's units named as its sections or
    kept under it."""
    found: list[str] = []
    for post in directory._post_units():
        owner = split(post)[0]
        if owner == unit or (not owner and unit == office() and post.endswith(directory.SECTION_ENDINGS)):
            found.append(post)
    for name, short, above in _units():
        if above == unit or split(name)[0] == unit or (short and split(short)[0] == unit):
            found.append(name)
    return list(dict.fromkeys(found))


def _section_name(written: str, unit: str) -> str:
    """The section's own name in `written` (督查室 of 县委办公室督查室)."""
    owner, rest = split(written)
    return rest if owner == unit else written


def section_of_unit(text: str, new: bool = False) -> str:
    """The section `text` names, by its unit's 名称 then the section's; "" when it is none: not
    a section of a 通讯录 unit, or a section of the office the office does not have (unless
    `new`: a 岗位 names the office's sections, the first one of a section too)."""
    unit, rest = split(text)
    if not unit or missing_organ(text):
        return ""
    if unit == office() and not new:
        names = {_section_name(s, unit) for s in known_sections(unit)}
        names |= {short for _name, short, above in _units() if short and above == unit}
        if rest not in names:
            return ""
    return unit + rest


def _key(text: str) -> tuple[str, str]:
    """(the organ's 名称, the section's own name) `text` names — 县委办公室督查室 and
    中共云岭县委办公室督查室 alike; a bare section name (督查室) is the office's."""
    owner, rest = split(text)
    if owner:
        return owner, rest
    return (office(), text) if office() and text.endswith(directory.SECTION_ENDINGS) else ("", text)


def one_section(names: list[str]) -> str:
    """The first of `names` when they are all one section written in different ways (the
    organ's 名称 or 简称 before it: the posts of an office may hold both); "" otherwise."""
    keys = {_key(name) for name in names}
    return names[0] if names and len(keys) == 1 and next(iter(keys))[0] else ""


def as_held(section: str) -> str:
    """A section as the posts already write it (县委办公室督查室 when one is so held and
    中共云岭县委办公室督查室 is typed): one section is not kept in two spellings."""
    key = _key(section)
    held = [post for post in directory._post_units() if key[0] and _key(post) == key]
    return held[0] if held else section


# the last character of an organ's short name (县委办, 县政府办, 组织部, 财政局, 纪委)
ORGAN_ENDINGS = ("办", "局", "委", "部", "院", "厅", "府")


def missing_organ(text: str) -> str:
    """The organ `text` names that the 通讯录 lacks, as written (县委办 of 县委办督查室, when the
    通讯录 has 县委 but no 县委办): after the 通讯录 unit it begins with comes more of an organ's
    name (办, 组织部) and then a section of three characters or more; "" otherwise. A unit's
    办公室 is its section, and so is a name one character off it or off a section the unit has
    (财政局办工室 is 县财政局's 办工室, no organ 财政局办: the longest organ known is read)."""
    unit, rest = split(text)
    if not unit or rest in {_section_name(s, unit) for s in known_sections(unit)} or _slip(unit, rest):
        return ""
    start = len(text) - len(rest)
    for i, char in enumerate(rest[:-2]):
        after = rest[i + 1:]
        if (char in ORGAN_ENDINGS and not rest.startswith("办公室", i) and len(after) >= 3
                and after.endswith(directory.SECTION_ENDINGS)):
            return text[:start + i + 1]
    return ""


def _slip(unit: str, rest: str) -> bool:
    """`rest` is one character off a section `unit` has, or off 办公室 (办工室): a section
    misspelt, not more of an organ's name (财政局办工室 is no 财政局办's 工室)."""
    from officedesk.core.post_sections import near

    names = {_section_name(s, unit) for s in known_sections(unit)} | {"办公室"}
    return any(len(n) == len(rest) and near(rest, n) for n in names)


def refuse_missing_organ(text: str, label: str, field: str | None) -> None:
    """A unit named by an organ the 通讯录 lacks is refused, saying what to do."""
    from officedesk.core.errors import ValidationError

    organ = missing_organ(text)
    if not organ:
        return
    # the 通讯录's organs, not the one it begins with: that one it is not (县委办 is no 县委)
    kept = directory._recently("names", directory._read_unit_names)
    close = [u for u in directory.close_units(organ, 8) if u in kept and u != split(text)[0]][:3]
    raise ValidationError(
        i18n.text("%1“%2”：通讯录中没有“%3”这个单位（是不是：%4？）。请先在通讯录的“单位”中添加“%3”"
                  "（或把它填作该单位的简称），或写通讯录中的名称（如 %5）。", label, text[:60], organ, close,
                  close[0] + text[len(organ):]) if close else
        i18n.text("%1“%2”：通讯录中没有“%3”这个单位。请先在通讯录的“单位”中添加“%3”（或把它填作该单位的简称），"
                  "或写通讯录中的名称（如 单位全称加科室名）。", label, text[:60], organ), field)


def close_sections(text: str, limit: int = 5) -> list[str]:
    """The office's sections whose name looks like the section `text` names, whole or bare
    (县委办公室督察室, 督察室: 县委办公室督查室)."""
    unit, rest = split(text)
    if not unit and text.endswith(directory.SECTION_ENDINGS):
        unit, rest = office(), text
    if not unit or unit != office():
        return []
    scored = [(difflib.SequenceMatcher(None, rest, _section_name(s, unit)).ratio(), s)
              for s in known_sections(unit)]
    return [s for score, s in sorted(scored, key=lambda p: -p[0]) if score >= 0.5][:limit]
