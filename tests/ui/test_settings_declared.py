"""系统设置 and `officedesk settings` show every declared setting from the start (the printing
ones were missing until something had been printed), and on each page Tab goes through the
fields before 恢复默认."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTabBar

from officedesk.ui.widgets.mnemonics import plain
from tests.ui.forms import shown

ROOT = Path(__file__).resolve().parents[2]

# every module that declares a setting, found in the source (what a new one adds is seen too)
_DECLARING = sorted(
    ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
    for path in (ROOT / "officedesk").rglob("*.py")
    if re.search(r"\bsettings\.declare\(", path.read_text(encoding="utf-8"))
)

_ALL = """
import importlib, json, sys
from officedesk.core import settings
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps({s.key: s.group for s in settings.declared()}))
"""

# a fresh process, as the window opens 系统设置 before anything has been printed
_DIALOG = """
import json, sys
from PySide6.QtWidgets import QApplication
from officedesk.core.actor import CLI_ACTOR
from officedesk.store import db
from officedesk.ui.settings_dialog import SettingsDialog, OWN_DIALOG_GROUPS
app = QApplication([])
db.open_database(sys.argv[1])
dialog = SettingsDialog(CLI_ACTOR)
print(json.dumps(sorted(dialog.inputs)))
"""


def _run(*command: str, home: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OFFICEDESK_")}
    env.update(OFFICEDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, *command], cwd=ROOT, env=env, capture_output=True,
                            text=True, encoding="utf-8", timeout=180, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def _every_key(tmp_path: Path) -> dict[str, str]:
    """Every setting declared anywhere -> its group."""
    assert "officedesk.printing.gbt9704.geometry" in _DECLARING
    return json.loads(_run("-c", _ALL, *_DECLARING, home=tmp_path / "home"))


def test_the_settings_dialog_shows_every_setting_before_anything_is_printed(tmp_path):
    from officedesk.ui.settings_dialog import OWN_DIALOG_GROUPS

    # the groups with a dialog of their own (审批链) are not fields here
    every = {key for key, group in _every_key(tmp_path).items() if group not in OWN_DIALOG_GROUPS}
    shown_keys = set(json.loads(_run("-c", _DIALOG, str(tmp_path / "office.db"),
                                     home=tmp_path / "home")))
    missing = every - shown_keys
    assert not missing, sorted(missing)
    assert {"print.format_by_kind", "print.line_pitch_pt", "print.seating.wide_hall",
            "efficiency.bulletin.format"} <= shown_keys


def test_the_settings_listing_of_the_command_line_shows_every_setting(tmp_path):
    from tests.test_cli import Cli

    every = set(_every_key(tmp_path))
    cli = Cli.initialised(tmp_path, here=True)
    listed = json.loads(cli("settings", "--json").stdout)
    missing = every - {row["key"] for row in listed}
    assert not missing, sorted(missing)


def test_tab_goes_through_a_pages_fields_before_restore_defaults(db, qtbot):
    import officedesk.core.supervision  # noqa: F401
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.ui.settings_dialog import SettingsDialog

    dialog = shown(SettingsDialog(CLI_ACTOR), qtbot)
    bar = dialog.pages.findChild(QTabBar)
    bar.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar)
    page = dialog.pages.currentWidget()
    fields = [w for w in dialog.inputs.values() if page.isAncestorOf(w)]
    reset = [b for b in page.findChildren(QPushButton) if plain(b.text()) == "恢复默认"][0]
    reached = []
    for _ in range(len(fields) + 10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is reset:
            break
        reached.append(next((f for f in fields if f is focus or f.isAncestorOf(focus)), None))
    assert QApplication.focusWidget() is reset
    assert fields and all(field in reached for field in fields)  # every field first
