"""效能 figures benchmark: a year of 100,000 收文 procedures (six recorded steps each).

    PYTHONPATH=$PWD .venv/bin/python bench/bench_efficiency.py [--procedures 100000]

Prints a table: reading the spans from SQLite, computing the figures (per step, unit,
person, 文种; this period, the previous one and last year's; twelve months), the whole
`efficiency()` call, and a naive baseline that counts working days by walking the calendar
day by day (core.workdays.working_days_between) — measured on a tenth of the data and
scaled, since it takes minutes on all of it. Target (issue 15): under 2 s for the year.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def populate(count: int) -> None:
    from officedesk.core import workdays
    from officedesk.store.db import database

    rng = random.Random(15)
    units = [f"县直单位{n:02d}" for n in range(40)]
    people = [f"承办人{n:03d}" for n in range(300)]  # the handling units' people
    leaders = [f"领导{n}" for n in range(8)]  # 批办
    clerks = [f"文书{n}" for n in range(6)]  # the office's own steps
    kinds = ["通知", "函", "意见", "报告", "请示"]
    every = [dt.date(2024, 12, 1) + dt.timedelta(days=n) for n in range(450)]
    working = [d for d in every if workdays.is_workday(d)]
    position = {d: n for n, d in enumerate(working)}
    days = [d for d in working if d.year == 2025]
    docs, steps = [], []
    now = dt.datetime(2026, 1, 5, 9)
    for rid in range(1, count + 1):
        start = rng.choice(days)
        at = start
        trail = []
        for step in ("签收", "登记", "初审", "拟办", "批办", "承办", "办结"):
            at = working[position[at] + rng.choice([0, 0, 1, 1, 2, 3])] if trail else at
            trail.append((step, at))
        due = working[position[trail[5][1]] + 5]
        unit = rng.choice(units)
        docs.append((rid, f"收〔2025〕{rid}号", start, "某市政府办公室", "标题", rng.choice(kinds),
                     "非密", "已办结", unit, rng.choice(people), due, trail[-1][1], now, now, 1))
        for step, day in trail:
            who = rng.choice(leaders) if step == "批办" else rng.choice(clerks)
            steps.append(("incoming", rid, step, who, dt.datetime.combine(day, dt.time(10))))
    from officedesk.store.documents import DocStep, IncomingDoc

    doc_fields = ["id", "receive_no", "received_on", "from_org", "title", "kind", "secrecy",
                  "state", "handler_unit", "handler_person", "due_on", "finished_on",
                  "created_at", "updated_at", "version"]
    with database.atomic():
        for n in range(0, len(docs), 500):
            IncomingDoc.insert_many([dict(zip(doc_fields, row, strict=True))
                                     for row in docs[n : n + 500]]).execute()
        for n in range(0, len(steps), 1000):
            DocStep.insert_many(steps[n : n + 1000], fields=[
                DocStep.registry, DocStep.record_id, DocStep.step, DocStep.person, DocStep.at,
            ]).execute()


CPU: list[float] = []


def best(fn, runs: int) -> tuple[float, object]:
    """Median wall time; the median CPU time of this process goes to CPU (it does not grow
    when other programs share the machine)."""
    times, cpu, out = [], [], None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        out = fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    CPU.append(statistics.median(cpu))
    return statistics.median(times), out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--procedures", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", help="keep the generated database in this file (reused if there)")
    args = parser.parse_args()
    import os

    os.environ["OFFICEDESK_HOME"] = tempfile.mkdtemp(prefix="bench-efficiency-")
    from officedesk.core import clock, registry, workdays
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.efficiency import efficiency
    from officedesk.core.efficiency import spans as S
    from officedesk.core.efficiency.figures import Period
    from officedesk.core.efficiency.report import calendar_for, compute, window_for
    from officedesk.store.db import open_database

    path = Path(args.db) if args.db else Path(os.environ["OFFICEDESK_HOME"]) / "bench.db"
    reuse = path.exists()
    open_database(str(path))
    registry.load_all()
    start = time.perf_counter()
    if not reuse:
        populate(args.procedures)
    made = time.perf_counter() - start
    today = dt.date(2026, 1, 5)
    clock.set_today(today)
    period = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    window = window_for(period)
    cal = calendar_for(window, today)
    from officedesk.core.efficiency import step_spans
    from officedesk.store.step_span import StepSpanMark

    StepSpanMark.delete().execute()  # built from nothing, as on first use after migration 17
    start = time.perf_counter()
    step_spans.refresh("incoming", S.counted_steps("incoming"))
    summary_t = time.perf_counter() - start
    load_t, spans = best(lambda: S.load(CLI_ACTOR, window), args.runs)
    compute_t, _ = best(lambda: compute(spans, cal, period, today), args.runs)  # type: ignore[arg-type]
    whole_t, _ = best(lambda: efficiency(CLI_ACTOR, period.first, period.last, today=today), args.runs)

    class Naive:  # the day-by-day walk every deadline function does
        def between(self, a: int, b: int) -> int:
            return workdays.working_days_between(dt.date.fromordinal(a), dt.date.fromordinal(b))

    detail = window._replace(detail=True)  # one span per step of each record, as before
    per_record_t, per_record = best(lambda: S.load(CLI_ACTOR, detail), 1)  # the old read
    sample = [s for s in per_record if s[2] <= args.procedures // 10]
    naive_t, _ = best(lambda: compute(sample, Naive(), period, today), 1)  # type: ignore[arg-type]
    naive_full = naive_t * 10
    print(f"data: {args.procedures:,} 收文 procedures, {len(spans):,} spans "  # type: ignore[arg-type]
          + (f"(made in {made:.1f} s)" if not reuse else "(reused)") + ", SQLite, 2 cores shared")
    print(f"load average {os.getloadavg()[0]:.1f}; times: median wall (CPU of this process)")
    print(f"{'figure':<44}{'time':>16}{'naive':>12}{'ratio':>9}{'target':>9}")
    rows = [
        ("read the spans (SQL, visibility filter)", load_t, per_record_t),
        ("compute the figures (3 periods, 12 months)", compute_t, naive_full),
        ("efficiency(): all of it", whole_t, None),
    ]
    for (name, value, naive), cpu in zip(rows, CPU, strict=False):
        ratio = f"{naive / value:.0f}×" if naive else ""
        naive_text = (f"{naive:.1f} s" + ("*" if naive is naive_full else "")) if naive else ""
        target = "< 2 s" if name.startswith("efficiency") else ""
        shown = f"{value:.2f} s ({cpu:.2f})"
        print(f"{name:<44}{shown:>16}{naive_text:>12}{ratio:>9}{target:>9}")
    print(f"{'step-span summary built (once per database)':<44}{summary_t:>11.2f} s")
    print("naive, read: every step row read into Python (the drill-down's read, as the figures "
          "read before the step-span summary)")
    print("* naive, compute: working days counted by walking the calendar day by day, measured "
          f"on {len(sample):,} spans (a tenth) and scaled by 10")


if __name__ == "__main__":
    main()
