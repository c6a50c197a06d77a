"""Settings kept in dated versions (the 信息 计分标准, the 突发事件报送时限): the lines before any
“2027-01-01起：” apply from the start; each such line starts a version that keeps what it does
not restate. A change takes effect from its day and never rewrites what was judged before."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, TypeVar

from officedesk.core.errors import ValidationError

V = TypeVar("V")

# a version's first line: the day it applies from (2027-01-01起：, 自2027年1月1日起)
SINCE = re.compile(r"^自?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?\s*起\s*[:：]?$")


def parse(text: str, first: dict[str, V], read_line: Callable[[str], tuple[str, V]],
          bad_since: Callable[[str], ValidationError]) -> list[tuple[dt.date, dict[str, V]]]:
    """The versions of `text`, oldest first (dt.date.min: from the start). `first`: the values
    before any line; `read_line` reads one “key=value” line (refusing what it cannot read);
    `bad_since`: the refusal of a “…起” line that is no day after the version before it."""
    current = dict(first)
    start = dt.date.min
    found: list[tuple[dt.date, dict[str, V]]] = []
    for line in str(text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        since = SINCE.match(line)
        if since:
            try:
                day: dt.date | None = dt.date(int(since[1]), int(since[2]), int(since[3]))
            except ValueError:
                day = None
            if day is None or day <= start:
                raise bad_since(line)
            found.append((start, dict(current)))
            start = day
            continue
        key, value = read_line(line)
        current[key] = value
    found.append((start, current))
    return found


def in_force(day: dt.date, found: list[tuple[dt.date, Any]]) -> Any:
    """The version in force on `day`."""
    return next(values for start, values in reversed(found) if start <= day)
