"""我的待办 timings on the demo office (30 users in their posts): core.my_work.my_pending for
every user, against the naive way (ask the step runner, for every waiting record, whether the
user may do each step).

    .venv/bin/python bench/bench_my_work.py [SIZE ...]      # demo size, default: 100 400

Works on a temporary database and folder (OFFICEDESK_HOME is set below); prints one table.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HOME = Path(tempfile.mkdtemp(prefix="officedesk-bench-mywork-"))
os.environ["OFFICEDESK_HOME"] = str(HOME)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from officedesk.core import chains, my_work, records, steps, users  # noqa: E402
from officedesk.core import registry as registries  # noqa: E402
from officedesk.demo import directory, documents, petitions, supervision  # noqa: E402
from officedesk.demo import users as demo_users  # noqa: E402
from officedesk.store import db as store_db  # noqa: E402
from officedesk.store.models import User  # noqa: E402


def naive(actor) -> int:
    """Every record in a chain state, every step: does the runner let him? (what a GUI that
    asked core record by record would do)."""
    count = 0
    for registry in chains.registries():
        proc = steps.procedure(registry)
        spec = registries.get(registry)
        states = sorted({st for s in proc.steps for st in s.states})
        for record_id in records.list_ids(spec, actor, [records.Filter(proc.state_field, "in",
                                                                        states)]):
            names = {s.name for s in steps.available_steps(registry, record_id, actor)}
            chain = chains.chain_for(registry, records.get(spec, record_id, actor))
            if chain and any(e.step in names for e in chain.steps[1:]):
                count += 1
    return count


def run(size: int) -> tuple[int, int, float, float, float]:
    store_db.open_database(str(HOME / f"bench-{size}.db"))
    rng = random.Random(2026)
    directory.populate(size, rng)
    demo_users.populate(size, rng)
    documents.populate(size, rng)
    supervision.populate(size, rng)
    petitions.populate(size, rng)
    waiting = sum(records.count(registries.get(r), users.actor_for(User.get())) for r in
                  chains.registries())
    actors = [users.actor_for(u) for u in User.select()]
    times, items = [], 0
    for actor in actors:
        start = time.perf_counter()
        items += len(my_work.my_pending(actor))
        times.append((time.perf_counter() - start) * 1000)
    sample = [a for a in actors if a.role != "admin"][:3]
    start = time.perf_counter()
    for actor in sample:
        naive(actor)
    naive_ms = (time.perf_counter() - start) * 1000 / len(sample)
    store_db.close_database()
    return waiting, items, statistics.median(times), max(times), naive_ms


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [100, 400]
    print("| demo size | records in the 4 registries | 待办 items (30 users) | my_pending median |"
          " slowest user | naive (runner per record) | ratio | target |")
    print("|---|---|---|---|---|---|---|---|")
    for size in sizes:
        waiting, items, median, slowest, naive_ms = run(size)
        print(f"| {size} | {waiting} | {items} | {median:.0f} ms | {slowest:.0f} ms |"
              f" {naive_ms:.0f} ms | {naive_ms / median:.0f}× | < 300 ms (background) |")


if __name__ == "__main__":
    main()
