"""The twenty-second review's findings in the window's menus: a refused input is no error in
the log; an import with nothing to skip to offers only 关闭; a restore looks at the file before
it asks; 另存为 PDF never replaces a file nobody was asked about."""

from __future__ import annotations

import logging

import pytest

from officedesk.core.errors import ValidationError


@pytest.mark.parametrize("raised, level, traced", [
    (ValidationError("不能导入 .csv 文件：请先另存为 .xlsx。"), logging.INFO, False),
    (KeyError("bug"), logging.ERROR, True),
])
def test_a_refusal_is_logged_without_a_trace_a_bug_with_it(qtbot, caplog, monkeypatch, raised, level, traced):
    from PySide6.QtWidgets import QWidget

    from officedesk.ui import tasks
    from officedesk.ui.widgets import messages

    shown: list[BaseException] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, *a, **k: shown.append(exc))
    window = QWidget()
    qtbot.addWidget(window)

    def work(_handle):
        raise raised

    with caplog.at_level(logging.INFO, logger="officedesk.ui.tasks"):
        tasks.run_in_background(window, "导入", work, lambda result: None)
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    records = [r for r in caplog.records if r.name == "officedesk.ui.tasks"]
    assert [r.levelno for r in records] == [level]
    assert ("Traceback" in records[0].getMessage()) == traced
    assert shown == [raised]  # the user is told either way
