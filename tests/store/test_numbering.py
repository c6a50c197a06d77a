"""The numbering service: continuous, never repeated, explicit voiding, safe across processes."""

from __future__ import annotations

import multiprocessing
import queue
import time

import pytest

from officedesk.core import numbering, settings, typed_numbers
from officedesk.core.errors import ConflictError, NotFoundError, ValidationError
from officedesk.store.models import AuditEntry, IssuedNumber

PREFIX = "X委办发"


def test_outgoing_numbers_are_continuous_and_well_formed(any_db, admin):
    texts = [numbering.take("outgoing", admin, prefix=PREFIX, year=2026).text for _ in range(12)]
    assert texts[6] == "X委办发〔2026〕7号"
    assert texts == [f"X委办发〔2026〕{n}号" for n in range(1, 13)]
    assert all("〔2026〕0" not in t and "第" not in t for t in texts)  # no leading zeros, no 第


def test_default_outgoing_prefix_is_the_org_code(any_db, admin, fixed_today):
    import datetime as dt

    fixed_today(dt.date(2026, 3, 2))
    settings.put("org.code", "X委办")
    assert numbering.take("outgoing", admin).text == "X委办发〔2026〕1号"


def test_sequences_are_per_prefix_kind_and_year(any_db, admin):
    assert numbering.take("outgoing", admin, prefix=PREFIX, year=2026).seq == 1
    assert numbering.take("outgoing", admin, prefix=PREFIX, year=2026).seq == 2
    assert numbering.take("outgoing", admin, prefix="X委发", year=2026).seq == 1
    assert numbering.take("outgoing", admin, prefix=PREFIX, year=2027).seq == 1
    assert numbering.take("incoming", admin, prefix=PREFIX, year=2026).seq == 1
    assert numbering.take("petition", admin, prefix="信", year=2026).text == "信2026-00001"
    assert numbering.take("supervision", admin, prefix="督", year=2026).text == "督〔2026〕1号"


def test_void_is_recorded_and_the_number_never_reused(any_db, admin):
    first = numbering.take("outgoing", admin, prefix=PREFIX, year=2026)
    numbering.take("outgoing", admin, prefix=PREFIX, year=2026)
    with pytest.raises(ValidationError):
        numbering.void("outgoing", first.text, "   ", admin)
    voided = numbering.void("outgoing", first.text, "文件撤回", admin)
    assert voided.status == "voided"
    stored = IssuedNumber.get_by_id(first.id)
    assert (stored.status, stored.void_reason, stored.voided_by) == (
        "voided",
        "文件撤回",
        admin.username,
    )
    assert stored.voided_at is not None
    entries = list(AuditEntry.select().where(AuditEntry.action == "void"))
    assert len(entries) == 1
    assert entries[0].registry == "number:outgoing" and first.text in entries[0].summary
    assert "文件撤回" in entries[0].after
    with pytest.raises(ConflictError):
        numbering.void("outgoing", first.text, "再次作废", admin)
    with pytest.raises(NotFoundError):
        numbering.void("outgoing", "X委办发〔2026〕99号", "没有这个号", admin)
    # The next number goes on; the voided one stays voided and is never issued again.
    third = numbering.take("outgoing", admin, prefix=PREFIX, year=2026)
    assert third.text == "X委办发〔2026〕3号"
    with pytest.raises(ConflictError):
        typed_numbers.claim_manual("outgoing", first.text, admin)
    seqs = [n.seq for n in numbering.issued("outgoing", 2026, PREFIX)]
    assert seqs == [1, 2, 3]


def test_claim_manual_refuses_duplicates_and_moves_the_sequence(any_db, admin):
    numbering.take("outgoing", admin, prefix=PREFIX, year=2026)
    with pytest.raises(ConflictError) as caught:
        typed_numbers.claim_manual("outgoing", "X委办发〔2026〕1号", admin)
    assert "已经使用过" in caught.value.message
    claimed = typed_numbers.claim_manual("outgoing", "X委办发〔2026〕2号", admin)
    assert claimed.status == "manual"
    assert numbering.take("outgoing", admin, prefix=PREFIX, year=2026).text == "X委办发〔2026〕3号"
    # A free-form number is kept as typed, once.
    typed_numbers.claim_manual("outgoing", "省委办函〔2026〕特1号", admin)
    with pytest.raises(ConflictError):
        typed_numbers.claim_manual("outgoing", "省委办函〔2026〕特1号", admin)


def test_claimed_petition_number_is_never_issued_again(any_db, admin):
    # The petition form (信2026-00002) is not the 〔年〕N号 form; a claim must still move past it.
    numbering.take("petition", admin, prefix="信", year=2026)
    typed_numbers.claim_manual("petition", "信2026-00002", admin)
    taken = numbering.take("petition", admin, prefix="信", year=2026)
    assert taken.text == "信2026-00003"
    with pytest.raises(ConflictError):
        typed_numbers.claim_manual("petition", "信2026-00003", admin)


# ---------------------------------------------------------------- several processes at once

WORKERS = 4
EACH = 50


def _take_many(target: str, barrier, results, count: int) -> None:
    """In a fresh process: open the database and take numbers as fast as possible."""
    from officedesk.core import numbering as service
    from officedesk.core.actor import Actor
    from officedesk.store import db as store_db

    store_db.open_database(target, migrate=False)
    actor = Actor(
        username=f"worker{multiprocessing.current_process().pid}", role="clerk", clearance=0
    )
    barrier.wait(timeout=60)
    taken = [service.take("outgoing", actor, prefix=PREFIX, year=2026).seq for _ in range(count)]
    store_db.close_database()
    results.put(taken)


def _run_workers(target: str) -> list[int]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(WORKERS)
    results = context.Queue()
    processes = [
        context.Process(target=_take_many, args=(target, barrier, results, EACH))
        for _ in range(WORKERS)
    ]
    for process in processes:
        process.start()
    seqs: list[int] = []
    received = 0
    deadline = time.monotonic() + 120
    try:
        while received < WORKERS:
            try:
                seqs.extend(results.get(timeout=0.5))
                received += 1
            except queue.Empty:
                crashed = [p.exitcode for p in processes if p.exitcode not in (None, 0)]
                assert not crashed, f"a worker failed (exit codes {crashed})"
                assert time.monotonic() < deadline, "workers took too long"
        for process in processes:
            process.join(timeout=60)
            assert process.exitcode == 0
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
    return seqs


def _assert_no_gap_no_duplicate(seqs: list[int]) -> None:
    total = WORKERS * EACH
    assert len(seqs) == total
    assert sorted(seqs) == list(range(1, total + 1))
    stored = numbering.issued("outgoing", 2026, PREFIX)
    assert [n.seq for n in stored] == list(range(1, total + 1))
    assert len({n.text for n in stored}) == total


def test_parallel_processes_on_one_sqlite_file(db):
    _assert_no_gap_no_duplicate(_run_workers(str(db.database)))


@pytest.mark.postgres
def test_parallel_processes_on_postgresql(pg_db, pg_url):
    _assert_no_gap_no_duplicate(_run_workers(pg_url))
