"""The order a run takes the test files in: the longest first (tests/file_seconds.txt), so that
under pytest-xdist (--dist loadfile --no-loadscope-reorder, as scripts/test.sh runs it) the
PyInstaller bundle and the other long files start at once and the run ends on short ones, every
worker busy until near the end — not one file of 40 s left on one core while the other idles.

A file keeps its tests in their order and together (its module-scoped fixtures made once). A file
not in the list counts as DEFAULT seconds. The list need not be exact, only roughly in order;
after a run with --junitxml=run.xml, or one whose output (--durations=0) is in run.log, it is
written anew by

    python -m tests.run_order run.xml      (or run.log)
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

HERE = Path(__file__).resolve().parent
SECONDS = HERE / "file_seconds.txt"
DEFAULT = 1.0  # most files take a second or less
LISTED_FROM = 2.0  # files shorter than this are left to DEFAULT


class _Item(Protocol):
    nodeid: str


def file_seconds(path: Path = SECONDS) -> dict[str, float]:
    """{tests/…/test_x.py: seconds} as the list has them ('seconds path' a line, # comments)."""
    table: dict[str, float] = {}
    if not path.exists():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            seconds, name = line.split(None, 1)
            table[name] = float(seconds)
    return table


def ordered(items: Sequence[_Item], table: dict[str, float]) -> list[_Item]:
    """`items` file by file, the longest file first; ties (and each file's tests) as collected."""
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        first.setdefault(item.nodeid.split("::", 1)[0], index)

    def key(pair: tuple[int, _Item]) -> tuple[float, int, int]:
        index, item = pair
        name = item.nodeid.split("::", 1)[0]
        return (-table.get(name, DEFAULT), first[name], index)

    return [item for _, item in sorted(enumerate(items), key=key)]


def seconds_from_junit(paths: Sequence[Path], root: Path = HERE.parent) -> Counter[str]:
    """Each file's seconds (setup, call and teardown) in these junit reports."""
    seconds: Counter[str] = Counter()
    for report in paths:
        for case in ET.parse(report).iter("testcase"):
            parts = (case.get("classname") or "").split(".")
            for cut in range(len(parts), 0, -1):  # tests.x.test_y[.Class]
                name = "/".join(parts[:cut]) + ".py"
                if (root / name).exists():
                    seconds[name] += float(case.get("time") or 0)
                    break
    return seconds


def seconds_from_durations(paths: Sequence[Path]) -> Counter[str]:
    """Each file's seconds in pytest's --durations=0 lists ('0.52s call tests/x.py::test_y')."""
    seconds: Counter[str] = Counter()
    line = re.compile(r"^(\d+(?:\.\d+)?)s (?:setup|call|teardown)\s+(\S+?)::", re.M)
    for log in paths:
        for found in line.finditer(log.read_text(encoding="utf-8", errors="replace")):
            seconds[found.group(2)] += float(found.group(1))
    return seconds


def main(argv: Sequence[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    paths = [Path(a) for a in argv]
    seconds = seconds_from_junit([p for p in paths if p.suffix == ".xml"])
    seconds += seconds_from_durations([p for p in paths if p.suffix != ".xml"])
    lines = ["# seconds a test file took in a whole run (tests/run_order.py: the longest run first; only",
             "# their order counts); written by python -m tests.run_order <junit.xml or --durations=0",
             f"# output …>; files under {LISTED_FROM:g} s are left out (counted as {DEFAULT:g} s)"]
    lines += [f"{s:7.1f} {name}" for name, s in seconds.most_common() if s >= LISTED_FROM]
    SECONDS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"run_order: {SECONDS.name}: {len(lines) - 3} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
