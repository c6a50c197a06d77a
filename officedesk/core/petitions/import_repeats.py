"""重复信访 at import: the rows of a 信访 workbook that may be a person's earlier petition again
(the same lookups by person as `add`, repeats.py: for an importer who may not see personal data by
the name alone, and nothing of petitions above his clearance), and the rows of the file that name a person an
earlier row of it names. Reported with the import; the clerk decides (重复件), as after `add`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from officedesk.core import registry
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.core.petitions import joint, repeats
from officedesk.core.registry import RowNote

_FIELDS = {"name": ("信访人", "name"), "id_number": ("身份证号", "id_number"),
           "phone": ("联系电话", "phone")}


def _people(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """The row's petitioners as the lookups take them: every one of a joint letter (信访人
    “甲、乙”, each one's data in its place in the columns, as the import stores them,
    joint.split_people), as `add` looks up every petitioner (repeats.find_repeats)."""
    person: dict[str, Any] = {}
    for key, (label, name) in _FIELDS.items():  # the first of its columns filled
        value = raw.get(label)
        if value is None or value == "":
            value = raw.get(name)
            if value is None or value == "":
                value = ""
        person[key] = str(value).strip()
    names = joint.names_in(person["name"])
    if len(names) < 2:
        return [person]
    try:
        return joint.split_people(registry.get("petitions"), raw, names)
    except ValidationError:  # a row the import refuses: its first petitioner only
        return [person | {"name": names[0]}]


def _earlier_rows(people: repeats.Keys, numbers: Sequence[int]) -> list[tuple[int, str] | None]:
    """For each row, the first row of the file before it naming one of its petitioners (by ID
    number, else name and phone: `people`, each row's person_keys) and why, or None."""
    first: dict[Any, int] = {}
    found: list[tuple[int, str] | None] = []
    for group, number in zip(people, numbers, strict=True):
        keys = []
        for id_number, pair in group:
            keys += [k for k in ((repeats.SAME_ID, id_number) if id_number else None,
                                 (repeats.SAME_NAME_PHONE, pair) if pair else None)
                     if k is not None]
        found.append(min(((first[k], k[0]) for k in keys if k in first), default=None))
        for key in keys:
            first.setdefault(key, number)
    return found


def import_notes(rows: list[tuple[int, dict[str, Any]]], actor: Actor) -> list[RowNote]:
    """Per new row, the stored petitions of the same person the actor may see (信访编号 and
    why, as repeats.same_person matches for him) and the earlier row of the file with the same
    person (the file's own values: they confirm nothing stored). Rows with neither get no
    note."""
    groups = [_people(raw) for _, raw in rows]
    numbers = [number for number, _ in rows]
    people = [[repeats.person_keys(person) for person in group] for group in groups]  # made once
    stored = repeats.repeats_of_rows(groups, actor, keys=people)
    same_rows = _earlier_rows(people, numbers)
    notes: list[RowNote] = []
    for number, found, same_row in zip(numbers, stored, same_rows, strict=True):
        if not found and same_row is None:
            continue
        # each part a translatable text, joined pairwise by "%1、%2" (any number of parts)
        parts = [text("%1（%2）", c.number, c.reason_text()) for c in found]
        if same_row is not None:
            parts.append(text("本文件第 %1 行（%2）", same_row[0], text(same_row[1])))
        joined = parts[0]
        for part in parts[1:]:
            joined = text("%1、%2", joined, part)
        notes.append(RowNote(number, text("第 %1 行：%2", number, joined), {
            "row": number,
            "repeats": [{"id": c.petition_id, "number": c.number, "reasons": list(c.reasons)}
                        for c in found],
            "same_as_row": same_row[0] if same_row is not None else None,
        }))
    return notes
