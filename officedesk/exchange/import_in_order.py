"""The check of a file of new rows the batch takes only one by one — rows that name each other (a
信息 续报 and its 首报, both in the sheet: RegistrySpec.links_by_number), or a 作废 row's number
brought again by another row — before anything is written: every row checked in memory as its
writing checks it (core.batch_in_order), in the order it writes them (the 首报 before its 续报:
matching.link_order), with no write lock. A dry run is told so; an import without --skip-bad
that would be refused is refused so; the import of a good file then writes it as before (one by
one, or a past 台账's 续报 after the batch). Before, a dry run or a refused file went through the
writing under the lock and was undone: a dry run of 2,000 rows held it 10 s, and another
workstation's save failed after its wait."""

from __future__ import annotations

from officedesk.core import batch, batch_in_order
from officedesk.core.actor import Actor
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import matching
from officedesk.exchange.batch_then_rows import nothing_written
from officedesk.exchange.common import Cancelled, Progress
from officedesk.exchange.import_checks import Planned, column_label
from officedesk.exchange.report import ImportReport, RowProblem


def in_order_new(spec: RegistrySpec, planned: list[Planned]) -> bool:
    """New rows only, that the batch takes only one by one but its check takes in their order
    (batch_in_order.takes_part)."""
    return (bool(planned) and all(row.record is None for row in planned)
            and batch_in_order.takes_part(spec, [row.raw for row in planned]))


def check_in_order(spec: RegistrySpec, planned: list[Planned], actor: Actor, report: ImportReport,
                 dry_run: bool, progress: Progress | None, linking: set[int] | None = None) -> ImportReport | None:
    """The rows checked with no write and no lock, each problem told by its row: a dry run's
    report, or that of a file refused whole (an import without --skip-bad). `linking`: a past
    台账's rows written after the others (import_linked.linking_rows): the others checked as the
    batch checks them, these one by one after them. None when the import is to write the rows
    (none refused), or when the batch leaves a row to the row path (batch.OneByOne): the
    caller then goes on as before."""
    first = [row for row in planned if linking is not None and row.row not in linking]
    after = [row for row in planned if linking is None or row.row in linking]
    order = matching.link_order(spec, [(row.raw, True) for row in after])
    after = [after[index] for index in order]  # a row naming another after it (import_rows.write_rows)
    try:
        problems = batch_in_order.check_after_batch(spec, [row.raw for row in first], [row.raw for row in after],
                                                  actor, progress)
    except batch.OneByOne:
        return None
    except batch.Cancelled as exc:
        raise Cancelled("已取消导入，没有写入任何数据。") from exc
    for rows, found in zip((first, after), problems, strict=True):
        for problem in sorted(found, key=lambda p: p.index):
            report.add(RowProblem(rows[problem.index].row, column_label(spec, problem.field), problem.message))
            if problem.needs_reason:  # the window offers to give the reason (meetings.forcing)
                report.need_reason.append(rows[problem.index].row)
    if not dry_run:  # refused whole with no lock, or every row good: the caller writes them
        return nothing_written(report) if report.problems else None
    report.imported = len(planned) - len({p.index for p in problems[0]}) - len({p.index for p in problems[1]})
    report.dry_run_done()
    return report
