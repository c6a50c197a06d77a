"""Import: check every row first (no database writes, no lock), then write the good rows in one
transaction. A row that is a record already (by its 编号 or natural key) is reported, skipped,
used to update that record, or added anyway, as the caller chose.

The two phases are `_check_rows` (pure checks and matching) and `_write_rows` (the writes: one
savepoint per row so a rule refusing one row leaves nothing behind)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee

from officedesk.core import (
    batch,
    converters,
    numbering,
    record_guards,
    records,
    state_facts,
    typed_numbers,
)
from officedesk.core.actor import Actor
from officedesk.core.errors import DatabaseError, OfficeDeskError, ValidationError
from officedesk.core.fields import parse_value
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import edited, headers, identity, matching, notes, row_identity, stale
from officedesk.exchange.cell_checks import cell_reason
from officedesk.exchange.common import Cancelled, ForeignNames, Progress
from officedesk.exchange.reading import UNREADABLE, MergedCell, NoHeaders, read_rows
from officedesk.exchange.report import (
    MATCH_ADD,
    MATCH_CHOICES,
    MATCH_REFUSE,
    MATCH_SKIP,
    MATCH_UPDATE,
    ImportReport,
    RowChange,
    RowProblem,
    template_where,
)
from officedesk.store.db import database, guarded, write_transaction

# ---------------------------------------------------------------- headers


def _column_label(spec: RegistrySpec, name: str | None) -> str:
    if not name:
        return ""
    for field_spec in spec.fields:
        if name in (field_spec.name, field_spec.label):
            return field_spec.label
    if spec.number_kind and spec.number_field and name == numbering.KINDS[spec.number_kind].label:
        # a typed number's refusal names its kind (效能投诉编号): said in the number's column
        return spec.field(spec.number_field).label
    return name


def _integrity_reason(spec: RegistrySpec, exc: Exception) -> tuple[str, str]:
    text = str(exc)
    lowered = text.lower()
    for field_spec in spec.fields:
        if f".{field_spec.name}" in lowered or f"({field_spec.name})" in lowered:
            if "unique" in lowered or "duplicate" in lowered:
                return field_spec.label, f"“{field_spec.label}”与已有记录重复。"
            return field_spec.label, f"“{field_spec.label}”不符合数据库的要求：{text}"
    if "unique" in lowered or "duplicate" in lowered:
        return "", "与已有记录重复。"
    return "", f"数据库拒绝了这一行：{text}"


# ---------------------------------------------------------------- phase 1: check


@dataclass
class _Planned:
    row: int
    raw: dict[str, Any]  # label -> cell value, as `add` takes them
    record: Any = None  # the record to update (None: create)
    diff: edited.Diff | None = None


def _check_rows(
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
) -> list[_Planned]:
    """Every cell's checks and the matching, without writing anything (new rows' values are
    parsed here unless `parse` is False: the batch check parses them). `record_cells`: the
    rows' 记录号 cells (row -> cell), which find their records only when `own_ids` (the
    workbook is this office's own export: identity.py); `later`: the changes made to records
    since the workbook was exported (a row reverting one is refused: stale.py)."""
    planned: list[_Planned] = []
    seen_keys: dict[tuple[Any, ...], int] = {}
    names = ForeignNames()
    record_cells = record_cells or {}
    ids = row_identity.record_ids(record_cells, report) if own_ids else {}
    matcher = matching.Matcher(spec, actor, own_ids)
    if on_match != MATCH_ADD:
        matcher.prepare([raw for _, raw in rows], list(ids.values()))
    for index, (number, raw) in enumerate(rows):
        # no figure to show yet (the batch counts its own checks), but a cancel is heard
        if progress is not None and index % 5000 == 4999 and progress(0, 2 * len(rows)) is False:
            raise Cancelled("已取消导入，没有写入任何数据。")
        errors = [(label, v) for label, v in raw.items() if isinstance(v, UNREADABLE)]
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
        if found is None:
            if on_match == MATCH_UPDATE and spec.number_field and _given(spec, raw, spec.number_field):
                label = spec.field(spec.number_field).label
                report.add(
                    RowProblem(
                        number,
                        label,
                        f"没有{label}为“{_given(spec, raw, spec.number_field)}”的{spec.label}"
                        "（或您无权查看），无法更新。",
                    )
                )
                continue
            values = {k: v for k, v in raw.items() if v is not None}
            if _cells_ok(spec, values, number, report, creating=True, parse=parse):
                planned.append(_Planned(number, values))
            continue
        report.matched += 1
        if on_match == MATCH_REFUSE:
            column = "" if "＋" in found.by else found.by
            report.add(
                RowProblem(
                    number,
                    column,
                    f"与已有的{spec.label}{found.describe(spec)}重复（{found.by}相同）。",
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
        if change.refused or not _cells_ok(spec, checked, number, report, creating=False):
            continue
        if not change.changes:
            report.unchanged += 1
            continue
        reverting = later.reason(found.record.id, change.changes) if later is not None else None
        if reverting is not None:
            report.add(RowProblem(number, "", reverting))
            continue
        planned.append(_Planned(number, change.changes, found.record, change))
    return planned


def _cells_ok(
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
    if not parse and not (creating and state_facts.voided_row(spec, values)):
        by_label = spec.by_label
        if all(cell_reason(by_label(label), value, creating) is None for label, value in values.items()):
            return True
    ok = True
    voided = creating and state_facts.voided_row(spec, values)
    if voided:  # 已作废 is no state a record is made in: it is made, then voided (state_facts)
        try:
            state_facts.check_voided(spec, values)
        except ValidationError as exc:
            report.add(RowProblem(number, _column_label(spec, exc.field), exc.message))
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


# ---------------------------------------------------------------- phase 2: write


def _write_rows(
    spec: RegistrySpec,
    planned: list[_Planned],
    actor: Actor,
    report: ImportReport,
    progress: Progress | None,
    history: bool = False,
) -> None:
    """Create or update each planned row in its own savepoint (inside the caller's transaction)."""
    # a row naming another new row of the file by its 编号 (a 续报's first report) after it
    order = matching.link_order(spec, [(row.raw, row.record is None) for row in planned])
    planned = [planned[index] for index in order]
    order = matching.updates_after_their_links(spec, [row.record for row in planned])
    planned = [planned[index] for index in order]
    total = len(planned)
    for done, row in enumerate(planned, start=1):
        record = _write_row(spec, row, actor, report)
        if record is not None and row.record is None:
            report.imported += 1
            report.ids.append(record.id)
            if history:
                state_facts.mark_imported(spec, record, actor)
        elif record is not None and row.diff is not None:
            title = getattr(record, spec.title_field, "") or ""
            number = getattr(record, spec.number_field, "") if spec.number_field else ""
            told = spec.update_notes(row.record, record) if spec.update_notes else {}
            report.updated.append(
                RowChange(row.row, record.id, f"{number or ''} {title}".strip(), row.diff.shown,
                          told)
            )
        if (
            progress is not None
            and (done % 100 == 0 or done == total)
            and progress(done, total) is False
        ):
            raise Cancelled("已取消导入，没有写入任何数据。")


def _refused_for_want_of_reason(row: _Planned, exc: OfficeDeskError, report: ImportReport) -> None:
    if exc.needs_reason:  # the window offers to give the reason (meetings.forcing)
        report.need_reason.append(row.row)


def _done_meanwhile(spec: RegistrySpec, row: _Planned, actor: Actor) -> Any:
    """An edited row's record as it is now, when a change since the row was checked already
    made every cell the row changes what the row says (a first report's correction carried its
    续报 along earlier in this import): nothing of the row to write, and nobody's change lost.
    None: the row is to be written (and refused as stale when the record changed otherwise)."""
    if row.record is None:
        return None
    current = records.get(spec, row.record.id, actor)
    if current.version == row.record.version:
        return None
    return current if edited.reached(spec, current, row.raw) else None


def _write_row(spec: RegistrySpec, row: _Planned, actor: Actor, report: ImportReport) -> Any:
    try:
        with database.atomic():  # a savepoint: a refused row leaves nothing behind
            if row.record is not None and spec.update_hook is not None:
                return spec.update_hook(row.record, row.raw, actor)
            done = _done_meanwhile(spec, row, actor)
            if done is not None:
                return done
            if row.record is not None:
                return records.update(
                    spec,
                    row.record.id,
                    row.raw,
                    row.record.version,
                    actor,
                    summary=f"导入更新{spec.label}：{'、'.join(row.raw)}",
                )
            def create(raw: dict[str, Any]) -> Any:
                if spec.create_hook is not None:
                    return spec.create_hook(raw, actor)
                return records.create(spec, raw, actor)

            if state_facts.voided_row(spec, row.raw):  # made, then voided: its number too
                return state_facts.create_voided(spec, row.raw, actor, create)
            return create(row.raw)
    except DatabaseError:
        raise
    except ValidationError as exc:
        _refused_for_want_of_reason(row, exc, report)
        report.add(RowProblem(row.row, _column_label(spec, exc.field), exc.message))
    except OfficeDeskError as exc:
        _refused_for_want_of_reason(row, exc, report)
        # a typed number refused (out of sequence, used …): said in its column
        column = spec.number_field if isinstance(exc, typed_numbers.NumberRefused) else None
        report.add(RowProblem(row.row, _column_label(spec, column), exc.message))
    except peewee.IntegrityError as exc:
        column, reason = _integrity_reason(spec, exc)
        report.add(RowProblem(row.row, column, reason))
    return None


# ---------------------------------------------------------------- batch write


def _batchable(spec: RegistrySpec, planned: list[_Planned]) -> bool:
    """New records only, of a registry core.batch can write in bulk (updates go row by row),
    none naming another row of the file (batch.supported)."""
    new = [r.raw for r in planned if r.record is None]
    return bool(new) and len(new) == len(planned) and batch.supported(spec, new)


def _import_batch(
    spec: RegistrySpec,
    planned: list[_Planned],
    actor: Actor,
    report: ImportReport,
    dry_run: bool,
    skip_bad: bool,
    progress: Progress | None,
) -> ImportReport | None:
    """Every planned row checked in memory (no lock; every bad cell named), then one bulk write
    (core.batch); nothing written while a row is bad, unless skip_bad. None when the database
    refuses what the checks let through: the row-by-row path then names the row."""
    # rows refused by the cell checks already: the rest are only checked, so that every
    # problem is named at once, and nothing is written
    check_only = dry_run or (bool(report.problems) and not skip_bad)
    try:
        ids, problems = batch.create_many(
            spec, [row.raw for row in planned], actor, progress=progress,
            skip_bad=skip_bad or check_only, dry_run=check_only,
        )
    except batch.RowsRefused as exc:
        ids, problems = [], exc.problems
    except batch.Cancelled as exc:
        raise Cancelled("已取消导入，没有写入任何数据。") from exc
    except (peewee.IntegrityError, batch.OneByOne):  # a row the batch cannot make: one by one
        return None
    for problem in sorted(problems, key=lambda p: p.index):
        report.add(
            RowProblem(planned[problem.index].row, _column_label(spec, problem.field), problem.message)
        )
    if dry_run:
        report.dry_run_done()
        report.imported = len(planned) - len({p.index for p in problems})
    elif check_only or (problems and not skip_bad):
        report.ids, report.imported = [], 0
        report.skipped = report.total
    else:
        report.ids, report.imported = ids, len(ids)
        report.skipped = len(report.bad_rows - {1})
    return report


# ---------------------------------------------------------------- the whole import


def import_file(
    spec: RegistrySpec,
    path: str | Path,
    actor: Actor,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
    *,
    on_match: str = MATCH_REFUSE,
    history: bool = False,
) -> ImportReport:
    """Check every row, then import them in one transaction; see ImportReport.summary().

    on_match: what to do with a row that is an existing record (by 编号 or natural key):
    "refuse" (report it; the default), "skip", "update" (apply the changed cells through the
    same rules and audit as the window), "add" (a new record anyway).
    history: an office's past 台账, rows in any state that carries its facts (state_facts),
    each marked as imported in its history."""
    if on_match not in MATCH_CHOICES:
        raise ValueError(on_match)
    with batch.cycle_collection_paused():
        return _import_file(spec, path, actor, dry_run, skip_bad, progress, on_match, history)


def _import_file(spec: RegistrySpec, path: str | Path, actor: Actor, dry_run: bool, skip_bad: bool,
                 progress: Progress | None, on_match: str, history: bool) -> ImportReport:
    record_guards.require_writer_of(spec, actor)
    try:
        sheet = read_rows(path)
    except NoHeaders as exc:  # an empty first row: the headers may be lower down or elsewhere
        hint = headers.placement_hint(spec, exc.sheet, path)
        if hint is None:  # the reader knows no registry: where its template is, said here
            raise ValidationError(f"{exc.message}{template_where(spec.name, spec.label)}。") from exc
        raise ValidationError(f"“{Path(path).name}”的第一行没有列标题。{hint}") from exc
    report = notes.NotedReport(spec.name, spec.label, dry_run, skip_bad, on_match=on_match,
                               sheet=sheet.name if sheet.count > 1 else "")
    updating = on_match == MATCH_UPDATE
    columns = headers.map_columns(spec, sheet, report, updating)
    if report.problems:  # say where the headers are, if they are elsewhere, not what is missing
        hint = headers.placement_hint(spec, sheet, path)
        if hint is not None:
            report.problems, report.bad_rows, report.unknown_headers = [], set(), []
            report.add(RowProblem(1, "", hint))
            report.misplaced = True
    rows: list[tuple[int, dict[str, Any]]] = []
    id_column = identity.record_id_column(sheet.headers)  # the records they were exported from
    record_cells: dict[int, Any] = {}
    headless, unheaded = headers.headless_check(sheet), []
    for number, values in sheet.rows:
        problem = headless(number, values)
        if problem is not None:
            unheaded.append(problem)
        raw: dict[str, Any] = {}
        for index, field_spec in enumerate(columns):
            if field_spec is None:
                continue
            value = values[index] if index < len(values) else None
            if value is not None or updating:
                raw[field_spec.label] = value
        if problem is not None or any(v is not None for v in raw.values()):
            rows.append((number, raw))
            if id_column is not None and id_column < len(values) and values[id_column] is not None:
                record_cells[number] = values[id_column]
    del sheet  # its cells are in `rows` now: a big file's memory is not held twice
    report.total = len(rows)
    if report.problems and not skip_bad:
        return report
    for problem in unheaded:  # its row is refused (skipped with skip_bad), as a bad cell's is
        report.add(problem)
    with guarded("导入"):
        # new records go to the batch check, which parses each cell (once); updates go row by row
        # a voided row is made and voided one by one (state_facts.create_voided)
        batchable = not history and not any(state_facts.voided_row(spec, raw) for _, raw in rows)
        to_batch = batchable and on_match != MATCH_UPDATE and batch.supported(spec, [raw for _, raw in rows])
        own_office = identity.same_office(path)
        own_ids = id_column is not None and own_office
        # this office's mark holds whatever found the rows (记录号, 编号 or natural key): a sheet
        # without its 记录号 column, or a list's export, is checked as the whole register is
        later = stale.LaterChanges(spec, identity.workbook_mark(path)) if own_office and updating \
            else None
        with converters.compiled(spec):
            planned = _check_rows(spec, rows, actor, report, on_match, parse=not to_batch,
                                  progress=progress, record_cells=record_cells, own_ids=own_ids,
                                  later=later)
            # a possible 重复信访 …: told with the report, for the new rows of the file
            report.notes = notes.find(spec, [(p.row, p.raw) for p in planned if p.record is None],
                                      actor)
        if batchable and _batchable(spec, planned):
            done = _import_batch(spec, planned, actor, report, dry_run, skip_bad, progress)
            if done is not None:
                return done
        # a past register's numbers were given elsewhere: claimed as they come, in any order;
        # a plain import's follow the sequence, row after row, as `add` does
        past = state_facts.importing_history() if history else contextlib.nullcontext()
        numbers = typed_numbers.history_import() if history else contextlib.nullcontext()
        with numbers, past, write_transaction() as transaction:
            _write_rows(spec, planned, actor, report, progress, history)
            keep = not dry_run and (skip_bad or not report.problems)
            if not keep:
                transaction.rollback()
    if not keep and not dry_run:
        report.ids, report.imported, report.updated = [], 0, []
        report.skipped = report.total
    elif not dry_run:
        report.skipped = len(report.bad_rows - {1})
    if dry_run:
        report.dry_run_done()
    return report
