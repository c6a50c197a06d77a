"""The PyInstaller bundle builds from build.spec and its program opens the main window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _pyinstaller() -> list[str]:
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the dev extras")
    return [sys.executable, "-m", "PyInstaller"]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    build = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            *_pyinstaller(),
            str(ROOT / "build.spec"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(build / "dist"),
            "--workpath",
            str(build / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    program = (
        build / "dist" / "officedesk" / ("officedesk.exe" if os.name == "nt" else "officedesk")
    )
    assert program.exists()
    yield program
    shutil.rmtree(build, ignore_errors=True)


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OFFICEDESK_", "PYTHON"))}
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "OFFICEDESK_HOME": str(tmp_path / "home"),
            "OFFICEDESK_NO_CRASH_DIALOG": "1",
        }
    )
    return env


def test_bundle_opens_the_main_window(bundle, tmp_path):
    result = subprocess.run(
        [str(bundle), "--smoke", "--db", str(tmp_path / "smoke.db")],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert (tmp_path / "smoke.db").exists()


def test_bundle_carries_resources_and_the_command_line(bundle, tmp_path):
    internal = bundle.parent / "_internal"
    root = internal if internal.exists() else bundle.parent
    assert (root / "resources" / "fonts" / "wqy-microhei.ttc").exists()
    assert (root / "resources" / "fonts" / "licenses").is_dir()
    env = _env(tmp_path)
    env["OFFICEDESK_ADMIN_PASSWORD"] = "Geheim2026x"
    db = str(tmp_path / "cli.db")
    made = subprocess.run(
        [str(bundle), "init", "--org", "中共云岭县委办公室", "--code", "云委办", "--db", db],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert made.returncode == 0, made.stderr
    added = subprocess.run(
        [str(bundle), "add", "people", "姓名=张三", "--json", "--db", db],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert added.returncode == 0, added.stderr
    found = subprocess.run(
        [str(bundle), "search", "张", "--db", db],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "张三" in found.stdout
    template = tmp_path / "t.xlsx"
    made = subprocess.run(
        [str(bundle), "template", "units", str(template), "--db", db],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0 and template.exists(), made.stderr
