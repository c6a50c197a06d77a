"""The records in use that hold a number, found by the records' own number fields (not by the
编号台账): a number whose ledger row (issued_number) was deleted outside the program still has
its record, and is neither told as never issued (`check`'s 缺号) nor issued again by hand."""

from __future__ import annotations

from collections.abc import Iterable

from officedesk.core.i18n import text


def holders(kind: str, numbers: Iterable[str]) -> dict[str, tuple[str, int]]:
    """number -> (registry label, record id) of a record in use (not 作废) holding it."""
    from officedesk.core.lifecycle import LIFECYCLE, NUMBER_KINDS, VOIDED
    from officedesk.core.registry import all_registries, load_all

    wanted = sorted(set(numbers))
    found: dict[str, tuple[str, int]] = {}
    if not wanted:
        return found
    load_all()
    for spec in all_registries():
        if not spec.number_field or (spec.number_kind or NUMBER_KINDS.get(spec.name)) != kind:
            continue
        column = getattr(spec.model, spec.number_field)
        for start in range(0, len(wanted), 500):
            in_use = column.in_(wanted[start:start + 500])
            if spec.name in LIFECYCLE:
                in_use &= getattr(spec.model, LIFECYCLE[spec.name][0]) != VOIDED
            for number, record_id in spec.model.select(column, spec.model.id).where(in_use).tuples():
                found.setdefault(str(number), (spec.label, int(record_id)))
    return found


def held_refusal(kind: str, number: str, registry: str = "", record_id: int | None = None,
                 held: dict[str, tuple[str, int]] | None = None) -> str | None:
    """Why a number typed by hand may not be taken: a record in use holds it (other than the one
    it is typed for); None when none does. `held`: holders() of it read already (with others)."""
    from officedesk.core.numbering import KINDS
    from officedesk.core.registry import get

    found = (holders(kind, [number]) if held is None else held).get(number)
    if found is None:
        return None
    label, held_by = found
    if registry and record_id is not None and label == get(registry).label and held_by == record_id:
        return None
    # 保密: which record holds it is not said (it may be above the clearance); `check` says it
    return text("%1“%2”已有记录在用，不能重复使用（编号台账中没有它或记为作废，与记录不符：台账可能在程序之外被改动，请管理员运行 officedesk check 查明）。",
                KINDS[kind].label, number)
