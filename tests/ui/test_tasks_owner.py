"""A background task whose window is closed before it ends: the process neither aborts (the
thread was a child of the window and was destroyed running: exit 134) nor shows 程序出错 (the
result was handed to a deleted widget); the result is dropped and the task's thread ends."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

import pytest
from PySide6.QtWidgets import QLabel, QWidget

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QWidget
    from officedesk.ui.tasks import run_in_background

    app = QApplication([])
    window = QWidget()
    label = QLabel(window)
    run_in_background(window, "slow", lambda handle: time.sleep(0.4), lambda result: label.setText("done"))
    QTimer.singleShot(50, window.deleteLater)  # the window closed while the task runs
    QTimer.singleShot(1500, app.quit)
    app.exec()
    print("clean exit", flush=True)
    """
)


def test_closing_the_window_of_a_running_task_does_not_abort(tmp_path):
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "OFFICEDESK_HOME": str(tmp_path)},
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert "clean exit" in result.stdout
    assert "Destroyed while thread" not in result.stderr and "Traceback" not in result.stderr


def _held_work(release: threading.Event, error: Exception | None, result: str):
    """A task's work held until `release` is set, then failing with `error` or returning `result`."""

    def work(_handle):
        release.wait(10)
        if error is not None:
            raise error
        return result

    return work


@pytest.mark.parametrize("fails", [False, True])
def test_a_result_is_not_handed_to_a_window_closed_meanwhile(qtbot, fails):
    from officedesk.core.errors import ValidationError
    from officedesk.ui.tasks import run_in_background

    release = threading.Event()
    window = QWidget()
    label = QLabel(window)
    got: list = []

    work = _held_work(release, ValidationError("读取失败") if fails else None, "done")

    def done(result):
        got.append(result)
        label.setText(result)  # raised on a deleted label: 程序出错 before

    def failed(exc):
        got.append(exc)
        label.setText(str(exc))

    worker = run_in_background(None, "", work, done, failed, show_progress=False, owner=window)
    window.deleteLater()
    qtbot.wait(20)  # the window is gone
    release.set()
    assert worker.wait(5000)
    qtbot.wait(100)  # the queued result arrives
    assert got == []


def test_a_result_reaches_a_window_still_open(qtbot):
    from officedesk.ui.tasks import run_in_background

    window = QWidget()
    qtbot.addWidget(window)
    got: list = []
    run_in_background(window, "读取", lambda _handle: 7, got.append, show_progress=False)
    qtbot.waitUntil(lambda: got == [7], timeout=5000)


@pytest.mark.parametrize("fails", [False, True])
def test_a_result_arriving_after_注销_is_dropped_not_shown_as_an_error(qtbot, fails):
    """注销 closes the window, then waits at the log-in while the old window's 工作台 load runs
    on: its result reached the old window, which read its ended session's Actor — LoggedOutError
    raised in the event loop (only the crash handler kept it from the clerk; CI's
    test_log_out caught it). What an ended session left behind acts no more: its results and
    refusals are dropped where they arrive."""
    from officedesk.core.errors import LoggedOutError
    from officedesk.ui.tasks import run_in_background

    release = threading.Event()
    window = QWidget()
    qtbot.addWidget(window)
    shown: list = []

    work = _held_work(release, LoggedOutError("本次登录已注销，不能继续操作。请重新登录。") if fails else None,
                      "loaded")

    def done(result):
        raise LoggedOutError("本次登录已注销，不能继续操作。请重新登录。")  # as actor.role raises

    worker = run_in_background(window, "工作台", work, done, shown.append, show_progress=False)
    release.set()
    assert worker.wait(5000)
    qtbot.wait(100)  # the queued result arrives: no exception in the event loop
    assert shown == []
