"""历史记录's summaries read back in English: what `summary_texts.read_back` + `i18n.display`
cost for a record's history and for a whole demo trail.

    PYTHONPATH=$PWD .venv/bin/python bench/bench_summary_texts.py [--size 20]

Fills a demo office of `--size` in a temporary folder, takes every summary of its audit trail,
and prints a table: 200 entries (one long history) the 200 longest, and all of them, read back and displayed
with the English glossaries installed as core's catalogue — cold (empty cache) and again
(cached) — beside the plain catalogue lookup the window did before (display of the stored
string). Target: a history of 200 entries in well under 50 ms (no visible time)."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def _timed(run, repeat: int = 5) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=20)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="bench-summaries-")
    os.environ["OFFICEDESK_HOME"] = home
    from fill_translations import load_glossary

    from officedesk import demo
    from officedesk.core import i18n, summary_texts
    from officedesk.store import db as store_db
    from officedesk.store.models import AuditEntry

    store_db.open_database(os.path.join(home, "demo.db"))
    demo.populate(size=args.size)
    stored = [e.summary for e in AuditEntry.select(AuditEntry.summary).order_by(AuditEntry.id)]
    store_db.close_database()
    glossary = load_glossary()
    i18n.install(lambda _c, s: (lambda e: e if isinstance(e, str) else e[0] if e else s)(glossary.get(s, s)))

    def cold(texts: list[str]) -> None:
        summary_texts.read_back.cache_clear()
        for text in texts:
            i18n.display(summary_texts.read_back(text))

    def warm(texts: list[str]) -> None:
        for text in texts:
            i18n.display(summary_texts.read_back(text))

    def before(texts: list[str]) -> None:
        for text in texts:
            i18n.display(text)

    matched = sum(isinstance(summary_texts.read_back(s), i18n.Text) for s in stored)
    print(f"demo size {args.size}: {len(stored)} audit entries, {matched} read back by a pattern, "
          f"{len(summary_texts.PATTERNS)} patterns")
    print(f"{'entries':>8} | {'before: lookup (ms)':>20} | {'read back, cold (ms)':>21} | {'cached (ms)':>12}")
    longest = sorted(stored, key=len)[-200:]  # the hardest history: its 200 longest summaries
    for texts in (stored[-200:], longest, stored):
        warm(texts)
        print(f"{len(texts):>8} | {_timed(lambda t=texts: before(t)):>20.1f} | "
              f"{_timed(lambda t=texts: cold(t)):>21.1f} | {_timed(lambda t=texts: warm(t)):>12.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
