"""保密: a record names only people cleared for its 密级 (README 安全: nobody holds what he may not
know). A name that is a user of the program (an active account, by its 姓名) whose 密级权限 is
below the record's 密级 is refused — as a 传阅 reader (documents.circulation), as a field a
registry declares to name people (RegistrySpec.named_people: 出席人员, 承办人, 责任人, 拟稿人 …),
on every create and save (records, batch import), and a record naming him is not raised above
him. A name that is no user of the program (a 通讯录 person, a paper reader) has no 密级权限
here: it is named, as 传阅 sends to him."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from officedesk.core import positions
from officedesk.core.actor import clearance_label, clearance_of, secrecy_label
from officedesk.core.errors import ValidationError
from officedesk.core.record_guards import level_of, pick

_TAIL = re.compile(r"[（(][^（）()]*[）)]\s*$")  # “吕小低（秘书科）”: the unit said with the name


def names_in(text: Any) -> list[str]:
    """The people a field's text names: split as lists are, without a unit said after a name."""
    names: list[str] = []
    for part in positions.split_names(str(text or "")):
        name = re.sub(r"\s+", "", _TAIL.sub("", part))
        if name and name not in names:
            names.append(name)
    return names


def uncleared(level: int, names: Iterable[str]) -> list[positions.Post]:
    """The users among `names` whose 密级权限 is below `level`."""
    wanted = set(names)
    if not level or not wanted:
        return []
    return [post for post in positions.all_posts() if post.label in wanted and post.clearance < level]


def _who(posts: list[positions.Post]) -> str:
    return "、".join(f"{post.label}（{clearance_label(post.clearance)}）" for post in posts)


def refuse_named(level: int, names: Iterable[str], label: str, field: str, doing: str = "") -> None:
    """The one rule: naming a user below `level` refused, the field by its `label` (“传阅”'s
    readers: label "" and doing “传阅给其”)."""
    below = uncleared(level, names)
    if below:
        raise ValidationError(
            f"这件的密级为{secrecy_label(level)}，{label}{_who(below)}的密级权限低于它，"
            f"不能{doing or '列为' + label}。请改选有相应密级权限的人，或请管理员调整其密级权限。",
            field)


def check_new(spec: Any, values: dict[str, Any]) -> None:
    """A new record (records.create, batch import): the people it names are cleared for it."""
    check_change(spec, None, values)


def check_change(spec: Any, existing: Any, values: dict[str, Any]) -> None:
    """A save (records.save_changes: edits, steps, import --update): the people it names anew
    are cleared for the record's 密级; a 密级 raised is above none of the people it names."""
    if not spec.named_people or spec.level_field is None:
        return
    level = clearance_of(pick(values, existing, spec.level_field) or "")
    if not level:
        return
    raised = existing is not None and level > level_of(spec, existing)
    for name, label in spec.named_people:
        if name not in values and not raised:
            continue
        before = set(names_in(getattr(existing, name, ""))) if existing is not None else set()
        now = names_in(pick(values, existing, name))
        refuse_named(level, [n for n in now if n not in before], label, name)
        kept = uncleared(level, [n for n in now if n in before]) if raised else []
        if kept:
            secrecy = secrecy_label(level)
            raise ValidationError(
                f"{label}{_who(kept)}的密级权限低于{secrecy}，这件{spec.label}不能定为{secrecy}。"
                f"请先改换{label}，或请管理员调整其密级权限。", spec.level_field)
