"""Per-column converters for checking many rows at once (an import): `parse_value`'s result for
the common, valid cells without its per-call work (the choices listed, the date window read
from the settings, the date patterns tried, the label looked up). Anything else — and every
refusal — goes through `parse_value` itself, so values and messages are exactly its own.

`records.parse_values` uses them while `compiled(spec)` is active (core.batch checks rows
inside it); the window and the choices are taken once, when the scope opens. A column's cells
repeat (dates, 性别, 信访形式, 问题类别): each converter remembers the values it gave for the
cells it has seen, for its scope only (one import's check; `remembered`)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from functools import partial
from typing import Any

from officedesk.core.context_values import bound
from officedesk.core.errors import ValidationError
from officedesk.core.fields import (
    BOOL,
    CHOICE,
    CONTROL_CHARACTERS,
    DATE,
    DATETIME,
    INT,
    PERCENT,
    FieldSpec,
    date_window,
    parse_value,
)
from officedesk.core.registry import RegistrySpec

Convert = Callable[[Any], Any]
# a key as parse_values is given it (label or field name) -> (field name, converter)
Table = dict[str, tuple[str, Convert]]

# the fields a row that leaves them out still fills (records.parse_values), in their order:
# (name, field, its default (a callable is called a row), whether it is called, refused when
# none: a required field a person fills). A field with neither is not listed: it stays out.
Unfilled = list[tuple[str, FieldSpec, Any, bool, bool]]

# a key as parse_values is given it -> (field name, converter, the text cells it remembers:
# cell -> value, read before the call; `remembered`)
Memos = dict[str, tuple[str, Convert, dict[Any, Any]]]

_active: ContextVar[tuple[int, Table, Unfilled, Memos] | None] = ContextVar("officedesk_converters", default=None)


def _checked(field_spec: FieldSpec, fast: Convert, slow: Convert) -> Convert:
    """fast, then the field's own check; a refusal of either is parse_value's to word."""
    check = field_spec.check
    if check is None:
        return fast

    def convert(raw: Any) -> Any:
        value = fast(raw)
        try:
            check(value)
        except ValidationError:
            return slow(raw)
        return value

    return convert


def converter(field_spec: FieldSpec, window: tuple[dt.date, dt.date] | None = None) -> Convert:
    """parse_value(field_spec, ·), faster on the common valid cells."""
    slow: Convert = partial(parse_value, field_spec)
    kind = field_spec.kind
    if kind == DATE:
        low, high = window or date_window()

        def fast_date(raw: Any) -> Any:
            kind_of = type(raw)
            if kind_of is dt.date:
                day = raw
            elif (kind_of is str and len(raw) == 10 and raw[4] == "-" and raw[7] == "-" and raw.isascii()
                  and raw[:4].isdigit() and raw[5:7].isdigit() and raw[8:].isdigit()):
                try:
                    day = dt.date(int(raw[:4]), int(raw[5:7]), int(raw[8:]))
                except ValueError:
                    return slow(raw)
            else:
                return slow(raw)
            return day if low <= day <= high else slow(raw)

        return _checked(field_spec, fast_date, slow)
    if kind in (INT, PERCENT):
        low_int, high_int = field_spec.bounds()

        def fast_int(raw: Any) -> Any:
            if type(raw) is int and low_int <= raw <= high_int:
                return raw
            return slow(raw)

        return _checked(field_spec, fast_int, slow)
    if kind in (DATETIME, BOOL):
        return slow
    options = field_spec.choice_list() if kind == CHOICE and not field_spec.free_choice else []
    choices = frozenset(options) if options else None
    limit = field_spec.length_limit()
    tidy = field_spec.tidy

    def fast_text(raw: Any) -> Any:
        if type(raw) is not str or not (raw.isprintable() or CONTROL_CHARACTERS.search(raw) is None):
            return slow(raw)
        value = raw.strip()
        if tidy is not None:
            value = tidy(value)
        if not value or (choices is not None and value not in choices) or (limit and len(value) > limit):
            return slow(raw)
        return value

    return _checked(field_spec, fast_text, slow)


# cells remembered by one converter at most: a column of unique texts (反映内容, 联系电话) is no
# longer looked up once it has filled them; one of few values (dates, choices) is remembered whole
REMEMBERED = 4096
_UNSEEN = object()


def remembered(convert: Convert, seen: dict[Any, Any] | None = None) -> Convert:
    """convert, giving a cell's value again from memory when it has seen the same cell (its type
    too: 1, 1.0 and True are different cells). A refusal is not remembered: it is convert's
    again, a new exception with the row's own traceback. The values are immutable (a str, a
    date, a number), so rows share them safely. `seen`: the memory, given to be read by the
    caller too (a text cell is its own key; another, (type, cell)); emptied when full."""
    seen = {} if seen is None else seen
    full = False  # REMEMBERED cells seen: a column of unique texts, converted as they come

    def convert_remembered(raw: Any) -> Any:
        nonlocal full
        if full:
            return convert(raw)
        key = raw if type(raw) is str else (type(raw), raw)
        try:
            value = seen.get(key, _UNSEEN)
        except TypeError:  # an unhashable cell
            return convert(raw)
        if value is _UNSEEN:
            value = convert(raw)
            if len(seen) < REMEMBERED:
                seen[key] = value
            else:
                full = True
                seen.clear()
        return value

    return convert_remembered


def table(spec: RegistrySpec) -> Table:
    """Converters for every field of a registry, by label and by name, each remembering the
    cells it converted (`remembered`) for as long as the table lives."""
    return {key: (name, convert) for key, (name, convert, _seen) in _memos(spec).items()}


def _memos(spec: RegistrySpec) -> Memos:
    """table(spec), each converter with its memory (see Memos)."""
    window = date_window()
    found: Memos = {}
    for field_spec in reversed(spec.fields):  # the first field that matches wins, as by_label
        seen: dict[Any, Any] = {}
        entry = (field_spec.name, remembered(converter(field_spec, window), seen), seen)
        found[field_spec.label] = found[field_spec.name] = entry
    return found


def unfilled(spec: RegistrySpec) -> Unfilled:
    """What records.parse_values fills for a field a row leaves out (see Unfilled)."""
    found: Unfilled = []
    for field_spec in spec.fields:
        default = field_spec.default
        refused = field_spec.required and field_spec.editable and field_spec.name != spec.number_field
        if default is not None or refused:
            found.append((field_spec.name, field_spec, default, callable(default), refused))
    return found


@contextlib.contextmanager
def compiled(spec: RegistrySpec) -> Iterator[Table]:
    """Use converters for `spec` in records.parse_values inside this scope."""
    memos = _memos(spec)
    made = {key: (name, convert) for key, (name, convert, _seen) in memos.items()}
    with bound(_active, (id(spec), made, unfilled(spec), memos)):
        yield made


def active(spec: RegistrySpec) -> Table | None:
    current = _active.get()
    return current[1] if current is not None and current[0] == id(spec) else None


def active_scope(spec: RegistrySpec) -> tuple[Memos, Unfilled] | None:
    """The converters with their memories and unfilled(spec), as the scope that compiled
    `spec` took them (None outside one): records.parse_values, once a row."""
    current = _active.get()
    return (current[3], current[2]) if current is not None and current[0] == id(spec) else None

