"""Benchmark the 信息 ranking and the list's choice filter over a big registry.

    python bench/bench_info.py [--items 10000 50000]

Generates items, 每日要情's weekly issues (印发 each Friday but the last) and the items' 编发,
印发, 采用 and 批示 rows straight into the tables (bulk inserts), then times the
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
    """`items` reports over the year, 10 minutes apart; the 采 ones 编发 into 每日要情's weekly
    issue (one 编发 row each, not counted), every issue but the last 印发 on its Friday (a 印发
    row each: the 县级采用 counted that day); some adopted higher up, a few with a 批示."""
    from officedesk.store.db import database
    from officedesk.store.info import InfoAction, InfoIssue, InfoItem, Periodical

    rng = random.Random(1)
    start = dt.datetime(2026, 1, 1, 8)
    states = ["待初审", "不采用", "已编发", "已上报", "已采用"]
    published = set(states[2:])
    periodical = Periodical.get(Periodical.name == "每日要情")
    with database.atomic():
        weeks = (items * 10 // (7 * 24 * 60)) + 1
        issue_rows = []
        for week in range(weeks):
            friday = start.date() + dt.timedelta(days=7 * week + 6)
            last = week == weeks - 1
            issue_rows.append({"periodical": periodical.id, "year": 2026, "seq": week + 1,
                               "total": week + 1, "state": "编辑中" if last else "已印发",
                               "issued_on": None if last else friday})
        InfoIssue.insert_many(issue_rows).execute()
        issues = {i.seq: i for i in InfoIssue.select()}
        rows, actions = [], []
        for n in range(1, items + 1):
            when = start + dt.timedelta(minutes=n * 10)
            state = rng.choice(states)
            issue = issues[(when.date() - start.date()).days // 7 + 1] if state in published else None
            rows.append({"number": f"信息〔2026〕{n}号", "title": f"信息{n}", "unit": rng.choice(UNITS),
                         "reported_at": when, "category": "工作动态", "content": "正文",
                         "state": state, "issue": issue.id if issue else None,
                         "issue_label": f"每日要情 2026年第{issue.seq}期" if issue else ""})
            if issue is not None:
                label = f"每日要情 2026年第{issue.seq}期"
                actions.append({"item": n, "kind": "采用", "on": when.date(), "level": "县",
                                "periodical": label, "content": "编发"})
                if issue.issued_on is not None:
                    actions.append({"item": n, "kind": "采用", "on": issue.issued_on,
                                    "level": "县", "periodical": label, "content": "印发"})
            if state == "已采用" and rng.random() < 0.5:
                actions.append({"item": n, "kind": "采用", "on": when.date(), "level": "市",
                                "periodical": "市委办《每日要情》"})
            if rng.random() < 0.03:
                actions.append({"item": n, "kind": "批示", "on": when.date(), "person": "县长"})
        for i in range(0, len(rows), 500):
            InfoItem.insert_many(rows[i:i + 500]).execute()
        for i in range(0, len(actions), 500):
            InfoAction.insert_many(actions[i:i + 500]).execute()


def _time(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def _measure(items: int) -> list[str]:
    """The table's rows at `items` items, in a new database of its own."""
    from officedesk.core import info, records
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.info import scoring
    from officedesk.store import db
    from officedesk.store.info import InfoIssue, InfoItem

    db.open_database(str(Path(tempfile.mkdtemp()) / "bench.db"))
    _fill(items)
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
    county = sum(s.adopted["县"] for s in ranked)
    data = f"{items:,} items, {InfoIssue.select().count()} weekly issues, {county:,} 县级采用"
    db.close_database()
    return [f"| year's ranking ({len(ranked)} units) | {ranking_ms:.0f} ms | {naive_ms:.0f} ms "
            f"| {naive_ms / ranking_ms:.0f}× | < 300 ms at 50,000 | {data} |",
            f"| list by 状态, first 100 ids | {page_ms:.1f} ms | — | — | < 50 ms at 50,000 | {data} |"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, nargs="+", default=[10_000, 50_000])
    args = parser.parse_args()
    os.environ["OFFICEDESK_HOME"] = tempfile.mkdtemp()
    rows = [row for items in args.items for row in _measure(items)]
    print("| figure | time | naive | ratio | target | data |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
