"""Completion for the pickers of the 通讯录 (单位, 人员, 会议室): what a typed name, or its 拼音
initials or spelling, finds ('zs' finds 张三; a unit by its 简称's too), as `Suggestion`s. An
entry out of use (停用) is offered by none."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from officedesk.core.directory import tidy_name, unpadded_name
from officedesk.store.models import Person, Room, Unit


@dataclass(frozen=True)
class Suggestion:
    text: str  # what goes into the field
    detail: str  # shown beside it (unit, title, capacity)
    record_id: int


def _matches(model: Any, typed: str, also: Any = None) -> Any:
    """An entry in use whose name (or 拼音, or `also`) matches what was typed."""
    typed = typed.strip()
    lowered = typed.lower()
    condition = model.name.contains(typed)
    in_use = model.out_of_use == False  # noqa: E712
    if lowered.isascii() and lowered.replace(" ", "").isalpha():
        condition = condition | model.pinyin.startswith(lowered) | model.pinyin.contains(" " + lowered)
    if also is not None:
        condition = condition | also
    return in_use & condition


def suggest(kind: str, typed: str, limit: int = 20) -> list[Suggestion]:
    """Completion for the pickers: by name, or by 拼音 initials or spelling ('zs' finds 张三)."""
    makers: dict[str, Callable[[str, int], list[Suggestion]]] = {
        "units": _suggest_units, "people": _suggest_people, "rooms": _suggest_rooms}
    if not typed.strip():
        return []
    return makers[kind](typed, limit)


def meant_by(kind: str, typed: str) -> list[str]:
    """The names 拼音 typed alone stands for ('hx' → 郝雪, 何欣), for Enter pressed before a
    suggestion is chosen: the one found is taken, of several the clerk chooses. A name typed in
    characters, or anything else (an outside venue, 张三（某单位）), stands for itself: []."""
    letters = typed.strip().replace(" ", "")
    if not (letters.isascii() and letters.isalpha()):
        return []
    names = list(dict.fromkeys(s.text for s in suggest(kind, typed)))
    return [] if typed.strip() in names else names


def _suggest_units(typed: str, limit: int) -> list[Suggestion]:
    rows = Unit.select().where(_matches(Unit, typed, Unit.short_name.contains(typed.strip()))).order_by(
        Unit.sort_order, Unit.name).limit(limit)
    return [Suggestion(u.name, u.short_name, u.id) for u in rows]


def _suggest_people(typed: str, limit: int) -> list[Suggestion]:
    typed = tidy_name(typed.strip())
    also = unpadded_name().contains(typed.replace(" ", "")) if not typed.isascii() else None
    rows = Person.select().where(_matches(Person, typed, also)).order_by(Person.rank, Person.name).limit(limit)
    return [Suggestion(p.name, " ".join(x for x in (p.unit.name if p.unit else "", p.title) if x), p.id)
            for p in rows]


def _suggest_rooms(typed: str, limit: int) -> list[Suggestion]:
    rows = Room.select().where(_matches(Room, typed)).order_by(Room.name).limit(limit)
    return [Suggestion(r.name, f"{r.capacity}人" if r.capacity else "", r.id) for r in rows]
