"""A clerk's first print of the day: the first paper a fresh process makes, against the second.

    /work/venv/bin/python bench/bench_first_print.py [--size 50] [--db FILE] [--runs 3] [--papers 6]

Each paper is made in a fresh process (a subprocess per run), on a demo office (`demo --size N`,
made once in a temporary folder unless --db names one), twice: the first paper pays every
one-time cost of the process, the second only the paper. Six common papers: 收文处理笺, 发文稿纸,
会议通知, 签到表, 督查通报, 信访告知书. Modes, each its own processes: the naive baseline
"before" (jieba imported with pkg_resources and its dictionary and tag table read whole, each
face parsed, as before printing.segmenter_tables); "now" with nothing warmed (the command line's print, a load
test workstation); the one-time loads timed on their own before the paper — the fonts'
registration (reportlab parsing the TrueType faces) and the title segmenter, before and now —;
and after `printing.warm_up`, as the window runs it in the background once it has painted.
"same bytes": every run's first paper, in every mode, is the same PDF (reportlab's invariant
mode) and the second is the first. Target: the first paper at most 0.5 s more than the second.
Wall time depends on what else runs on the machine (the load average is printed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (form, label, the registry its record is picked from: the first by id; none for a period's)
PAPERS = [
    ("incoming-slip", "收文处理笺", "incoming"),
    ("outgoing-draft", "发文稿纸", "outgoing"),
    ("notice", "会议通知", "meetings"),
    ("signin", "签到表", "meetings"),
    ("bulletin", "督查通报", ""),
    ("petition-notice", "信访告知书", "petitions"),
]
TARGET = 0.5  # s: the first paper beyond the second


def _pick(registry: str) -> list[int]:
    """The first record of the registry that the paper prints (by id: the same every run)."""
    from officedesk.store.documents import IncomingDoc, OutgoingDoc
    from officedesk.store.meetings import Meeting
    from officedesk.store.petitions import Petition

    if not registry:
        return []
    query = {
        "incoming": IncomingDoc.select(IncomingDoc.id),
        "outgoing": OutgoingDoc.select(OutgoingDoc.id),
        "meetings": Meeting.select(Meeting.id),
        "petitions": Petition.select(Petition.id).where(Petition.handling != ""),
    }[registry]
    row = query.order_by(query.model.id).first()
    return [row.id] if row is not None else []


def _as_before() -> None:
    """The one-time loads as they were before segmenter_tables: jieba imported
    with pkg_resources and its dictionary and tag table read whole, each face parsed."""
    import jieba

    from officedesk.printing import segmenter_tables

    segmenter_tables._import_jieba = lambda: jieba
    segmenter_tables.load = lambda *_args: None
    segmenter_tables.save = lambda *_args: None


def _holds(mode: str) -> dict[str, Any]:
    """The window's thread ticking every 5 ms while the warm-up runs in the background
    ("hold"; "hold-before": the fonts alone, parsed, as the window warmed them before): the
    longest tick is the longest the warm-up held it (the GIL: one long call in C)."""
    import threading

    if mode == "hold-before":
        from officedesk.printing import fonts

        _as_before()
        thread = threading.Thread(target=fonts.register_fonts, daemon=True)
        thread.start()
    else:
        from officedesk.printing import warm_up

        thread = warm_up.in_background()
    start = last = time.perf_counter()
    longest = 0.0
    while thread.is_alive():
        time.sleep(0.005)
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    return {"longest": longest, "took": last - start}


def child(db: str, form_name: str, registry: str, mode: str) -> dict[str, Any]:
    """One fresh process: open the office; then, by mode, nothing ("cold"; "before": jieba's
    tables read whole, as before), the one-time loads timed on their own ("split",
    "split-before") or the window's warm-up ("warm"); then the paper twice."""
    from reportlab import rl_config

    rl_config.invariant = 1  # no date or random id in the PDF: papers compare byte for byte
    if mode.startswith("hold"):
        return _holds(mode)
    timings: dict[str, Any] = {}
    start = time.perf_counter()
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.printing import forms
    from officedesk.store.db import open_database

    open_database(db, migrate=False)
    forms.load_all()
    ids = _pick(registry)
    timings["open"] = time.perf_counter() - start
    if mode.endswith("before"):
        _as_before()
    if mode.startswith("split"):
        from officedesk.printing import fonts, words

        mark = time.perf_counter()
        fonts.register_fonts()
        timings["fonts"] = time.perf_counter() - mark
        mark = time.perf_counter()
        words.load_segmenter()
        timings["segmenter"] = time.perf_counter() - mark
    elif mode == "warm":
        from officedesk.printing import warm_up

        mark = time.perf_counter()
        warm_up.warm_up()
        timings["warm_up"] = time.perf_counter() - mark
    build = forms.get(form_name).build
    mark = time.perf_counter()
    first = build(ids, CLI_ACTOR)
    timings["first"] = time.perf_counter() - mark
    mark = time.perf_counter()
    second = build(ids, CLI_ACTOR)
    timings["second"] = time.perf_counter() - mark
    import pymupdf

    timings["pages"] = float(pymupdf.open(stream=bytes(first), filetype="pdf").page_count)
    timings["same"] = bytes(first) == bytes(second)
    timings["sha"] = hashlib.sha256(bytes(first)).hexdigest()
    return timings


def _run(db: str, form_name: str, registry: str, mode: str, home: str) -> dict[str, Any]:
    env = {**os.environ, "OFFICEDESK_HOME": home, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps([db, form_name, registry, mode])],
        env=env, capture_output=True, text=True, timeout=600, cwd=ROOT,
    )
    if done.returncode != 0:
        raise SystemExit(f"{form_name} ({mode}) failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _demo(size: int, folder: Path) -> str:
    db = folder / f"demo-{size}.db"
    if db.exists():
        return str(db)
    env = {**os.environ, "OFFICEDESK_HOME": str(folder / "home"), "PYTHONPATH": str(ROOT),
           "OFFICEDESK_ADMIN_PASSWORD": "Bench-pass-2026!"}
    for args in (["init", "--org", "中共云岭县委办公室", "--code", "云委办"], ["demo", "--size", str(size)]):
        subprocess.run([sys.executable, "-m", "officedesk", "--db", str(db), *args], env=env, check=True,
                       capture_output=True, cwd=ROOT)
    return str(db)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=50, help="demo size (records per registry)")
    parser.add_argument("--db", help="an office to print from (default: a demo made once)")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per paper and mode (median)")
    parser.add_argument("--papers", type=int, default=len(PAPERS), help="only the first N papers")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*json.loads(args.child))))
        return

    folder = Path(os.environ.get("OFFICEDESK_BENCH_HOME") or tempfile.gettempdir()) / "bench-first-print"
    folder.mkdir(parents=True, exist_ok=True)
    db = args.db or _demo(args.size, folder)
    home = str(folder / "home")
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPU(s); office: {db} "
          f"({Path(db).stat().st_size / 2**20:.1f} MiB, demo --size {args.size}); "
          f"{args.runs} fresh process(es) per paper and mode, medians")
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    print()
    print("| paper | pages | fonts before | fonts now | segmenter before | segmenter now | first before "
          "| − second | first now | − second | warm-up | first after warm-up | − second | same bytes |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    modes = ("before", "cold", "split-before", "split", "warm")
    extras: dict[str, list[float]] = {mode: [] for mode in modes}
    _run(db, PAPERS[0][0], PAPERS[0][2], "cold", home)  # the kept tables and faces made, if not
    for form_name, label, registry in PAPERS[:args.papers]:
        runs = {mode: [_run(db, form_name, registry, mode, home) for _ in range(args.runs)] for mode in modes}

        def med(mode: str, key: str, runs: dict[str, list[dict[str, Any]]] = runs) -> float:
            return statistics.median(run[key] for run in runs[mode])

        every = [run for mode in modes for run in runs[mode]]
        same = "yes" if len({run["sha"] for run in every}) == 1 and all(run["same"] for run in every) else "NO"
        for mode in modes:
            extras[mode].append(med(mode, "first") - med(mode, "second"))
        print(f"| {label} | {med('cold', 'pages'):.0f} | {_ms(med('split-before', 'fonts'))} "
              f"| {_ms(med('split', 'fonts'))} "
              f"| {_ms(med('split-before', 'segmenter'))} | {_ms(med('split', 'segmenter'))} "
              f"| {_ms(med('before', 'first'))} | {_ms(extras['before'][-1])} "
              f"| {_ms(med('cold', 'first'))} | {_ms(extras['cold'][-1])} "
              f"| {_ms(med('warm', 'warm_up'))} | {_ms(med('warm', 'first'))} | {_ms(extras['warm'][-1])} "
              f"| {same} |")
    holds = {mode: [_run(db, "", "", mode, home) for _ in range(args.runs)] for mode in ("hold-before", "hold")}
    before, cold, warm = max(extras["before"]), max(extras["cold"]), max(extras["warm"])
    size = f"demo --size {args.size}, {len(extras['cold'])} papers" if not args.db else Path(args.db).name
    print()
    print("| what | measured | baseline | ratio | target | size |\n|---|---|---|---|---|---|")
    print(f"| first paper beyond the second, nothing warmed (command line, a workstation process; worst) "
          f"| {_ms(cold)} | {_ms(before)} (before: jieba whole, faces parsed) | {before / max(cold, 1e-3):.1f}× "
          f"| ≤ {_ms(TARGET)} | {size} |")
    print(f"| first paper beyond the second, after the window's warm-up (worst) | {_ms(warm)} "
          f"| {_ms(before)} (nothing warmed, as before) | {before / max(warm, 1e-3):.1f}× "
          f"| ≤ {_ms(TARGET)} | {size} |")
    print()
    for mode, what in (("hold-before", "before: the fonts alone, parsed"), ("hold", "now: every part")):
        longest = [run["longest"] for run in holds[mode]]
        print(f"the window's thread during the background warm-up ({what}): longest hold "
              f"{_ms(min(longest))}–{_ms(max(longest))}, the warm-up "
              f"{_ms(statistics.median(run['took'] for run in holds[mode]))}")
    print()
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
