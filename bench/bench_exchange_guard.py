"""Hostile spreadsheets: how fast and in how little memory import refuses them, against a
reader that loads them as they are (python-calamine, the naive baseline).

    .venv/bin/python bench/bench_exchange_guard.py

Each measurement runs in its own child process (so peak memory is its own, read from VmHWM);
the baseline reads a 10x smaller bomb than the guarded import (the full one takes minutes and
gigabytes) and is capped at 60 s of CPU. Prints one table.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.exchange.builders import bomb_xlsx  # noqa: E402

CHILD = """
import resource, sys, time
resource.setrlimit(resource.RLIMIT_CPU, (60, 60))
start = time.perf_counter()
outcome = "read"
try:
    if sys.argv[1] == "guarded":
        from officedesk.exchange import xlsx
        xlsx.read_rows(sys.argv[2])
    else:
        from python_calamine import CalamineWorkbook
        CalamineWorkbook.from_path(sys.argv[2]).get_sheet_by_index(0).to_python()
except Exception as exc:
    outcome = "refused: " + getattr(exc, "message", str(exc))[:28]
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(f"{time.perf_counter() - start:.2f}", int(peak.split()[1]) // 1024, outcome, sep="\\t")
"""


def measure(mode: str, path: Path, home: Path) -> tuple[str, str, str]:
    env = dict(os.environ, OFFICEDESK_HOME=str(home), PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(path)], env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        return "—", "—", f"killed (exit {result.returncode})"
    seconds, peak, outcome = result.stdout.strip().split("\t")
    return seconds, peak, outcome


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="officedesk-bench-guard-"))
    cases = [
        ("10 M rows", dict(rows=10_000_000), dict(rows=1_000_000)),
        ("1 GiB cell", dict(cell_bytes=1 << 30), dict(cell_bytes=100 << 20)),
        ("2 MiB cell", dict(cell_bytes=2 << 20), dict(cell_bytes=2 << 20)),
    ]
    print(f"{'file':<11} | {'size':>7} | {'guarded import':>40} | {'calamine (baseline file)':>44}")
    print("-" * 112)
    for name, full, small in cases:
        path = bomb_xlsx(home / f"{name.replace(' ', '-')}.xlsx", **full)
        base = bomb_xlsx(home / f"{name.replace(' ', '-')}-small.xlsx", **small)
        guarded = measure("guarded", path, home)
        naive = measure("calamine", base, home)
        size = f"{path.stat().st_size / 1024:,.0f} KB"
        shown = f"{guarded[0]} s, {guarded[1]} MB, {guarded[2]}"
        baseline = f"{naive[0]} s, {naive[1]} MB ({small})"
        print(f"{name:<11} | {size:>7} | {shown:>40} | {baseline:>44}")
    print("target: refused within 5 s and 300 MB (issue 10, point 5)")


if __name__ == "__main__":
    main()
