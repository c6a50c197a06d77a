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

# “李建国在 2026-12-03 10:30–11:30 要出席“普通协调会”，地点：市会展中心。” (conflicts.find_conflicts),
# or, of a past 台账's meeting, “… 另出席了“普通协调会”…” (Conflict.fact: core.meetings.past_clashes)
_NAMED = re.compile(
    r"(?P<name>[^\s\"“”；，。：\[\]]+)在 (?P<start>\d{4}-\d{2}-\d{2} \d{2}:\d{2})–"
    r"(?P<end>(?:\d{4}-\d{2}-\d{2} )?\d{2}:\d{2}) (?:要|另)[^“\"]{1,8}“(?P<title>[^”]*)”(?:，地点：(?P<place>[^。\"]*))?。")


# “第一会议室在 2025-03-04 09:00–11:30 已安排“县委常委会”。” (Conflict.fact of a room booked: kept
# only by a past 台账's meeting, core.meetings.past_clashes)
_ROOM = re.compile(
    r"(?P<room>[^\s\"“”；，。：\[\]]+)在 (?P<start>\d{4}-\d{2}-\d{2} \d{2}:\d{2})–"
    r"(?P<end>(?:\d{4}-\d{2}-\d{2} )?\d{2}:\d{2}) 已安排“(?P<title>[^”]*)”。")


def _minute(moment: dt.datetime) -> dt.datetime:
    return moment.replace(second=0, microsecond=0)


def _told_as(m: re.Match[str]) -> tuple[str, dt.datetime, dt.datetime]:
    """The title, start and end of the meeting a conflict names, as written (an end without its
    date is on the start's day)."""
    start = dt.datetime.strptime(m["start"], "%Y-%m-%d %H:%M")
    end = m["end"] if " " in m["end"] else f"{start:%Y-%m-%d} {m['end']}"
    return m["title"], start, dt.datetime.strptime(end, "%Y-%m-%d %H:%M")


def _levels(titles: set[str]) -> dict[tuple[str, dt.datetime, dt.datetime], list[tuple[str, int]]]:
    """The meetings of these titles by (title, start, end to the minute): each one's place and
    密级. The whole of what the entry names finds the meeting — never a namesake that shares
    only its title and start (a 专题会议 held at two places: the one saved, told in full)."""
    levels: dict[tuple[str, dt.datetime, dt.datetime], list[tuple[str, int]]] = {}
    rows: Any = (Meeting.select(Meeting.title, Meeting.start, Meeting.end, Meeting.place, Meeting.secrecy)
                 .where(Meeting.title.in_(sorted(titles))).tuples())
    for title, start, end, place, secrecy in rows:
        key = (title, _minute(start), _minute(end))
        levels.setdefault(key, []).append((place or "", clearance_of(secrecy or "")))
    return levels


def redact(text: str, actor: Actor) -> str:
    """`text` with every meeting it names as a conflict told as hidden when it lies above the
    actor's clearance — or is no longer found by its title, time and place (renamed, moved,
    deleted: it cannot be told that he may see it). An entry written before conflicts named
    the place is matched by its title and time."""
    if not text or (" 要" not in text and " 另" not in text and " 已安排" not in text):
        return text
    found = [*_NAMED.finditer(text), *_ROOM.finditer(text)]
    if not found:
        return text
    levels = _levels({m["title"] for m in found})

    def seen(m: re.Match[str], place: str | None) -> bool:
        same = [level for held, level in levels.get(_told_as(m), [])
                if place is None or held == place]
        return bool(same) and max(same) <= actor.clearance

    def told(m: re.Match[str]) -> str:
        return m.group(0) if seen(m, m["place"]) else f"{m['name']}在本次会议时段另有安排。"

    def room_told(m: re.Match[str]) -> str:
        return m.group(0) if seen(m, None) else f"{m['room']}在本次会议时段已被占用。"

    return _ROOM.sub(room_told, _NAMED.sub(told, text))


SPEC.told_in_history = redact
