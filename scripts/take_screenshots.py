"""Screenshots of the main tabs and the biggest dialogs on a 1366×768 laptop (available
1366×728), in Chinese and English, into docs/screenshots/.

    PYTHONPATH=$PWD .venv/bin/python scripts/take_screenshots.py [--lang zh_CN|en] [--all]

Runs offscreen on a demo database in a temporary folder; --all also saves every dialog the
tabs' buttons open (to look at, not to commit)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = ROOT / "tests" / "ui" / "laptop_screen.json"
BIG_DIALOGS = {  # the first dialog of each class the walk opens -> file name
    "MeetingDialog": "meeting-new",
    "RegistrationDialog": "petition-register",
    "DraftDialog": "outgoing-draft",
    "BulletinDialog": "supervision-bulletin",
    "PrintPreviewDialog": "print-preview",
    "SettingsDialog": "settings",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("zh_CN", "en"), action="append")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
    home = Path(tempfile.mkdtemp(prefix="officedesk-shots-"))
    os.environ["OFFICEDESK_HOME"] = str(home)
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QFileDialog

    app = QApplication(["officedesk"])
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.store import db as store_db

    store_db.open_database(str(home / "demo.db"))
    from officedesk import demo

    demo.populate(size=20)
    QFileDialog.getSaveFileName = lambda *a, **k: ("", "")  # type: ignore[method-assign]
    QFileDialog.getOpenFileName = lambda *a, **k: ("", "")  # type: ignore[method-assign]

    from officedesk.ui import i18n
    from officedesk.ui.context import AppContext
    from officedesk.ui.main_window import MainWindow

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang in args.lang or ["zh_CN", "en"]:
        i18n.install(app, lang)
        ctx = AppContext(
            CLI_ACTOR, "demo.db", QSettings(str(home / f"ui-{lang}.ini"), QSettings.Format.IniFormat)
        )
        shoot(MainWindow(ctx), "zh" if lang == "zh_CN" else "en", out, args.all)
        i18n.uninstall(app)
    from officedesk.ui import tasks

    tasks.wait_for_all()  # background reads end before their database closes
    store_db.close_database()
    return 0


class Bot:
    @staticmethod
    def wait(ms: int) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()


def shoot(window, suffix: str, out: Path, every: bool) -> None:  # noqa: ANN001
    """The main tabs maximized, then the walk through every button's dialog."""
    from tests.ui import fit_probe
    from tests.ui.test_fit_screen import visit_tab

    window.showMaximized()
    Bot.wait(300)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        Bot.wait(400)
        fit_probe.select_first_rows(window.tabs.currentWidget())
        Bot.wait(200)
        name = window.tabs.currentWidget().objectName().removeprefix("tab_")
        window.grab().save(str(out / f"{suffix}-tab-{name}.png"))
    counter = [0]
    taken: set[str] = set()

    def save(widget) -> None:  # noqa: ANN001
        counter[0] += 1
        name = BIG_DIALOGS.get(type(widget).__name__)
        if name and name not in taken:
            taken.add(name)
            Bot.wait(300)  # let a preview render its page
            widget.grab().save(str(out / f"{suffix}-dialog-{name}.png"))
        if every:
            widget.grab().save(str(out / f"{suffix}-all-{counter[0]:03d}.png"))
            print(f"{counter[0]:03d} {closer.where} [{widget.windowTitle()}]")

    shoot_settings(window, out / f"{suffix}-dialog-settings.png")

    closer = fit_probe.Closer(window, save)
    closer.start()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        Bot.wait(200)
        visit_tab(window, window.tabs.currentWidget(), closer, Bot)
    closer.stop()
    window.close()
    # Qt deletes the window now, on this thread, while the application lives: not the garbage
    # collector at some later allocation (inside the next walk, or after QApplication is gone)
    window.deleteLater()
    Bot.wait(50)


def shoot_settings(window, path: Path):  # noqa: ANN001, ANN201
    """系统设置 as the 工具 menu opens it (actions.settings_dialog: the user's, over the window —
    it was given the window where the user goes, and stood alone), saved to `path`; the dialog."""
    from officedesk.ui import actions

    dialog = actions.settings_dialog(window)  # the biggest form
    dialog.show()
    Bot.wait(200)
    dialog.grab().save(str(path))
    dialog.close()
    return dialog


if __name__ == "__main__":
    raise SystemExit(main())
