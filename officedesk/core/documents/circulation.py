"""传阅 of a 收文 among leaders: in order (按顺序: one holder at a time, each hands it to the
next) or, as an explicit choice, 分送 to several holders at once; who holds it now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from officedesk.core import cleared_names, clock, records
from officedesk.core.actor import Actor
from officedesk.core.documents.common import not_in_future, run_step, step_moment
from officedesk.core.documents.incoming import (
    CIRCULATING,
    FLOW,
    HANDLING,
    INCOMING,
    INSTRUCTED,
)
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.fields import strip_controls
from officedesk.core.i18n import Verbatim, text
from officedesk.core.names import tidy_person
from officedesk.store.documents import CirculationEntry, IncomingDoc


def circulate(
    record_id: int, version: int, actor: Actor, readers: Sequence[str], parallel: bool = False,
    day: dt.date | None = None,
) -> IncomingDoc:
    """传阅: send it round a list of readers in order (按顺序: one holder at a time, each hands
    it to the next), or — an explicit choice — 分送 to all of them at once (parallel)."""
    names: list[str] = []
    twice: list[str] = []
    for name in readers:
        name = tidy_person(strip_controls(name).strip())  # 王　伟 padded to align is 王伟
        if name in names and name not in twice:
            twice.append(name)
        elif name and name not in names:
            names.append(name)

    def check(record: IncomingDoc) -> None:
        if not names:
            raise ValidationError("请至少填写一位传阅人。", "readers")
        if twice:
            # a name typed twice is likely a slip for another reader: the clerk says whom he meant
            raise ValidationError(
                text("传阅人中%1重复填写了。每位传阅人只写一次；如本想写另一位，请改正后再"
                     "传阅。",
                     '、'.join(twice)), "readers")
        _readers_cleared(record, names)

    def add_readers(record: IncomingDoc) -> None:
        start = (
            CirculationEntry.select(CirculationEntry.seq)
            .where(CirculationEntry.doc_id == record.id)
            .order_by(CirculationEntry.seq.desc())
            .scalar()
            or 0
        )
        batch = start + 1 if parallel else 0
        for offset, name in enumerate(names, start=1):
            CirculationEntry.create(
                doc_id=record.id, seq=start + offset, reader=name, sent_at=None, batch=batch
            )
        # 送阅 to those it reaches now (the paper's day): in order only the first reader; the
        # others get theirs when it is handed on to them (mark_read)
        _hand_on(record.id, step_moment(day))

    return run_step(
        INCOMING,
        record_id,
        version,
        actor,
        "传阅",
        FLOW,
        {},
        CIRCULATING,
        opinion=("分送传阅：" + "、".join(names)) if parallel else "传阅：" + "→".join(names),
        then=add_readers,
        check=check,
        day=day,
        day_field=("on", "传阅日期"),
    )


def _readers_cleared(record: IncomingDoc, names: Sequence[str]) -> None:
    """A classified document goes round only to readers cleared for its 密级: a reader who is a
    user of the program below it is refused (one who is not a user has no 密级权限 here) — the
    one rule of the people a record names (core.cleared_names)."""
    cleared_names.refuse_named(records.level_of(INCOMING, record), names, "", "readers",
                               doing="传阅给其")


def circulation(record_id: int, actor: Actor) -> list[CirculationEntry]:
    """A 收文's 传阅 entries in order, for an actor who may read the 收文 (as secret as it is;
    refused as a missing id otherwise)."""
    records.get(INCOMING, record_id, actor)
    return entries_of(record_id)


def entries_of(record_id: int) -> list[CirculationEntry]:
    """The 传阅 entries as stored, for core's rules (no reader's clearance asked)."""
    return list(
        CirculationEntry.select()
        .where(CirculationEntry.doc_id == record_id)
        .order_by(CirculationEntry.seq)
    )


def in_circulation() -> dict[int, list[CirculationEntry]]:
    """The 传阅 entries of every document in circulation, by document, in order: one query."""
    found: dict[int, list[CirculationEntry]] = {}
    query = (CirculationEntry.select()
             .join(IncomingDoc, on=(CirculationEntry.doc_id == IncomingDoc.id))
             .where(IncomingDoc.state == CIRCULATING)
             .order_by(CirculationEntry.doc_id, CirculationEntry.seq))
    for entry in query:
        found.setdefault(entry.doc_id, []).append(entry)
    return found


def holder(record_id: int, actor: Actor) -> CirculationEntry | None:
    """The reader who holds the document now, for an actor who may read the 收文 (refused as a
    missing id otherwise, as `circulation`)."""
    records.get(INCOMING, record_id, actor)
    return holder_of(record_id)


def holder_of(record_id: int) -> CirculationEntry | None:
    """The reader who holds the document now: the first one who has not yet read it. For core's
    rules (no reader's clearance asked)."""
    return (
        CirculationEntry.select()
        .where((CirculationEntry.doc_id == record_id) & CirculationEntry.read_at.is_null())
        .order_by(CirculationEntry.seq)
        .first()
    )


def holder_words(record_id: int, whole: bool = False) -> str:
    """Who holds it, for the 收文 list's 持有/时限 cell: “张三 持有”; several at once (a 分送) as
    “张三等2人持有”, which reads whole in the cell at 1366×768 — `whole`: every name (the
    cell's tool tip). "" when nobody holds it. Unguarded: the list asks it only of the rows it
    shows, which it read already within the clerk's clearance (record_lists)."""
    names = [e.reader for e in holders_of(record_id)]
    if len(names) > 1 and not whole:
        return text("%1等%2人持有", names[0], len(names))
    return text("%1 持有", "、".join(names)) if names else ""


def holders(record_id: int, actor: Actor) -> list[CirculationEntry]:
    """Who holds it now, for an actor who may read the 收文 (refused as a missing id otherwise,
    as `circulation`)."""
    records.get(INCOMING, record_id, actor)
    return holders_of(record_id)


def holders_of(record_id: int) -> list[CirculationEntry]:
    """Who holds it now: in order, the first reader who has not read it; in a 分送, every
    reader of that batch who has not read it yet. For core's rules (no clearance asked)."""
    unread = list(
        CirculationEntry.select()
        .where((CirculationEntry.doc_id == record_id) & CirculationEntry.read_at.is_null())
        .order_by(CirculationEntry.seq)
    )
    if not unread:
        return []
    first = unread[0]
    return [e for e in unread if e.batch == first.batch] if first.batch else [first]


def _hand_on(record_id: int, at: dt.datetime) -> None:
    """The readers who hold it now and were not yet sent it are sent it at ``at``."""
    reached = [e.id for e in holders_of(record_id) if e.sent_at is None]
    if reached:
        CirculationEntry.update(sent_at=at).where(CirculationEntry.id.in_(reached)).execute()


def state_text(record: IncomingDoc) -> str:
    """状态 for lists: 传阅中 shows who holds it."""
    if record.state == CIRCULATING:
        current = holders_of(record.id)
        if current:
            # the state a word of the window's language, the readers as written
            return text("%1（%2）", CIRCULATING, Verbatim("、".join(e.reader for e in current)))
    return record.state


# the 阅 step's time as its field is labelled (steps_spec: the dialog, `阅毕时间=…`)
READ_AT = "阅毕时间"


def mark_read(
    record_id: int,
    version: int,
    actor: Actor,
    reader: str,
    at: dt.datetime | None = None,
    note: str = "",
) -> IncomingDoc:
    """阅: a reader has read it (at the given time); after the last reader it moves on."""
    at = at or clock.now()
    reader = tidy_person(strip_controls(reader).strip())  # the reader as 传阅 stored him
    entry: CirculationEntry | None = None

    def check(record: IncomingDoc) -> None:
        # only once the actor may see the document: the list of its readers is its own
        nonlocal entry
        not_in_future(READ_AT)(at)
        entry = (
            CirculationEntry.select()
            .where(
                (CirculationEntry.doc_id == record.id)
                & (CirculationEntry.reader == reader)
                & CirculationEntry.read_at.is_null()
            )
            .order_by(CirculationEntry.seq)
            .first()
        )
        if entry is None:
            raise ValidationError(text("“%1”不在待阅名单中（或已阅）。", reader), "reader")
        current = holders_of(record.id)
        if entry.id not in {e.id for e in current}:
            who = "、".join(e.reader for e in current)
            raise ProcedureError(
                text("按顺序传阅：文件现由%1持有，%2须待前一位阅毕、传来后再阅。需要几位"
                     "领导同时阅的，请在传阅时选择“同时分送”。",
                     who, entry.reader)
            )

    def mark(record: IncomingDoc) -> dict[str, Any]:
        assert entry is not None  # found by check
        if entry.sent_at is not None and at < entry.sent_at.replace(second=0):
            raise ValidationError(text("%1（%2）不能早于送阅时间（%3）。请核对后再办理。", READ_AT,
                                       f"{at:%Y-%m-%d %H:%M}", f"{entry.sent_at:%Y-%m-%d %H:%M}"), "at")
        CirculationEntry.update(read_at=at, note=note.strip()).where(
            CirculationEntry.id == entry.id
        ).execute()
        _hand_on(record.id, at)  # the next reader (or 分送 batch) holds it from now
        if holder_of(record.id) is None:
            return {"state": HANDLING if record.handler_unit else INSTRUCTED}
        return {}

    return run_step(
        INCOMING,
        record_id,
        version,
        actor,
        "阅",
        FLOW,
        {},
        None,
        person=reader,
        opinion=note.strip() or "已阅",
        at=at,
        then=mark,
        check=check,
        day_field=("at", READ_AT),
    )
