"""The batch texts made a column at a time are byte for byte those made one row at a time: the
audit entries' texts and hashes and the row digests that `check` recomputes depend on it."""

from __future__ import annotations

import datetime as dt
import decimal
import json
import random

import pytest

from officedesk.core import batch_rows, integrity, keyed_json, petitions
from officedesk.store.petitions import Petition


def _reference(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True, default=str)


class _Text(str):
    pass


class _Equal:
    """Equal to anything, written as another text."""

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__

    def __str__(self):
        return "other"


_TEXTS = ["", "a", 'say "hi"', "back\\slash", "tab\there", "line\nbreak", "\x00nul", "\x01one", "\x1f",
          "\x7f", "\u2028\u2029", "信访人", "𠀀𪚥 non-BMP 😀", "\ud800"[:0] + "é", "]", "[", ", \"k\": ",
          "\\u0000", "{}", "null", "\ue000number\ue000"]
_SCALARS = [None, True, False, 0, 1, -7, 2**70, 0.0, -0.0, 1.5, 1e300, float("nan"), float("inf"),
            float("-inf"), dt.date(2025, 5, 24), dt.datetime(2026, 1, 2, 3, 4, 5), decimal.Decimal("1.10"),
            _Text("sub"), [], {}, ["one"], {"k": "v"}]


def _value(rng: random.Random):
    pick = rng.random()
    if pick < 0.5:
        return rng.choice(_TEXTS) + rng.choice(_TEXTS)
    if pick < 0.9:
        return rng.choice(_SCALARS)
    return rng.choice([[1, "two"], {"b": 1, "a": [None, "x"]}, ("t", 2), [{"k": 1}, {"j": "\x00"}]])


ID_MARK = "\ue000id\ue000"  # one value every row's id reads as
KEYS = ["z", "a", "信访人", 'q"uote', "back\\", "ctl\x00", "😀", "B", "id", "€", ""]


@pytest.mark.parametrize("seed", range(40))
def test_many_rows_are_json_dumps_of_each(seed, monkeypatch):
    monkeypatch.setattr(keyed_json, "PART", 1 + seed % 9)  # rows made a few at a time
    rng = random.Random(seed)
    keys = rng.sample(KEYS, rng.randint(1, len(KEYS)))
    rows = [tuple(_value(rng) for _ in keys) for _ in range(rng.randint(1, 30))]
    if seed % 3 == 0:  # some columns the same in every row
        same = [rng.choice(_TEXTS + [None, 1, True]) for _ in keys]
        rows = [tuple(same[i] if i % 2 else value for i, value in enumerate(row)) for row in rows]
    if seed % 5 == 0:  # no value that needs the fallback
        rows = [tuple(v if not isinstance(v, list | dict | tuple) or len(v) < 2 else "x" for v in row)
                for row in rows]
    assert keyed_json.dumps_many(keys, rows) == [_reference(dict(zip(keys, row, strict=True))) for row in rows]


@pytest.mark.parametrize("column", [
    [1, True, 1.0, 1],  # equal, not alike: each is written its own way
    ["a", _Text("a"), "a"],
    [None, None, None],
    ["同", "同", "同"],
    [0, False, 0.0],
    [float("nan")] * 3,
    [dt.date(2025, 1, 1)] * 3,
    ["a", _Equal(), "a"],
    [None, _Equal(), None],
])
def test_a_column_of_equal_values_is_written_as_each_would_be(column):
    rows = [(value, f"r{i}") for i, value in enumerate(column)]
    assert keyed_json.dumps_many(["k", "a"], rows) == [_reference({"k": v, "a": t}) for v, t in rows]
    assert keyed_json.dumps_many(["k"], [(v,) for v in column]) == [_reference({"k": v}) for v in column]


def test_no_rows_and_no_keys():
    assert keyed_json.dumps_many(["a"], []) == []
    assert keyed_json.dumps_many([], [(), ()]) == ["{}", "{}"]


def _petition_rows(count: int) -> list[dict]:
    rng = random.Random(7)
    names = [name for name in Petition._meta.fields if name != "id"]
    base = {name: batch_rows.column_default(Petition._meta.fields[name]) for name in names}
    rows = []
    for i in range(count):
        row = dict(base)
        row.update(number=rng.choice(["信2025-00001", "\ue000number\ue000", 'a"b\\c']),
                   registered_on=rng.choice([dt.date(2025, 5, i % 28 + 1), None, "2025-05-24"]),
                   name=rng.choice(_TEXTS), content=rng.choice(_TEXTS) * 2, people_count=rng.choice([1, 3, True, None]),
                   extended=rng.choice([False, True, None, 0]), decide_due=rng.choice([dt.date(2025, 6, 9), None]),
                   created_at=dt.datetime(2026, 3, 2, 10, 1, 11), updated_at=dt.datetime(2026, 3, 2, 10, 1, 11, 5),
                   created_by="cli-admin", version=rng.choice([1, 2]), repeat_of=rng.choice([None, 5]))
        rows.append(row)
    return rows


@pytest.mark.parametrize("review", ["none", "some", "all"])
def test_row_texts_by_column_are_those_of_the_row_by_row_loop(db, monkeypatch, review):
    """信访's 复查 columns came with a later migration: left out of a row while they hold the
    value every row got then (a new 信访's), by column when every row does."""
    rows = _petition_rows(300)
    for i, row in enumerate(rows):
        if review == "all" or (review == "some" and i % 7 == 3):
            row.update(first_review_requested_on=dt.date(2025, 7, 1), first_review_opinion="维持")
    by_column = []
    dumps_columns = keyed_json.dumps_columns
    monkeypatch.setattr(keyed_json, "dumps_columns", lambda *args: by_column.append(1) or dumps_columns(*args))
    fast = integrity.row_texts("petitions", rows, ID_MARK)
    assert bool(by_column) is (review != "some")  # mixed rows: the loop decides each
    monkeypatch.setattr(integrity, "_converted_columns", lambda *args: None)  # the loop over the rows
    slow = integrity.row_texts("petitions", rows, ID_MARK)
    assert fast is not None and fast == slow
    assert len(set(fast)) > 200  # the rows differ: not one text compared with itself
    assert ('"first_review_opinion"' in fast[0]) is (review == "all")


def test_row_texts_of_rows_with_different_columns_take_the_row_by_row_loop(db):
    rows = _petition_rows(3)
    del rows[1]["content"]
    texts = integrity.row_texts("petitions", rows, ID_MARK)
    assert texts is not None and '"content"' in texts[0] and '"content"' not in texts[1]


@pytest.mark.parametrize("shared", [False, True])
@pytest.mark.parametrize("rows_lack", ["nothing", "some", "middle"])
def test_audit_texts_by_column_are_canonical_of_each_row(db, rows_lack, shared):
    """`shared`: made after the rows' digested texts, taking the columns those made and encoded
    (a time's text there has a space, canonical()'s a T: not taken)."""
    rows = _petition_rows(300)
    for i, row in enumerate(rows):
        row["repeat_of"] = Petition(id=i) if i % 3 else None  # a record stands for its id
        row["updated_at"] = dt.datetime(2026, 3, 2, 10, 1, i % 60)  # a time that varies
    labelled = [(f.label, f.name) for f in petitions.SPEC.fields] + [
        ("信访人", "content"), ("创建时间", "created_at"), ("修改时间", "updated_at"), ("处理日期", "decide_due")]
    if rows_lack == "some":  # a field none of the rows has: None
        labelled.append(("无此列", "nothing"))
    elif rows_lack == "middle":  # a row without a column the others have
        del rows[150]["content"]
    expected = [json.dumps({label: value if type(value := row.get(name)) in batch_rows.AS_IS
                            else batch_rows.plain(value) for label, name in labelled},
                           ensure_ascii=False, sort_keys=True, default=str) for row in rows]
    made = keyed_json.Shared() if shared else None
    if made is not None:
        assert integrity.row_texts("petitions", rows, ID_MARK, made) is not None
        # most columns taken; none when a row lacks one (the digested texts made row by row)
        assert bool(made.columns and made.encoded) is (rows_lack != "middle")
    assert batch_rows.after_texts(labelled, rows, made) == expected
