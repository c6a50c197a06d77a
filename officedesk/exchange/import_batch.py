"""An import's second phase in bulk: new records only, checked in memory and written by
core.batch in one statement a table; the row-by-row path (exchange.import_rows) names a row the
database refuses."""

from __future__ import annotations

import peewee

from officedesk.core import batch
from officedesk.core.actor import Actor
from officedesk.core.registry import RegistrySpec
from officedesk.exchange.common import Cancelled, Progress
from officedesk.exchange.import_checks import Planned, column_label
from officedesk.exchange.report import ImportReport, RowProblem


def all_new_and_batchable(spec: RegistrySpec, planned: list[Planned]) -> bool:
    """New records only, of a registry core.batch can write in bulk (updates go row by row),
    none naming another row of the file (batch.supported)."""
    new = [r.raw for r in planned if r.record is None]
    return bool(new) and len(new) == len(planned) and batch.supported(spec, new)


def import_batch(
    spec: RegistrySpec,
    planned: list[Planned],
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
            RowProblem(planned[problem.index].row, column_label(spec, problem.field), problem.message)
        )
        if problem.needs_reason:  # the window offers to give the reason (meetings.forcing)
            report.need_reason.append(planned[problem.index].row)
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
