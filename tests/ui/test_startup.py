"""Start-up (issue 14): the window paints before anything it does not show yet — tabs other than
the current one are built when first shown, the 工作台's counts and the change watcher wait for
the first paint, and printing and Excel are not imported to open the window."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from officedesk.ui import tabs
from officedesk.ui.dashboard import DashboardTab
from officedesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _index(name: str) -> int:
    return [t.name for t in tabs.available()].index(name)


def test_a_tab_is_built_when_first_shown_and_a_tab_walk_sees_it(main_window, qtbot):
    petitions = _index("petitions")
    assert main_window.tabs.widget(petitions).objectName() == "pending_petitions"
    main_window.tabs.setCurrentIndex(petitions)
    built = main_window.tabs.currentWidget()
    assert built.objectName() == "tab_petitions" and hasattr(built, "list")
    assert main_window.tabs.tabText(petitions) == "信访"
    for index in range(main_window.tabs.count()):  # as the dialog walks do
        main_window.tabs.setCurrentIndex(index)
        assert main_window.tabs.currentWidget().objectName().startswith("tab_")
    assert main_window.tabs.widget(petitions) is built  # built once


def test_the_remembered_tab_is_built_first_and_the_dashboard_waits(app_ctx, qtbot):
    app_ctx.settings.setValue("window/tab", _index("petitions"))
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    assert window.tabs.currentWidget().objectName() == "tab_petitions"
    assert window.tabs.widget(_index("dashboard")).objectName() == "pending_dashboard"


def test_work_waits_for_the_first_paint(app_ctx, qtbot, monkeypatch):
    counted = []
    monkeypatch.setattr(DashboardTab, "refresh_in_background", lambda self: counted.append(self))
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    ran = []
    window.after_first_paint(lambda: ran.append("first"))
    window.show()  # the 工作台 is shown with it, but does not count yet
    assert counted == [] and ran == []
    qtbot.waitUntil(lambda: ran == ["first"] and len(counted) == 1)
    window.after_first_paint(lambda: ran.append("later"))  # painted already: runs soon
    qtbot.waitUntil(lambda: ran == ["first", "later"])


def test_start_up_does_not_import_printing_or_excel(tmp_path):
    script = textwrap.dedent(
        """
        import sys
        import officedesk.app

        officedesk.app._without_postgresql_driver(sys.argv[1])  # main's first step, before the patch below
        import officedesk.ui.main_window as mw

        HEAVY = ("reportlab", "openpyxl", "python_calamine", "numpy", "jieba", "pypinyin", "fitz", "psycopg2",
                 "officedesk.printing", "officedesk.exchange", "officedesk.ui.actions")
        first_paint = mw.MainWindow._run_after_paint

        def at_paint(self):
            if not self._painted:
                print("at paint:", sorted(m for m in HEAVY if m in sys.modules), flush=True)
            first_paint(self)

        mw.MainWindow._run_after_paint = at_paint
        from officedesk.app import main

        code = main(["--smoke", "--db", sys.argv[1]])
        print("at exit:", sorted(m for m in HEAVY[:3] if m in sys.modules), flush=True)
        sys.exit(code)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OFFICEDESK_HOME=str(tmp_path / "home"),
               PYTHONPATH=str(ROOT))
    for _run in range(2):  # the first creates the database (its migrations may import more)
        done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "start.db")], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "at paint: []" in done.stdout, done.stdout
    assert "at exit: []" in done.stdout, done.stdout
