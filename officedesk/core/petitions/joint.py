"""A joint letter (联名信) in one spreadsheet row: 信访人 lists the names, and each of the
petitioners' own columns (性别, 身份证号, 联系电话, 住址, 工作单位) lists their values in the same
order, separated by 、 (one left blank stays an empty place: “13812345678、、13987654321”).
Export writes every petitioner so (each value masked as usual for who may not see it); import
reads them back into the petitioners, and refuses a column whose places do not match the names
rather than lose anyone's data."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from officedesk.core import records
from officedesk.core.errors import ValidationError
from officedesk.core.fields import display
from officedesk.core.petitions import spec as S

SEPARATOR = "、"
NAME_SEPARATORS = ("、", "，", ",", ";", "；")


def names_in(text: str) -> list[str]:
    names = [text]
    for sep in NAME_SEPARATORS:
        names = [part for n in names for part in n.split(sep)]
    return [n.strip() for n in names if n.strip()]


def export_cells(spec: Any, people: Sequence[Any]) -> dict[str, Any]:
    """The petitioners' own columns of a joint letter (label -> value): every person's value in
    order, joined by 、; a sensitive column's as the list of stored values, which the export
    masks one by one as it masks the column (exchange.writing)."""
    cells: dict[str, Any] = {}
    for key in S.PETITIONER_KEYS:
        field = spec.field(key)
        stored = [getattr(p, key, None) or "" for p in people]
        if field.sensitive:
            cells[field.label] = stored
            continue
        values = [display(field, v) for v in stored]
        cells[field.label] = SEPARATOR.join(values) if any(values) else ""
    return cells


def _column(values: dict[str, Any], spec: Any, key: str) -> str | None:
    field = spec.field(key)
    return next((k for k in values if k in (field.name, field.label)), None)


def split_people(spec: Any, values: dict[str, Any], names: list[str]) -> list[dict[str, Any]]:
    """The petitioners of a joint row (`values` keyed by label or name; its 信访人 `names`): each
    column split at 、 into one place per name. A column with a single value (a sheet filled by
    hand, or exported before every petitioner was written) is the first petitioner's; one with
    another number of places is refused, naming it."""
    parts: dict[str, list[str]] = {}
    for key in S.PETITIONER_KEYS:
        column = _column(values, spec, key)
        if key == "name" or column is None:
            continue
        cell = values[column]
        text = "" if cell is None else str(cell)
        places = [p.strip() for p in text.split(SEPARATOR)] if SEPARATOR in text else [text]
        if len(places) == 1:
            places = places + [""] * (len(names) - 1)
        if len(places) != len(names):
            label = spec.field(key).label
            raise ValidationError(
                f"“{label}”一格有 {len(places)} 项，信访人有 {len(names)} 人（{'、'.join(names)}）："
                f"联名信访请按信访人的顺序用“、”分隔各人的{label}，空缺的留空（如“甲、、丙”），"
                "或只填第一人的。",
                column,
            )
        parts[column] = places
    people = []
    for i, name in enumerate(names):
        row = {column: places[i] for column, places in parts.items()}
        parsed = records.parse_values(spec, row, partial=True) if row else {}
        person = {key: parsed.get(key) for key in S.PETITIONER_KEYS}
        person["name"] = name
        people.append(person)
    return people
