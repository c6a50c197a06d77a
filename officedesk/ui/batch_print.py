"""Batch print: many records' papers built in a worker thread into one PDF, with a progress
dialog and 取消, then the print preview of the whole job. The window stays responsive.

    batch_print(parent, "notice", ids, actor)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from officedesk.core.actor import Actor
from officedesk.core.i18n import display
from officedesk.printing import batch, forms
from officedesk.ui.print_preview import PrintPreviewDialog, show_pdf_preview
from officedesk.ui.tasks import TaskHandle, run_in_background


def _tr(text: str) -> str:
    return QCoreApplication.translate("batch_print", text)


def _error_line(error: batch.BatchError) -> str:
    """督查事项交办单 督查〔2026〕5号 …：why — the paper and the record as the clerk knows them;
    the record's id only when nothing else is known of it (deleted meanwhile)."""
    paper = display(getattr(error, "paper", "") or forms.get(error[0]).label)
    about = getattr(error, "about", "") or _tr("记录号 %1").replace("%1", str(error[1]))
    return (
        _tr("%1 %2：%3")
        .replace("%1", paper)
        .replace("%2", about)
        .replace("%3", display(error[2]))
    )


class BatchPrint:
    """One batch job: builds off the GUI thread, then opens the preview.

    ``result`` holds the BatchResult once done, ``preview`` the dialog it opened;
    ``on_finished(result)`` is called in every case (done, cancelled, failed → None)."""

    def __init__(
        self,
        parent: QWidget | None,
        jobs: Sequence[batch.BatchJob],
        actor: Actor,
        title: str = "",
        open_preview: bool = True,
        on_finished: Callable[[batch.BatchResult | None], Any] | None = None,
    ) -> None:
        self.parent = parent
        self.jobs = list(jobs)
        self.actor = actor
        self.title = title or "、".join(forms.get(j.form).label for j in self.jobs)
        self.open_preview = open_preview
        self.on_finished = on_finished
        self.result: batch.BatchResult | None = None
        self.preview: PrintPreviewDialog | None = None
        self.error: BaseException | None = None
        total = sum(len(j.ids) for j in self.jobs)
        # the title stays Chinese (the preview and its file name translate it as they show it)
        label = (
            _tr("正在生成“%1”（共 %2 件）…")
            .replace("%1", self.shown_title())
            .replace("%2", str(total))
        )
        self.worker = run_in_background(parent, label, self._work, self._done, self._failed)

    def shown_title(self) -> str:
        """The job's title in the interface's language: each paper's label translated."""
        return "、".join(display(part) for part in self.title.split("、"))

    def cancel(self) -> None:
        """Ask the worker to stop after the record it is printing."""
        self.worker.cancel_requested = True

    def _work(self, handle: TaskHandle) -> batch.BatchResult:
        def progress(done: int, total: int, label: str) -> None:
            text = _tr("%1：已生成 %2 / %3 件").replace(
                "%1", display(label) if label else self.shown_title()
            )
            handle.progress(done, total, text.replace("%2", str(done)).replace("%3", str(total)))

        return batch.build_batch(
            self.jobs, self.actor, progress=progress, cancelled=handle.cancelled
        )

    def _done(self, result: batch.BatchResult) -> None:
        self.result = result
        if result.errors:
            lines = [_tr("以下 %1 件没有打印：").replace("%1", str(len(result.errors)))]
            lines += [_error_line(error) for error in result.errors[:20]]
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                _tr("部分未打印"),
                "\n".join(lines),
                QMessageBox.StandardButton.Ok,
                self.parent,
            )
            box.setAccessibleName(_tr("部分未打印"))
            box.open()
        if not result.cancelled and result.pdf and self.open_preview:
            self.preview = show_pdf_preview(self.parent, result.pdf, self.title)
        if self.on_finished is not None:
            self.on_finished(result)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        from officedesk.ui.widgets.messages import show_error

        if self.on_finished is not None:
            self.on_finished(None)
        show_error(self.parent, exc, _tr("批量打印没有完成"))


def batch_print(
    parent: QWidget | None,
    form_name: str,
    ids: Sequence[int],
    actor: Actor,
    open_preview: bool = True,
    **options: Any,
) -> BatchPrint:
    """Print one form for many ids as one job (one PDF)."""
    return BatchPrint(
        parent, [batch.BatchJob(form_name, list(ids), options)], actor, open_preview=open_preview
    )


def batch_print_jobs(
    parent: QWidget | None,
    jobs: Sequence[batch.BatchJob],
    actor: Actor,
    title: str = "",
    open_preview: bool = True,
) -> BatchPrint:
    """Several forms (each over its ids) as one job, e.g. every paper of the selected meetings."""
    return BatchPrint(parent, jobs, actor, title, open_preview)


BatchPrintDialog = BatchPrint  # the name the issue uses
