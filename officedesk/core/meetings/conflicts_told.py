"""A 会议's trail keeps the conflicts it was saved despite (`conflict_override`: its audit entry,
hashed, never rewritten) as they were told to whoever saved it: a person due then at another
meeting, named by its title, time and place. The saver may be cleared above the meeting's other
readers, and that other meeting may be raised since; a reader below its 密级 is told the entry
as the conflicts tell one above him (conflicts.find_conflicts): the person engaged during the
meeting's time, nothing of the other meeting (`redact`, RegistrySpec.told_in_history)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from officedesk.core.actor import Actor, clearance_of
from officedesk.core.meetings.spec import SPEC
from officedesk.store.meetings import Meeting

# “李建国在 2026-12-03 10:30–11:30 要出席“普通协调会”，地点：市会展中心。” (conflicts.find_conflicts)
_NAMED = re.compile(
    r"(?P<name>[^\s\"“”；，。：\[\]]+)在 (?P<start>\d{4}-\d{2}-\d{2} \d{2}:\d{2})–"
    r"(?:\d{4}-\d{2}-\d{2} )?\d{2}:\d{2} 要[^“\"]{1,8}“(?P<title>[^”]*)”(?:，地点：[^。\"]*)?。")


def _levels(titles: set[str]) -> dict[tuple[str, dt.datetime], int]:
    """The highest 密级 of the meetings of each (title, start to the minute)."""
    levels: dict[tuple[str, dt.datetime], int] = {}
    rows: Any = (Meeting.select(Meeting.title, Meeting.start, Meeting.secrecy)
                 .where(Meeting.title.in_(sorted(titles))).tuples())
    for title, start, secrecy in rows:
        key = (title, start.replace(second=0, microsecond=0))
        levels[key] = max(levels.get(key, 0), clearance_of(secrecy or ""))
    return levels


def redact(text: str, actor: Actor) -> str:
    """`text` with every meeting it names as a conflict told as hidden when it lies above the
    actor's clearance — or is no longer found by its title and time (renamed, moved, deleted:
    it cannot be told that he may see it)."""
    if not text or " 要" not in text:
        return text
    found = list(_NAMED.finditer(text))
    if not found:
        return text
    levels = _levels({m["title"] for m in found})

    def told(m: re.Match[str]) -> str:
        level = levels.get((m["title"], dt.datetime.strptime(m["start"], "%Y-%m-%d %H:%M")))
        if level is not None and level <= actor.clearance:
            return m.group(0)
        return f"{m['name']}在本次会议时段另有安排。"

    return _NAMED.sub(told, text)


SPEC.told_in_history = redact
