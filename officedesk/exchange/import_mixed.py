"""`import --update` of a 台账 exported, corrected and added to: the edited rows checked as
corrections (`import_rows.prepare_corrections`, as `edit` checks them) and the new rows by the
batch (core.batch.check, as `add` checks them), both before the write lock; a dry run, or a
file refused by row, takes none. The new rows are staged before the lock as a plain import's
are (core.batch_write); under it they are copied in and the corrections saved, in one
transaction. Before, one new row sent the whole file through the row path under the lock:
10,000 corrections and 5,000 new 收文 held it 15 s, dry run too, and another workstation's
save failed after its 10 s wait.

A file whose new rows and edited rows meet (a 编号 or unique value on both, or on a new row
and the record an edited row had) goes one by one, in its order, as before: the checks apart
would each read the other's records as they were. A registry whose corrections are checked by
its own rules against the others (a 会议's schedule: RegistrySpec.prepare_update) has its rows
checked together, in the file's order (exchange.import_mixed_ordered)."""

from __future__ import annotations

from officedesk.core import batch, typed_numbers
from officedesk.core.actor import Actor
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import import_rows, matching
from officedesk.exchange.batch_then_rows import checked_new, nothing_written, write_then
from officedesk.exchange.common import Progress
from officedesk.exchange.import_checks import Planned
from officedesk.exchange.import_mixed_ordered import import_mixed_ordered
from officedesk.exchange.report import ImportReport
from officedesk.store.db import write_transaction


def mixed_and_preparable(spec: RegistrySpec, planned: list[Planned], history: bool) -> bool:
    """Edited and new rows, the edits corrections checked before the lock and the new rows the
    batch's (no link by number between the rows: a new 续报 of a 首报 corrected in the file)."""
    new = [row.raw for row in planned if row.record is None]
    edits = [row for row in planned if row.record is not None]
    # (a registry whose corrections are checked by its own rules against the others, a 会议's
    # schedule: prepare_update, has them checked with its new rows in the file's order)
    return (bool(new) and bool(edits) and (spec.prepare_update is None or spec.prepare_scope is not None)
            and import_rows.preparable(spec, edits, history) and batch.supported(spec, new)
            and not _rows_meet(spec, edits, new) and not _links_meet(spec, edits, new))


def _links_meet(spec: RegistrySpec, edits: list[Planned], new: list[dict]) -> bool:
    """A link by 编号 (RegistrySpec.links_by_number: a 续报's 首报) between the file's rows: a
    correction that moves a link or edits two records linked to each other (written under the
    lock, in order: import_rows.linked_rows), or a new row naming a record the file edits, or
    one an edited record links to (a 首报's correction carries its 续报 along, so a new 续报 is
    checked as the 首报's row leaves it), or naming a record by a bare id. One by one, in order."""
    if not spec.links_by_number or not spec.number_field:
        return False
    if import_rows.linked_rows(spec, edits):
        return True
    links = [spec.field(name).label for name in spec.links_by_number]
    named = {typed_numbers.tidy_number(str(raw.get(label) or "").strip()) for raw in new for label in links}
    named.discard("")
    if not named:
        return False
    if any(number.isdigit() for number in named):
        return True
    number_label = spec.field(spec.number_field).label
    touched = {str(getattr(row.record, spec.number_field, "") or "").strip() for row in edits}
    touched |= {str(row.raw.get(number_label) or "").strip() for row in edits}
    linked_ids = {matching.linked_id(getattr(row.record, name, None)) for row in edits for name in spec.links_by_number}
    linked_ids.discard(None)
    model, number_column, ids = spec.model, getattr(spec.model, spec.number_field), sorted(linked_ids)
    for start in range(0, len(ids), 500):  # a few hundred ids a query: any database takes them
        query = model.select(number_column).where(model.id.in_(ids[start:start + 500]))
        touched |= {str(number or "").strip() for (number,) in query.tuples()}
    return bool(named & {typed_numbers.tidy_number(number) for number in touched if number})


def _rows_meet(spec: RegistrySpec, edits: list[Planned], new: list[dict]) -> bool:
    """A 编号 or a unique column's value on a new row and on an edited row, or held by an edited
    row's record: which of them takes it depends on the rows' order."""
    model = spec.model
    fields = [name for name, column in model._meta.fields.items() if column.unique and not column.primary_key]
    fields += [spec.number_field] if spec.number_field else []
    labels = {name: spec.field(name).label for name in fields if name in {f.name for f in spec.fields}}
    for name, label in labels.items():
        brought = {typed_numbers.tidy_number(str(raw.get(label) or "").strip()) for raw in new}
        brought.discard("")
        if not brought:
            continue
        edited = {str(row.raw.get(label) or "").strip() for row in edits}
        edited |= {str(getattr(row.record, name, "") or "").strip() for row in edits}
        if brought & {typed_numbers.tidy_number(value) for value in edited}:
            return True
    return False


def import_mixed(spec: RegistrySpec, planned: list[Planned], actor: Actor, report: ImportReport,
                 dry_run: bool, skip_bad: bool, progress: Progress | None) -> ImportReport | None:
    """The edited rows and the new ones checked with no lock, then written under one (a
    correction the registry saves by its own update, a joint letter's lists, saved there as
    one by one; a dry run writes those rows alone under it, then undoes them). None when the
    batch leaves a row to the row path: the caller then writes the rows not refused one by
    one, under the lock."""
    if spec.prepare_update is not None:  # the registry's corrections met by its new rows (a 会议's)
        return import_mixed_ordered(spec, planned, actor, report, dry_run, skip_bad, progress)
    edits = [row for row in planned if row.record is not None]
    new = [row for row in planned if row.record is None]
    prepared = import_rows.prepare_corrections(spec, edits, actor, report, progress)
    good = checked_new(spec, new, actor, report, progress)
    if good is None:
        return None
    edits = [row for row in edits if row.row not in report.bad_rows]
    if dry_run or (report.problems and not skip_bad):
        untold = import_rows.tell_prepared(spec, edits, prepared, report)
        if untold:  # saved by a route of its own (a joint letter's lists): told by writing it, undone
            with write_transaction() as transaction:
                import_rows.write_rows(spec, [row for row in edits if row.row in untold], actor, report,
                                       progress, prepared={row: prepared[row] for row in untold if row in prepared})
                transaction.rollback()
        if not dry_run:
            return nothing_written(report)
        report.imported = len(good)
        report.dry_run_done()
        return report

    # the new rows staged before the lock, as a plain import's; the corrections saved after them
    return write_then(spec, good, len(new), actor, report, skip_bad, progress, lambda: import_rows.write_rows(
        spec, edits, actor, report, progress, prepared=prepared))
