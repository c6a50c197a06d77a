"""Start-up: settings, logging, database, translations, login, main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from officedesk import APP_AUTHOR, APP_NAME, paths

log = logging.getLogger("officedesk")


class OwnerOnlyLog(logging.handlers.RotatingFileHandler):
    """The log, each file it begins (the first, and each after a rollover) its owner's alone: a
    refusal or a crash's trace may quote a record or a petitioner's name, and a folder an
    earlier version or OFFICEDESK_HOME left open would show it to every account. A log file
    that exists keeps the permissions its administrator gave it."""

    def _open(self):  # noqa: ANN202 - logging's own signature
        from officedesk.file_modes import own_file

        new = not os.path.exists(self.baseFilename)
        stream = super()._open()
        if new:
            own_file(self.baseFilename)
        return stream


def setup_logging() -> Path:
    path = paths.log_dir() / "officedesk.log"
    handler = OwnerOnlyLog(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    from officedesk.cli_parser import ChineseParser  # usage errors in Chinese, as the subcommands'

    parser = ChineseParser(prog="officedesk", description="机关办公桌面")
    parser.add_argument("--db", metavar="数据库", help="数据库文件路径或 postgresql:// 地址")
    parser.add_argument("--smoke", action="store_true", help="打开主窗口后立即退出（用于检查安装）")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="界面语言")
    args, _unknown = parser.parse_known_args(argv)
    return args


def _settings_location() -> None:
    """QSettings follow OFFICEDESK_HOME, so tests and portable set-ups never touch the real ones."""
    from PySide6.QtCore import QSettings

    home = os.environ.get("OFFICEDESK_HOME")
    if home:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(home) / "settings"))


def ensure_cjk_font(app) -> None:
    """Without any Chinese face on the system, use the bundled one so nothing shows as boxes."""
    from PySide6.QtGui import QFont, QFontDatabase

    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return
    from officedesk.printing.fonts import gui_fallback_font_file

    font_id = QFontDatabase.addApplicationFont(str(gui_fallback_font_file()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        app.setFont(QFont(families[0], app.font().pointSize()))


def install_crash_handler(log_path: Path) -> None:
    def handle(kind, value, trace) -> None:
        from officedesk.core.errors import SessionEndedError

        if isinstance(value, SessionEndedError):  # no defect: the window asks for a new log-in
            log.info("refused, the session ended (account stopped or password changed): %s", value)
            return
        text = "".join(traceback.format_exception(kind, value, trace))
        damaged = _database_trouble(value)
        if damaged is not None:  # no defect: the file damaged, the disk full, a value taken meanwhile
            log.error("the database refused the work (damaged, disk full or a value taken):\n%s", text)
            from PySide6.QtWidgets import QApplication

            if QApplication.instance() is not None and not os.environ.get("OFFICEDESK_NO_CRASH_DIALOG"):
                from officedesk.ui.widgets.messages import show_error

                show_error(QApplication.activeWindow(), damaged)
                return
        log.error("unexpected error:\n%s", text)
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None or os.environ.get("OFFICEDESK_NO_CRASH_DIALOG"):
            sys.__excepthook__(kind, value, trace)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, "程序出错",
                          "程序遇到了一个意外错误，这是软件的缺陷，不是您的操作问题。\n"
                          "已保存的数据不受影响；正在编辑的窗口仍然打开，请先把内容保存或复制。\n\n"
                          f"请把日志文件发给维护人员：\n{log_path}")
        box.setDetailedText(text)
        box.setAccessibleName("程序出错")
        box.exec()

    sys.excepthook = handle


def _database_trouble(value: BaseException) -> Exception | None:
    """The Chinese message (restore the latest backup; clear room on the disk; choose another
    value) when `value` is SQLite finding the file damaged, the disk full, or a unique column's
    value taken — on a path no guarded() or registry said it on (a read in a widget's paint;
    another workstation adding the same unit or room between the rule's read and the save), or
    the operating system saying a file's write met a full disk; else None."""
    import sqlite3

    import peewee

    from officedesk.store.db_errors import (
        DamagedFileError,
        damage,
        disk_full_error,
        disk_trouble,
        translate_error,
        unique_violation,
    )

    if isinstance(value, DamagedFileError):
        return value
    if isinstance(value, OSError) and disk_trouble(value):  # a file's write no code said
        return disk_full_error(value.filename or "")
    # ... or the disk full (or failing) under a write no guarded() said it on: the clerk's
    # message (clear room, try again: what he typed is kept), not 程序出错
    if isinstance(value, peewee.DatabaseError | sqlite3.DatabaseError) and (
            damage(value) or disk_trouble(value)):
        return translate_error(value)
    if isinstance(value, peewee.IntegrityError | sqlite3.IntegrityError) and unique_violation(value):
        return translate_error(value)  # the value taken, by field where known: not the program's defect
    return None


class UpgradeNotice:
    """Shown while an office's database is backed up and upgraded at start-up (a new version of
    the program): on a big office minutes without a window, which a clerk would take for a hang
    and close. The work blocks the event loop, so the notice is painted once, before it."""

    def __init__(self) -> None:
        self.label: Any = None

    def show(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QLabel

        label = QLabel(QApplication.translate(
            "app", "正在升级数据库（升级前已自动备份）。\n数据多时需要几分钟，请稍候，不要关闭本程序。"))
        label.setWindowTitle(QApplication.translate("app", "机关办公桌面"))
        label.setAccessibleName(QApplication.translate("app", "正在升级数据库"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMargin(24)
        label.setMinimumWidth(420)
        label.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        label.show()
        log.info("upgrading the database: the notice is shown")
        for _ in range(3):  # shown and painted before the work holds the loop
            QApplication.processEvents()
        self.label = label

    def close(self) -> None:
        if self.label is not None:
            self.label.close()
            self.label.deleteLater()
            self.label = None


def database_label(target: str) -> str:
    if "://" in target:
        return target.split("@")[-1]  # never show a password
    return target


def _without_postgresql_driver(target: str | None) -> None:
    """A window on an SQLite file never needs psycopg2, which peewee imports with itself (60-100
    ms of a start-up of about 400): hide it while peewee is first imported. Only in a fresh
    process — never where peewee is already loaded (tests), so nothing else loses PostgreSQL."""
    if "://" in (target or os.environ.get("OFFICEDESK_DB") or "") or "peewee" in sys.modules:
        return
    hidden = "psycopg2" not in sys.modules
    if hidden:
        sys.modules["psycopg2"] = None  # type: ignore[assignment]  # import psycopg2 -> ImportError
    try:
        import peewee  # noqa: F401
    finally:
        if hidden and sys.modules.get("psycopg2", 0) is None:
            del sys.modules["psycopg2"]


def _import_core_first() -> None:
    """The modules below the interface that the window needs before its first paint, imported
    before PySide6: PySide6 reads the source of every module imported after it (looking for
    `__feature__`), some 80 files at start-up (6-8 ms)."""
    import officedesk.core.dashboard
    import officedesk.core.positions
    import officedesk.core.settings
    import officedesk.core.users
    import officedesk.store.db
    import officedesk.store.migrations
    import officedesk.store.presence  # noqa: F401


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    _without_postgresql_driver(args.db)
    try:
        log_path: Path | OSError = setup_logging()
    except OSError as exc:  # a read-only data folder: said once there is a window to say it
        log_path = exc
    _import_core_first()
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("机关办公桌面")
    _settings_location()
    ensure_cjk_font(app)
    from officedesk.ui import i18n

    i18n.install(app, args.lang)
    if isinstance(log_path, OSError):
        return _cannot_start(log_path, args.smoke)
    install_crash_handler(log_path)

    from officedesk.core import settings, users
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.errors import OfficeDeskError
    from officedesk.store.db import open_database, resolve_target
    from officedesk.store.file_guard import NEW_IF_MISSING

    target = resolve_target(args.db)
    notice = UpgradeNotice()
    try:
        # a missing file is the first start (the first-run dialog follows); a 0-byte one may
        # be the office's database cut short: refused, not shown as a new, empty office
        open_database(target, new=NEW_IF_MISSING, upgrading=notice.show)
        settings.forget_cache()
    except OfficeDeskError as exc:
        from officedesk.core.backups import damaged_hint

        hint = damaged_hint(target)  # the window cannot open it: the command that restores it
        message = exc.message + (f"\n\n{hint}" if hint else "")
        if args.smoke:
            print(message, file=sys.stderr)
            return 1
        QMessageBox.critical(None, QApplication.translate("app", "无法打开数据库"), message)
        return 1
    finally:
        notice.close()
    label = database_label(target)

    if args.smoke:
        actor = CLI_ACTOR
    elif not users.has_users():
        from officedesk.ui.login import FirstRunDialog

        first = FirstRunDialog()
        if not first.exec() or first.actor is None:
            return 0
        actor = first.actor
    else:
        from officedesk.ui.login import LoginDialog

        login = LoginDialog(label)
        if not login.exec() or login.actor is None:
            return 0
        actor = login.actor

    window = _open_window(actor, label, args.smoke)
    if args.smoke:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(300, window.close)
        QTimer.singleShot(400, app.quit)
        app.exec()
        _session_over(window)
        print("smoke ok: main window opened with", window.tabs.count(), "tabs")
        return _leave(0)
    code = app.exec()
    from officedesk.ui import session

    _session_over(session.current(window))
    return _leave(code)


def _session_over(window) -> None:
    """The window closed: no more watching or background work; and (保密) the copies of
    attachments opened for viewing go now, not at the next log-in, when closed without 注销."""
    from officedesk.core import opened_copies

    window.ctx.stop_watching()
    _finish_background_work()
    opened_copies.clear()


def _cannot_start(exc: OSError, smoke: bool) -> int:
    """The data folder cannot be written (the log's folder or file): said in a box, as a
    database the window cannot open is; on stderr with --smoke. The program does not start."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from officedesk.cli import file_trouble_message

    message = file_trouble_message(exc)
    if smoke:
        print(message, file=sys.stderr)
    else:
        QMessageBox.critical(None, QApplication.translate("app", "无法启动机关办公桌面"), message)
    return 1


def _open_window(actor, label: str, smoke: bool = False):
    """The main window of a session, shown; once more when the user logs in again with another
    role (ui.session)."""
    from officedesk.ui.context import AppContext
    from officedesk.ui.main_window import MainWindow

    ctx = AppContext(actor, label)
    window = MainWindow(ctx)
    if os.environ.get("OFFICEDESK_STARTUP_PROBE"):  # bench/bench_registry.py: time to the painted window
        import time

        # the process's CPU time beside the wall clock: on a shared machine it is the steadier figure
        window.after_first_paint(lambda: print(f"painted cpu {time.process_time():.3f}", flush=True))
    window.show()
    # other workstations' changes reach the lists and the 工作台; a lost database is said so.
    # Everything below waits for the first paint: the clerk sees the window first.
    ctx.connection_problem.connect(lambda message: window.statusBar().showMessage(message))
    window.after_first_paint(ctx.watch_changes)
    if not smoke:
        window.after_first_paint(lambda: _after_start(window, actor))
        from officedesk.ui import session

        # a stopped account, a new role or 密级权限: log in again
        session.guard(window, lambda again: _open_window(again, label))
    return window


def _after_start(window, actor) -> None:
    """Once the window is painted: the fonts for printing, a notice about missing holidays."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from officedesk.core import dashboard
    from officedesk.core.i18n import display
    from officedesk.printing import warm_up

    # A process's first paper loads ~1.5 s of fonts and tables: load them while the clerk
    # looks around, so the first 打印 does not wait for them.
    QTimer.singleShot(1500, warm_up.in_background)
    notice = dashboard.calendar_notice(actor)  # a year's holidays missing: deadlines 暂按
    if notice:
        shown = display(notice)  # core's text, in the interface's language
        QTimer.singleShot(
            800, lambda: QMessageBox.information(window, QApplication.translate("app", "节假日安排"), shown)
        )


def _finish_background_work() -> None:
    """Work with a progress dialog (an import, a backup) ends before the process does; a read
    nobody waits for (the 工作台's counts, a list's ids) gets a moment (tasks.QUIET_WAIT_MS)."""
    tasks = sys.modules.get("officedesk.ui.tasks")
    if tasks is not None:
        tasks.wait_for_all(quiet_ms=tasks.QUIET_WAIT_MS)


def _leave(code: int) -> int:
    """The exit code, or, if a read is still running in a worker thread, the end of the
    process here: destroying a running QThread aborts the process (exit code 134, seen when the
    window closed while the 工作台 still counted a million records). The read writes nothing,
    so nothing is lost; the log is flushed first."""
    tasks = sys.modules.get("officedesk.ui.tasks")
    if tasks is not None and tasks.still_running():
        logging.getLogger(__name__).info("closing while a background read still runs: process ended")
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
