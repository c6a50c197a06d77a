"""A big batch's FTS rows are filled after its commit, a chunk a short transaction with a pause
between (another workstation's save waited for the whole index fill: a third of a 100,000-row
import's write lock). Meanwhile, and if the program stops before it fills them, the documents
waiting are found by their kept text exactly as a full scan finds them, on every search path;
`check` stays clean; the next program to open the database fills them."""

from __future__ import annotations

import math

import pytest

from officedesk.core import audit, check, petitions, record_lists, records
from officedesk.core.actor import Actor
from officedesk.core.petitions import repeats
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store import search_catch_up, search_index
from officedesk.store.db import database

from ..exchange.test_import_batch import _good, _sheet
from .memo_registry import MEMOS
from .test_list_plan import _expected, memos  # noqa: F401 (a fixture)
from .test_search import _queries, like_every_term

ROWS = 40


def _fts_rows() -> int:
    return database.execute_sql("select count(*) from search_fts").fetchone()[0]


def _waiting() -> list[int]:
    return [row[0] for row in database.execute_sql(f"select id from {search_catch_up.PENDING} order by id")]


@pytest.fixture
def small_chunks(monkeypatch):
    """A batch of ROWS counts as big, filled 7 documents a transaction; the pauses recorded."""
    monkeypatch.setattr(search_catch_up, "DEFER_FROM", 10)
    monkeypatch.setattr(search_catch_up, "CHUNK", 7)
    pauses: list[int] = []
    monkeypatch.setattr(search_catch_up, "_pause", lambda: pauses.append(1))
    return pauses


def _import(tmp_path, admin):
    path = _sheet(tmp_path / "信访.xlsx", [_good(i) for i in range(1, ROWS + 1)])
    report = xlsx.import_file(petitions.SPEC, path, admin)
    assert report.imported == ROWS, report.problems
    return report


def test_a_big_batch_fills_its_index_after_the_commit_a_chunk_a_transaction(db, admin, tmp_path, monkeypatch,
                                                                             small_chunks):
    before = _fts_rows()
    seen: list[tuple[int, bool]] = []  # the FTS rows, and whether a transaction is open, at each fill
    real = search_catch_up._fill

    def spied(low, high, staged):
        seen.append((_fts_rows(), database.obj.in_transaction()))
        real(low, high, staged)

    monkeypatch.setattr(search_catch_up, "_fill", spied)
    _import(tmp_path, admin)
    # none written under the batch's lock: the first fill finds the index as it was
    assert seen[0][0] == before
    assert len(seen) == math.ceil(ROWS / 7) and all(open_ for _, open_ in seen)
    assert len(small_chunks) == len(seen)  # the lock let go after the write and between chunks
    assert _waiting() == [] and _fts_rows() == before + ROWS
    assert [hit.record_id for hit in search_index.search("拖欠工资第17件", 3)] == [17]
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_small_batch_indexes_under_its_own_lock(db, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(search_catch_up, "catch_up", lambda *a, **k: pytest.fail("nothing waits"))
    _import(tmp_path, admin)  # 40 rows: below DEFER_FROM
    assert _waiting() == [] and _fts_rows() >= ROWS


def test_documents_left_waiting_are_found_by_their_text_then_filled_on_opening(db, admin, tmp_path,
                                                                               monkeypatch, small_chunks):
    monkeypatch.setattr(search_catch_up, "catch_up", lambda *a, **k: 0)  # the program stopped first
    _import(tmp_path, admin)
    assert len(_waiting()) == ROWS
    clerk = Actor(username="c", role="clerk", clearance=1)

    def found() -> dict[str, object]:
        return {
            "search": [hit.record_id for hit in search_index.search("拖欠工资第1", 3)],
            "search word": [hit.record_id for hit in search_index.search("第17件 工资", 3, registry="petitions")],
            "latin": [hit.record_id for hit in search_index.search("0001 工资", 3)],
            "list": record_lists.list_ids(petitions.SPEC, admin, text="工资第3"),
            "list exact": record_lists.list_ids(petitions.SPEC, clerk, text="第2"),
            "repeats": sorted(repeats._similar_ids("劳动社保", "拖欠工资第9件，支付工资", [], None, 100)),
        }

    waiting = found()
    assert waiting["search"] == [19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 1]
    assert waiting["search word"] == [17] and waiting["latin"] == [*range(19, 9, -1), 1]
    assert sorted(waiting["list"]) == [3, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]
    assert sorted(waiting["list exact"]) == sorted(like_every_term("第2", "petitions"))
    assert len(waiting["repeats"]) == ROWS
    assert check.run_checks() == []
    # a waiting record edited, another's entry removed: they leave the list, the index stays sound
    records.reindex(petitions.SPEC, records.get_unchecked(petitions.SPEC, 5))
    search_index.remove("petitions", 6)
    assert 5 not in [doc_id & 0xFFFFFFFF for doc_id in _waiting()] and len(_waiting()) == ROWS - 2
    search_index.upsert("petitions", 6, 0, "t", "拖欠工资第6件")
    monkeypatch.undo()  # the next program opens the file
    path = db.database
    store_db.close_database()
    store_db.open_database(path)
    assert _waiting() == []
    assert found() == waiting
    assert check.run_checks() == [] and audit.verify_chain() == []
    database.execute_sql("insert into search_fts (search_fts, rank) values ('integrity-check', 0)")


@pytest.mark.parametrize("plan", ["sort", "probe", "test"])
def test_every_list_plan_and_the_search_find_waiting_documents_as_a_full_scan(memos, admin, monkeypatch,  # noqa: F811
                                                                              plan):
    # every other memo's FTS row taken out and its document listed as waiting
    waiting = [(doc_id, body) for doc_id, body in database.execute_sql(
        "select id, body from search_doc where registry = 'test_memos' and record_id % 2 = 1").fetchall()]
    with database.atomic():
        for doc_id, body in waiting:
            search_index._fts_delete(doc_id, body)
            database.execute_sql(f"insert into {search_catch_up.PENDING} (id) values (?)", (doc_id,))
    real = record_lists.word_plan
    monkeypatch.setattr(record_lists, "word_plan", lambda spec, text, page: real(spec, text, page) and plan)
    queries = _queries({i: body for i, (_, body, _) in memos.items()})[::4] + ["张三 信访", "X县 A座 区"]
    checked = 0
    for query in queries:
        expected = _expected(memos, query, "title", True)
        assert record_lists.list_ids(MEMOS, admin, text=query, sort="title", descending=True, limit=50) \
            == expected[:50], query
        hits = [hit.record_id for hit in search_index.search(query, 3, limit=30, registry="test_memos")]
        assert hits == sorted(like_every_term(query, "test_memos"), reverse=True)[:30], query
        checked += any(i % 2 for i in expected)
    assert checked > 20
