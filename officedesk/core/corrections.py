"""What a correction may change: the rules `records.update` applies to typed input (the window's
修改/更正 form, import --update), and that the form reads to offer only what they accept.

Generic rules live here: the 密级 (保密: set within the actor's clearance, lowered only by an
administrator or a leader) and personal data (only by those who may see it). Each registry adds
its own in its core package, on its RegistrySpec:
- `correction_locks`: (record, actor) -> {field name, or ALL for the whole record: why it may
  not be corrected now} — the form leaves those fields out (ALL: it saves nothing);
- `correction_checks`: (record, changes after the registry's rules, actor) -> None, raising
  when the values may not be written (a date a deadline runs from: `clock_start`);
- `correction_route`: (fields, fn(record, values, actor) -> record) for fields another list
  keeps (a petition's first petitioner): written through it, so both rows agree.
Procedure steps write through `records.save_changes` and are not corrections; the rule of a 密级
change (`check_level`) holds there too, so no step changes it otherwise."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from officedesk.core import i18n, step_dates, told_texts
from officedesk.core.actor import ROLE_ADMIN, ROLE_LEADER, Actor, clearance_of, secrecy_label
from officedesk.core.errors import PermissionDeniedError, ValidationError

ALL = "*"  # a lock on the whole record

Locks = dict[str, str]


def locks(spec: Any, record: Any, actor: Actor) -> Locks:
    """The fields the actor may not correct on this record now, each with the reason (ALL: none
    at all)."""
    found: Locks = {}
    if not actor.can_write:
        found[ALL] = "您的账号是只读账号，不能修改记录。"
    for lock in spec.correction_locks:
        for name, reason in lock(record, actor).items():
            found.setdefault(name, reason)
    if not spec.sees_whole(actor):
        for field in spec.fields:
            if field.sensitive:
                found.setdefault(field.name, sensitive_refusal(field.label, spec.whole_readers()))
    for name, reason in told_texts.locks(spec, record, actor).items():  # written over by a mask
        found.setdefault(name, reason)
    return found


def refusal(spec: Any, record: Any, actor: Actor) -> str | None:
    """Why the record takes no correction from the actor at all (None: some fields may be)."""
    return locks(spec, record, actor).get(ALL)


def sensitive_refusal(label: str, readers: str = "管理员或领导") -> str:
    """Why a field masked for the actor is not his to correct; `readers`: who may see it whole
    (RegistrySpec.whole_readers: 效能投诉's 投诉人 also the section that handles complaints)."""
    return i18n.text("“%1”是个人信息，您的账号不能查看，也不能修改。请由能查看个人信息的%2更正。",
                     label, readers)


def refuse_locked(spec: Any, record: Any, names: Iterable[str], actor: Actor) -> None:
    """Refuse a correction naming a field locked for the actor (before the registry's rules,
    which may fill derived fields)."""
    found = locks(spec, record, actor)
    if ALL in found:
        raise PermissionDeniedError(found[ALL])
    for name in names:
        if name in found:
            raise ValidationError(found[name], name)


def check(spec: Any, record: Any, values: dict[str, Any], actor: Actor) -> None:
    """The value rules of a correction, on the changes as the registry's rules left them."""
    if spec.level_field is not None and spec.level_field in values:
        check_level(spec, record, values[spec.level_field], actor)
    _check_number_year(spec, record, values)
    for rule in spec.correction_checks:
        rule(record, values, actor)


def _check_number_year(spec: Any, record: Any, values: dict[str, Any]) -> None:
    """A number is of the year of the record's own date (`number_year`): a correction moving
    that date into another year would leave 收〔2026〕49号 on a 2025 收文. A number in a form of
    its own (brought from another system) names no year of ours and is left to the clerk."""
    from officedesk.core import typed_numbers

    if spec.number_year is None or not spec.number_field or not spec.number_kind:
        return
    number = values.get(spec.number_field, getattr(record, spec.number_field, None))
    parsed = typed_numbers.parse_number(spec.number_kind, str(number)) if number else None
    if parsed is None:
        return
    year = spec.number_year(AsChanged(record, values))
    if year == parsed[1] or year == spec.number_year(record):
        return  # the year stays (a number kept from before the rule is the clerk's to see)
    moved = next((name for name, value in values.items()
                  if isinstance(value, dt.date) and value != getattr(record, name, None)), None)
    label = next((f.label for f in spec.fields if f.name == moved), "日期")
    raise ValidationError(
        i18n.text("“%1”不能改到 %2 年：这条记录的编号“%3”是 %4 年的编号，编号"
                  "按年连续，随日期归入的年份。请核对“%1”；确属上一年（或下一年）的，请作"
                  "废这个编号后按该年重新登记，或联系管理员。",
                  label, year, number, parsed[1]), moved or spec.number_field)


# ---------------------------------------------------------------- 密级 (保密)

def may_lower(actor: Actor) -> bool:
    """降密/解密 is a decision (定密责任人's), not a clerk's correction."""
    return actor.role in (ROLE_ADMIN, ROLE_LEADER)


def level_choices(spec: Any, record: Any, actor: Actor) -> list[str]:
    """The 密级 the actor may give the record by a correction (its own always among them; a
    blank one is 非密)."""
    return [choice for choice in [""] + spec.field(spec.level_field).choice_list()
            if may_set_level(spec, record, choice, actor)]


def level_field(spec: Any, record: Any, actor: Actor) -> Any:
    """The 密级 field as a form offers it to the actor for this record: only the levels
    `check_level` lets him give it, and blank (非密) only where 非密 is one of them."""
    allowed = level_choices(spec, record, actor)
    field = spec.field(spec.level_field)
    return replace(field, choices=tuple(c for c in allowed if c),
                   required=field.required or "" not in allowed)


def may_set_level(spec: Any, record: Any, new: Any, actor: Actor) -> bool:
    try:
        check_level(spec, record, new, actor)
    except ValidationError:
        return False
    return True


def check_new_level(spec: Any, values: dict[str, Any], actor: Actor) -> None:
    """A new record's 密级: never above its maker's clearance (he would hold what he may not
    know, and the record would vanish from his view once saved)."""
    if spec.level_field is None:
        return
    level = clearance_of(values.get(spec.level_field) or "")
    if level > actor.clearance:
        raise ValidationError(
            i18n.text("不能登记密级为“%1”的%2：您的涉密权限只到“%3”。请交由涉密权限"
                      "不低于“%1”的人员登记。",
                      secrecy_label(level), spec.label, secrecy_label(actor.clearance)),
            spec.level_field)


def check_level(spec: Any, record: Any, new: Any, actor: Actor) -> None:
    """A 密级 change needs an actor cleared for both the old and the new level; lowering it
    (降密/解密) is for an administrator or a leader."""
    old_level = clearance_of(getattr(record, spec.level_field, "") or "")
    new_level = clearance_of(new or "")
    if new_level == old_level:
        return
    field = spec.level_field
    top = max(old_level, new_level)
    if top > actor.clearance:
        raise ValidationError(
            i18n.text("不能把密级定为“%1”：您的涉密权限只到“%2”，变更密级须由涉密权限"
                      "不低于“%3”的人员办理。",
                      secrecy_label(new_level), secrecy_label(actor.clearance), secrecy_label(top)), field)
    if new_level < old_level and not may_lower(actor):
        raise ValidationError(
            i18n.text("降低密级（由“%1”改为“%2”，即降密或解密）须由领导或管理员决定并"
                      "办理；请报请领导审定后由其更正。",
                      secrecy_label(old_level), secrecy_label(new_level)), field)


# ---------------------------------------------------------------- dates a deadline runs from

Overdue = Callable[[Any], bool]


class AsChanged:
    """The record as it will be after the changes (for a registry's own deadline code)."""

    def __init__(self, record: Any, values: dict[str, Any]) -> None:
        self._record, self._values = record, values

    def __getattr__(self, name: str) -> Any:
        if name in self._values:
            return self._values[name]
        return getattr(self._record, name)


def clock_start(field: str, label: str, later_steps: Callable[[Any], list[step_dates.Done]],
                overdue: Overdue | None = None) -> Callable[[Any, dict[str, Any], Actor], None]:
    """A correction check for a date a deadline runs from (登记日期, 收文日期 …): never after a
    later step of the record (`later_steps(record)`: (step, date)), and — but by an administrator,
    audited as every correction — never taking a record that is overdue now out of 逾期
    (`overdue(record)` on the record as stored and as it will be)."""

    def rule(record: Any, values: dict[str, Any], actor: Actor) -> None:
        if field not in values:
            return
        new, old = values[field], getattr(record, field, None)
        if new is None or new == old:
            return
        day = step_dates.day_of(new)
        for step, when in later_steps(record):
            if when is not None and step_dates.day_of(when) < day:
                raise ValidationError(
                    i18n.text("“%1”不能改为 %2：晚于这条记录的%3日期（%4），各步骤"
                              "按办理顺序。请核对“%1”；确属前面步骤的日期有误的，请联系管"
                              "理员。",
                              label, day.isoformat(), step, step_dates.day_of(when).isoformat()), field)
        if overdue is not None and actor.role != ROLE_ADMIN and overdue(record) \
                and not overdue(AsChanged(record, values)):
            raise ValidationError(
                i18n.text("这条记录现已逾期，把“%1”改为 %2 会使它不再计为逾期，不能这"
                          "样更正。逾期的请按步骤办理（需要延期的办理延期）；“%1”确属录入"
                          "错误的，请联系管理员更正（更正留痕）。",
                          label, day.isoformat()), field)

    rule.__name__ = f"clock_start_{field}"
    return rule
