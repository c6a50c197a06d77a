"""A list's first page for a word takes one of two plans by the word's hit count (walk the sort
order testing each row, or fetch the hits and sort them); both give exactly the rows of a full
LIKE scan, in the list's order, with and without filters. The FTS table keeps no copy of the
text, and an old database's table is converted."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from officedesk.core import record_lists
from officedesk.core.actor import Actor
from officedesk.store import search_index
from officedesk.store.db import database

from .memo_registry import MEMOS, create_table
from .test_search import _queries, _text, like_every_term

LEVELS = ("", "公开", "秘密", "机密")


@pytest.fixture
def memos(db):
    """1,500 memos written straight into the table and the index (ties in the sort column on
    purpose: the id breaks them)."""
    create_table()
    rng = random.Random(11)
    now = dt.datetime(2026, 11, 1, 9, 0)
    rows, docs, bodies = [], [], {}
    for record_id in range(1, 1501):
        title = rng.choice("甲乙丙丁戊") + str(rng.randint(1, 40))
        body = _text(rng)
        level = rng.choice(LEVELS)
        rows.append((record_id, title, body, level, now, "t", now, "t", 1))
        docs.append(("test_memos", record_id, 0, title, f"{title}\n{body}"))
        bodies[record_id] = (title, f"{title}\n{body}", level)
    with database.atomic():
        database.connection().executemany(
            "insert into test_memo (id, title, body, level, created_at, created_by, updated_at, "
            "updated_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        search_index.insert_many(docs)
    return bodies


def _expected(bodies, query, sort, descending, level=None, clearance=3):
    """The reference: LIKE over the kept text of every record (each of the query's terms), then
    Python's sort."""
    hits = like_every_term(query, "test_memos")
    hidden = {"秘密": 1, "机密": 2}
    kept = [i for i in hits if (level is None or bodies[i][2] == level)
            and hidden.get(bodies[i][2], 0) <= clearance]
    key = (lambda i: (bodies[i][0], i)) if sort == "title" else (lambda i: i)
    return sorted(kept, key=key, reverse=descending)


@pytest.mark.parametrize("plan", ["sort", "probe", "test", "chosen"])
def test_every_plan_gives_the_rows_of_a_full_scan(memos, admin, monkeypatch, plan):
    if plan != "chosen":
        real = record_lists.word_plan
        monkeypatch.setattr(record_lists, "word_plan", lambda spec, text, page: real(spec, text, page) and plan)
    queries = _queries({i: body for i, (_, body, _) in memos.items()})[::3]
    queries += ["张三 信访", "信访　办公室", "“信访 张”", "办公室 2026年", "X县 A座 区"]  # each word searched
    clerk = Actor(username="c", role="clerk", clearance=1)
    checked = 0
    for query in queries:
        for sort, descending in (("title", True), ("id", False)):
            expected = _expected(memos, query, sort, descending)
            got = record_lists.list_ids(MEMOS, admin, text=query, sort=sort, descending=descending, limit=50)
            assert got == expected[:50], (query, sort)
            checked += bool(expected)
        filtered = record_lists.list_ids(MEMOS, admin, [record_lists.Filter("level", "eq", "公开")], query,
                                    sort="title", descending=True, limit=50)
        assert filtered == _expected(memos, query, "title", True, level="公开")[:50], query
        cleared = record_lists.list_ids(MEMOS, clerk, text=query, sort="title", descending=True, limit=50)
        assert cleared == _expected(memos, query, "title", True, clearance=1)[:50], query
    assert checked > 100


def test_common_words_walk_and_rare_words_fetch(memos, admin, monkeypatch):
    monkeypatch.setattr(record_lists, "SORT_COST", 0.0)
    monkeypatch.setattr(record_lists, "TEST_COST", 0.0)  # every word with over 200 hits is common
    seen = []
    real = search_index.record_test

    def spy(query, registry, record_id):
        seen.append(query)
        return real(query, registry, record_id)

    monkeypatch.setattr(search_index, "record_test", spy)
    common = max(("信访", "工作", "问题"), key=lambda w: len(_expected(memos, w, "id", False)))
    assert len(_expected(memos, common, "id", False)) > 200
    assert record_lists.word_plan(MEMOS, "龘", 20) == "sort"
    record_lists.list_ids(MEMOS, admin, text=common, limit=20)
    assert seen == [common]
    record_lists.list_ids(MEMOS, admin, text="龘", limit=20)
    record_lists.list_ids(MEMOS, admin, text=common)  # the whole list: the sub-select of hits
    assert seen == [common]


def test_the_fts_table_keeps_no_copy_of_the_text(db, admin):
    assert search_index.is_contentless(database.obj)
    search_index.upsert("memo", 1, 0, "t", "关于信访工作的通知")
    search_index.upsert("memo", 1, 0, "t", "会议纪要")  # replaces: the old tokens go
    assert {d.record_id for d in search_index.matching_docs("信访", 3)} == set()
    assert {d.record_id for d in search_index.matching_docs("纪要", 3)} == {1}
    search_index.remove("memo", 1)
    assert {d.record_id for d in search_index.matching_docs("纪要", 3)} == set()
    database.execute_sql("insert into search_fts (search_fts) values ('integrity-check')")


def test_an_old_databases_fts_table_is_made_contentless(db, admin):
    from officedesk.store.migrations import m0011_scale

    for n, body in enumerate(("关于信访工作的通知", "会议纪要", "张三反映征地补偿"), start=1):
        search_index.upsert("memo", n, 0, "t", body)
    database.execute_sql("drop table search_fts")  # the table as version 10 made it
    database.execute_sql("create virtual table search_fts using fts5("
                         "uni, bi, tokenize = 'unicode61 remove_diacritics 0')")
    for doc_id, body in database.execute_sql("select id, body from search_doc").fetchall():
        tokens = search_index.tokens(body).split()  # version 10: characters apart from bigrams
        database.execute_sql("insert into search_fts (rowid, uni, bi) values (?, ?, ?)",
                             (doc_id, " ".join(t for t in tokens if len(t) == 1),
                              " ".join(t for t in tokens if len(t) > 1)))
    assert not search_index.is_contentless(database.obj)
    m0011_scale.upgrade(database.obj)
    assert search_index.is_contentless(database.obj)
    assert {d.record_id for d in search_index.matching_docs("征地", 3)} == {3}
    assert {h.record_id for h in search_index.search("纪要", 3)} == {2}
    search_index.upsert("memo", 3, 0, "t", "已办结")
    assert {d.record_id for d in search_index.matching_docs("征地", 3)} == set()

