"""Shared fixtures: every test runs on a temporary database and temporary folders."""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # a 1366×768 laptop less its 40 px taskbar, the commonest screen in county offices
    _screen = os.path.join(os.path.dirname(__file__), "ui", "laptop_screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
# Never the user's folders: everything below a temp home for the whole run.
os.environ["OFFICEDESK_HOME"] = tempfile.mkdtemp(prefix="officedesk-test-home-")
# the segmenter's tables (printing.segmenter_tables, 16 MB), made once a run: the workers inherit
# the folder, and the process that made it removes it at the end (pytest_unconfigure)
_OWN_CACHE = "OFFICEDESK_CACHE" not in os.environ
if _OWN_CACHE:
    os.environ["OFFICEDESK_CACHE"] = tempfile.mkdtemp(prefix="officedesk-test-cache-")
os.environ.pop("OFFICEDESK_DB", None)

import pytest  # noqa: E402
from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1  # deterministic PDFs

from officedesk.core import clock, settings, workdays  # noqa: E402
from officedesk.core.actor import CLI_ACTOR, Actor  # noqa: E402
from officedesk.store import db as store_db  # noqa: E402
from tests import run_order  # noqa: E402
from tests.demo_office import made_demo  # noqa: E402
from tests.pg import admin as _pg_admin  # noqa: E402
from tests.pg import reset_pg_schema  # noqa: E402


def pytest_unconfigure(config) -> None:
    if _OWN_CACHE:
        shutil.rmtree(os.environ["OFFICEDESK_CACHE"], ignore_errors=True)


def pytest_collection_modifyitems(config, items) -> None:
    """The longest test files first (tests/run_order.py): with scripts/test.sh's --dist loadfile
    --no-loadscope-reorder the PyInstaller bundle and the long files start at once, and the run
    ends on short ones, both workers busy until near the end."""
    items[:] = run_order.ordered(items, run_order.file_seconds())


@pytest.fixture(scope="session", autouse=True)
def _imports_frozen() -> None:
    """The program's modules imported and moved out of the collector's sight (gc.freeze): a GUI
    test's teardown collects (see _qt_widgets_gone), and every full collection walked the
    hundreds of thousands of objects of the imported modules again, 0.17 s a test. They live as
    long as the process; what tests make later is collected as before."""
    import officedesk.cli  # noqa: F401
    import officedesk.ui.main_window  # noqa: F401

    gc.collect()
    gc.freeze()


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashes() -> Iterator[None]:
    """scrypt at n = 2**10 in the tests' own processes, not the product's 2**15 (0.17 s and
    32 MiB a hash: some 500 hashes in a run, most by users made and logged in by a test). A
    hash carries its parameters, so it is made and checked as before; the commands run in a
    process of their own (tests/test_cli.py's Cli) hash at the product's cost."""
    from officedesk.core import passwords

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passwords, "SCRYPT_N", 2**10)
        yield


@pytest.fixture(scope="session")
def _migrated_file(tmp_path_factory) -> str:
    """A new database migrated once a test process: creating the tables and running every
    migration took 80–170 ms a test (≈ 2,500 tests); a copy of the file takes 1 ms."""
    base = tmp_path_factory.mktemp("migrated")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OFFICEDESK_HOME", str(base / "home"))
        settings.forget_cache()
        try:
            store_db.open_database(str(base / "officedesk.db"))
        finally:
            store_db.close_database()  # the last connection's close folds the WAL into the file
            settings.forget_cache()
    return str(base / "officedesk.db")


@pytest.fixture
def db(tmp_path, monkeypatch, _migrated_file):
    """A fresh, migrated SQLite database in a temp folder (a copy of the process's migrated
    new one), bound to the proxy."""
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    settings.forget_cache()
    workdays.forget_overrides()
    shutil.copyfile(_migrated_file, tmp_path / "officedesk.db")
    database = store_db.open_database(str(tmp_path / "officedesk.db"))
    yield database
    tasks = sys.modules.get("officedesk.ui.tasks")
    if tasks is not None:  # background reads of a GUI test must end before the file closes
        tasks.wait_for_all()
    store_db.close_database()
    settings.forget_cache()
    workdays.forget_overrides()


@pytest.fixture
def demo_filled(db, tmp_path_factory):
    """demo_filled(size, seed=2026): `demo.populate` into the test's new database, made once a
    run (for all its workers) for each size, seed, day and settings stored before, and copied
    after (made_demo). module="documents" fills that demo module alone. The database is opened
    again: use the proxy (store.db.database), not the `db` object."""
    path = db.database
    home = os.environ["OFFICEDESK_HOME"]

    def populate(size: int, seed: int = 2026, module: str | None = None) -> None:
        store_db.close_database()
        made_demo(path, home, size, seed, module, tmp_path_factory)
        settings.forget_cache()
        workdays.forget_overrides()
        store_db.open_database(path)

    return populate


# A form dialog is Python's when made without a parent, and sits in reference cycles (its key
# filter points back at it): once a GUI test's function returns, its dialogs are garbage that only
# the cyclic collector frees, at whatever allocation comes next, in any thread. When that was
# inside pytest-qt's processing of the events still queued for them, Qt went on with a deleted
# widget: the worker crashed (segfault) after tests/chain/test_proxy_entry.py's step dialog test,
# now and then, depending on what the process had run before (under pytest-xdist; see also
# form_dialog.dispose_after_exec). So from the end of a GUI test's function to the end of its
# teardown the collector is off; then the widgets pytest-qt closed are deleted by Qt (their
# deleteLater needs an event loop, which no later test may run) and the rest collected, between
# tests, on the GUI thread.


@pytest.hookimpl(wrapper=True)
def pytest_pyfunc_call(pyfuncitem):
    try:
        return (yield)
    finally:
        if "qtbot" in pyfuncitem.fixturenames:
            gc.disable()  # until _qt_widgets_gone


@pytest.fixture(autouse=True)
def _qt_widgets_gone(request):
    """A GUI test's windows go with it (see above); a form dialog that outlives it (kept
    referenced) fails the test."""
    yield
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    try:
        # what is still queued first (a background read's result, db's wait_for_all let it end),
        # to windows still there, as before; then Qt deletes what pytest-qt closed
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        gc.enable()
    gc.collect()
    from officedesk.ui.widgets.form_dialog import FormDialog

    left = [type(w).__name__ for w in QApplication.topLevelWidgets() if isinstance(w, FormDialog)]
    assert not left, f"form dialogs outlived the test (kept referenced?): {left}"


@pytest.fixture
def admin() -> Actor:
    return CLI_ACTOR


@pytest.fixture
def clerk() -> Actor:
    return Actor(username="clerk", role="clerk", clearance=1, display_name="科员")


@pytest.fixture
def fixed_today():
    """Call fixed_today(date) to move the clock; the real date comes back after the test."""
    yield clock.set_today
    clock.set_today(None)


# ---------------------------------------------------------------- PostgreSQL
# The test command starts a throw-away server (scripts/pg_test_server.sh start) and exports
# OFFICEDESK_TEST_PG_URL. Without it the postgres tests skip, except on CI, where they fail.


def _pg_url_or_skip() -> str:
    url = os.environ.get("OFFICEDESK_TEST_PG_URL", "").strip()
    if url:
        return url
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("CI=true but OFFICEDESK_TEST_PG_URL is not set: the test command must start "
                    "PostgreSQL first (eval \"$(scripts/pg_test_server.sh start)\").")
    pytest.skip("PostgreSQL not started: eval \"$(scripts/pg_test_server.sh start)\"")


@pytest.fixture(scope="session")
def _pg_worker_url() -> Iterator[str]:
    """The database of this test process on the test server: under pytest-xdist each worker
    has its own (officedesk_test_gw0, …), made here and dropped at the end, so one worker's
    emptying never pulls the tables from under another's test; a serial run uses the server's."""
    url = _pg_url_or_skip()
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not worker:
        yield url
        return
    base, name = url.rsplit("/", 1)
    own = f"{name}_{worker}"
    _pg_admin(url, f'drop database if exists "{own}" with (force)', f'create database "{own}"')
    yield f"{base}/{own}"
    _pg_admin(url, f'drop database if exists "{own}" with (force)')


@pytest.fixture
def pg_url(tmp_path, monkeypatch, request) -> str:
    """The test server's URL with an empty schema (nothing migrated, proxy not bound)."""
    _pg_url_or_skip()
    url = request.getfixturevalue("_pg_worker_url")
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    settings.forget_cache()
    workdays.forget_overrides()
    reset_pg_schema(url)
    yield url
    store_db.close_database()
    settings.forget_cache()
    workdays.forget_overrides()


@pytest.fixture(scope="session")
def _pg_migrated(_pg_worker_url, tmp_path_factory) -> Iterator[str]:
    """A database on the test server migrated once a test process (<this process's>_migrated),
    the template each pg_db test's database is made anew from: creating the tables and running
    every migration took 0.9 s a test (≈ 300 tests); a copy takes 0.08 s."""
    base, own = _pg_worker_url.rsplit("/", 1)
    template = f"{own}_migrated"
    maintenance = f"{base}/postgres"  # not a database dropped or copied here
    _pg_admin(maintenance, f'drop database if exists "{template}" with (force)',
              f'create database "{template}"')
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OFFICEDESK_HOME", str(tmp_path_factory.mktemp("pg-migrated") / "home"))
        settings.forget_cache()
        try:
            store_db.open_database(f"{base}/{template}")
        finally:
            store_db.close_database()  # no session left on the template: it is copied
            settings.forget_cache()
    yield template
    _pg_admin(maintenance, f'drop database if exists "{template}" with (force)')


@pytest.fixture
def pg_db(pg_url, _pg_migrated):
    """A fresh, migrated PostgreSQL database bound to the proxy: this process's database made
    anew as a copy of the migrated one."""
    base, own = pg_url.rsplit("/", 1)
    _pg_admin(f"{base}/postgres", f'drop database if exists "{own}" with (force)',
              f'create database "{own}" template "{_pg_migrated}"')
    database = store_db.open_database(pg_url)
    yield database
    store_db.close_database()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request):
    """The same test on SQLite and on PostgreSQL."""
    return request.getfixturevalue("db" if request.param == "sqlite" else "pg_db")


@pytest.fixture
def app_ctx(db, qtbot, tmp_path):
    """An AppContext for GUI tests: administrator, QSettings in a temp folder."""
    from PySide6.QtCore import QSettings

    from officedesk.ui.context import AppContext

    qsettings = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(CLI_ACTOR, str(tmp_path / "officedesk.db"), qsettings)
    yield ctx
    # its change watch must not outlive the test: a test that keeps the context alive (a lambda
    # on the timer) had it polling a closed database in whatever test came next in that process
    ctx.stop_watching()


@pytest.fixture
def main_window(app_ctx, qtbot):
    """The main window with every tab, shown offscreen."""
    from officedesk.ui.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
