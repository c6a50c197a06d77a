"""A joint letter (联名信) in one spreadsheet row: 信访人 lists the names, and each of the
petitioners' own columns (性别, 身份证号, 联系电话, 住址, 工作单位) lists their values in the same
order, separated by 、 (one left blank stays an empty place: “13812345678、、13987654321”).
Export writes every petitioner so (each value masked as usual for who may not see it); import
reads them back into the petitioners, and refuses a column whose places do not match the names
rather than lose anyone's data."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from officedesk.core import i18n, records
from officedesk.core.errors import ValidationError
from officedesk.core.fields import display
from officedesk.core.petitions import spec as S

SEPARATOR = "、"
NAME_SEPARATORS = ("、", "，", ",", ";", "；")
_SEPARATOR = re.compile("|".join(re.escape(sep) for sep in NAME_SEPARATORS))  # any of them, one search


def names_in(text: str) -> list[str]:
    if _SEPARATOR.search(text) is None:  # one name (most rows)
        text = text.strip()
        return [text] if text else []
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


def _mismatch(spec: Any, key: str, count: int, names: list[str], column: str,
              lone: bool = True) -> ValidationError:
    label = spec.field(key).label
    first = "，或只填第一人的" if lone else ""
    return ValidationError(
        i18n.text("“%1”一格有 %2 项，信访人有 %3 人（%4）：联名信访请按信访人的"
                  "顺序用“、”分隔各人的%1，空缺的留空（如“甲、、丙”）%5。",
                  label, count, len(names), '、'.join(names), first),
        column,
    )


def _places(spec: Any, values: dict[str, Any], names: list[str]) -> dict[str, tuple[str, list[str]]]:
    """Each petitioner's column given in `values` (but 信访人) split at 、 into one place per
    name: column -> (key, places). A single value is the first petitioner's (the others' places
    empty, marked by a list one long: see split_people); another number of places is refused,
    naming the column."""
    parts: dict[str, tuple[str, list[str]]] = {}
    for key in S.PETITIONER_KEYS:
        column = _column(values, spec, key)
        if key == "name" or column is None:
            continue
        cell = values[column]
        text = "" if cell is None else str(cell)
        places = [p.strip() for p in text.split(SEPARATOR)] if SEPARATOR in text else [text.strip()]
        if len(places) != len(names) and len(places) != 1:
            raise _mismatch(spec, key, len(places), names, column)
        parts[column] = (key, places)
    return parts


def _person(spec: Any, row: dict[str, Any], index: int, name: str, joint: bool) -> dict[str, Any]:
    """One petitioner's places read by the fields' own parsers; a refusal names the petitioner
    (第 2 位信访人（李桂兰）) in a joint letter."""
    try:
        parsed = records.parse_values(spec, row, partial=True) if row else {}
    except ValidationError as exc:
        if not joint:
            raise
        raise ValidationError(i18n.text("第 %1 位信访人（%2）：%3",
                                        index + 1, name, exc.message), exc.field) from exc
    person = {key: parsed.get(key) for key in S.PETITIONER_KEYS}
    person["name"] = name
    return person


def split_people(spec: Any, values: dict[str, Any], names: list[str]) -> list[dict[str, Any]]:
    """The petitioners of a joint row (`values` keyed by label or name; its 信访人 `names`): each
    column split at 、 into one place per name. A column with a single value (a sheet filled by
    hand, or exported before every petitioner was written) is the first petitioner's; one with
    another number of places is refused, naming it."""
    parts = _places(spec, values, names)
    people = []
    for i, name in enumerate(names):
        row = {column: places[i] if len(places) > 1 or i == 0 else ""
               for column, (_key, places) in parts.items()}
        people.append(_person(spec, row, i, name, len(names) > 1))
    return people


def _matched(stored: Sequence[Any], names: list[str]) -> list[Any]:
    """The stored petitioner each name of a corrected list stands for: the one of that name
    (a petitioner removed, the rest kept in order), else the one in its place (a name
    corrected); None for a petitioner added."""
    free = list(range(len(stored)))
    found: list[Any] = [None] * len(names)
    for i, name in enumerate(names):
        same = next((j for j in free if stored[j].name == name), None)
        if same is not None:
            free.remove(same)
            found[i] = stored[same]
    for i in range(len(names)):
        if found[i] is None and i in free:
            free.remove(i)
            found[i] = stored[i]
    return found


def corrected_people(spec: Any, stored: Sequence[Any], cells: dict[str, Any]) -> list[dict[str, Any]]:
    """import --update of a joint letter: its petitioners as the row's changed `cells` (label
    -> cell) make them, split and read as a new row's lists are (split_people), each the
    stored petitioner its name stands for (_matched) with the places changed. A column not
    given keeps the stored values; a masked place (110101********1234, as an export shows it to
    who may not see it) is kept as stored, never written back, and one that is not that
    petitioner's mask is refused; a single value where the others have one is refused, so that
    none is lost."""
    name_column = _column(cells, spec, "name")
    names = names_in(str(cells[name_column] or "")) if name_column else [p.name for p in stored]
    parts = _places(spec, cells, names)
    kept = _matched(stored, names)
    people = []
    for i, name in enumerate(names):
        old = kept[i]
        person = {key: (getattr(old, key, "") or "") if old is not None else ""
                  for key in S.PETITIONER_KEYS}
        row: dict[str, Any] = {}
        for column, (key, places) in parts.items():
            if len(places) == 1 and len(names) > 1 and any(
                    getattr(p, key, "") for p in kept[1:] if p is not None):
                raise _mismatch(spec, key, 1, names, column, lone=False)
            place = places[i] if len(places) > 1 or i == 0 else ""
            field = spec.field(key)
            if field.sensitive and "*" in place:
                if old is None or place != display(field, person[key]):
                    raise ValidationError(
                        i18n.text("第 %1 位信访人（%2）的“%3”是导出时遮盖过的样子（"
                                  "%4），但与这位信访人现在的不符（遮盖的文字改过，或导出后"
                                  "这一项已修改）：遮盖的文字不能作为修改后的值导入。请填写完"
                                  "整的%3，或重新导出后再改（不改的保持导出时的样子即可，不"
                                  "会写回）。",
                                  i + 1, name, field.label, place),
                        column,
                    )
                continue  # kept as stored
            row[column] = place
        person.update({k: v for k, v in _person(spec, row, i, name, True).items()
                       if k == "name" or _column(row, spec, k) is not None})
        people.append({k: "" if v is None else v for k, v in person.items()})
    return people
