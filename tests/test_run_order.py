"""The run's order (tests/run_order.py): the longest files first, each file's tests together and in
their order; a file not listed counts as DEFAULT seconds; the list read back as written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests import run_order


@dataclass
class Item:
    nodeid: str


def _ids(items: list[Item]) -> list[str]:
    return [item.nodeid for item in items]


def test_the_longest_file_runs_first_and_a_file_s_tests_stay_together_in_order():
    items = [Item("tests/a.py::one"), Item("tests/b.py::one"), Item("tests/a.py::two"),
             Item("tests/c.py::Case::one"), Item("tests/c.py::Case::two"), Item("tests/d.py::one")]
    table = {"tests/c.py": 50.0, "tests/b.py": 3.0, "tests/d.py": 0.2}
    assert _ids(run_order.ordered(items, table)) == [
        "tests/c.py::Case::one", "tests/c.py::Case::two",  # 50 s
        "tests/b.py::one",  # 3 s
        "tests/a.py::one", "tests/a.py::two",  # not listed: DEFAULT (1 s)
        "tests/d.py::one",  # 0.2 s
    ]


def test_files_of_equal_seconds_keep_their_collected_order():
    items = [Item("tests/z.py::one"), Item("tests/y.py::one"), Item("tests/x.py::one")]
    assert _ids(run_order.ordered(items, {})) == _ids(items)


def test_the_list_is_read_with_its_comments(tmp_path: Path):
    listed = tmp_path / "file_seconds.txt"
    listed.write_text("# seconds\n  12.5 tests/a.py\n    3.0 tests/b/c.py  # note\n\n", encoding="utf-8")
    assert run_order.file_seconds(listed) == {"tests/a.py": 12.5, "tests/b/c.py": 3.0}
    assert run_order.file_seconds(tmp_path / "none.txt") == {}


def test_durations_output_is_summed_per_file(tmp_path: Path):
    log = tmp_path / "run.log"
    log.write_text("1.50s call     tests/a.py::test_one[x]\n0.25s setup    tests/a.py::test_one[x]\n"
                   "2.00s teardown tests/b.py::Case::test_two\n", encoding="utf-8")
    assert run_order.seconds_from_durations([log]) == {"tests/a.py": 1.75, "tests/b.py": 2.0}
