"""Import: check every row first (no database writes, no lock), then write the good rows in one
transaction. A row that is a record already (by its 编号 or natural key) is reported, skipped,
used to update that record, or added anyway, as the caller chose.

The two phases are `import_checks.check_rows` (pure checks and matching) and the writes:
`import_rows.write_rows` (one savepoint per row so a rule refusing one row leaves nothing
behind) or, for new records only, `import_batch.import_batch` (core.batch, in bulk)."""

from __future__ import annotations

import contextlib
import operator
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from officedesk.core import batch, converters, read_once, record_guards, state_facts, typed_numbers
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import details, headers, identity, import_rows, notes, stale
from officedesk.exchange.common import Progress
from officedesk.exchange.import_batch import all_new_and_batchable, import_batch
from officedesk.exchange.import_checks import check_rows
from officedesk.exchange.import_in_order import check_in_order, in_order_new
from officedesk.exchange.import_linked import import_linked, linking_rows
from officedesk.exchange.import_mixed import import_mixed, mixed_and_preparable
from officedesk.exchange.reading import NoHeaders, Sheet, read_rows
from officedesk.exchange.report import (
    MATCH_CHOICES,
    MATCH_REFUSE,
    MATCH_UPDATE,
    ImportReport,
    RowProblem,
    template_where,
)
from officedesk.store.db import guarded, write_transaction


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
    with batch.cycle_collection_paused(), details.counting_back(spec, history) as counted:
        report = _import_file(spec, path, actor, dry_run, skip_bad, progress, on_match, history)
    details.tell_brought(spec, counted, report)
    report.problems.sort(key=lambda problem: problem.row)  # as the sheet lists its rows
    return report


def in_number_order(spec: RegistrySpec, rows: list[tuple[int, dict[str, Any]]]) -> list[tuple[int, dict[str, Any]]]:
    """The rows in the order of the numbers they bring, when every row brings one of the
    registry's own form and its typed numbers follow the sequence (收文编号, 发文字号): an
    exported register lists them newest first, and taken in the order of the file every row
    but one jumped ahead of the sequence. A file where some rows are to be issued their number
    keeps its order (a number issued to one row, the next typed on the following one)."""
    kind = spec.typed_number_kind
    if not (kind and spec.number_field and typed_numbers.follows_sequence(kind)) or len(rows) < 2:
        return rows
    label = spec.by_label(spec.number_field).label
    keyed = []
    for number, raw in rows:
        parsed = typed_numbers.parse_number(kind, typed_numbers.tidy_number(str(raw.get(label) or "")))
        if parsed is None:
            return rows
        keyed.append((parsed, number))
    order = sorted(range(len(rows)), key=keyed.__getitem__)
    return [rows[index] for index in order]


def _sheet(spec: RegistrySpec, path: str | Path) -> tuple[Sheet, int, list[tuple[int, str]]]:
    """The first sheet read from its header row — the first, or one lower down below a title
    row (2026年收文登记簿), whose rows above are not data: returned to be named in the report."""
    try:
        sheet = read_rows(path)
    except NoHeaders as exc:  # an empty first row: the headers may be lower down or elsewhere
        head = headers.lower_header_row(spec, exc.sheet)
        if head is not None:
            return read_rows(path, head), head, headers.rows_above(exc.sheet, head)
        hint = headers.placement_hint(spec, exc.sheet, path)
        if hint is None:  # the reader knows no registry: where its template is, said here
            raise ValidationError(text("%1%2。", exc.message, template_where(spec.name, spec.label))) from exc
        raise ValidationError(text("“%1”的第一行没有列标题。%2", Path(path).name, hint)) from exc
    head = headers.lower_header_row(spec, sheet)
    if head is None:
        return sheet, 1, []
    above = headers.rows_above(sheet, head)
    del sheet  # a big file is not held twice
    return read_rows(path, head), head, above


def _import_file(spec: RegistrySpec, path: str | Path, actor: Actor, dry_run: bool, skip_bad: bool,
                 progress: Progress | None, on_match: str, history: bool) -> ImportReport:
    record_guards.require_writer_of(spec, actor)
    sheet, head, above = _sheet(spec, path)
    report = notes.NotedReport(spec.name, spec.label, dry_run, skip_bad, on_match=on_match,
                               sheet=sheet.name if sheet.count > 1 else "")
    report.header_row, report.rows_above = head, above
    report.hidden_rows = list(sheet.hidden_rows)  # left out by the reading: the report names them
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
    read = [(index, field_spec.label) for index, field_spec in enumerate(columns) if field_spec is not None]
    labels, cells_of = [label for _, label in read], _cells_of([index for index, _ in read])
    for number, values in sheet.rows:
        if headers.totals_row(values):  # 合计 under the table: said, not imported
            report.totals_rows.append(number)
            continue
        problem = headless(number, values)
        if problem is not None:
            unheaded.append(problem)
        # label -> cell, the empty ones too to an update (a later column of the same label wins)
        cells = zip(labels, cells_of(values), strict=True)
        raw: dict[str, Any] = dict(cells) if updating else {label: v for label, v in cells if v is not None}
        # (a new row's cells are the filled ones; an update's, all of them)
        if problem is not None or (any(v is not None for v in raw.values()) if updating else raw):
            rows.append((number, raw))
            if id_column is not None and id_column < len(values) and values[id_column] is not None:
                record_cells[number] = values[id_column]
    del sheet  # its cells are in `rows` now: a big file's memory is not held twice
    report.total = len(rows)
    if not updating and not history:
        rows = in_number_order(spec, rows)
    if report.problems and not skip_bad:
        return report
    for problem in unheaded:  # its row is refused (skipped with skip_bad), as a bad cell's is
        report.add(problem)
    with guarded("导入"):
        # new records go to the batch check, which parses each cell (once); updates go row by row
        to_batch = on_match != MATCH_UPDATE and batch.supported(spec, [raw for _, raw in rows])
        own_office = identity.same_office(path)
        own_ids = id_column is not None and own_office
        # this office's mark holds whatever found the rows (记录号, 编号 or natural key): a sheet
        # without its 记录号 column, or a list's export, is checked as the whole register is
        later = stale.LaterChanges(spec, identity.workbook_mark(path)) if own_office and updating \
            else None
        with converters.compiled(spec):
            planned = check_rows(spec, rows, actor, report, on_match, parse=not to_batch,
                                 progress=progress, record_cells=record_cells, own_ids=own_ids,
                                 later=later)
            # a possible 重复信访 …: told with the report, for the new rows of the file
            with _past_register(history):  # a past 台账's meeting held: its clashes told (past_clashes)
                report.notes = notes.find(spec, [(p.row, p.raw) for p in planned if p.record is None],
                                          actor)
            # a new row's 得分 (recomputed): told once, not dropped silently; an update refuses
            # a changed one itself (edited.py)
            report.recomputed = notes.find_recomputed(spec, [(p.row, p.raw) for p in planned if p.record is None])
            # a date-only column's times of day: the dates kept, the report says so
            report.times_dropped = notes.find_times_dropped(spec, [(p.row, p.raw) for p in planned])
        # a record's sub-records on their own sheet (a 督查事项's tasks): a row whose are wrong
        # is refused with them
        given_details = details.given(spec, path, rows, report)
        # a past 台账's 反馈记录 comes back with its tasks; else a 反馈 typed into it is told
        brought = details.read_back(spec, path, rows, given_details, report) if history and not updating else []
        details.tell_shown_unread(spec, path, rows, actor, report, brought)
        details.refuse_stale(spec, given_details, rows, actor, later, report)
        planned = [p for p in planned if p.row not in report.bad_rows]
        linking = linking_rows(spec, planned) if history and not updating else None
        if in_order_new(spec, planned):
            # rows naming each other (a 续报 and its 首报) checked in memory first, in the order
            # their writing takes them, with no lock: a dry run, or a file refused whole, ends here;
            # the good rows are then written as checked (an import's progress only hears a cancel
            # in the check: its writing shows how far it is)
            heard = progress if dry_run or progress is None else _cancel_only(progress)
            with details.holding(given_details), _past_register(history):
                done = check_in_order(spec, planned, actor, report, dry_run, heard, linking, progress, skip_bad)
            if done is not None:
                return done
        if all_new_and_batchable(spec, planned):
            # a 督查事项's tasks ride along with it; a past 台账's rows are checked and marked
            # as one by one
            with details.holding(given_details), _past_register(history):
                done = import_batch(spec, planned, actor, report, dry_run, skip_bad, progress)
            if done is not None:
                return done
        if linking is not None:
            # a past 台账's 续报 of 首报 of the file: the rest by the batch, they after it, one lock
            with details.holding(given_details), _past_register(history):
                done = import_linked(spec, planned, linking, actor, report, dry_run, skip_bad, progress)
            if done is not None:
                return done
        if updating and given_details is None and mixed_and_preparable(spec, planned, history):
            # corrected rows and new ones: each checked as its own path checks it, no lock
            done = import_mixed(spec, planned, actor, report, dry_run, skip_bad, progress)
            if done is not None:
                return done
            planned = [p for p in planned if p.row not in report.bad_rows]
        prepared = None
        detail_rows = rows  # the rows whose sub-records (a 督查事项's tasks) are written
        # nothing is written until the lock: the records the rows name and their sub-records
        # (a 督查事项's tasks) are read once for the checks below, not once for each
        with read_once.reading():
            # (no row left to write: the sub-record sheet may still change some, told likewise)
            moved = details.changing_rows(spec, given_details, rows, actor, report) \
                if updating and (import_rows.preparable(spec, planned, history) or not planned and not history) \
                else None
            if moved is not None:
                # corrections `edit` would save, checked before the lock (a dry run or a file refused
                # by row takes none; a 续报 and its 首报 both corrected, the 续报 as the 首报's save
                # carries it: RegistrySpec.carries), but a record's whose sub-records the sheet
                # changes (a 督查事项's tasks) or whose link moves (a 续报's 首报): those go through
                # their steps under the lock, and only they; the sub-records' steps are checked
                # before it too where they can be (DetailSheet.check), each record as its row leaves it
                linked = import_rows.linked_rows(spec, planned)
                ahead = details.checkable(spec, given_details, moved - linked)
                moved |= linked
                prepared = import_rows.prepare_corrections(
                    spec, [p for p in planned if p.row not in moved or p.row in ahead], actor, report, progress)
                checked = details.check_changing(spec, given_details, [r for r in rows if r[0] in ahead],
                                                 actor, report, prepared) if ahead else details.Checked()
                planned = [p for p in planned if p.row not in report.bad_rows]
                steady = [p for p in planned if p.row not in moved or p.row in ahead]
                if given_details is not None:  # nothing of the others' to write (a task changed since is kept)
                    details.tell_kept(spec, given_details, [r for r in rows if r[0] not in moved], actor, report)
                    detail_rows = [r for r in rows if r[0] in moved and r[0] not in report.bad_rows]
                if dry_run or (report.problems and not skip_bad):
                    # told with no write; the rows that cannot be (theirs move, or a save of the
                    # registry's own with no check-only form) are written under the lock, then undone
                    moved = (moved - ahead) | import_rows.tell_prepared(spec, steady, prepared, report)
                    checked.tell(spec, report)
                    if not moved:
                        return _finished(report, dry_run, keep=False)
                    planned = [p for p in planned if p.row in moved]
                    detail_rows = [r for r in detail_rows if r[0] in moved]
                    prepared = {row: correction for row, correction in prepared.items() if row in moved}
                else:  # a record whose sub-records change is written with them, through its steps
                    prepared = {row: correction for row, correction in prepared.items() if row not in moved}
        if not planned and not (updating and given_details is not None and detail_rows):
            # nothing to write (every row refused, skipped or unchanged): told with no lock
            return _finished(report, dry_run, keep=not dry_run and (skip_bad or not report.problems))
        with _past_register(history), details.holding(given_details), write_transaction() as transaction:
            import_rows.write_rows(spec, planned, actor, report, progress, history, prepared)
            if updating:
                details.update_existing(spec, given_details, detail_rows, actor, report)
            keep = not dry_run and (skip_bad or not report.problems)
            if not keep:
                transaction.rollback()
    return _finished(report, dry_run, keep)


def _cells_of(indices: list[int]) -> Callable[[list[Any]], Sequence[Any]]:
    """A row's cells in these columns (None past its end), taken in one call a row."""
    if not indices:
        return lambda values: ()
    width = max(indices) + 1
    take = operator.itemgetter(*indices)
    single = len(indices) == 1

    def cells(values: list[Any]) -> Sequence[Any]:
        if len(values) < width:  # a short row (a reader that leaves out its empty end)
            values = values + [None] * (width - len(values))
        taken = take(values)
        return (taken,) if single else taken

    return cells


def _cancel_only(progress: Progress) -> Progress:
    """`progress` told nothing done (so its bar stays where it is), heard only to cancel."""
    return lambda done, total: progress(0, total)


@contextlib.contextmanager
def _past_register(history: bool) -> Iterator[None]:
    """`import --history`: rows in any state that carries its facts (state_facts), and numbers
    given elsewhere, claimed as they come in any order (a plain import's follow the sequence,
    row after row, as `add` does)."""
    if not history:
        yield
        return
    with typed_numbers.history_import(), state_facts.importing_history():
        yield


def _finished(report: ImportReport, dry_run: bool, keep: bool) -> ImportReport:
    if not keep and not dry_run:
        report.ids, report.imported, report.updated = [], 0, []
        report.skipped = report.total
    elif not dry_run:
        report.skipped = len(report.bad_rows - {1})
    if dry_run:
        report.dry_run_done()
    return report
