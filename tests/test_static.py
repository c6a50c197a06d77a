"""ruff (lint) and mypy (types of core and store) pass: run as the developer would."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str | None:
    """The tool beside this interpreter (the project's venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_check_passes():
    ruff = _tool("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed")
    result = _run([ruff, "check", "--no-cache", "."])
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_mypy_passes_on_core_and_store():
    mypy = _tool("mypy")
    if mypy is None:
        pytest.skip("mypy is not installed")
    # The files come from [tool.mypy] in pyproject.toml: officedesk/core, store, exchange and printing.
    result = _run([mypy, "--no-incremental", "--cache-dir", "/dev/null"])
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
