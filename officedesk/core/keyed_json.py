"""Many rows of the same keys as canonical JSON text, made at once.

The audit trail and the row digests hash json.dumps(row, ensure_ascii=False, sort_keys=True,
default=str) of each row. Made one row at a time, the C encoder sorts the items and encodes
every key again for every row (half its time on a batch import's 50-column rows).
`dumps_columns` gives the very same text: the keys are sorted and encoded once, a column of one
text (or None) in every row is encoded once, and each other column's values in one call of the
same encoder (a list: each value exactly as it is inside an object) with a separator no encoded
value holds unescaped (a control character: JSON escapes them all), split, and woven between
the encoded keys, a row's text whole. Texts of the same rows under other keys can take a
column's values encoded already (`encoded`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

_SEP = "\x00"  # between two values: inside a JSON text it is always written \u0000
_ROW = "\x01"  # after each row's last value

# the canonical text of one row (audit.canonical, integrity's row text)
dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str, check_circular=False).encode
# the same encoder with _SEP between items: the values of many rows in one call. A value that
# is itself a list or an object of two or more items has _SEP inside: the count of the parts
# shows it, and those rows are made one at a time. One of one item has none, and is written
# as dumps writes it (its key separator is the same).
_items = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str, check_circular=False,
                          separators=(_SEP, ": ")).encode
_key = json.encoder.encode_basestring  # type: ignore[attr-defined]  # how the encoder writes a key


def key_text(name: str) -> str:
    """A key as the canonical text writes it (quoted; the separator ": " follows it)."""
    return str(_key(name))


def dumps_many(keys: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    """dumps(dict(zip(keys, row))) of each row: its values in the order of `keys` (distinct)."""
    if not rows:
        return []
    return dumps_columns(keys, list(zip(*rows, strict=True)), len(rows))


# columns encoded: by id, the column (held, so that its id is not another's) and its values'
# texts (None: one of them holds the separator, a list or an object of two items or more)
Encoded = dict[int, tuple[Sequence[Any], list[str] | None]]

@dataclass
class Shared:
    """What the text of some rows leaves for another text of the same rows (a batch's audit
    texts after its row digests): the columns, by name, whose values are as canonical() takes
    them (text, numbers, None, a date's ISO text), and the columns' values encoded."""

    columns: dict[str, Sequence[Any]] = field(default_factory=dict)
    encoded: Encoded = field(default_factory=dict)


# rows woven at a time: the text of 5,000 rows at once is megabytes, slower to weave than
# ten times that of 500 (the processor's cache)
PART = 500


def dumps_columns(keys: Sequence[str], columns: Sequence[Sequence[Any]], count: int,
                  encoded: Encoded | None = None) -> list[str]:
    """dumps_many of `count` rows given by column: columns[i] holds the values of keys[i].
    `encoded`: the values of columns encoded before, by the column itself (the caller's, kept
    while it holds the columns): the texts of the same rows under other keys (a batch's row
    digests and audit texts, most of their values alike) encode each column once."""
    if not count:
        return []
    names = sorted(keys)  # sort_keys' order
    by_key = dict(zip(keys, columns, strict=True))
    # a column of one text (or None) in every row is written once, into the text between values
    literals: list[str] = []
    varying: list[Sequence[Any]] = []
    text = "{"
    for name in names:
        column = by_key[name]
        text += (", " if text != "{" else "") + _key(name) + ": "
        if _alike(column, count):
            text += dumps(column[0])
        else:
            literals.append(text)
            varying.append(column)
            text = ""
    tail = text + "}"
    if not varying:
        return [tail] * count
    values = [_encoded(column, count, encoded) for column in varying]
    if any(made is None for made in values):
        columns_sorted = [by_key[name] for name in names]
        return [dumps(dict(zip(names, row, strict=True))) for row in zip(*columns_sorted, strict=True)]
    # each row's text whole in the weave: its values between the keys' texts, its end, the
    # separator and the next row's head; one split makes them
    ends = [*literals[1:], tail + _ROW + literals[0]]
    width = 2 * len(varying)
    texts: list[str] = []
    for start in range(0, count, PART):
        rows = min(PART, count - start)
        woven: list[str] = [""] * (width * rows)
        for at, (made, end) in enumerate(zip(values, ends, strict=True)):
            woven[2 * at::width] = made[start:start + rows]  # type: ignore[index]
            woven[2 * at + 1::width] = [end] * rows
        texts += (literals[0] + "".join(woven)).split(_ROW)[:-1]
    return texts


def _encoded(column: Sequence[Any], count: int, encoded: Encoded | None) -> list[str] | None:
    """Each value's text as the encoder writes it inside an object, the column in one call."""
    if encoded is not None:
        found = encoded.get(id(column))
        if found is not None and found[0] is column:
            return found[1]
    parts = _items(column)[1:-1].split(_SEP)
    made = parts if len(parts) == count else None
    if encoded is not None:
        encoded[id(column)] = (column, made)
    return made


def _alike(column: Sequence[Any], count: int) -> bool:
    """Every value of the column is the same text, or None (== and the type decide: 1 == True)."""
    first = column[0]
    kind = type(first)
    return ((kind is str or first is None) and column.count(first) == count
            and len(set(map(type, column))) == 1)
