"""An import whose new rows go through core.batch and whose other rows are written one by one
after them under the batch's own lock, in one transaction: corrections of records held
(exchange.import_mixed), a past 台账's 续报 of its own 首报 (exchange.import_linked). The new
rows are checked with no lock and staged before it, as a plain import's are."""

from __future__ import annotations

from collections.abc import Callable

from officedesk.core import batch, batch_write
from officedesk.core.actor import Actor
from officedesk.core.batch import NewRecord
from officedesk.core.registry import RegistrySpec
from officedesk.exchange.common import Cancelled, Progress
from officedesk.exchange.import_checks import Planned, column_label
from officedesk.exchange.report import ImportReport, RowProblem
from officedesk.store.db import write_transaction


def checked_new(spec: RegistrySpec, new: list[Planned], actor: Actor, report: ImportReport,
                progress: Progress | None, before: Callable[[int], None] | None = None) -> list[NewRecord] | None:
    """The new rows checked by the batch with no lock (progress over the check and the write, as
    a plain import's), each problem told by its row: the good ones; None when the batch leaves
    a row to the row path (batch.OneByOne). `before`: batch.check's."""
    try:
        checked, problems = batch.check(spec, [row.raw for row in new], actor, progress, 2 * len(new), before)
    except batch.OneByOne:
        return None
    except batch.Cancelled as exc:
        raise Cancelled("已取消导入，没有写入任何数据。") from exc
    for problem in sorted(problems, key=lambda p: p.index):
        report.add(RowProblem(new[problem.index].row, column_label(spec, problem.field), problem.message))
        if problem.needs_reason:  # the window offers to give the reason (meetings.forcing)
            report.need_reason.append(new[problem.index].row)
    return [made for index, made in enumerate(checked)
            if made is not None and new[index].row not in report.bad_rows]


def write_then(spec: RegistrySpec, good: list[NewRecord], checked: int, actor: Actor,
               report: ImportReport, skip_bad: bool, progress: Progress | None,
               rows_after: Callable[[], None]) -> ImportReport:
    """The good new rows (of `checked`) staged and copied in under the lock, and `rows_after`
    written after them under it, in one transaction; a row it refuses (unless skip_bad)
    undoes everything."""

    def after() -> None:
        rows_after()
        if report.problems and not skip_bad:
            raise _Refused

    try:
        if good:
            ids = batch_write.write(spec, good, actor, progress, checked, 2 * checked, also=after)
        else:
            ids = []
            with write_transaction():
                after()
    except _Refused:
        return nothing_written(report)
    except batch.Cancelled as exc:
        raise Cancelled("已取消导入，没有写入任何数据。") from exc
    report.ids = ids + report.ids
    report.imported += len(ids)
    report.skipped = len(report.bad_rows - {1})
    return report


class _Refused(Exception):  # noqa: N818 (a way out of the transaction, which it undoes)
    """A row refused under the lock, the file not to be taken in part: nothing written."""


def nothing_written(report: ImportReport) -> ImportReport:
    """The report of a file refused whole: nothing imported, nothing updated, every row skipped."""
    report.ids, report.imported, report.updated = [], 0, []
    report.skipped = report.total
    return report
