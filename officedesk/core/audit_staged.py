"""A batch's audit entries, made ready and chained before the write lock (`stage_many`) and
copied onto the chain's head under it (`insert_staged`): the hashing stays out of the lock.
Entries written so are noted for `changes.noting` as `audit.record`'s are."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from officedesk.core import changes, clock
from officedesk.core.actor import Actor
from officedesk.core.audit import (
    GENESIS,
    Entry,
    _chained,
    _own,
    _set_head,
    _tail,
    _take_head,
    _texts,
    _timed,
)
from officedesk.store import bulk
from officedesk.store.db import database


@dataclass
class StagedEntries:
    """A batch's entries put aside before the write lock (stage_many), chained onto the head as
    it read then. insert_staged copies them in as they are when the head has not moved (the
    hashing stays out of the lock), and chains them again onto the new head when it has."""

    registry: str
    # seq, then actor, action, registry, record id, summary, before, after, row digest, prev_hash, hash
    rows: bulk.Staged
    tails: list[bytes]  # each entry's hashed text after its time (entry_hash's parts), by seq
    digests: dict[int, str]  # the rows' digests made in memory, by record id
    head: str  # the head the entries are chained onto
    at: dt.datetime  # their time, in the hashes
    last: str  # the last entry's hash: the head after them
    rechain: bool = False  # a row digest was read back from the table: the hashes are stale
    hashes: list[str] = field(default_factory=list)  # the entries' hashes as chained onto `head`


_STAGED_COLUMNS = ["actor", "action", "registry", "record_id", "summary", "before", "after", "row_digest"]
_LINK_COLUMNS = ["prev_hash", "hash"]


def _peek_head() -> str:
    """The chain's head as it reads now, without taking it (no lock)."""
    row = database.execute_sql("select last_hash from audit_head where id = 1").fetchone()
    return GENESIS if row is None else str(row[0])


def stage_many(actor: Actor, action: str, registry: str, entries: list[Entry],
               digests: dict[int, str], into: StagedEntries | None = None) -> StagedEntries:
    """record_many's entries made ready and chained without the write lock (`into`: add to
    those staged before); insert_staged writes them."""
    if into is None:
        head = _peek_head()
        into = StagedEntries(registry, bulk.stage("audit_entry", _STAGED_COLUMNS + _LINK_COLUMNS, [], numbered=True),
                             [], {}, head, clock.now(), head)
    made = []
    for entry in entries:
        record_id, before, after, summary = entry[:4]
        before_text, after_text = _texts(before, after)
        taken, row = _own(entry, action, digests)
        made.append((actor.username, taken, registry, record_id, summary[:300], before_text, after_text, row))
    tails = [_tail(*entry) for entry in made]
    links = _links(into.last, into.at, tails)
    bulk.stage("audit_entry", _STAGED_COLUMNS + _LINK_COLUMNS,
               [(*entry, *link) for entry, link in zip(made, links, strict=True)], into.rows)
    into.tails += tails
    into.hashes += [digest for _previous, digest in links]
    if links:
        into.last = links[-1][1]
    into.digests.update(digests)
    return into


def _links(previous: str, at: dt.datetime, tails: list[bytes]) -> list[tuple[str, str]]:
    """(prev_hash, hash) of entries chained one after another onto `previous`, all made at `at`."""
    timed = _timed(at)
    links = []
    for tail in tails:
        digest = _chained(previous, timed, tail)
        links.append((previous, digest))
        previous = digest
    return links


def insert_staged(staged: StagedEntries, actor: Actor, action: str) -> None:
    """Under the write lock: the staged entries onto the head. When no entry was added since
    they were chained, one statement copies them in; otherwise they are chained again in a loop
    (~1 µs each) onto the head as it is. Digests made in memory that disagree with the rows as
    written (integrity.same_as_table) are read from the table."""
    if not staged.tails:
        return
    from officedesk.core import integrity

    if staged.digests and not integrity.same_as_table(staged.registry, staged.digests):
        _digests_from_table(staged)
    previous = _take_head(len(staged.tails))
    columns = ", ".join(f'"{c}"' for c in _STAGED_COLUMNS + _LINK_COLUMNS)
    if previous == staged.head and not staged.rechain:
        database.execute_sql(
            f"insert into {bulk.target('audit_entry')} (at, {columns}) "
            f"select {database.param}, {columns} from {staged.rows.source} order by seq", (staged.at,))
        _set_head(staged.last)
        changes.noted(staged.hashes)
        return
    at = clock.now()
    chain = _links(previous, at, staged.tails)
    previous = chain[-1][1]
    links = bulk.stage("audit_entry", _LINK_COLUMNS, chain, numbered=True)
    try:
        chosen = ", ".join([f's."{c}"' for c in _STAGED_COLUMNS] + [f'c."{c}"' for c in _LINK_COLUMNS])
        database.execute_sql(
            f"insert into {bulk.target('audit_entry')} (at, {columns}) "
            f"select {database.param}, {chosen} from {staged.rows.source} s "
            f"join {links.source} c on c.seq = s.seq order by s.seq", (at,))
    finally:
        bulk.drop_staged([links])
    _set_head(previous)
    changes.noted(digest for _previous, digest in chain)


def _digests_from_table(staged: StagedEntries) -> None:
    """The rows as written, digested as `check` will digest them, into the staged entries
    (whose hashes must then be made again)."""
    from officedesk.core import integrity

    p = database.param
    columns = ", ".join(f'"{c}"' for c in _STAGED_COLUMNS)
    rows = database.execute_sql(f"select seq, {columns} from {staged.rows.source} order by seq").fetchall()
    digests = integrity.row_digests(staged.registry, [row[4] for row in rows if row[4] is not None])
    for seq, *row in rows:
        row[-1] = digests.get(row[3], "") if row[3] is not None else ""
        staged.tails[seq] = _tail(*row)
        database.execute_sql(f"update {staged.rows.source} set row_digest = {p} where seq = {p}", (row[-1], seq))
    staged.digests = digests
    staged.rechain = True
