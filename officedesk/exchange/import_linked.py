"""`import --history` of a past 台账 whose rows name other rows of the file by their 编号 (a
信息 续报 and its 首报, both in the sheet: RegistrySpec.links_by_number): the rows named by none
go through the batch (checked before the write lock, staged, copied in), and the rows that name
another (the 续报) are written one by one after them under the same lock, in one transaction —
each then finds its 首报 written, as the row path does. Before, one such row sent the whole file
one by one under the lock, dry run too (a year's 信息 台账 with its 突发事件' 续报).

Only a past 台账's: it claims the numbers its rows bring as they come, in any order, so the
rows written after the batch take the numbers they bring as one by one would. A plain import
claims a brought number next in its sequence, row after row, which the split would break; it
goes one by one, as before, as does a file in which a row names another by a bare id, a 续报
names a 续报 of the file, or a row naming another brings no number of its own."""

from __future__ import annotations

from typing import Any

from officedesk.core import batch, batch_write, typed_numbers
from officedesk.core.actor import Actor
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import import_rows
from officedesk.exchange.batch_then_rows import checked_new, nothing_written, write_then
from officedesk.exchange.common import Progress
from officedesk.exchange.import_checks import Planned
from officedesk.exchange.report import ImportReport
from officedesk.store.db import write_transaction


def _cell(raw: dict[str, Any], label: str) -> str:
    return typed_numbers.tidy_number(str(raw.get(label) or "").strip())


def linking_rows(spec: RegistrySpec, planned: list[Planned]) -> set[int] | None:
    """The rows of a past 台账 of new records that name another row of it by the 编号 that row
    brings, when the others can go through the batch and these be written after them as one by
    one writes them (see the module); None when the file goes one by one."""
    if not spec.links_by_number or not spec.number_field or any(p.record is not None for p in planned):
        return None
    number = spec.field(spec.number_field).label
    links = [spec.field(name).label for name in spec.links_by_number]
    brought = {_cell(p.raw, number) for p in planned} - {""}
    linking: set[int] = set()
    named_by_linking: set[str] = set()
    for row in planned:
        for label in links:
            named = _cell(row.raw, label)
            if not named:
                continue
            if named.isdigit():
                return None  # by a bare id: a record made earlier in the file, one by one
            if named in brought:
                if not _cell(row.raw, number):
                    return None  # its number would be issued after the batch's, out of the file's order
                linking.add(row.row)
                named_by_linking.add(named)
    if not linking:
        return None
    if named_by_linking & {_cell(p.raw, number) for p in planned if p.row in linking}:
        return None  # a 续报 of a 续报 of the file: one by one, in their order
    rest = [p.raw for p in planned if p.row not in linking]
    return linking if rest and batch.supported(spec, rest) else None


def import_linked(spec: RegistrySpec, planned: list[Planned], linking: set[int], actor: Actor,
                  report: ImportReport, dry_run: bool, skip_bad: bool,
                  progress: Progress | None) -> ImportReport | None:
    """The rows named by none checked by the batch with no lock, then written with the linking
    rows one by one after them under one lock; a dry run (or a file refused by row) writes both
    under the lock and undoes them, the linking rows needing their 首报. None when the batch
    leaves a row to the row path (the caller writes the file one by one)."""
    rest = [p for p in planned if p.row not in linking]
    after = [p for p in planned if p.row in linking]
    good = checked_new(spec, rest, actor, report, progress)
    if good is None:
        return None
    if dry_run or (report.problems and not skip_bad):
        with write_transaction() as transaction:
            made = batch_write.write(spec, good, actor) if good else []
            import_rows.write_rows(spec, after, actor, report, progress, history=True)
            transaction.rollback()
        if not dry_run:
            return nothing_written(report)
        report.imported += len(made)
        report.dry_run_done()
        return report

    # the 续报 after the rows they name, under the batch's lock
    return write_then(spec, good, len(rest), actor, report, skip_bad, progress, lambda: import_rows.write_rows(
        spec, after, actor, report, progress, history=True))
