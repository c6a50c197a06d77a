"""`import --update` of a 台账 exported, corrected and added to, of a registry whose corrections
are checked by its own rules against the others (RegistrySpec.prepare_update: a 会议's schedule).
The corrections and the new rows are checked together with no lock, in the file's order, each
as one by one finds things once the rows before it are saved: a new row meets the meetings
earlier rows corrected as they save them, and a correction the new rows before it
(core.meetings.corrected, meeting_batch) — a new meeting in a room at the time a corrected one
moves into is refused as one by one refuses it, either way round. A dry run, or a file refused
by row, takes no lock; else the new rows are staged before it (core.batch_write) and, under
one short lock, copied in and the corrections saved after them, in one transaction, the
schedule verified there first (nothing the check read changed meanwhile). Before, such a file
went one by one under the lock, its dry run too: 900 corrections and 300 new meetings held it
about 5 s.

The file goes one by one, as before (None, the report as it was before the check), when:
- a new row meets a correction left to the hook under the lock (it meets another correction
  of the file: core.batch.Tangled), the rare file whose corrections clash with each other and
  with its new rows;
- the batch leaves a new row to the row path (core.batch.OneByOne);
- another workstation changed the schedule between the check and the lock (rules_read.
  RulesChanged): checked again under the lock, row by row."""

from __future__ import annotations

import bisect
import dataclasses

from officedesk.core import batch, records, rules_read
from officedesk.core.actor import Actor
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import import_rows
from officedesk.exchange.batch_then_rows import checked_new, nothing_written, write_then
from officedesk.exchange.common import Progress
from officedesk.exchange.import_checks import Planned
from officedesk.exchange.report import ImportReport
from officedesk.store.db import write_transaction


@dataclasses.dataclass
class _Kept:
    """What the report held before the check: put back when the file goes one by one."""

    problems: list
    bad_rows: set[int]
    need_reason: list[int]
    more_problems: int

    @classmethod
    def of(cls, report: ImportReport) -> _Kept:
        return cls(list(report.problems), set(report.bad_rows), list(report.need_reason), report.more_problems)

    def put_back(self, report: ImportReport) -> None:
        report.problems, report.bad_rows = self.problems, self.bad_rows
        report.need_reason, report.more_problems = self.need_reason, self.more_problems
        report.updated, report.ids, report.imported = [], [], 0


def import_mixed_ordered(spec: RegistrySpec, planned: list[Planned], actor: Actor, report: ImportReport,
                         dry_run: bool, skip_bad: bool, progress: Progress | None) -> ImportReport | None:
    """The rows checked in the file's order with no lock, then written under one (see the
    module's docstring); None: the caller writes the file one by one under the lock."""
    kept = _Kept.of(report)
    edits = [row for row in planned if row.record is not None]
    new = [row for row in planned if row.record is None]
    try:
        good, prepared = _checked(spec, edits, new, actor, report, progress)
    except batch.Tangled:
        good = None
    if good is None:
        kept.put_back(report)
        return None
    _in_file_order(report, kept)
    edits = [row for row in edits if row.row not in report.bad_rows]
    if dry_run or (report.problems and not skip_bad):
        untold = import_rows.tell_prepared(spec, edits, prepared, report)
        if untold:  # left to the hook (corrections meeting each other): told by writing them, undone
            with write_transaction() as transaction:
                import_rows.write_rows(spec, [row for row in edits if row.row in untold], actor, report,
                                       progress, prepared={})
                transaction.rollback()
            report.updated.sort(key=lambda change: change.row)
        if not dry_run:
            return nothing_written(report)
        report.imported = len(good)
        report.dry_run_done()
        return report

    verified = {id(new_record.rules) for new_record in good if new_record.rules is not None}

    def corrections() -> None:
        if good:  # the schedule the batch verified under this lock, which its rows then changed
            for correction in prepared.values():
                if id(correction.read) in verified:
                    correction.read = None
        import_rows.write_rows(spec, edits, actor, report, progress, prepared=prepared)

    try:
        return write_then(spec, good, len(new), actor, report, skip_bad, progress, corrections)
    except rules_read.RulesChanged:  # nothing written: checked again one by one, under the lock
        kept.put_back(report)
        return None


def _checked(spec: RegistrySpec, edits: list[Planned], new: list[Planned], actor: Actor,
             report: ImportReport, progress: Progress | None) -> tuple[list | None, dict[int, records.Correction]]:
    """The new rows checked by the batch, and before each the corrections the file has above
    it, all in one scope of the registry (RegistrySpec.prepare_scope: the schedule noted once):
    the good new records (None: the batch leaves a row to the row path) and the corrections
    saved as checked (not those left to the hook: Correction.one_by_one)."""
    prepared: dict[int, records.Correction] = {}
    waiting = sorted(edits, key=lambda row: row.row)

    def up_to(row: float) -> None:
        count = bisect.bisect_left(waiting, row, key=lambda edit: edit.row)  # those above `row`
        if count:
            ahead, waiting[:count] = waiting[:count], []
            prepared.update(import_rows.prepare_corrections(spec, ahead, actor, report, progress))

    assert spec.prepare_scope is not None
    with spec.prepare_scope():
        good = checked_new(spec, new, actor, report, progress, before=lambda index: up_to(new[index].row))
        if good is not None:
            up_to(float("inf"))
    return good, {row: correction for row, correction in prepared.items() if not correction.one_by_one}


def _in_file_order(report: ImportReport, kept: _Kept) -> None:
    """The problems the check found (and the rows wanting a reason) told in the file's order,
    as one by one tells them (the corrections' were told as found, the new rows' after them)."""
    since = len(kept.problems)
    report.problems[since:] = sorted(report.problems[since:], key=lambda problem: problem.row)
    since = len(kept.need_reason)
    report.need_reason[since:] = sorted(report.need_reason[since:])
