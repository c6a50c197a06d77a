"""The guards a registry's records pass before they are read or written: who may write a
registry (`require_writer_of`: a writer, and for a registry kept by the administrator only the
administrator), who may see a record (`level_of`, `ensure_visible`: its 密级 against the actor's
clearance), which fields typed input may name (`refuse_step_fields`: not a step's) and the
密级 a record made from another may take (`keep_level_floor`, a rule's helper, with `pick`).
core.records calls them on every create, read, update and delete; a batch and an import call
them before they read their rows."""

from __future__ import annotations

from typing import Any

from officedesk.core import actor as actor_module
from officedesk.core.actor import Actor, clearance_of
from officedesk.core.errors import HiddenRecordError, ValidationError
from officedesk.core.i18n import text
from officedesk.core.registry import RegistrySpec

# Ids are kept in a signed 64-bit integer (SQLite's INTEGER, PostgreSQL's bigint): a larger
# one names no record, and would make the driver fail (OverflowError) rather than find none.
ID_MAX = 2**63 - 1


def id_in_range(record_id: Any) -> bool:
    try:
        return 1 <= int(record_id) <= ID_MAX
    except (TypeError, ValueError):
        return False


def require_writer_of(spec: RegistrySpec, actor: Actor) -> None:
    """The writer's guard for one registry: a registry kept by the administrator
    (`spec.admin_only`, the 职级 table) refuses everyone else too."""
    actor_module.require_writer(actor)
    if spec.admin_only:
        actor_module.require_admin(actor, spec.admin_only)


def level_of(spec: RegistrySpec, record: Any) -> int:
    if spec.level_field is None:
        return 0
    return clearance_of(getattr(record, spec.level_field, "") or "")


def not_found_message(spec: RegistrySpec, record_id: Any) -> str:
    return text("没有找到记录号（id）为 %1 的%2记录。", record_id, spec.label)


def withheld(spec: RegistrySpec, record: Any, actor: Actor) -> bool:
    """Whether the record does not exist for the actor whatever his clearance (RegistrySpec.withheld:
    a 效能投诉 for whom it complains of)."""
    return spec.withheld is not None and bool(spec.withheld(actor, record))


def may_see(spec: RegistrySpec, record: Any, actor: Actor) -> bool:
    """Whether the actor may see the record: within his clearance and not withheld from him."""
    return level_of(spec, record) <= actor.clearance and not withheld(spec, record, actor)


def ensure_visible(spec: RegistrySpec, record: Any, actor: Actor) -> None:
    """A record above the actor's clearance, or withheld from him, is not found (README: by no
    path): answered as an id that does not exist is, so that trying ids does not tell which are
    classified (or which complaints name him)."""
    if not may_see(spec, record, actor):
        raise HiddenRecordError(not_found_message(spec, record.id))


def refuse_step_fields(spec: RegistrySpec, raw: dict[str, Any]) -> None:
    """A correction naming a field that only a procedure step sets (状态, 签发人, 得分 …)."""
    for key in raw:
        field = spec.by_label(str(key))
        if not field.correctable:
            raise ValidationError(
                text("“%1”由办理步骤记录，不能直接修改。请按步骤办理（窗口的“办理”，或命令 officedesk step）。",
                     field.label), field.name)


def imported_step_fact(label: str, field: str) -> ValidationError:
    """import --update of a cell a procedure step records (a 信访's 状态 and its facts, a 督查
    task's 进度): refused, the clerk told to put the value back and take the step."""
    return ValidationError(text("“%1”由办理步骤记录，导入更新不能修改它。请恢复原值后再导入，在窗口"
                                "中按步骤办理。", label), field)


def keep_level_floor(values: dict[str, Any], existing: Any, field: str, floor: int,
                     refusal: str, *, given: bool) -> None:
    """Derived records inherit (a rule's helper): a record made from another carries its text,
    so its 密级 (`field`) is never below the source's level `floor`. A lower one given on
    purpose is refused with `refusal` (“{label}” is the source's 密级); otherwise it becomes
    the source's."""
    if clearance_of(pick(values, existing, field) or "") >= floor:
        return
    label = actor_module.secrecy_label(floor)
    if given:
        raise ValidationError(refusal.format(label=label), field)
    values[field] = label


def pick(values: dict[str, Any], existing: Any, name: str) -> Any:
    """A field's value after the change: the new one if given, else the stored one."""
    if name in values:
        return values[name]
    return getattr(existing, name, None) if existing is not None else None
