"""A column's cells repeat down a sheet (dates, 信访形式, 问题类别): the import's check converts a
cell it has seen once from memory (core.converters.remembered). What it finds is the same: a bad
cell shared by several rows is refused in each of them, with its own row number and the same
words as the row path; a cell is remembered for one import only."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from officedesk.core import converters, petitions, registry, settings
from officedesk.core.fields import YEARS_BACK, parse_value
from officedesk.exchange import xlsx

from .test_import_batch import BAD_CELLS, CORPUS, _both_paths, _good, _outcome, _sheet


def test_a_bad_cell_on_many_rows_is_refused_on_each_with_its_row(db, admin, fixed_today, tmp_path,
                                                                  monkeypatch):
    fixed_today(dt.date(2026, 3, 2))
    count = len(BAD_CELLS)
    # every bad cell three times, far apart, good rows around them
    rows = [_good(0)] + [{**_good(i + 1 + n * count), **bad}
                         for n in range(3) for i, bad in enumerate(BAD_CELLS)] + [_good(999)]
    path = _sheet(tmp_path / "信访.xlsx", rows)
    batched, one_by_one = _both_paths(path, admin, monkeypatch)
    found = {(p.row, p.column, p.reason) for p in batched.problems}
    assert found == {(p.row, p.column, p.reason) for p in one_by_one.problems}
    assert batched.bad_rows == one_by_one.bad_rows
    for i in range(count):  # row 1 is the header, row 2 the first good row
        said = [{(column, reason) for row, column, reason in found if row == 3 + i + n * count}
                for n in range(3)]
        assert said[0] == said[1] == said[2], BAD_CELLS[i]
    assert len(batched.bad_rows) >= 45


def test_a_cell_remembered_in_one_import_is_checked_again_in_the_next(db, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 3, 2))
    rows = [{**_good(i), "登记日期": "1990-05-04"} for i in range(3)]
    path = _sheet(tmp_path / "信访.xlsx", rows)
    assert xlsx.import_file(petitions.SPEC, path, admin, dry_run=True).problems == []
    settings.put(YEARS_BACK.key, 10, admin)  # 1990 is now outside the dates one may type
    again = xlsx.import_file(petitions.SPEC, path, admin, dry_run=True)
    assert sorted((p.row, p.column) for p in again.problems) == [(2, "登记日期"), (3, "登记日期"), (4, "登记日期")]
    assert "超出允许的范围" in again.problems[0].reason


def test_a_remembered_converter_gives_parse_values_results_the_second_time(db, admin, fixed_today):
    """1, 1.0 and True are equal in Python, not the same cell; a refusal is refused again."""
    fixed_today(dt.date(2026, 3, 2))
    values: list[Any] = [*CORPUS, 1.0, 0.0, dt.datetime(2026, 3, 1), "1", "True", ["x"]]
    for spec in registry.all_registries():
        table = converters.table(spec)
        for field_spec in spec.fields:
            convert = table[field_spec.label][1]
            for value in values + values[::-1]:
                assert _outcome(convert, value) == _outcome(partial(parse_value, field_spec), value), (
                    spec.name, field_spec.name, value)


def test_a_converter_past_its_memory_converts_as_parse_value_does(db, admin, fixed_today, monkeypatch):
    """A column of unique cells fills a converter's memory: it converts the cells as they come."""
    fixed_today(dt.date(2026, 3, 2))
    monkeypatch.setattr(converters, "REMEMBERED", 3)
    spec = petitions.SPEC
    for label in ("登记日期", "信访形式", "人数", "联系电话"):
        field_spec, convert = spec.by_label(label), converters.table(spec)[label][1]
        for value in CORPUS + CORPUS:
            assert _outcome(convert, value) == _outcome(partial(parse_value, field_spec), value), (label, value)
