"""A clerk's first print of the day: the first paper a fresh process makes, against the second.

    /work/venv/bin/python bench/bench_first_print.py [--size 50] [--db FILE] [--runs 3]

Each paper is made in a fresh process (a subprocess per run), on a demo office (`demo --size N`,
made once in a temporary folder unless --db names one), twice: the first paper pays every
one-time cost of the process, the second only the paper. Six common papers: 收文处理笺, 发文稿纸,
会议通知, 签到表, 督查通报, 信访告知书. The first is split, in its own fresh process, into what
it loads once — the fonts' registration (reportlab parsing the TrueType faces), the title
segmenter (jieba's dictionary and its part-of-speech table) — and the rest (imports, the
database's first reads), each timed on its own before the paper. The same is measured again with
`printing.warm_up` run before the paper, as the window runs it in the background after it paints
(the naive baseline is the first paper with nothing warmed, as before the warm-up took in the
segmenter). Target: the first paper at most 0.5 s more than the second. Wall time depends on
what else runs on the machine (the load average is printed).
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


def child(db: str, form_name: str, registry: str, mode: str) -> dict[str, Any]:
    """One fresh process: open the office, then (mode "split") time the one-time loads on their
    own, or (mode "warm") run the warm-up, then the paper twice."""
    from reportlab import rl_config

    rl_config.invariant = 1  # no date or random id in the PDF: papers compare byte for byte
    timings: dict[str, Any] = {}
    start = time.perf_counter()
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.printing import forms
    from officedesk.store.db import open_database

    open_database(db, migrate=False)
    forms.load_all()
    ids = _pick(registry)
    timings["open"] = time.perf_counter() - start
    if mode == "split":
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
    print("| paper | pages | open | fonts | segmenter | first (cold) | first − second | second "
          "| warm-up | first after warm-up | − second | same bytes |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    cold_extra: list[float] = []
    warm_extra: list[float] = []
    for form_name, label, registry in PAPERS[:args.papers]:
        cold = [_run(db, form_name, registry, "cold", home) for _ in range(args.runs)]
        split = [_run(db, form_name, registry, "split", home) for _ in range(args.runs)]
        warm = [_run(db, form_name, registry, "warm", home) for _ in range(args.runs)]

        def med(runs: list[dict[str, Any]], key: str) -> float:
            return statistics.median(run[key] for run in runs)

        shas = {run["sha"] for run in cold + split + warm}
        same = "yes" if len(shas) == 1 and all(run["same"] for run in cold + split + warm) else "NO"
        extra = med(cold, "first") - med(cold, "second")
        after = med(warm, "first") - med(warm, "second")
        cold_extra.append(extra)
        warm_extra.append(after)
        print(f"| {label} | {med(cold, 'pages'):.0f} | {_ms(med(cold, 'open'))} | {_ms(med(split, 'fonts'))} "
              f"| {_ms(med(split, 'segmenter'))} | {_ms(med(cold, 'first'))} | {_ms(extra)} "
              f"| {_ms(med(cold, 'second'))} | {_ms(med(warm, 'warm_up'))} | {_ms(med(warm, 'first'))} "
              f"| {_ms(after)} | {same} |")
    worst_cold, worst_warm = max(cold_extra), max(warm_extra)
    print()
    print("| what | measured | baseline | ratio | target | size |\n|---|---|---|---|---|---|")
    print(f"| first paper beyond the second, warmed up (worst of {len(cold_extra)}) | {_ms(worst_warm)} "
          f"| {_ms(worst_cold)} (nothing warmed) | {worst_cold / max(worst_warm, 1e-3):.1f}× "
          f"| ≤ {_ms(TARGET)} | demo --size {args.size} |")
    print()
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
