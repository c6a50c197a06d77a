"""A form dialog run with exec() is deleted by Qt on the GUI thread, never by Python's cyclic
garbage collector at some later allocation.

PySide6's QDialog.exec() hands the dialog from its Qt parent to Python (so that dialogs made with
a parent do not leak). A form dialog's Python object is in reference cycles (its key filter
points back at it), so it was then freed whenever the cyclic collector happened to run: inside
QApplication.topLevelWidgets() it left a dangling pointer in the list being converted (the
segfault of the dialog walks), and in a background task's thread it would delete a widget off
the GUI thread."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from officedesk.core import registry

ROOT = Path(__file__).resolve().parents[2]


def test_form_dialog_run_with_exec_is_deleted_by_qt_on_the_gui_thread(app_ctx, qtbot):
    from officedesk.ui.widgets.record_form import RecordFormDialog

    holder = QWidget()
    qtbot.addWidget(holder)
    dialog = RecordFormDialog(app_ctx, registry.get("units"), parent=holder)
    QTimer.singleShot(0, dialog.reject)
    assert dialog.exec() == 0
    assert dialog.saved_record is None  # what the caller reads right after exec() is still there
    assert not shiboken6.ownedByPython(dialog)  # Qt's again: the cyclic collector cannot free it
    destroyed: list[threading.Thread] = []
    dialog.destroyed.connect(lambda: destroyed.append(threading.current_thread()))
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=2000)
    assert destroyed == [threading.main_thread()]


SCRIPT = textwrap.dedent(
    """
    import gc, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QComboBox, QWidget
    app = QApplication([])
    from officedesk.core import registry
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.store import db
    from officedesk.ui.widgets.record_form import RecordFormDialog

    db.open_database(sys.argv[1])
    holder = QWidget()
    for _ in range(20):  # windows whose Python wrappers are made while listing them
        QComboBox(holder).view()
    holder.show()
    gc.disable()
    for _ in range(20):
        dialog = RecordFormDialog(None, registry.get("units"), parent=holder)
        QTimer.singleShot(0, dialog.reject)
        dialog.exec()
    del dialog
    app.processEvents()
    gc.enable()
    gc.set_threshold(1)  # the collector runs at (nearly) every allocation
    for _ in range(5):
        QApplication.topLevelWidgets()
    gc.set_threshold(700)
    db.close_database()
    print("listed")
    """
)


def test_listing_windows_while_the_garbage_collector_runs_after_form_dialogs(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), OFFICEDESK_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", SCRIPT, str(tmp_path / "o.db")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0 and "listed" in done.stdout, done.stderr[-2000:]
