"""回避: a 效能投诉 is not handled by whom it complains of. The 被投诉人 (a user whose 姓名 or
用户名 it is) and the members of the 被投诉单位 (users whose 岗位 is in that unit or one of its 内设机构) may not do its
steps (核查, 结论, 处理), have them recorded in their name (代录, --person), or correct it (修改,
which could take their own name off it). 登记 is not refused: it records what came in — but
not `add`/import of it in a later state, whose 核查, 结论 and 处理 would be recorded as the
importer's (`import_refusal`, in complaints.made: both import paths and `add`). Nor
does the 被投诉单位 check the complaint against itself: it may not be the 核查单位 (the 核查
step, `add`/import of a complaint in its state, a correction of the 被投诉单位: `verifier_rule`).

Declared once on the steps (StepSpec.who: `steps` and the window do not offer them) and held
by the core step functions and the registry's correction lock."""

from __future__ import annotations

from typing import Any

from officedesk.core import i18n, positions
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.record_guards import pick


def _same_unit(unit: str, complained: str, sections: bool = True) -> bool:
    """Whether `unit` is the complained unit — by its 名称 or 简称, or (`sections`) one of its
    内设机构 (县委办公室督查室 is in 县委办公室)."""
    if not unit or not complained:
        return False
    if unit == complained:
        return True
    from officedesk.core.directory import (  # a post may name the unit by its 简称
        unit_by_name,
        unit_of_section,
    )

    found = unit_by_name(unit)
    if found is not None:
        return bool(found.name == complained)
    if not sections:
        return False
    owner = unit_of_section(unit)
    return bool(owner) and _same_unit(owner, complained, sections=False)


def _named(name: str, person: str) -> bool:
    """Whether `name` stands in the 被投诉人 as written: one of several (王志远、李四), or with a
    title (王志远科长) — a name of two characters or more anywhere in it, a shorter one whole.
    A wider match only hides the complaint from one more person; a narrower one lets the person
    complained of handle it. withheld_where says the same in SQL."""
    return name == person or (len(name) >= 2 and name in person)


def _conflict(names: set[str], units: set[str], record: Any) -> str:
    """Why someone with these names and units is conflicted on the complaint ("" when not)."""
    person = str(getattr(record, "person", "") or "").strip()
    unit = str(getattr(record, "unit", "") or "").strip()
    if person and any(_named(name, person) for name in names):
        return i18n.text("是这件效能投诉的被投诉人（%1）", person)
    if any(_same_unit(u, unit) for u in units):
        return i18n.text("所在的%1是这件效能投诉的被投诉单位", unit)
    return ""


def _who_should(record: Any) -> str:
    unit = str(getattr(record, "unit", "") or "").strip()
    return f"请由{unit}以外、与投诉无关的工作人员办理" if unit else "请由与投诉无关的工作人员办理"


def _who(actor: Actor) -> tuple[set[str], set[str]]:
    """The actor's names (姓名, 用户名, his 岗位's name) and units (his 岗位's)."""
    names = {n for n in (actor.display_name, actor.username) if n}
    units: set[str] = set()
    post = positions.post_of(actor.username)
    if post is not None:
        names.add(post.name)
        units.add(post.unit)
    return names, units


def _of_actor(actor: Actor, record: Any) -> str:
    names, units = _who(actor)
    return _conflict(names, units, record)


def _complained_units(unit: str) -> set[str]:
    """Every 被投诉单位 `_same_unit(unit, …)` takes: the unit as written and, when the 通讯录 knows
    it, its 名称 — else, for a 内设机构, the unit it is in (as written and by its 名称)."""
    from officedesk.core.directory import unit_by_name, unit_of_section

    unit = (unit or "").strip()
    if not unit:
        return set()
    found = unit_by_name(unit)
    if found is not None:
        return {unit, found.name}
    owner = unit_of_section(unit)
    if not owner:
        return {unit}
    above = unit_by_name(owner)
    return {unit, owner} | ({above.name} if above is not None else set())


# 保护投诉人 (《信访工作条例》第四十七条: 检举、揭发材料不得透露、转给被检举、揭发的人员或者单位):
# a complaint does not exist for those who must recuse themselves from it — by no path (the
# list, searches, exports, papers, 工作台, history, links, a read by id). RegistrySpec.withheld
# and withheld_where carry the rule to record_guards and record_lists, which every path reads
# through. The 效能 figures still count it: a count per unit names no 投诉人.


def withheld(actor: Actor, record: Any) -> str:
    """RegistrySpec.withheld: why the actor may not see the complaint at all ("" when he may)."""
    return _of_actor(actor, record)


def registered_note(actor: Actor, record: Any) -> str:
    """What 登记 tells one who registered a complaint withheld from him (it leaves his list at
    once, so that he does not take it for lost and register it again); "" for anyone else."""
    why = _of_actor(actor, record)
    if not why:
        return ""
    if not anyone_may_handle(record):
        return i18n.text("效能投诉%1已登记。您%2；本机关能办理投诉的工作人员都应当回避，程序中无人能"
                         "办理这件投诉，它今后不向任何人显示。请按规定报上级机关或纪检监察机关处理。",
                         record.number or "", why)
    return i18n.text("效能投诉%1已登记。您%2，按回避和保护投诉人的规定，这件投诉今后不向您显示，"
                     "由与投诉无关的工作人员办理。", record.number or "", why)


def anyone_may_handle(record: Any) -> bool:
    """Whether some active user who may write is not conflicted on the complaint (one against
    the office itself, or the unit every 岗位 is in, leaves nobody)."""
    from officedesk.core.actor import ROLE_READONLY

    for post in positions.all_posts():
        names = {n for n in (post.name, post.username) if n}
        units = {post.unit} if post.unit else set()
        if post.role != ROLE_READONLY and not _conflict(names, units, record):
            return True
    return False


def withheld_where(actor: Actor) -> Any:
    """RegistrySpec.withheld_where: SQL taking the complaints the actor may see — the same set as
    `withheld` (the names and units compared as written), None when he may see every one."""
    import peewee

    from officedesk.store.db import is_sqlite
    from officedesk.store.efficiency import EfficiencyComplaint as C

    names, units = _who(actor)
    unit_names = set().union(*(_complained_units(u) for u in units)) if units else set()
    condition = None
    if unit_names:
        condition = C.unit.is_null() | C.unit.not_in(sorted(unit_names))
    position = peewee.fn.instr if is_sqlite() else peewee.fn.strpos  # (text, part): 0 when absent
    for name in sorted(names):  # _named: a name of two characters or more anywhere in it
        clause = C.person.is_null() | ((position(C.person, name) == 0) if len(name) >= 2
                                       else (C.person != name))
        condition = clause if condition is None else condition & clause
    return condition


def step_refusal(actor: Actor, record: Any) -> str | None:
    """StepSpec.who of every 效能投诉 step: a refusal for the 被投诉人 and his unit's members."""
    why = _of_actor(actor, record)
    if not why:
        return None
    return f"您{why}，应当回避，不能办理这件投诉的核查、结论和处理。{_who_should(record)}。"


def import_refusal(actor: Actor, values: dict[str, Any]) -> None:
    """`add`/import of a complaint in a later state than 登记 records its 核查, 结论 and 处理 as
    the importer's: refused (naming the column 状态) for the 被投诉人 and his unit's members."""
    from types import SimpleNamespace

    record = SimpleNamespace(person=values.get("person"), unit=values.get("unit"))
    why = _of_actor(actor, record)
    if not why:
        return
    raise ValidationError(
        i18n.text("您%1，应当回避：状态为“%2”的投诉导入后，其核查、结论和处理将记为由您"
                  "办理，您不能导入。请只登记（不填状态和核查、结论、处理各栏），%3。",
                  why, values.get('state'), _who_should(record).replace('请由', '或由', 1).replace('办理', '导入或办理')), "state")


def person_refusal(person: str, record: Any) -> str | None:
    """A step recorded for someone (代录, --person) who is conflicted on the complaint."""
    person = (person or "").strip()
    if not person:
        return None
    people = positions.people_named(person)
    units = {p.unit for p in people} if people and all(
        _same_unit(p.unit, str(record.unit or "")) for p in people) else set()
    why = _conflict({person}, units, record)
    if not why:
        return None
    return (f"经办人{person}{why}，应当回避，不能为其代录这件投诉的核查、结论和处理。"
            f"{_who_should(record)}。")


def refuse(actor: Actor, person: str, record: Any) -> None:
    """The core step functions' check: the actor, and whom a step is recorded for (代录)."""
    reason = step_refusal(actor, record) or person_refusal(person, record)
    if reason:
        raise ProcedureError(reason)


def correction_lock(record: Any, actor: Actor) -> dict[str, str]:
    """The 被投诉人 and his unit's members correct nothing of the complaint."""
    from officedesk.core.corrections import ALL

    why = _of_actor(actor, record)
    if not why:
        return {}
    return {ALL: f"您{why}，应当回避，不能修改这件投诉。{_who_should(record)}。"}


def _one_unit(verifier: str, complained: str) -> bool:
    """Whether the 核查单位 is the complained unit or within it (either may be named by its 简称;
    the 核查单位 may be a 内设机构 of it). A unit above a complained 科室 may check it."""
    return _same_unit(verifier, complained) or _same_unit(complained, verifier, sections=False)


def verifier_refusal(verifier: str, complained: str) -> str | None:
    """The 核查 of a complaint given to the unit it complains of."""
    verifier, complained = (verifier or "").strip(), (complained or "").strip()
    if not _one_unit(verifier, complained):
        return None
    return (f"核查单位不能是被投诉单位（{complained}）：被投诉单位应当回避，不能核查对自己的投诉。"
            "请交与投诉无关的单位（如其上级主管部门）核查。")


def verifier_rule(values: dict[str, Any], existing: Any) -> None:
    """A registry rule (after the units are kept by 名称): the 核查单位 a complaint is added or
    imported with, or the 被投诉单位 a correction gives it, is not the other."""
    verifier = str(pick(values, existing, "verifier_unit") or "").strip()
    complained = str(pick(values, existing, "unit") or "").strip()
    if not verifier or not complained or not _one_unit(verifier, complained):
        return
    if "verifier_unit" in values:
        raise ValidationError(str(verifier_refusal(verifier, complained)), "verifier_unit")
    raise ValidationError(
        i18n.text("被投诉单位（%1）就是这件投诉的核查单位：被投诉单位应当回避，不能核查对自"
                  "己的投诉。请核对被投诉单位。",
                  complained), "unit")
