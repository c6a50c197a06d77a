"""Run slow work (imports, exports, batch prints, backups) off the GUI thread with progress."""

from __future__ import annotations

import contextlib
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task's work when the user pressed 取消."""


class TaskHandle:
    """Passed to the work function: report progress, ask whether to stop."""

    def __init__(self, worker: _Worker) -> None:
        self._worker = worker

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._worker.progressed.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._worker.cancel_requested

    def check(self) -> None:
        if self._worker.cancel_requested:
            raise Cancelled()


class _Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)

    def __init__(self, fn: Callable[[TaskHandle], Any], parent: QObject | None = None, quiet: bool = False) -> None:
        super().__init__(parent)
        self.fn = fn
        self.cancel_requested = False
        self.quiet = quiet  # reads with no progress dialog (the 工作台's counts, a list's ids)

    def run(self) -> None:
        try:
            result = self.fn(TaskHandle(self))
        except BaseException as exc:  # reported to the GUI thread, never lost
            self.failed.emit(exc, traceback.format_exc())
        else:
            self.succeeded.emit(result)
        finally:
            _close_thread_connection()


_running: set[_Worker] = set()


def wait_for_all(timeout_ms: int = 10_000, quiet_ms: int | None = None) -> None:
    """Let every running task finish (before closing the database: tests, shutdown).
    `quiet_ms`: how long a quiet task (a read nobody waits for) is waited for, all of them
    together; one still reading then is left to the process's end (still_running)."""
    for worker in list(_running):
        with contextlib.suppress(RuntimeError):  # already deleted
            if not (quiet_ms is not None and worker.quiet):
                worker.wait(timeout_ms)
    if quiet_ms is not None:
        deadline = QDeadlineTimer(quiet_ms)
        for worker in list(_running):
            with contextlib.suppress(RuntimeError):
                worker.wait(deadline)


def still_running() -> bool:
    """A task is still working (after wait_for_all): the process must not destroy its thread."""
    alive = False
    for worker in list(_running):
        with contextlib.suppress(RuntimeError):
            alive = alive or worker.isRunning()
    return alive


_quit_hooked: set[int] = set()
# at quit, the reads nobody waits for get this long; the 工作台's counts over a registry of a
# million overdue records take half a minute, and the clerk closing the window must not wait
QUIET_WAIT_MS = 1000


def _wait_at_quit() -> None:
    """Let running tasks finish when the application quits: a QThread still running when its
    object is destroyed aborts the whole process (seen when the window closed while the 工作台
    was still counting)."""
    app = QCoreApplication.instance()
    if app is not None and id(app) not in _quit_hooked:
        _quit_hooked.add(id(app))
        app.aboutToQuit.connect(lambda: wait_for_all(quiet_ms=QUIET_WAIT_MS))


def _close_thread_connection() -> None:
    """peewee opened a connection for this thread (SQLite connections are per thread)."""
    from officedesk.store.db import database

    if database.obj is not None and not database.is_closed():
        database.close()


def _log_failure(title: str, exc: BaseException, trace: str) -> None:
    """A refusal of the user's input (OfficeDeskError: a .csv to import, a name taken) is no
    fault of the program: noted at INFO without the trace. A real bug keeps ERROR and its trace."""
    from officedesk.core.errors import OfficeDeskError

    if isinstance(exc, OfficeDeskError):
        log.info("background task %r refused: %s", title, exc)
    else:
        log.error("background task %r failed:\n%s", title, trace)


def run_in_background(
    parent: QWidget | None,
    title: str,
    fn: Callable[[TaskHandle], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
    show_progress: bool = True,
    owner: QObject | None = None,
) -> _Worker:
    """Start fn(handle) in a thread; on_done(result) / on_error(exc) run on the GUI thread.

    The result goes to the window that asked only while it lives (`owner`, else `parent`):
    closed meanwhile, it is logged and dropped — handed to a deleted widget it raised, and the
    user saw 程序出错. So is one of a session logged out meanwhile (注销: the old window, closed
    but not yet deleted, read its ended Actor: LoggedOutError raised in the event loop, which
    only the crash handler's SessionEndedError rule kept from the user). The thread is no child of that window: deleted with it while running, it
    aborted the whole process (`_running` keeps it until it ends).

    The database work inside fn must use its own connection: peewee's SQLite connections are
    per thread, and it opens one for the worker automatically."""
    worker = _Worker(fn, None, quiet=not show_progress)
    receiver = owner if owner is not None else parent
    dialog: QProgressDialog | None = None
    if show_progress:
        dialog = QProgressDialog(title, QCoreApplication.translate("tasks", "取消"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAccessibleName(title)
        if not cancellable:
            dialog.setCancelButton(None)

        def on_progress(done: int, total: int, text: str) -> None:
            if dialog is None or not isValid(dialog):
                return
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)

        worker.progressed.connect(on_progress)

        def request_cancel() -> None:
            worker.cancel_requested = True

        dialog.canceled.connect(request_cancel)

    def finish() -> bool:
        """True: the window that asked is still there to take the result."""
        if dialog is not None and isValid(dialog):  # deleted with its parent window
            dialog.reset()
            dialog.deleteLater()
        _running.discard(worker)
        alive = receiver is None or isValid(receiver)
        if not alive:
            log.info("background task %r ended after its window was closed: result dropped", title)
        return alive

    def succeeded(result: Any) -> None:
        from officedesk.core.errors import LoggedOutError

        if finish():
            try:
                on_done(result)
            except LoggedOutError:  # read the Actor of a session ended meanwhile (注销)
                log.info("background task %r ended after its session was logged out: result dropped", title)

    def failed(exc: BaseException, trace: str) -> None:
        from officedesk.core.errors import LoggedOutError

        alive = finish()
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, LoggedOutError):  # what an ended session left running acts no more
            log.info("background task %r ended after its session was logged out", title)
            return
        _log_failure(title, exc, trace)
        if not alive:
            return
        if on_error is not None:
            on_error(exc)
        else:
            from officedesk.ui.widgets.messages import show_error

            show_error(parent, exc)

    worker.succeeded.connect(succeeded)
    worker.failed.connect(failed)
    worker.finished.connect(worker.deleteLater)
    _running.add(worker)
    _wait_at_quit()
    worker.start()
    return worker
