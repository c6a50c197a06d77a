"""What a meeting's notices said when they went out, and what has changed since.

The step 发通知 keeps the time and place the notice gave (``Meeting.notice_sent``, JSON). A
notice printed again after either changed is a 更正通知 (``correction_to_print``): its title and its first
lines say what was 原定 and what it is now, so that nobody holds two notices that contradict
each other. A 更正通知 printed is itself the notice people then hold: printing it through
``proceedings.record_correction`` adds what it said to the record (``"corrections"``, in order),
and later changes are compared with the last notice issued (``last_issued``), whatever the first
said — a meeting moved back to the first notice's time after a correction is a change again. A
meeting notified before the stamp existed (schema 19) has no record of its notice: its notice
prints as before, and a 修改 warns by comparing the edit alone.

A notified meeting cancelled has one paper left, the 取消通知 taking back the notice people hold
(``core.meetings.papers``); handed out, the reason it gave is kept (``"cancellation"``,
``with_cancellation`` / ``cancellation_issued``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from officedesk.core import clock


@dataclass(frozen=True)
class SentNotice:
    """The time and place a notice gave when it went out."""

    start: dt.datetime
    end: dt.datetime
    place: str


@dataclass(frozen=True)
class NoticeChange:
    """A notified meeting's time and/or place as the notice issued last gave them (``sent``),
    now different."""

    sent: SentNotice
    time: bool  # the start or the end changed
    place: bool
    end: bool = False  # the end changed (the 原定 clause then says when it was to end)


def _entry(start: dt.datetime, end: dt.datetime, place: str) -> dict[str, str]:
    """A notice as it goes out today: its time and place, and its day (``issued``, the date
    it is printed again with)."""
    return {"start": start.isoformat(timespec="minutes"),
            "end": end.isoformat(timespec="minutes"), "place": place or "",
            "issued": clock.today().isoformat()}


def _now(meeting: Any) -> SentNotice:
    return SentNotice(_minute(meeting.start), _minute(meeting.end), meeting.place or "")


def as_printed(meeting: Any) -> SentNotice:
    """The time and place a notice printed now says: kept with the paper, so that handing it
    out later records what it said, not what the meeting has become meanwhile."""
    return _now(meeting)


def stamp(meeting: Any, people: list[str] | None = None) -> str:
    """The record of the notice about to go out: the meeting's time and place now, and the
    names of the people it goes to (``people``: the meeting's, read by the caller)."""
    entry: dict[str, Any] = dict(_entry(meeting.start, meeting.end, meeting.place or ""))
    if people is not None:
        entry["people"] = list(people)
    return json.dumps(entry, ensure_ascii=False, sort_keys=True)


def notified_people(meeting: Any) -> set[str] | None:
    """The names the notice (发通知), each 更正通知 issued and each 补发 went to; None when that
    was not recorded (no notice, or one sent before the names were kept)."""
    data = _read(getattr(meeting, "notice_sent", "") or "")
    if data is None:
        return None
    lists = [entry.get("people")
             for entry in (data, *(data.get("corrections") or []), *(data.get("supplements") or []))
             if isinstance(entry, dict)]
    kept = [names for names in lists if isinstance(names, list)]
    return {str(name) for names in kept for name in names} if kept else None


def _read(text: str) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _notice(data: Any) -> SentNotice | None:
    try:
        return SentNotice(_minute(dt.datetime.fromisoformat(data["start"])),
                          _minute(dt.datetime.fromisoformat(data["end"])),
                          str(data.get("place") or ""))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def notices_issued(meeting: Any) -> list[SentNotice]:
    """Every notice issued, in order: the one 发通知 sent, then each 更正通知 printed; [] when no
    notice was recorded (not sent, or sent before schema 19)."""
    data = _read(getattr(meeting, "notice_sent", "") or "")
    first = _notice(data) if data is not None else None
    if data is None or first is None:
        return []
    later = [_notice(entry) for entry in data.get("corrections") or []]
    return [first, *(n for n in later if n is not None)]


def sent_notice(meeting: Any) -> SentNotice | None:
    """What the notice people hold says: the last one issued (the 更正通知 printed last, else the
    notice sent); None when no notice was recorded."""
    notices = notices_issued(meeting)
    return notices[-1] if notices else None


def with_correction(meeting: Any, said: SentNotice | None = None, people: list[str] | None = None) -> str:
    """The record of the notices with the 更正通知 about to be issued added: what it says
    (`said`, as_printed when it was made; by default the meeting's time and place now) and
    whom it goes to (`people`, the meeting's now)."""
    said = _now(meeting) if said is None else said
    data = _read(getattr(meeting, "notice_sent", "") or "") or {}
    data = dict(data)
    entry: dict[str, Any] = dict(_entry(said.start, said.end, said.place))
    if people is not None:
        entry["people"] = list(people)
    data["corrections"] = [*(data.get("corrections") or []), entry]
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def correction_in(meeting: Any, said: SentNotice) -> NoticeChange | None:
    """What a notice saying `said` changes against the last notice issued (None: nothing; no
    notice recorded)."""
    sent = sent_notice(meeting)
    return None if sent is None else _between(sent, said)


def _minute(value: dt.datetime) -> dt.datetime:
    return value.replace(second=0, microsecond=0)


def _between(was: SentNotice, now: SentNotice) -> NoticeChange | None:
    end = was.end != now.end
    time = was.start != now.start or end
    place = was.place != now.place
    if not (time or place):
        return None
    return NoticeChange(was, time, place, end)


def change_since_sent(meeting: Any) -> NoticeChange | None:
    """The change of time or place since the last notice issued (``sent_notice``), None when
    there is none (or no notice is recorded): what a 修改 makes wrong in the notice people hold,
    and what makes the notice printed now a new 更正通知."""
    sent = sent_notice(meeting)
    return None if sent is None else _between(sent, _now(meeting))


def correction_to_print(meeting: Any) -> NoticeChange | None:
    """The 更正通知 to print now: the change since the last notice issued; with none, the last
    更正通知 issued again when there was one (its reprint says what it said: 原定 the notice before
    it); None: the notice printed is the plain one."""
    change = change_since_sent(meeting)
    if change is not None:
        return change
    notices = notices_issued(meeting)
    if len(notices) < 2:
        return None
    return _between(notices[-2], notices[-1])


def with_supplement(meeting: Any, people: list[str]) -> str:
    """The record of the notices with a 补发 handed out added: the notice sent again to
    `people` alone (those added since it went out), on today's date. It changes nothing of what
    the notice said (a later change is still compared with the last notice issued)."""
    data = dict(_read(getattr(meeting, "notice_sent", "") or "") or {})
    entry = {"people": list(people), "issued": clock.today().isoformat()}
    data["supplements"] = [*(data.get("supplements") or []), entry]
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def with_cancellation(meeting: Any, reason: str) -> str:
    """The record of the notices with the 取消通知 handed out added: the reason it gave."""
    data = dict(_read(getattr(meeting, "notice_sent", "") or "") or {})
    data["cancellation"] = {"reason": reason}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def cancellation_issued(meeting: Any) -> str | None:
    """The reason the 取消通知 handed out gave; None when none was handed out."""
    data = _read(getattr(meeting, "notice_sent", "") or "") or {}
    entry = data.get("cancellation")
    return str(entry.get("reason") or "") if isinstance(entry, dict) else None


def issued_on(meeting: Any) -> dt.date | None:
    """The day the notice people hold went out (发通知, or the 更正通知 handed out last), the date a
    copy printed again carries — dated the day of the reprint, a copy for the file printed after
    the meeting said a day after the meeting it called people to. None when no notice was
    recorded as sent (or sent before its day was kept), or the meeting changed since: the notice
    printed then is a new paper, dated the day it goes out."""
    data = _read(getattr(meeting, "notice_sent", "") or "")
    if data is None or sent_notice(meeting) is None \
            or correction_in(meeting, as_printed(meeting)) is not None:
        return None
    issued = [entry for entry in data.get("corrections") or [] if _notice(entry) is not None]
    last = issued[-1] if issued else data
    try:
        return dt.date.fromisoformat(str(last.get("issued") or ""))
    except (ValueError, AttributeError):
        return None


def signup_closed(deadline: dt.date | None, day: dt.date | None, now: dt.datetime | None = None) -> bool:
    """Whether a paper dated `day` (its 成文日期) comes after the 报名截止 `deadline` (a date or
    a datetime): it then asks for nothing by it, as nobody can still do it (a 更正通知 dated
    after the deadline of the notice it replaces). On the 截止 day itself, a paper made `now`
    (its 成文日期 today) past the deadline's hour is after it too."""
    if deadline is None or day is None:
        return False
    last = deadline.date() if isinstance(deadline, dt.datetime) else deadline
    paper = day.date() if isinstance(day, dt.datetime) else day
    if paper == last and isinstance(deadline, dt.datetime) and now is not None and now.date() == paper:
        return now >= deadline
    return paper > last


def deadline_passed(deadline: dt.datetime | None, start: dt.datetime | None) -> str:
    """Why the 报名截止 of a meeting starting at `start` is refused now: it has passed
    (signup_closed for a paper made now) while the meeting is still to come, so its notice
    would ask for names by a time gone and print no 报名 paragraph at all; "" when it is still
    ahead, none is set, or the meeting has begun (an old meeting entered after the event keeps
    what it had). The 修改 step's words for a 更正通知 (“报名截止时间（…）已过”)."""
    if deadline is None or start is None or start <= clock.now():
        return ""
    if not signup_closed(deadline, clock.today(), clock.now()):
        return ""
    return f"报名截止时间（{deadline:%Y-%m-%d %H:%M}）已过"
