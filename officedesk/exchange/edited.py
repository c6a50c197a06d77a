"""What an edited row of an import --update changes in its record: each cell compared with the
record as export writes it (a cell left as exported, masked or typed otherwise, is no change)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from peewee import Model

from officedesk.core import converters, told_texts
from officedesk.core.actor import Actor
from officedesk.core.corrections import sensitive_refusal
from officedesk.core.fields import BOOL, FieldSpec, display, parse_value
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import cells as C
from officedesk.exchange.cell_checks import holds_mask, masked_reason
from officedesk.exchange.common import ForeignNames
from officedesk.exchange.report import cell_words


def _parse(spec: RegistrySpec, field_spec: FieldSpec, value: Any) -> Any:
    """A cell read as the import reads it: the field's own parser (raises on a bad cell)."""
    compiled = converters.active(spec)  # an import's check: parse_value's results, faster
    if compiled is not None and field_spec.name in compiled:
        return compiled[field_spec.name][1](value)
    return parse_value(field_spec, value)


def canonical(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):  # to the minute, as shown; midnight is the day itself
        value = (value + dt.timedelta(seconds=30)).replace(second=0, microsecond=0)
        return value.date() if value.time() == dt.time(0, 0) else value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def same(cell: Any, exported: Any) -> bool:
    return bool(canonical(cell) == canonical(exported))


UNREAD = object()  # a cell its field's parser refuses


def read_cell(spec: RegistrySpec, field_spec: FieldSpec, value: Any) -> Any:
    """The value an import would store for a cell, or UNREAD (the cell checks say why)."""
    if value is None or isinstance(value, str) and not value.strip():
        return None
    try:
        return _parse(spec, field_spec, value)
    except Exception:  # noqa: BLE001 - a bad cell is a change; import_checks.cells_ok names what is wrong
        return UNREAD


def _same_value(spec: RegistrySpec, field_spec: FieldSpec, value: Any, exported: Any) -> bool:
    """A cell's parsed value (`value`) is the exported one, read by the same parser: a date
    typed as text (2026.11.27, 2026/12/22) or a number in full-width digits (５) is no change."""
    if value is UNREAD:
        return False
    if same(value, exported):
        return True
    before = read_cell(spec, field_spec, exported)
    return before is not UNREAD and same(value, before)


def reached(spec: RegistrySpec, record: Any, cells: dict[str, Any]) -> bool:
    """Every cell (by label) reads as the record's value already (a linked record, or a cell
    its parser refuses, never does)."""
    for label, cell in cells.items():
        field_spec = spec.by_label(label)
        value = read_cell(spec, field_spec, cell)
        now = getattr(record, field_spec.name, None)
        if value is UNREAD or isinstance(now, Model) or not same(value, now):
            return False
    return True


def writable(spec: RegistrySpec, field_spec: FieldSpec) -> bool:
    """A column an update may write through records.update (not numbers, states, sub-records);
    a registry with an update_hook decides itself (it refuses what it cannot change)."""
    if spec.update_hook is not None:
        return field_spec.name != spec.number_field
    return (
        field_spec.correctable
        and field_spec.name != spec.number_field
        and field_spec.name in spec.model._meta.fields
    )


def _same_units(field_spec: FieldSpec, cell: Any, before: Any) -> bool:
    """A cell naming the record's units by 名称 or 简称, in the same order."""
    if field_spec.completer != "units" or not isinstance(cell, str) or not isinstance(before, str):
        return False
    from officedesk.core.directory import UNIT_LIST_SEPARATORS, unit_by_name

    def names(text: str) -> list[str]:
        parts = [part.strip() for part in UNIT_LIST_SEPARATORS.split(text) if part.strip()]
        return [getattr(unit_by_name(part), "name", part) for part in parts]

    return names(cell) == names(before)


@dataclass
class Diff:
    changes: dict[str, Any]  # label -> the cell's raw value, for records.update
    shown: dict[str, tuple[Any, Any]]  # label -> (before, after) for the report
    refused: list[tuple[str, str]]  # (label, reason): changed cells an update cannot write
    # changed cells listing one value per person (RegistrySpec.listed_cells): the update_hook
    # checks each place, so the cell checks leave them be
    listed: set[str] = field(default_factory=set)


def diff(
    spec: RegistrySpec, record: Any, raw: dict[str, Any], actor: Actor, names: ForeignNames
) -> Diff:
    """Compare a row with its record as export writes it. A cell left as exported (masked ID
    numbers and phones too, and an over-long text's beginning) is no change."""
    from officedesk.exchange.writing import export_values

    fields = spec.exchange_fields()
    masked = dict(
        zip([f.label for f in fields], export_values(spec, record, actor, names), strict=True)
    )
    result = Diff({}, {}, [])
    listed = spec.listed_cells(record, raw) if spec.listed_cells is not None else frozenset()
    full: dict[str, Any] = {}
    for label, cell in raw.items():
        field_spec = spec.by_label(label)
        if label not in masked or field_spec.name == spec.number_field:
            continue
        before = masked[label]
        if same(cell, before):
            continue
        if field_spec.sensitive and not spec.sees_whole(actor):
            # his export showed it masked: whatever he typed over it is refused alike, never
            # compared with the stored value (a right guess read as no change, a joint letter's
            # place too, told him the hidden digits)
            result.refused.append((label, sensitive_refusal(field_spec.label, spec.whole_readers())))
            continue
        if field_spec.sensitive and spec.sees_whole(actor):
            # exported unmasked and left as it was (a joint letter's column lists every
            # petitioner's values: compared as export wrote them, not as the first one's)
            full = full or dict(zip([f.label for f in fields], export_values(
                spec, record, actor, names, unmasked=True), strict=True))
            if same(cell, full[label]):
                continue
        if field_spec.name in spec.told_texts and told_texts.withholds(spec, record, field_spec.name):
            # a text holding personal data, exported told (core.told_texts): never written back
            # over the real one — refused to whom it is told, and from a row exported masked
            if same(cell, getattr(record, field_spec.name)):
                continue  # exported whole and left as it was
            if not spec.sees_whole(actor):
                result.refused.append((label, told_texts.refusal(spec, label)))
                continue
            if not _shown_whole(spec, record, raw):
                result.refused.append((label, told_texts.masked_row(spec, label)))
                continue
        if label in listed and isinstance(cell, str):
            # one value per person (a joint letter's petitioners, 、-separated): the registry's
            # update_hook splits it, checks and writes each place (a masked one kept as stored)
            result.changes[label] = cell
            result.listed.add(label)
            result.shown[label] = (None if before == "" else before, cell)
            continue
        value = read_cell(spec, field_spec, cell)
        if _same_value(spec, field_spec, value, before):
            continue  # the same value typed otherwise: the record is left as it is
        stored = (
            getattr(record, field_spec.name, None) if hasattr(record, field_spec.name) else None
        )
        if field_spec.sensitive and _same_value(
            spec, field_spec, value, display(field_spec, stored, True)
        ):
            continue  # exported unmasked and left as it was
        if _same_units(field_spec, cell, before):
            continue  # a unit by its 简称, stored (as the steps and imports keep it) by its 名称
        if (
            isinstance(stored, str)
            and len(stored) > C.EXCEL_CELL_LIMIT
            and same(cell, C.shortened(stored))
        ):
            continue  # the beginning of an over-long text, as exported
        if holds_mask(field_spec, cell, before):
            result.refused.append((label, masked_reason(field_spec, str(cell), creating=False)))
            continue
        if value is None and field_spec.name == spec.level_field:
            result.refused.append((label, _blank_level_reason(field_spec, before)))
            continue
        if not writable(spec, field_spec):
            result.refused.append(
                (
                    label,
                    f"“{label}”由系统生成或须在窗口中逐步办理，导入更新不能修改它"
                    f"（现为{cell_words(before)}，表中改为{cell_words(cell)}）。请恢复原值后再导入。",
                )
            )
            continue
        result.changes[label] = cell
        # shown as it will be stored (a date typed 2026.10.5 as 2026-10-05, ５ as 5; a 是/否
        # as the word, not the True it is stored as)
        shown = cell if value is UNREAD or value is None else \
            display(field_spec, value, True) if field_spec.kind == BOOL else value
        result.shown[label] = (None if before == "" else before, shown)
    return result


def _shown_whole(spec: RegistrySpec, record: Any, raw: dict[str, Any]) -> bool:
    """Whether the row shows the record's personal data whole (an unmasked export's): each
    sensitive field the record holds is a cell as stored. A row without one proves nothing."""
    for field_spec in spec.fields:
        stored = getattr(record, field_spec.name, None) if field_spec.sensitive else None
        if stored and not same(raw.get(field_spec.label), display(field_spec, stored, True)):
            return False
    return True


def _blank_level_reason(field_spec: FieldSpec, before: Any) -> str:
    """A 密级 cleared: no 解密 (a blank would be stored as 非密 while the report says 空白)."""
    choices = "、".join(field_spec.choice_list())
    return (
        f"“{field_spec.label}”不能留空（现为{cell_words(before)}）：请填写密级（{choices}）；"
        "解密请填“非密”（降低密级须由领导或管理员办理）。"
    )
