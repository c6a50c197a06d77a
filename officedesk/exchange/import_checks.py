"""An import's first phase: every row's cells checked and the row matched to a record, with no
database write and no lock (`check_rows`); what comes of it is the rows to write (`Planned`).
The writes: exchange.import_rows (row by row) and exchange.import_batch (in bulk)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from officedesk.core import batch, numbering, state_facts
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.fields import parse_value
from officedesk.core.i18n import text
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import edited, matching, row_identity, stale
from officedesk.exchange.cell_checks import cell_reason, no_reasons
from officedesk.exchange.common import Cancelled, ForeignNames, Progress
from officedesk.exchange.reading import UNREADABLE, MergedCell
from officedesk.exchange.report import (
    MATCH_ADD,
    MATCH_REFUSE,
    MATCH_SKIP,
    MATCH_UPDATE,
    ImportReport,
    RowProblem,
)


def column_label(spec: RegistrySpec, name: str | None) -> str:
    if not name:
        return ""
    for field_spec in spec.fields:
        if name in (field_spec.name, field_spec.label):
            return field_spec.label
    if spec.number_kind and spec.number_field and name == numbering.KINDS[spec.number_kind].label:
        # a typed number's refusal names its kind (效能投诉编号): said in the number's column
        return spec.field(spec.number_field).label
    return name


# the cells a reader gives (reading.normalise): a row of only these holds no UNREADABLE one
_PLAIN = frozenset((str, int, float, bool, dt.date, dt.datetime, type(None)))


@dataclass
class Planned:
    row: int
    raw: dict[str, Any]  # label -> cell value, as `add` takes them
    record: Any = None  # the record to update (None: create)
    diff: edited.Diff | None = None


def check_rows(
    spec: RegistrySpec,
    rows: list[tuple[int, dict[str, Any]]],
    actor: Actor,
    report: ImportReport,
    on_match: str,
    parse: bool = True,
    progress: Progress | None = None,
    record_cells: dict[int, Any] | None = None,
    own_ids: bool = False,
    later: stale.LaterChanges | None = None,
) -> list[Planned]:
    """Every cell's checks and the matching, without writing anything (new rows' values are
    parsed here unless `parse` is False: the batch check parses them). `record_cells`: the
    rows' 记录号 cells (row -> cell), which find their records only when `own_ids` (the
    workbook is this office's own export: identity.py); `later`: the changes made to records
    since the workbook was exported (a row reverting one is refused: stale.py)."""
    planned: list[Planned] = []
    seen_keys: dict[tuple[Any, ...], int] = {}
    updated_by: dict[int, int] = {}  # record id -> the file row that updates it
    names = ForeignNames()
    record_cells = record_cells or {}
    ids = row_identity.record_ids(record_cells, report) if own_ids else {}
    matcher = matching.Matcher(spec, actor, own_ids)
    if on_match != MATCH_ADD:
        matcher.prepare([raw for _, raw in rows], list(ids.values()))
    for index, (number, raw) in enumerate(rows):
        # no figure to show yet (the batch counts its own checks), but a cancel is heard
        if progress is not None and index % 5000 == 4999 and progress(0, 2 * len(rows)) is False:
            raise Cancelled(text("已取消导入，没有写入任何数据。"))
        errors = [] if _PLAIN.issuperset(map(type, raw.values())) else \
            [(label, v) for label, v in raw.items() if isinstance(v, UNREADABLE)]
        if errors:  # whatever else the row holds: such a cell is never read as anything
            merges = {v.where: label for label, v in reversed(errors) if isinstance(v, MergedCell)}
            for label, value in errors:
                if isinstance(value, MergedCell) and merges[value.where] != label:
                    continue  # a range across columns: named once, in its first column
                report.add(
                    RowProblem(number, label, cell_reason(spec.by_label(label), value, True) or "")
                )
            continue
        if number in report.bad_rows:  # its 记录号 is no record id
            continue
        twice = row_identity.seen_before(spec, raw, record_cells.get(number), number, seen_keys, matcher)
        if twice is not None:
            report.add(twice)
            continue
        found = (
            matcher.find(raw, ids.get(number), foreign_id=not own_ids and number in record_cells)
            if on_match != MATCH_ADD else None
        )
        if isinstance(found, matching.Refused):
            report.add(RowProblem(number, found.column, found.reason))
            continue
        if found is not None and on_match == MATCH_UPDATE:
            # one record by two rows' different keys (记录号 on one, 来文字号 on a row added
            # under it): the file says two things of it, neither taken over the other
            earlier = updated_by.setdefault(found.record.id, number)
            if earlier != number:
                report.add(RowProblem(number, "", text("与本文件第 %1 行是同一条%2。", earlier, spec.label)))
                continue
        if found is None:
            if on_match == MATCH_UPDATE and spec.number_field and _given(spec, raw, spec.number_field):
                label = spec.field(spec.number_field).label
                report.add(
                    RowProblem(
                        number,
                        label,
                        text("没有%1为“%2”的%3（或您无权查看），无法更新。",
                             label, _given(spec, raw, spec.number_field), spec.label),
                    )
                )
                continue
            values = {k: v for k, v in raw.items() if v is not None}
            if cells_ok(spec, values, number, report, creating=True, parse=parse):
                planned.append(Planned(number, values))
            continue
        report.matched += 1
        if on_match == MATCH_REFUSE:
            column = "" if "＋" in found.by else found.by
            report.add(
                RowProblem(
                    number,
                    column,
                    text("与已有的%1%2重复（%3相同）。", spec.label, found.describe(spec), found.by),
                )
            )
            continue
        if on_match == MATCH_SKIP:
            report.matched_skipped += 1
            continue
        change = edited.diff(spec, found.record, raw, actor, names)
        for label, reason in change.refused:
            report.add(RowProblem(number, label, reason))
        checked = {k: v for k, v in change.changes.items() if k not in change.listed}
        if change.refused or not cells_ok(spec, checked, number, report, creating=False):
            continue
        if not change.changes:
            report.unchanged += 1
            continue
        reverting = later.reason(found.record.id, change.changes) if later is not None else None
        if reverting is not None:
            report.add(RowProblem(number, "", reverting))
            continue
        planned.append(Planned(number, change.changes, found.record, change))
    return planned


def cells_ok(
    spec: RegistrySpec,
    values: dict[str, Any],
    number: int,
    report: ImportReport,
    creating: bool,
    parse: bool = True,
) -> bool:
    """Each given cell's own checks (an update checks only the cells it changes). Without
    `parse` the values are parsed later, once, by the batch check (which names every bad cell
    of a row as this does); a row refused here still has all its cells parsed, so every
    problem of it is named."""
    if not parse and not (creating and state_facts.voided_row(spec, values)) \
            and no_reasons(spec, values, creating):
        return True
    ok = True
    voided = creating and state_facts.voided_row(spec, values)
    if voided:  # 已作废 is no state a record is made in: it is made, then voided (state_facts)
        try:
            state_facts.check_voided(spec, values)
        except ValidationError as exc:
            report.add(RowProblem(number, column_label(spec, exc.field), exc.message))
            ok = False
    for label, value in values.items():
        field_spec = spec.by_label(label)
        if voided and value == state_facts.VOIDED and field_spec.name == _state_name(spec):
            continue
        reason = cell_reason(field_spec, value, creating)
        if reason is None and value is not None:
            try:
                parse_value(field_spec, value)
            except ValidationError as exc:
                reason = None if creating and batch.listed_values_parse(field_spec, value) else exc.message
        if reason is not None:
            report.add(RowProblem(number, label, reason))
            ok = False
    return ok


def _state_name(spec: RegistrySpec) -> str:
    from officedesk.core import lifecycle

    return lifecycle.LIFECYCLE[spec.name][0] if spec.name in lifecycle.LIFECYCLE else "state"


def _given(spec: RegistrySpec, raw: dict[str, Any], name: str) -> str:
    value = raw.get(spec.field(name).label)
    return "" if value is None else str(value).strip()
