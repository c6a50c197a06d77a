"""A unit renamed in the 通讯录: the office settings that name it follow it.

Some settings name units of the 通讯录 as text — an approval chain's step `科长@秘书科`, the
信息科 of `info.section`, the 督查 office, the 纪检监察机关 petitions are sent to, the 主送 of the
效能 bulletin. Left under the old 名称 a chain step would find no holder and a paper would name
a unit that no longer exists. Each such setting declares, beside its own declaration, how its
value names units (`follows`: the whole value, a list, or its own syntax); the rename
(directory.UNIT_RENAMES, in its write transaction) rewrites them through `settings.put_many`,
so the change is checked and audited as any settings change, and `named` tells the rename's
question beforehand which settings follow.

Only a whole 名称 is replaced: a unit whose 名称 contains the old one (秘书科档案室) is another
unit, and the rest of a value — the other items, their order and separators, a chain's
positions and time limits — stays as written."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from typing import Any

from officedesk.core import directory, settings

# setting key -> rewrite(value, old 名称, new 名称) -> the value naming the new 名称
Rewrite = Callable[[str, str, str], str]
FOLLOWED: dict[str, Rewrite] = {}


def follows(key: str, rewrite: Rewrite) -> None:
    """Declare that setting `key` names units and how (beside the setting's declaration)."""
    FOLLOWED[key] = rewrite


def short_of_only(old: str, new: str) -> Callable[[str], bool]:
    """A test of a short name (秘书科 for 县委办公室秘书科, chain_holders.same_unit): it meant the
    unit `old` and no other the office knows, and would mean none under the new 名称 — left as it
    is, a chain step or a setting naming it would find nobody. Such a name follows the rename as
    the new 名称 whole. The office's units are read once a short name is tested."""
    from officedesk.core.chain_holders import same_unit

    others: list[str] | None = None

    def test(name: str) -> bool:
        nonlocal others
        if name == old or not same_unit(old, name) or same_unit(new, name):
            return False
        if others is None:
            others = [unit for unit in directory.known_unit_names() if unit not in (old, new)]
        return not any(same_unit(unit, name) for unit in others)

    return test


def whole_value(value: str, old: str, new: str) -> str:
    """A setting that is one unit's 名称, or a short name that meant only it (surrounding
    spaces kept)."""
    name = value.strip()
    if name == old or (name and short_of_only(old, new)(name)):
        return value.replace(name, new, 1)
    return value


def listed(separators: str) -> Rewrite:
    """A setting that lists units split on `separators`: each item that is `old` becomes `new`,
    every other character (items, separators, spaces) as it was. A line ends where its reader
    ends one (settings.list_items: wherever str.splitlines does)."""
    if "\n" in separators:
        separators += settings.LINE_BREAKS
    splitter = re.compile("([" + re.escape(separators) + "])")

    def rewrite(value: str, old: str, new: str) -> str:
        parts = splitter.split(value)
        for index in range(0, len(parts), 2):  # the items; the odd places are separators
            if parts[index].strip() == old:
                parts[index] = parts[index].replace(old, new, 1)
        return "".join(parts)

    return rewrite


def _declare_all() -> None:
    # a setting is declared in the module that uses it (some in printing): all of them first,
    # as whoever lists settings does
    from officedesk.declared_settings import declare_all

    declare_all()


def changes(old: str, new: str) -> dict[str, tuple[Any, str]]:
    """The settings naming `old`, with their values as they are and as they become (reads only)."""
    _declare_all()
    found: dict[str, tuple[Any, str]] = {}
    for key, rewrite in FOLLOWED.items():
        value = settings.get(key)
        renamed = rewrite(str(value or ""), old, new)
        if renamed != str(value or ""):
            found[key] = (value, renamed)
    return found


def named(old: str) -> list[str]:
    """The labels of the settings a rename of `old` changes, for the rename's question."""
    # a 名称 no unit has: the settings that name `old` show as changed
    return [settings.setting(key).label for key in changes(old, "\x00")]


# the new 名称 of a unit being renamed: a setting that follows it names a unit the office knows,
# though the 通讯录 may not say so yet (the check comes before the rename)
_ARRIVING: list[str] = []


def arriving() -> tuple[str, ...]:
    return tuple(_ARRIVING)


@contextlib.contextmanager
def _renaming(new: str) -> Iterator[None]:
    _ARRIVING.append(new)
    try:
        yield
    finally:
        _ARRIVING.pop()


def check_follow(old: str, new: str) -> None:
    """Refuse, before the rename's question, a new 名称 the settings that follow could not
    take (a chain would read it otherwise, a setting's own check): as their save would."""
    found = changes(old, new)
    if found:
        with _renaming(new):
            settings.check_many({key: after for key, (_before, after) in found.items()})


def follow_rename(old: str, new: str, actor: Any) -> None:
    found = changes(old, new)
    if not found:
        return
    try:
        with _renaming(new):
            settings.put_many({key: after for key, (_before, after) in found.items()}, actor)
    finally:
        # put_many caches what it wrote, but the rename's transaction may still roll back:
        # the next read goes to the table, which says what was kept
        settings.forget_cache()


directory.UNIT_RENAMES.append(follow_rename)
directory.RENAME_CHECKS.append(check_follow)
