"""Printing benchmark: one notice, one 5-page 公文, a batch of 500 sign-in sheets.

    /work/venv/bin/python bench/bench_printing.py [--sheets 500] [--rows 25]

Prints a table: wall time (median of runs for the single forms), pages, PDF size, and peak
Python memory (tracemalloc, measured in a separate pass so it does not slow the timing).
Font registration is a one-time cost per process and is reported on its own line.
Targets: a single form under 150 ms; 500 sign-in sheets in one PDF ≤ 1.5 s (issue 14). The
naive baseline, measured in the same run: each sheet its own PDF (fonts subset 500 times), then
combined. Wall time depends on what else runs on the machine; CPU time of this process does not.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1


def measure(fn: Callable[[], bytes], runs: int) -> tuple[float, float, bytes]:
    """Median wall time and median CPU time of this process (CPU time does not grow when
    other programs share the machine; with worker processes it counts only the parent)."""
    times, cpu = [], []
    out = b""
    for _ in range(runs):
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        out = fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(times), statistics.median(cpu), out


def peak_memory(fn: Callable[[], bytes]) -> float:
    gc.collect()
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sheets", type=int, default=500)
    parser.add_argument("--rows", type=int, default=25, help="people per sign-in sheet")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    args = parser.parse_args()

    from officedesk.printing import fonts
    from officedesk.printing.batch import run_batch
    from officedesk.printing.gbt9704 import render_document
    from officedesk.printing.notice import render_notice
    from officedesk.printing.samples import sample_document, sample_notice, sample_signin
    from officedesk.printing.signin import render_signin_many

    start = time.perf_counter()
    fonts.register_fonts()
    registration = time.perf_counter() - start

    notice = sample_notice()
    document = sample_document(5)
    sheets = [sample_signin(args.rows, seed=k) for k in range(args.sheets)]

    from officedesk.printing.batch import combine

    def naive() -> bytes:
        return combine([render_signin_many([sheet]) for sheet in sheets])

    cases: list[tuple[str, Callable[[], bytes], int]] = [
        ("一份会议通知 notice", lambda: render_notice(notice), args.runs),
        ("一份5页公文 document", lambda: render_document(document), args.runs),
        (f"{args.sheets}张签到表 signin (one PDF)", lambda: render_signin_many(sheets), 1),
        (f"{args.sheets}张签到表 naive: one PDF each + combine", naive, 1),
        (
            f"{args.sheets}张签到表 chunks of 50 + combine",
            lambda: run_batch(sheets, render_signin_many, chunk=50).pdf,
            1,
        ),
        (
            f"{args.sheets}张签到表 2 processes + combine",
            lambda: run_batch(sheets, render_signin_many, chunk=50, workers=2).pdf,
            1,
        ),
    ]

    def pages(pdf: bytes) -> int:
        import pymupdf

        return pymupdf.open(stream=pdf, filetype="pdf").page_count

    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPU(s)")
    print(f"font registration (once per process): {registration * 1000:.0f} ms")
    print()
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    print()
    print(
        f"| {'case':<36} | {'wall':>9} | {'cpu':>9} | {'pages':>5} | {'PDF':>9} | {'peak mem':>9} |"
    )
    print(f"|{'-' * 38}|{'-' * 11}|{'-' * 11}|{'-' * 7}|{'-' * 11}|{'-' * 11}|")
    walls: dict[str, float] = {}
    page_counts: dict[str, int] = {}
    for label, fn, runs in cases:
        wall, cpu, pdf = measure(fn, runs)
        walls[label], page_counts[label] = wall, pages(pdf)
        peak = float("nan") if args.no_memory else peak_memory(fn)
        shown = f"{wall * 1000:.0f} ms" if wall < 1 else f"{wall:.2f} s"
        shown_cpu = f"{cpu * 1000:.0f} ms" if cpu < 1 else f"{cpu:.2f} s"
        print(
            f"| {label:<36} | {shown:>9} | {shown_cpu:>9} | {pages(pdf):>5} "
            f"| {len(pdf) / 1024:>5.0f} KiB "
            f"| {peak:>6.1f} MiB |"
        )
    one, base = walls[cases[2][0]], walls[cases[3][0]]
    print()
    print(f"| what | measured | baseline | ratio | target | size |\n|---|---|---|---|---|---|\n"
          f"| {args.sheets} sign-in sheets in one PDF | {one:.2f} s | {base:.2f} s (one PDF each + combine) "
          f"| {base / one:.1f}× | ≤ 1.5 s | {args.sheets} sheets × {args.rows} people, {page_counts[cases[2][0]]} pages |")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    print(f"process peak RSS: {rss:.0f} MiB; load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
