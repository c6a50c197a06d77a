"""The figures over spans: per step, per unit / person / category, periods compared, months.

Pure functions over `Span`s and a `WorkdayIndex` (no database): the same code serves the tab,
`stats --json`, the 效能通报 and the benchmark. Durations are working days after the start up
to and including the end (a step done the day it arrived took 0 days). Definitions:
- median: the middle value (the mean of the two middle ones for an even count);
- 90th percentile: nearest rank, the smallest value with at least 90 % of the values at or
  below it (ceil(0.9 n)-th smallest);
- completed in a period: the span ended in it; volume: the procedure started in it;
- on time: ended on or before its due date, over the completed ones that had a due date;
- overdue: at the period's end (or today, if earlier) started, past its due date, not ended
  (for the procedures in LIMITED: a stretch under one limit, its LIMIT span, is so; per unit,
  for those in STRETCHED, each stretch of the unit's part, its PART_LIMIT span).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from officedesk.core.efficiency.calendar import WorkdayIndex
from officedesk.core.efficiency.spans import (
    BY_PERSON,
    LIMIT,
    LIMITED,
    PART,
    PART_LIMIT,
    PARTED,
    STRETCHED,
    WHOLE,
    Span,
)
from officedesk.core.rates import percent


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date

    @property
    def whole_months(self) -> bool:
        return self.first.day == 1 and (self.last + dt.timedelta(days=1)).day == 1

    def months(self) -> int:
        return (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1

    def previous(self) -> Period:
        """The period just before, as long (whole months: as many months)."""
        if self.whole_months:
            first = _add_months(self.first, -self.months())
            return Period(first, self.first - dt.timedelta(days=1))
        length = self.last - self.first
        last = self.first - dt.timedelta(days=1)
        return Period(last - length, last)

    def last_year(self) -> Period:
        return Period(_minus_year(self.first), _minus_year(self.last))

    def as_dict(self) -> dict[str, str]:
        return {"from": self.first.isoformat(), "to": self.last.isoformat()}


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _minus_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def median(values: Sequence[int]) -> float | None:
    """Of sorted values."""
    n = len(values)
    if not n:
        return None
    mid = n // 2
    return float(values[mid]) if n % 2 else (values[mid - 1] + values[mid]) / 2


def percentile(values: Sequence[int], share: float = 0.9) -> int | None:
    """Nearest rank, of sorted values."""
    if not values:
        return None
    return values[max(0, math.ceil(share * len(values)) - 1)]


def rate(part: int, whole: int) -> float | None:
    """A percentage, 四舍五入 to one decimal (core.rates); None of nothing."""
    return percent(part, whole)


class _Acc:
    __slots__ = ("volume", "durations", "due_n", "on_time", "overdue")

    def __init__(self) -> None:
        self.volume = 0
        self.durations: list[int] = []
        self.due_n = 0
        self.on_time = 0
        self.overdue = 0

    def figures(self) -> dict[str, Any]:
        values = sorted(self.durations)
        return {
            "volume": self.volume,
            "completed": len(values),
            "median": median(values),
            "p90": percentile(values),
            "longest": values[-1] if values else None,
            "on_time": self.on_time,
            "on_time_rate": rate(self.on_time, self.due_n),
            "overdue": self.overdue,
        }


GROUPS = ("unit", "person", "category")


def overdue(due: int, start: int, end: int, cut: int, over: bool = False) -> bool:
    """Started by the cut day, past its due date then, not ended by it. `over`: the cut is the
    last day of a period already over, so a limit due that day had run out once it was over
    (期末当天过完), as the 督查通报 counts its 逾期未办结; today's limit has not run out yet."""
    return bool(due) and (due < cut or over and due == cut) and start <= cut \
        and (not end or end > cut)


def cut_day(period: Period, as_of: dt.date) -> tuple[int, bool]:
    """The day 逾期未办 is judged on (the period's end, or today if earlier) and whether that
    day is over: a period already ended (`overdue`'s `over`)."""
    return min(period.last, as_of).toordinal(), period.last < as_of


def aggregate(
    spans: Iterable[Span], cal: WorkdayIndex, period: Period, as_of: dt.date
) -> dict[str, dict[str, dict[str, _Acc]]]:
    """procedure -> group ("total", "unit", "person", "category") -> key -> accumulator, over
    the procedures' whole spans (per unit, a PARTED procedure's parts: each unit's own)."""
    first, last = period.first.toordinal(), period.last.toordinal()
    cut, over = cut_day(period, as_of)
    between = cal.between
    # one accumulator per distinct (procedure, unit, person, category, scope) — a few thousand —
    # then merged into the groups: each span is counted once, not four times. scope: EVERY
    # group, or all BUT the per-unit one (a PARTED procedure's whole), or the UNIT's alone
    found: dict[tuple[str, str, str, str, int], _Acc] = {}
    for span in spans:
        procedure, step, _rid, start, end, due, unit, person, category, weight = span
        if step in (LIMIT, PART_LIMIT):  # counts towards 逾期未办 only
            if overdue(due, start, end, cut, over):
                slot = (procedure, unit, person, category, EVERY if step == LIMIT else UNIT)
                acc = found.get(slot)
                if acc is None:
                    acc = found[slot] = _Acc()
                acc.overdue += 1
            continue
        if step == WHOLE:
            scope = BUT if procedure in PARTED else EVERY
        elif step == PART:
            scope = UNIT
        else:
            continue
        if start > last or (end and end < first):
            continue
        slot = (procedure, unit, person, category, scope)
        acc = found.get(slot)
        if acc is None:
            acc = found[slot] = _Acc()
        if first <= start:
            acc.volume += 1
        if end and end <= last:
            # less the working days inside it that are not its own (weight - 1: own_days)
            acc.durations.append(between(start, end) + 1 - weight)
            if due:
                acc.due_n += 1
                if end <= due:
                    acc.on_time += 1
        if due and (due < cut or over and due == cut) and start <= cut \
                and (not end or end > cut) and procedure not in LIMITED \
                and not (unit and procedure in STRETCHED):  # inline: the hot loop
            # a unit's part in stretches is overdue by its stretches' PART_LIMIT spans alone
            acc.overdue += 1
    result: dict[str, dict[str, dict[str, _Acc]]] = {}
    for (procedure, unit, person, category, scope), part in found.items():
        groups = result.get(procedure)
        if groups is None:
            groups = result[procedure] = {"total": {}, "unit": {}, "person": {}, "category": {}}
        for group, key in (("total", ""), ("unit", unit), ("person", person),
                           ("category", category)):
            if group == "person" and not key or scope != EVERY and (group == "unit") != (
                    scope == UNIT):
                continue
            table = groups[group]
            acc = table.get(key)
            if acc is None:
                acc = table[key] = _Acc()
            acc.volume += part.volume
            acc.durations.extend(part.durations)
            acc.due_n += part.due_n
            acc.on_time += part.on_time
            acc.overdue += part.overdue
    return result


EVERY, BUT, UNIT = 0, 1, 2  # aggregate's scopes: every group, all but per unit, per unit only


def step_figures(
    spans: Iterable[Span], cal: WorkdayIndex, period: Period
) -> dict[str, list[dict[str, Any]]]:
    """procedure -> its steps (in the order first seen) with count, median, p90, longest, total
    working days, share of the total and on-time rate; spans that ended in the period."""
    first, last = period.first.toordinal(), period.last.toordinal()
    between = cal.between
    table: dict[str, dict[str, list]] = {}
    for procedure, step, _rid, start, end, due, _u, _p, _c, weight in spans:
        if step in (WHOLE, BY_PERSON, LIMIT, PART, PART_LIMIT) or not end or end < first or end > last:
            continue
        steps = table.setdefault(procedure, {})
        entry = steps.get(step)
        if entry is None:
            entry = steps[step] = [[], 0, 0]
        if weight == 1:
            entry[0].append(between(start, end))
        else:  # counted in SQL: that many spans of the same dates
            entry[0].extend([between(start, end)] * weight)
        if due:
            entry[1] += weight
            entry[2] += weight if end <= due else 0
    out: dict[str, list[dict[str, Any]]] = {}
    for procedure, steps in table.items():
        rows = []
        grand = sum(sum(e[0]) for e in steps.values()) or 1
        for step, (durations, due_n, on_time) in steps.items():
            values = sorted(durations)
            total = sum(values)
            rows.append(
                {
                    "step": step,
                    "count": len(values),
                    "median": median(values),
                    "p90": percentile(values),
                    "longest": values[-1],
                    "total_days": total,
                    "share": percent(total, grand),
                    "on_time_rate": rate(on_time, due_n),
                }
            )
        out[procedure] = rows
    return out


def step_people(
    spans: Iterable[Span], cal: WorkdayIndex, period: Period
) -> dict[str, list[dict[str, Any]]]:
    """procedure -> the people who did its steps (the handler of each step), those whose steps
    took most working days first: steps done, median, 90th percentile, longest, total days.
    Counted spans come once per step (person "") and once per person (step BY_PERSON)."""
    first, last = period.first.toordinal(), period.last.toordinal()
    between = cal.between
    table: dict[str, dict[str, list[int]]] = {}
    for procedure, step, _rid, start, end, _due, _u, person, _c, weight in spans:
        if step in (WHOLE, LIMIT, PART, PART_LIMIT) or not person or not end or end < first or end > last:
            continue
        durations = table.setdefault(procedure, {}).setdefault(person, [])
        days = between(start, end)
        if weight == 1:
            durations.append(days)
        else:
            durations.extend([days] * weight)
    out: dict[str, list[dict[str, Any]]] = {}
    for procedure, people in table.items():
        rows: list[dict[str, Any]] = []
        for person, durations in people.items():
            values = sorted(durations)
            rows.append({"key": person, "count": len(values), "median": median(values),
                         "p90": percentile(values), "longest": values[-1],
                         "total_days": sum(values)})
        rows.sort(key=lambda r: (-r["total_days"], -(r["median"] or 0), r["key"]))
        for n, row in enumerate(rows, start=1):
            row["rank"] = n
        out[procedure] = rows
    return out


def bottlenecks(steps: list[dict[str, Any]]) -> list[str]:
    """The steps where most working days go (then the longer median), in their order: two
    alike in both are both named, not the first of them alone; none when no day was spent."""
    def weight(step: dict[str, Any]) -> tuple[Any, Any]:
        return step["total_days"], step["median"] or 0

    if not steps:
        return []
    most = max(map(weight, steps))
    return [str(s["step"]) for s in steps if weight(s) == most] if most[0] > 0 else []


def _change(now: Any, before: Any) -> Any:
    if now is None or before is None:
        return None
    return round(now - before, 1)


def compare(
    current: dict[str, Any], previous: dict[str, Any] | None, last_year: dict[str, Any] | None
) -> dict[str, Any]:
    """A group's figures with the previous period's and last year's beside them, and the change."""
    row = dict(current)
    for name, other in (("previous", previous), ("last_year", last_year)):
        other = other or {"volume": 0, "completed": 0, "median": None, "on_time_rate": None,
                          "overdue": 0}
        row[name] = {k: other[k] for k in ("volume", "completed", "median", "on_time_rate",
                                           "overdue")}
        row[f"change_{name}"] = {
            "volume": current["volume"] - other["volume"],
            "median": _change(current["median"], other["median"]),
            "on_time_rate": _change(current["on_time_rate"], other["on_time_rate"]),
        }
    return row


def rank_key(row: dict[str, Any]) -> tuple:
    """Best first: the higher on-time rate, then the shorter median, then more completed."""
    rate_value = row["on_time_rate"]
    median_value = row["median"]
    return (
        rate_value is None,
        -(rate_value or 0.0),
        median_value is None,
        median_value or 0.0,
        -row["completed"],
        row["key"],
    )


def ranked(
    now: dict[str, _Acc], before: dict[str, _Acc], year_ago: dict[str, _Acc]
) -> list[dict[str, Any]]:
    rows = []
    for key, acc in now.items():
        current = acc.figures()
        if not current["volume"] and not current["completed"] and not current["overdue"]:
            continue
        row = compare(
            current,
            before[key].figures() if key in before else None,
            year_ago[key].figures() if key in year_ago else None,
        )
        row["key"] = key
        rows.append(row)
    rows.sort(key=rank_key)
    for n, row in enumerate(rows, start=1):
        row["rank"] = n
    return rows


def own_days(cal: WorkdayIndex, span: Span) -> int:
    """A finished record span's working days (its start to its end), less those inside it that
    are not its own: a part in stretches carries them as its weight - 1 (spans.Span.weight)."""
    return cal.between(span.start, span.end) + 1 - span.weight


def monthly(
    spans: Iterable[Span], cal: WorkdayIndex, last: dt.date, months: int = 12
) -> dict[str, list[dict[str, Any]]]:
    """procedure -> the `months` months ending with `last`'s month: volume, completed, median,
    on-time rate."""
    first_month = _add_months(last.replace(day=1), -(months - 1))
    labels = [_add_months(first_month, n) for n in range(months)]
    bounds = [m.toordinal() for m in labels] + [_add_months(first_month, months).toordinal()]
    lo, hi = bounds[0], bounds[-1]

    months_of: dict[int, int] = {}  # a few hundred distinct days

    def month_of(day: int) -> int:
        n = months_of.get(day)
        if n is None:
            n = next((k for k in range(months) if day < bounds[k + 1]), months - 1)
            months_of[day] = n
        return n

    between = cal.between
    # many procedures share their dates: count each (procedure, start, end, due) once
    distinct: dict[tuple[str, int, int, int, int], int] = {}
    for procedure, step, _rid, start, end, due, _u, _p, _c, weight in spans:
        if step == WHOLE:
            key = (procedure, start, end, due, weight)
            distinct[key] = distinct.get(key, 0) + 1
    table: dict[str, list] = {}
    for (procedure, start, end, due, weight), n in distinct.items():
        rows = table.get(procedure)
        if rows is None:
            rows = table[procedure] = [[0, [], 0, 0] for _ in range(months)]
        if lo <= start < hi:
            rows[month_of(start)][0] += n
        if end and lo <= end < hi:
            entry = rows[month_of(end)]
            entry[1].extend([between(start, end) + 1 - weight] * n)
            if due:
                entry[2] += n
                entry[3] += n if end <= due else 0
    out: dict[str, list[dict[str, Any]]] = {}
    for procedure, rows in table.items():
        out[procedure] = [
            {
                "month": f"{labels[n].year}-{labels[n].month:02d}",
                "volume": volume,
                "completed": len(durations),
                "median": median(sorted(durations)),
                "on_time_rate": rate(on_time, due_n),
            }
            for n, (volume, durations, due_n, on_time) in enumerate(rows)
        ]
    return out
