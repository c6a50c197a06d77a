"""Every benchmark under bench/ still runs, at a size too small to measure anything: the figures
in the README come from them, and one broken unnoticed (bench_efficiency read a name core no
longer had) leaves a figure nobody can measure again. Each runs as it is run by hand, in a
folder of its own; what it prints is not judged, only that it prints its table."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# each bench with sizes that keep it to seconds; the table's mark: a line it prints
RUNS = {
    "bench_efficiency": (["--procedures", "300", "--runs", "1"], "efficiency(): all of it"),
    "bench_exchange": (["--rows", "200", "--baseline-rows", "20", "--incoming-rows", "50", "--outgoing-rows", "50",
                        "--update-rows", "20", "--history-rows", "50"], "checked import, with audit and index"),
    "bench_exchange_guard": ([], "guarded import"),
    "bench_first_print": (["--size", "5", "--runs", "1", "--papers", "1"], "first paper beyond the second"),
    "bench_info": (["--items", "300"], "|"),
    "bench_info_import": (["--rows", "40", "--followups", "5", "--existing", "100"], "batch import"),
    "bench_meetings_import": (["--rows", "30", "--small-rows", "10"], "会议 import"),
    "bench_printing": (["--sheets", "5", "--rows", "5", "--runs", "1"], "|"),
    "bench_registry": (["--rows", "300", "--other-rows", "300"], "|"),
    "bench_supervision_import": (["--rows", "30", "--small-rows", "10"], "督查 import"),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(RUNS))
def test_the_bench_runs(name, tmp_path):
    args, mark = RUNS[name]
    env = {**os.environ, "OFFICEDESK_BENCH_HOME": str(tmp_path / "home"), "OFFICEDESK_HOME": str(tmp_path / "home"),
           "QT_QPA_PLATFORM": "offscreen", "OFFICEDESK_BENCH_SMOKE": "1"}
    done = subprocess.run([sys.executable, str(ROOT / "bench" / f"{name}.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert mark in done.stdout, done.stdout[-3000:]
