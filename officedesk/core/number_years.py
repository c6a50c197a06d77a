"""The year a number carries, by the record's own dates (DOMAIN §1: numbers run on within a
year): the year a registry numbers a record in (`year_of`, a RegistrySpec.number_year), the dates
a typed or brought number is checked by (`dated_by`), and the refusals of a number of a year not
begun (`refuse_future_year`) or of none of its record's dates (`check_year_of_dates`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from officedesk.core import clock, converters, i18n
from officedesk.core.errors import ValidationError
from officedesk.core.fields import parse_value
from officedesk.core.numbering import KINDS


def year_of(name: str) -> Callable[[Any], int]:
    """A RegistrySpec.number_year: the year of the record's own date `name` (登记日期, 立项日期),
    the year entered without one. A 信访 of 2026-12-31 entered on 2027-01-04 is 信2026-N."""

    def year(record: Any) -> int:
        day = getattr(record, name, None)
        return day.year if day else clock.today().year

    year.date_field = name  # type: ignore[attr-defined]  # what a brought number is checked by
    return year


def dated_by(spec: Any, values: Mapping[str, Any]) -> dict[str, dt.date | None]:
    """The record's own date a number of its registry is of ({label: day}), for a number typed
    or brought (claim_manual's `dated`); {} when the registry says no such date."""
    name = getattr(spec.number_year, "date_field", None)
    if name is None:
        return {}
    field = _field_named(spec, name)
    # by name, or by label as a sheet's row or `add` gives it
    day = values.get(name, values.get(field.label) if field is not None else None)
    if day not in (None, "") and not isinstance(day, dt.date) and field is not None:
        try:
            day = _parse(spec, field, day)  # a cell's text, as the record will take it
        except ValidationError:
            day = None  # its own refusal names the cell
    if isinstance(day, dt.datetime):  # a time (信息's 报送时间): its day, as the refusal names it
        day = day.date()
    label = field.label if field is not None else name
    return {label: day if isinstance(day, dt.date) else None}


def _field_named(spec: Any, name: str) -> Any:
    """The field called `name` (by_label's table, which holds names too), None without one."""
    try:
        field = spec.by_label(name)
    except ValidationError:
        return None
    if field.name == name:
        return field
    return next((f for f in spec.fields if f.name == name), None)  # a label spelt as this name


def _parse(spec: Any, field: Any, raw: Any) -> Any:
    """parse_value(field, raw); in a batch's check, its column's converter (the same value,
    remembered for the cells seen: converters.remembered)."""
    compiled = converters.active(spec)
    entry = compiled.get(field.name) if compiled is not None else None
    return entry[1](raw) if entry is not None else parse_value(field, raw)


def refuse_future_year(kind: str, text: str, year: int) -> None:
    """A typed number of a year after this one: it would be counted in a year not yet begun
    (claim_manual, and a batch's brought numbers: core.batch)."""
    if year > clock.today().year:
        raise ValidationError(i18n.text(
            "%1“%2”的年份是 %3 年，晚于今年（%4 年）：编号按年连续，只能用今年或往年的年份。请改正年份。",
            KINDS[kind].label, text, year, clock.today().year), KINDS[kind].label)


def check_year_of_dates(kind: str, text: str, year: int, dated: Mapping[str, dt.date | None]) -> None:
    """A number by year carries the year of the record's own dates (DOMAIN §1: numbers run
    continuously within a year; a 〔2026〕 number on a 2025 document is counted in neither)."""
    given = {label: day for label, day in dated.items() if day is not None}
    years = sorted({day.year for day in given.values()})
    if not years or year in years:
        return
    label = KINDS[kind].label
    days = [i18n.text("%1（%2）", name, day.isoformat()) for name, day in given.items()]
    wanted = i18n.joined([i18n.text("%1 年", y) for y in years], "%1或%2")
    raise ValidationError(i18n.text(
        "%1“%2”的年份是 %3 年，而%4在 %5：编号按年连续，%1应带 %5的年份。请改正%1的年份，或核对日期。",
        label, text, year, days, wanted), label)
