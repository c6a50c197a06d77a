"""scripts/take_screenshots.py shows 系统设置 as the 工具 menu opens it: the user's dialog over
the window. It called SettingsDialog(window), the window given where the user goes: the dialog
stood alone, not over the window, and held the window as its user (保存 would have been refused)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "take_screenshots.py"


def _script():
    spec = importlib.util.spec_from_file_location("take_screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_settings_shot_is_the_users_dialog_over_the_window(main_window, app_ctx, tmp_path):
    shot = tmp_path / "zh-dialog-settings.png"
    dialog = _script().shoot_settings(main_window, shot)
    assert dialog.actor is app_ctx.actor
    assert dialog.parentWidget() is main_window
    image = QImage(str(shot))
    assert not image.isNull() and image.width() == dialog.width()
