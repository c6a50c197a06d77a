"""Which record a row of an import is, within the file: this office's 记录号 (the workbook's
own ids), and a row that is an earlier row of the file again."""

from __future__ import annotations

from typing import Any

from officedesk.core.i18n import text
from officedesk.core.lifecycle import LIFECYCLE, VOIDED
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import identity, matching
from officedesk.exchange.report import ImportReport, RowProblem


def _voided(spec: RegistrySpec, raw: dict[str, Any]) -> bool:
    """The row is of a voided record (its 状态 reads 已作废)."""
    state = LIFECYCLE.get(spec.name, (None,))[0]
    label = next((f.label for f in spec.fields if f.name == state), None) if state else None
    return label is not None and str(raw.get(label) or "").strip() == VOIDED


def record_ids(cells: dict[int, Any], report: ImportReport) -> dict[int, int]:
    """The 记录号 of this office's own workbook (row -> record id); a cell that holds no id is
    refused by row and column."""
    ids: dict[int, int] = {}
    for number, cell in cells.items():
        try:
            value = identity.parse_record_id(cell)
        except ValueError:
            report.add(RowProblem(
                number, identity.RECORD_ID,
                text("“%1”应是导出时的记录号（一个数字），现在是“%2”。请恢复原值；新增的一行请清空这一格。",
                     identity.RECORD_ID, str(cell))))
            continue
        if value is not None:
            ids[number] = value
    return ids


def seen_before(spec: RegistrySpec, raw: dict[str, Any], record_cell: Any, number: int,
                 seen: dict[tuple[Any, ...], int], matcher: matching.Matcher) -> RowProblem | None:
    """A row that is an earlier row of the file again: the same 记录号, 编号 or natural key.
    Rows of different 记录号 are different records, though they look alike (two drafts)."""
    given = "" if record_cell is None else str(record_cell).strip()
    keys: list[tuple[Any, ...]] = []
    if given:
        keys.append((identity.RECORD_ID, given))
        number_key = matcher.file_key(raw)
        if number_key is not None and spec.number_field and number_key[0] == (spec.number_field,) \
                and not _voided(spec, raw):
            # a number on two records of the file: but a voided record keeps the number that
            # was issued again on purpose (--reissue) to another
            keys.append(number_key)
    else:
        key = matcher.file_key(raw)
        keys += [key] if key is not None else []
    for key in keys:
        if key in seen:
            if key[0] == identity.RECORD_ID:
                return RowProblem(number, "", text("与本文件第 %1 行是同一条%2（“%3”相同；新增的一行请清空“%3”）。",
                                                   seen[key], spec.label, identity.RECORD_ID))
            return RowProblem(number, "", text("与本文件第 %1 行是同一条%2。", seen[key], spec.label))
    for key in keys:
        seen[key] = number
    return None
