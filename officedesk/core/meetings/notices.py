"""What a meeting's notice said when it went out (发通知), and what has changed since.

The step 发通知 keeps the time and place the notice gave (``Meeting.notice_sent``, JSON). A
notice printed again after either changed is a 更正通知 (``change_since_sent``): its title and
its first lines say what was 原定 and what it is now, so that nobody holds two notices that
contradict each other. A meeting notified before the stamp existed (schema 19) has no record of
its notice: its notice prints as before, and a 修改 warns by comparing the edit alone.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SentNotice:
    """The time and place a notice gave when it went out."""

    start: dt.datetime
    end: dt.datetime
    place: str


@dataclass(frozen=True)
class NoticeChange:
    """A notified meeting's time and/or place as the notice sent gave them, now different."""

    sent: SentNotice
    time: bool  # the start or the end changed
    place: bool


def stamp(meeting: Any) -> str:
    """The record of the notice about to go out: the meeting's time and place now."""
    return json.dumps({"start": meeting.start.isoformat(timespec="minutes"),
                       "end": meeting.end.isoformat(timespec="minutes"),
                       "place": meeting.place or ""}, ensure_ascii=False, sort_keys=True)


def sent_notice(meeting: Any) -> SentNotice | None:
    """What the notice sent said; None when no notice was recorded (not sent, or sent before
    schema 19)."""
    text = getattr(meeting, "notice_sent", "") or ""
    if not text:
        return None
    try:
        data = json.loads(text)
        return SentNotice(dt.datetime.fromisoformat(data["start"]),
                          dt.datetime.fromisoformat(data["end"]), str(data.get("place") or ""))
    except (ValueError, KeyError, TypeError):
        return None


def _minute(value: dt.datetime) -> dt.datetime:
    return value.replace(second=0, microsecond=0)


def change_since_sent(meeting: Any) -> NoticeChange | None:
    """The change of time or place since the notice went out, None when there is none (or no
    notice is recorded): what makes the notice printed now a 更正通知."""
    sent = sent_notice(meeting)
    if sent is None:
        return None
    time = (_minute(sent.start), _minute(sent.end)) != (_minute(meeting.start),
                                                         _minute(meeting.end))
    place = sent.place != (meeting.place or "")
    if not (time or place):
        return None
    return NoticeChange(sent, time, place)
