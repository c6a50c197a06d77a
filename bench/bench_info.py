"""Benchmark the 信息 ranking and the list's choice filter over a big registry.

    python bench/bench_info.py [--items 50000]

Generates items and their 采用/批示 rows straight into the tables (bulk inserts), then times the
year's ranking (grouped SQL: core.info.scoring.unit_scores) against the naive way (every item's
score, item by item), and the first page of the list filtered by 状态 in 报送时间 order.
Prints a table. Target at 50,000 items: ranking < 300 ms, first page < 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UNITS = [f"第{n}单位" for n in range(1, 61)]


def _fill(items: int) -> None:
    from officedesk.store.db import database
    from officedesk.store.info import InfoAction, InfoItem

    rng = random.Random(1)
    start = dt.datetime(2026, 1, 1, 8)
    states = ["待初审", "不采用", "已编发", "已上报", "已采用"]
    with database.atomic():
        rows = [{"number": f"信息〔2026〕{n}号", "title": f"信息{n}", "unit": rng.choice(UNITS),
                 "reported_at": start + dt.timedelta(minutes=n * 10), "category": "工作动态",
                 "content": "正文", "state": rng.choice(states)} for n in range(1, items + 1)]
        for i in range(0, len(rows), 500):
            InfoItem.insert_many(rows[i:i + 500]).execute()
        actions = []
        for item_id in range(1, items + 1):
            day = (start + dt.timedelta(minutes=item_id * 10)).date()
            if rng.random() < 0.6:
                actions.append({"item": item_id, "kind": "采用", "on": day, "level": "县"})
            if rng.random() < 0.15:
                actions.append({"item": item_id, "kind": "采用", "on": day, "level": "市"})
            if rng.random() < 0.03:
                actions.append({"item": item_id, "kind": "批示", "on": day, "person": "县长"})
        for i in range(0, len(actions), 500):
            InfoAction.insert_many(actions[i:i + 500]).execute()


def _time(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=50_000)
    args = parser.parse_args()
    os.environ["OFFICEDESK_HOME"] = tempfile.mkdtemp()
    from officedesk.core import info, records
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.info import scoring
    from officedesk.store import db
    from officedesk.store.info import InfoItem

    db.open_database(str(Path(os.environ["OFFICEDESK_HOME"]) / "bench.db"))
    _fill(args.items)
    year = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))

    def naive() -> dict[str, int]:
        totals: dict[str, int] = {}
        for item in InfoItem.select(InfoItem.id, InfoItem.unit):
            totals[item.unit] = totals.get(item.unit, 0) + scoring.item_score(item.id)
        return totals

    ranked = scoring.unit_scores(CLI_ACTOR, *year)
    assert {s.unit: s.points for s in ranked} == naive()  # the same figures both ways
    ranking_ms = _time(lambda: scoring.unit_scores(CLI_ACTOR, *year))
    naive_ms = _time(naive, runs=1)
    page_ms = _time(lambda: records.list_ids(info.SPEC, CLI_ACTOR,
                                             [records.Filter("state", "eq", "已采用")], limit=100))
    print("| figure | time | naive | ratio | target | data |")
    print("|---|---|---|---|---|---|")
    print(f"| year's ranking ({len(ranked)} units) | {ranking_ms:.0f} ms | {naive_ms:.0f} ms "
          f"| {naive_ms / ranking_ms:.0f}× | < 300 ms | {args.items:,} items |")
    print(f"| list by 状态, first 100 ids | {page_ms:.1f} ms | — | — | < 50 ms | {args.items:,} items |")


if __name__ == "__main__":
    main()
