"""Quitting while a background task runs waits for it instead of aborting the process."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget
    from officedesk.ui.tasks import run_in_background

    app = QApplication([])
    window = QWidget()
    # a quiet task (no progress dialog) is waited for QUIET_WAIT_MS (1 s) at quit: it must end
    # well inside that even on a loaded machine (0.8 s left 0.2 s and aborted under -n 2)
    run_in_background(window, "slow", lambda handle: time.sleep(0.4), lambda result: None,
                      show_progress=False)
    QTimer.singleShot(50, app.quit)
    app.exec()
    del window
    print("clean exit", flush=True)
    """
)


def test_quitting_while_a_task_runs_waits_for_it(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "OFFICEDESK_HOME": str(tmp_path)}
    import os

    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert "clean exit" in result.stdout
    assert "QThread: Destroyed while thread" not in result.stderr
