"""The cross-registry text index.

SQLite: a contentless FTS5 table with one column and no positions (`detail=none`) over our own
tokens (store/search_words.py: every CJK character, every CJK bigram, every suffix of each Latin
word or number). A query's terms (its words, a quoted phrase, a padded name) are each found:
a 1-character CJK term is its character's token, a 2-character one its bigram's — both exact;
a longer CJK run is all of its bigrams, and a Latin word a suffix by prefix (so a word inside a
longer one is found, as LIKE finds it): those candidates are checked with LIKE against the kept
source text, so the hits are always exactly what a full scan for each term finds.
The source text is kept once, in `search_doc.body`; the FTS table stores only its index
(`content=''`, no positions: a quarter of the size with positions), and a row's old tokens,
needed to delete it, are made again from that text. A big batch's documents wait a moment
for their FTS rows (store/search_catch_up.py: filled after its commit, off the write lock);
meanwhile each search path finds them by their kept text, as a full scan would.
PostgreSQL: the same source table, searched with ILIKE for each term.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import peewee

from officedesk.store import search_catch_up
from officedesk.store.base import BaseModel
from officedesk.store.bulk import Staged, copy_staged, stage
from officedesk.store.db import database, guarded, is_sqlite
from officedesk.store.search_words import (  # noqa: F401 (query_text, tokens: read from here too)
    CJK_RUN,
    all_cjk,
    exact,
    exact_term,
    match_expression,
    query_terms,
    query_text,
    tokens,
)


class SearchDoc(BaseModel):
    registry = peewee.CharField(max_length=32)
    record_id = peewee.IntegerField()
    level = peewee.IntegerField(default=0)  # 密级 of the record: 0 公开 … 3 绝密
    title = peewee.CharField(max_length=300, default="")
    body = peewee.TextField(default="")

    class Meta:
        table_name = "search_doc"
        indexes = ((("registry", "record_id"), True),)


FTS_SQL = ("create virtual table if not exists search_fts using fts5("
           "t, content = '', detail = none, tokenize = 'unicode61 remove_diacritics 0')")


def create_tables(db: peewee.Database) -> None:
    db.create_tables([SearchDoc])
    if isinstance(db, peewee.SqliteDatabase):
        db.execute_sql(FTS_SQL)
        search_catch_up.create_table(db)


def is_contentless(db: peewee.Database) -> bool:
    row = db.execute_sql("select sql from sqlite_master where name = 'search_fts'").fetchone()
    return row is not None and "content = ''" in (row[0] or "") and "detail = none" in (row[0] or "")


def make_contentless(db: peewee.Database) -> int:
    """Replace an FTS table that keeps its own copy of the token text and their positions
    (version ≤ 10 databases: two thirds of a big file) by a contentless one without positions,
    indexed again from search_doc. SQLite only."""
    if not isinstance(db, peewee.SqliteDatabase) or is_contentless(db):
        return 0
    db.execute_sql("drop table if exists search_fts")
    db.execute_sql(FTS_SQL)
    search_catch_up.clear(db)
    return _index_all(db)


def _doc(registry: str, record_id: int) -> tuple[int, str] | None:
    # Plain SQL: this runs on every write, where building peewee queries costs more than the work.
    p = database.param
    row = database.execute_sql(f"select id, body from search_doc where registry = {p} and record_id = {p}",
                               (registry, record_id)).fetchone()
    return None if row is None else (int(row[0]), str(row[1] or ""))


def _fts_delete(doc_id: int, body: str) -> None:
    """Take a row out of the contentless FTS table: it needs the tokens that were indexed,
    made again from the kept source text. A document still waiting for its row (a batch's,
    search_catch_up) has none to take out: it only leaves the waiting list."""
    if search_catch_up.take_out([doc_id]):
        return
    database.execute_sql("insert into search_fts (search_fts, rowid, t) values ('delete', ?, ?)",
                         (doc_id, tokens(body)))


# A document's id (and FTS rowid) is registry code << 32 | record id, so a registry's list can
# take its record ids straight from the FTS index (a rowid range) without reading search_doc:
# on a word found in a quarter of 100,000 petitions that is 10 ms instead of 130 ms.
REGISTRY_CODES = {"units": 1, "people": 2, "rooms": 3, "incoming": 4, "outgoing": 5, "meetings": 6,
                  "supervision": 7, "petitions": 8}
_SHIFT = 32


def registry_code(registry: str) -> int:
    return REGISTRY_CODES.get(registry) or 100 + zlib.crc32(registry.encode("utf-8")) % 100_000


def doc_key(registry: str, record_id: int) -> int:
    return (registry_code(registry) << _SHIFT) | record_id


def upsert(registry: str, record_id: int, level: int, title: str, body: str) -> None:
    p = database.param
    found = _doc(registry, record_id)
    if found is None:
        # the encoded key is for the SQLite FTS table; PostgreSQL keeps its own (32-bit) sequence
        key = {"id": doc_key(registry, record_id)} if is_sqlite() else {}
        doc_id = SearchDoc.insert(**key, registry=registry, record_id=record_id,
                                  level=level, title=title[:300], body=body).execute()
    else:
        doc_id, old_body = found
        database.execute_sql(f"update search_doc set level = {p}, title = {p}, body = {p} where id = {p}",
                             (level, title[:300], body, doc_id))
        if is_sqlite():
            _fts_delete(doc_id, old_body)
    if is_sqlite():
        database.execute_sql("insert into search_fts (rowid, t) values (?, ?)", (doc_id, tokens(body)))


def upsert_many(registry: str, docs: Sequence[tuple[int, int, str, str]]) -> None:
    """upsert for many records of one registry (record id, level, title, body) in the caller's
    transaction: their entries read a chunk at a time and renewed by one statement of each kind
    (corrections saved together: core.batch_corrections)."""
    p = database.param
    found: dict[int, tuple[int, str]] = {}
    record_ids = [doc[0] for doc in docs]
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start:start + 500]
        rows = database.execute_sql(
            f"select record_id, id, body from search_doc where registry = {p} and record_id in "
            f"({', '.join(p for _ in chunk)})", (registry, *chunk)).fetchall()
        found.update((int(record_id), (int(doc_id), str(body or ""))) for record_id, doc_id, body in rows)
    for doc in docs:
        if doc[0] not in found:  # an entry lost (a record written outside core): made one by one
            upsert(registry, *doc)
    kept = [(doc, *found[doc[0]]) for doc in docs if doc[0] in found]
    statement = f"update search_doc set level = {p}, title = {p}, body = {p} where id = {p}"
    changes = [(level, title[:300], body, doc_id) for (_, level, title, body), doc_id, _ in kept]
    if not is_sqlite():
        for change in changes:
            database.execute_sql(statement, change)
        return
    connection = database.connection()
    connection.executemany(statement, changes)
    # in rowid order: FTS5 writes its pending entries out as a new segment each time a rowid
    # comes below the one before (an export's rows, newest first: a segment a row, merged again
    # and again; 10,000 corrected 收文 held the write lock 3.0 s, not 1.5 s)
    kept.sort(key=lambda one: one[1])
    waiting = search_catch_up.take_out([doc_id for _, doc_id, _ in kept])  # no row to delete yet
    connection.executemany("insert into search_fts (search_fts, rowid, t) values ('delete', ?, ?)",
                           [(doc_id, tokens(old)) for _, doc_id, old in kept if doc_id not in waiting])
    connection.executemany("insert into search_fts (rowid, t) values (?, ?)",
                           [(doc_id, tokens(doc[3])) for doc, doc_id, _ in kept])


def insert_many(docs: Sequence[tuple[Any, ...]]) -> None:
    """Index new records in bulk (registry, record id, level, title, body[, its tokens made
    already]): a batch import's rows, which have no entry yet. In the caller's transaction."""
    if not docs:
        return
    spans: dict[str, list[int]] = {}
    for registry, record_id, *_ in docs:
        spans.setdefault(registry, []).append(record_id)
    _drop_stale(spans)
    if is_sqlite():
        connection = database.connection()
        doc_rows, fts_rows = _sqlite_rows(docs)
        connection.executemany(f"insert into search_doc ({', '.join(_DOC_COLUMNS)}) values (?, ?, ?, ?, ?, ?)",
                               doc_rows)
        connection.executemany("insert into search_fts (rowid, t) values (?, ?)", fts_rows)
    else:
        fields = [SearchDoc.registry, SearchDoc.record_id, SearchDoc.level, SearchDoc.title, SearchDoc.body]
        for start in range(0, len(docs), 1000):
            SearchDoc.insert_many([(doc[0], doc[1], doc[2], doc[3][:300], doc[4]) for doc in docs[start : start + 1000]],
                                  fields=fields).execute()


_DOC_COLUMNS = ["id", "registry", "record_id", "level", "title", "body"]


def _sqlite_rows(docs: Sequence[tuple[Any, ...]]) -> tuple[list[tuple[Any, ...]], list[tuple[int, str]]]:
    doc_rows = [(doc_key(doc[0], doc[1]), doc[0], doc[1], doc[2], doc[3][:300], doc[4]) for doc in docs]
    fts_rows = [(row[0], doc[5] if len(doc) > 5 else tokens(doc[4])) for row, doc in zip(doc_rows, docs, strict=True)]
    return doc_rows, fts_rows


def stage_many(docs: Sequence[tuple[Any, ...]], into: list[Staged] | None = None) -> list[Staged]:
    """insert_many's rows put aside (no lock taken; `into`: add to those staged before);
    insert_staged copies them in under the write lock."""
    if not is_sqlite():  # the entries take ids from their sequence; no FTS table
        rows = [(doc[0], doc[1], doc[2], doc[3][:300], doc[4]) for doc in docs]
        return [stage("search_doc", _DOC_COLUMNS[1:], rows, into[0] if into else None)]
    doc_rows, fts_rows = _sqlite_rows(docs)
    return [stage("search_doc", _DOC_COLUMNS, doc_rows, into[0] if into else None),
            stage("search_fts", ["rowid", "t"], fts_rows, into[1] if into else None)]


def insert_staged(registry: str, record_ids: Sequence[int], staged: list[Staged], defer: bool = False) -> None:
    """The staged entries of these records into the index, under the write lock; `defer`
    (search_catch_up.deferrable): their FTS rows only listed as pending, filled after the commit
    by search_catch_up.catch_up."""
    _drop_stale({registry: record_ids})
    if defer:
        copy_staged(staged[0])
        search_catch_up.defer(staged[1])
        return
    for one in staged:
        copy_staged(one)


def _drop_stale(spans: Mapping[str, Sequence[int]]) -> None:
    """Entries left by rows deleted outside core (SQLite gives their ids again) go first: those
    of these records' ids only. Their range is read, but another workstation's batch may hold
    ids within it (PostgreSQL hands a sequence's ids to two imports at once, interleaved), and
    its entries stay."""
    p = database.param
    for registry, ids in spans.items():
        wanted = set(ids)
        stale = [(doc_id, body) for doc_id, record_id, body in database.execute_sql(
            f"select id, record_id, body from search_doc where registry = {p} and record_id between {p} and {p}",
            (registry, min(ids), max(ids))).fetchall() if record_id in wanted]
        for doc_id, body in stale:
            if is_sqlite():
                _fts_delete(doc_id, body or "")
            database.execute_sql(f"delete from search_doc where id = {p}", (doc_id,))


def remove(registry: str, record_id: int) -> None:
    found = _doc(registry, record_id)
    if found is None:
        return
    doc_id, body = found
    if is_sqlite():
        _fts_delete(doc_id, body)
    database.execute_sql(f"delete from search_doc where id = {database.param}", (doc_id,))


def _index_all(db: peewee.Database) -> int:
    connection = db.connection()
    cursor = connection.execute("select id, body from search_doc order by id")  # rowid order: see upsert_many
    count = 0
    while True:
        chunk = cursor.fetchmany(2000)
        if not chunk:
            return count
        connection.executemany("insert into search_fts (rowid, t) values (?, ?)",
                               [(doc_id, tokens(body or "")) for doc_id, body in chunk])
        count += len(chunk)


def rebuild_fts(db: peewee.Database | None = None) -> int:
    """Re-make every FTS row from the kept source text (after a tokenizer change, or the texts
    changed in SQL by a migration: `db`, the one it migrates); SQLite only."""
    db = database.obj if db is None else db
    if not isinstance(db, peewee.SqliteDatabase):
        return 0
    db.execute_sql("insert into search_fts (search_fts) values ('delete-all')")
    search_catch_up.clear(db)
    return _index_all(db)


def _like_pattern(query: str) -> str:
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matching_docs(query: str, max_level: int, registry: str | None = None) -> peewee.ModelSelect[SearchDoc]:
    """A select of SearchDoc rows whose text contains each of the query's terms, for records at
    or below max_level."""
    terms = query_terms(query)
    select = SearchDoc.select().where(SearchDoc.level <= max_level)
    expression = match_expression(query) if terms and is_sqlite() else None
    if registry:
        # With an FTS match, concatenating '' keeps SQLite from driving the query by the
        # registry index (every record of the registry) instead of by the few FTS hits.
        column = SearchDoc.registry.concat("") if expression is not None else SearchDoc.registry
        select = select.where(column == registry)
    if not terms:
        return select
    if expression is not None:
        fts = peewee.SQL("(select rowid from search_fts where search_fts match ?)", [expression])
        # a document waiting for its FTS row (search_catch_up) is tested on its text alone
        waiting = SearchDoc.id.in_(peewee.SQL(f"(select id from {search_catch_up.PENDING})"))
        for term in terms:
            waiting = waiting & SearchDoc.body.contains(term)
        select = select.where(SearchDoc.id.in_(fts) | waiting)
    for term in terms:
        if expression is None or not exact_term(term):  # an exact term's LIKE would only cost time
            like = SearchDoc.body ** _like_pattern(term) if not is_sqlite() else SearchDoc.body.contains(term)
            select = select.where(like)
    return select


def _contained(terms: Sequence[str], body: str = "d.body") -> tuple[str, list[str]]:
    """SQL (and its values) that `body` holds each CJK term the index does not answer alone."""
    checked = [term for term in terms if not exact_term(term)]
    return "".join(f" and instr({body}, ?) > 0" for _ in checked), checked


def matching_record_ids(query: str, max_level: int, registry: str) -> peewee.Node:
    """Sub-select of record ids, for SQL-side filtering of a registry's list.

    The list applies its own clearance rule to its rows; `max_level` matters for the fallback."""
    terms = query_terms(query)
    if is_sqlite() and all_cjk(terms):
        # the record ids straight from the FTS rowids (a range per registry), no search_doc
        # row read, except for the substring check of a longer run
        expression = match_expression(query)
        low, high = _registry_range(registry)
        # and those waiting for their FTS row (search_catch_up), tested on their text alone
        waiting, tested = _waiting(terms, low, high)
        if exact(query):
            return peewee.SQL(
                f"(select rowid - ? from search_fts where search_fts match ? and rowid between ? and ?{waiting})",
                [low, expression, low, high, *tested])
        contained, values = _contained(terms)
        return peewee.SQL(
            "(select d.id - ? from search_doc d where d.id in (select rowid from search_fts where "
            f"search_fts match ? and rowid between ? and ?){contained}{waiting})",
            [low, expression, low, high, *values, *tested])
    return matching_docs(query, max_level, registry).select(SearchDoc.record_id)


def _waiting(terms: Sequence[str], low: int, high: int) -> tuple[str, list[Any]]:
    """SQL to add to a select of record ids (a registry's, its documents low … high): the
    documents of the range waiting for their FTS rows whose kept text holds each CJK term."""
    tests = "".join(" and instr(w.body, ?) > 0" for _ in terms)
    return (f" union all select w.id - ? from {search_catch_up.PENDING} p cross join search_doc w on w.id = p.id "
            f"where p.id between ? and ?{tests}", [low, low, high, *terms])


def _registry_range(registry: str) -> tuple[int, int]:
    low = registry_code(registry) << _SHIFT
    return low, low + (1 << _SHIFT) - 1


def estimate_hits(query: str, registry: str, last_id: int, sample: int = 4000) -> int | None:
    """About how many of a registry's records (ids up to last_id) the index offers for
    `query`: the hits among the newest `sample` ids, scaled (a bounded cost, whatever the
    word; exact when the registry is no bigger). For choosing a plan, never for results. None
    where the index cannot answer (PostgreSQL, nothing indexable)."""
    expression = match_expression(query) if is_sqlite() else None
    if expression is None:
        return None
    low = registry_code(registry) << _SHIFT
    first = max(1, last_id - sample + 1)
    row = database.execute_sql(
        "select count(*) from search_fts where search_fts match ? and rowid between ? and ?",
        (expression, low + first, low + max(last_id, 1))).fetchone()
    return int(row[0]) * max(last_id, 1) // max(last_id - first + 1, 1)


def record_test(query: str, registry: str, record_id: peewee.Field) -> peewee.Node | None:
    """A condition that one record (its id column, from the outer query) contains each of the
    query's terms, tested on its kept text (a primary-key lookup and a substring test, 2-3 µs):
    for walking a list's sort order when the hits are many. The test is the full scan's own
    (LIKE; for a run of CJK characters a plain substring, which is the same), so the rows are
    exactly its rows. None on PostgreSQL (its list filters by a sub-select of the hits)."""
    terms = query_terms(query)
    if not terms or not is_sqlite():
        return None
    doc = SearchDoc.alias("sd")
    test = doc.select(peewee.SQL("1")).where(doc.id == record_id + (registry_code(registry) << _SHIFT))
    for term in terms:
        test = test.where((peewee.fn.instr(doc.body, term) > 0) if CJK_RUN.fullmatch(term) else doc.body.contains(term))
    return peewee.fn.EXISTS(test)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Hit:
    registry: str
    record_id: int
    title: str
    snippet: str


def snippet(body: str, query: str, width: int = 40, terms: Sequence[str] | None = None) -> str:
    """The kept text around the first of the query's terms it holds (`terms`: the query's,
    lowered, when the caller has them already: a page of hits reads them once)."""
    terms = [term.lower() for term in query_terms(query)] if terms is None else terms
    # a body is long and its words mostly Chinese: lowered only for a term that has letters
    lowered = body.lower() if any(term != term.upper() for term in terms) else body
    at = next((found for term in terms if (found := lowered.find(term)) >= 0), -1)
    if at < 0:
        return body[:width]
    start = max(0, at - width // 3)
    return ("…" if start else "") + body[start : start + width] + ("…" if start + width < len(body) else "")


def search(query: str, max_level: int, limit: int = 200, registry: str | None = None) -> list[Hit]:
    """Hits grouped by registry, newest records first within each. A database that fails (the
    server gone, the file locked) is a DatabaseError, as on every other core path."""
    if not query_terms(query):  # no word finds nothing (it matched every record, newest first)
        return []
    with guarded("搜索"):
        return _search(query, max_level, limit, registry)


def _search(query: str, max_level: int, limit: int, registry: str | None) -> list[Hit]:
    terms = query_terms(query)
    lowered = [term.lower() for term in terms]
    if is_sqlite() and all_cjk(terms):
        # walk the FTS hits in rowid order and stop at the limit, instead of reading them all
        sql = ("select d.id, d.registry, d.record_id, d.title, d.body from search_fts f "
               "join search_doc d on d.id = f.rowid where search_fts match ? and d.level <= ?")
        contained, values = _contained(terms)  # a longer CJK run: its bigrams, then the text
        sql += contained
        params: list[object] = [match_expression(query), max_level, *values]
        low, high = _registry_range(registry) if registry else (0, 1 << 62)
        if registry:
            sql += " and f.rowid between ? and ?"
            params += [low, high]
        sql += " order by f.rowid desc limit ?"
        rows = database.execute_sql(sql, [*params, limit]).fetchall()
        # and those waiting for their FTS row (search_catch_up), tested on their text alone
        tests = "".join(" and instr(d.body, ?) > 0" for _ in terms)
        rows += database.execute_sql(
            f"select d.id, d.registry, d.record_id, d.title, d.body from {search_catch_up.PENDING} p "
            f"cross join search_doc d on d.id = p.id where p.id between ? and ? and d.level <= ?{tests} "
            "order by p.id desc limit ?", [low, high, max_level, *terms, limit]).fetchall()
        rows = sorted(rows, key=lambda r: -r[0])[:limit]
        return [Hit(r[1], r[2], r[3], snippet(r[4], query, terms=lowered)) for r in rows]
    docs = matching_docs(query, max_level, registry).order_by(SearchDoc.id.desc()).limit(limit)
    return [Hit(r.registry, r.record_id, r.title, snippet(r.body, query, terms=lowered)) for r in docs]
