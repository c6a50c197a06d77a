"""The Qt binding the project pins must not corrupt Python's reference counts.

PySide6 6.12.0 dropped a reference to True on every Signal.emit(): after some thousands of
emits the interpreter aborts ("Fatal Python error: bool_dealloc"), in the GUI as in the test
suite. pyproject.toml keeps PySide6 below 6.12; this test fails if a version with the bug comes
back."""

from __future__ import annotations

import gc
import sys


def test_emitting_signals_keeps_true_and_false_alive(qapp):
    from PySide6.QtCore import QObject, Signal

    class Sender(QObject):
        flag = Signal(bool)
        value = Signal(object)
        bare = Signal()

    sender = Sender()
    seen = []
    sender.flag.connect(seen.append)
    sender.value.connect(seen.append)
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        sender.flag.emit(True)
        sender.flag.emit(False)
        sender.value.emit(True)
        sender.bare.emit()
    seen.clear()
    gc.collect()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after == before, f"PySide6 loses references to True/False: {before} -> {after}"
