"""A unit's rename (单位更名): an administrator's correction of a 通讯录 unit's 名称, checked as
a whole before the form asks (`check_rename`: the new 名称, the renamer, the 密级 of what follows,
`rename_effects`: what follows it), then saved in one transaction with the records that name
the unit (directory.UNIT_RENAMES) and the settings that do (settings_renamed)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from officedesk.core import settings_renamed
from officedesk.core.directory import RENAME_CHECKS, UNIT_LIST_SEPARATORS, UNIT_RENAMES, UNITS
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text


def rename_unit(unit: Any, values: dict[str, Any], actor: Any) -> Any:
    """A unit's correction (the form's 修改, import --update), saved in one piece; a changed
    单位名称 is checked as the form checks it before asking (`check_rename`) and then followed by
    the records that name the unit (UNIT_RENAMES), in the same transaction."""
    from officedesk.core import records

    old = unit.name
    new = str(values.get("name") or old).strip()
    if new != old:
        check_rename(unit, new, actor)
    unit = records.save_changes(UNITS, unit, values, unit.version, actor)
    if unit.name != old:
        try:
            for follow in UNIT_RENAMES:
                follow(old, unit.name, actor)
        except BaseException:
            from officedesk.core import settings

            settings.forget_cache()  # a setting read as renamed is rolled back with the rest
            raise
    return unit


def may_rename(old: str, new: str, actor: Any) -> None:
    """A rename moves the posts (单位, 分管) and every record naming the unit: an administrator's
    work, never into a 科室 the posts already hold (two would merge)."""
    from officedesk.core.actor import require_admin
    from officedesk.store.models import User

    require_admin(actor, "单位更名（更名后使用该单位的岗位和记录随之更改）")
    held = [user.display_name or user.username for user in User.select()
            if user.unit == new or new in UNIT_LIST_SEPARATORS.split(user.in_charge or "")]
    if held:
        named = text("%1等", held[:5]) if len(held) > 5 else held
        raise ValidationError(text(
            "“%1”已是岗位中的单位（%2的单位或分管）：把“%3”改成这个名称会把两个科室合并。"
            "如确要合并，请先在用户管理中逐个调整岗位；否则请换一个名称。", new, named, old), "name")


@dataclass(frozen=True)
class RenameEffects:
    """What a unit's rename changes with it: the users whose 岗位 (单位 or 分管) name it,
    per registry (its label) the records that do, those with none left out, and the labels of
    the office settings that name it (an approval chain's step, the 信息科 …)."""

    posts: int
    records: list[tuple[str, int]]
    settings: tuple[str, ...] = ()


def rename_effects(old: str, actor: Any) -> RenameEffects:
    """Reads only: the counts the form names before a rename of `old` is saved, from the columns
    each hook renames by (unit_renames.FOLLOWERS), and the settings that name it
    (settings_renamed.FOLLOWED). A record naming the unit above `actor`'s clearance is not
    counted: the rename is refused (ValidationError, as the save refuses it), so nobody learns
    how many such records there are."""
    from officedesk.core import registry, unit_renames

    posts, found = 0, []
    for follower in unit_renames.FOLLOWERS:
        named = unit_renames.owners(follower, old)
        unit_renames.refuse_above_clearance(follower.registry, old, named, actor)
        if follower.posts:
            posts += len(named)
        elif named:
            found.append((registry.get(follower.registry).label, len(named)))
    return RenameEffects(posts, found, tuple(settings_renamed.named(old)))


def check_rename(unit: Any, new: str, actor: Any) -> RenameEffects:
    """Everything the save refuses a rename of `unit` to `new` for, checked without writing: the
    new 名称 as the field and the unit rules check it, the renamer (`may_rename`) and the 密级
    of the records that follow (`rename_effects`). The save runs it (`rename_unit`), and the
    form before it asks; what follows the rename when it passes."""
    from officedesk.core import records
    from officedesk.core.fields import parse_value

    values = {"name": parse_value(UNITS.field("name"), new)}
    records.apply_rules(UNITS, values, unit)
    may_rename(unit.name, values["name"], actor)
    for check in RENAME_CHECKS:
        check(unit.name, values["name"])
    return rename_effects(unit.name, actor)


def check_renamed(unit: Any, values: dict[str, Any], actor: Any) -> dict[str, Any]:
    """What `rename_unit` refuses the correction for, checked with no write (a changed 名称 as
    `check_rename` checks it; the save's own checks are the caller's): the values it saves."""
    new = str(values.get("name") or unit.name).strip()
    if new != unit.name:
        check_rename(unit, new, actor)
    return values


# every field goes through it, so a correction stays one save (the 拼音 follows 名称 and 简称)
UNITS.correction_route = (frozenset({"name", "short_name", "parent", "pinyin"}), rename_unit)
UNITS.correction_route_check = check_renamed
_RENAME_IS_ADMINS = "单位更名会随之更改使用该单位的岗位和记录，须由管理员办理。"
# the form offers a clerk no 单位名称 to change (core refuses it in check_rename too)
UNITS.correction_locks.append(lambda unit, actor: {} if actor.is_admin else {"name": _RENAME_IS_ADMINS})
