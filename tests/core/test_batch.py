"""Batch creation (xlsx import): the same records, numbers, audit chain and index as the
one-record path; nothing written when a row is bad or the user cancels; the rows are checked
before the write lock is taken."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pytest

from officedesk.core import (
    audit,
    audit_staged,
    batch,
    batch_write,
    check,
    numbering,
    petitions,
    records,
    typed_numbers,
)
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.directory import PEOPLE, UNITS
from officedesk.exchange import xlsx
from officedesk.store import search_index
from officedesk.store.models import AuditEntry, IssuedNumber, Person
from officedesk.store.petitions import Petition, Petitioner, PetitionStep


def _people(n: int, unit: str = "县委办公室") -> list[dict]:
    return [{"姓名": f"张{i}", "性别": "男" if i % 2 else "女", "单位": unit, "职务": "科员",
             "级别": 16, "电话": f"138{i:08d}"} for i in range(n)]


def _petition(i: int, **more) -> dict:
    row = {"登记日期": "2026-03-01", "信访形式": "来信", "信访人": f"周大海{i}", "问题类别": "劳动社保",
           "反映内容": f"拖欠工资第{i}件", "联系电话": "13812345678"}
    row.update(more)
    return row


@pytest.fixture
def unit(any_db, admin):
    return records.create(UNITS, {"单位名称": "县委办公室"}, admin)


def test_people_are_written_with_audit_and_index(unit, admin):
    ids, problems = batch.create_many(PEOPLE, _people(1200), admin)
    assert problems == [] and len(ids) == 1200 and ids == sorted(ids)
    people = {p.id: p for p in Person.select()}
    assert people[ids[7]].name == "张7" and people[ids[7]].unit_id == unit.id
    assert people[ids[7]].pinyin == records.get(PEOPLE, ids[7], CLI_ACTOR).pinyin != ""  # the rules ran
    assert people[ids[7]].version == 1 and people[ids[7]].created_by == admin.username
    entries = AuditEntry.select().where(AuditEntry.registry == "people").count()
    assert entries == 1200
    assert audit.verify_chain() == []
    assert records.list_ids(PEOPLE, admin, text="张1199") == [ids[1199]]
    assert check.run_checks() == []
    # the next one-record change chains on
    records.create(PEOPLE, {"姓名": "李四"}, admin)
    assert audit.verify_chain() == []


def test_a_bad_row_refuses_the_batch_and_names_it(unit, admin):
    rows = _people(30)
    rows[12]["单位"] = "不存在的局"
    rows[20]["电话"] = "abc"
    before = AuditEntry.select().count()
    with pytest.raises(batch.RowsRefused) as refused:
        batch.create_many(PEOPLE, rows, admin)
    assert {(p.index, p.field) for p in refused.value.problems} == {(12, "unit"), (20, "phone")}
    assert Person.select().count() == 0 and AuditEntry.select().count() == before
    ids, problems = batch.create_many(PEOPLE, rows, admin, skip_bad=True)
    assert len(ids) == 28 and {p.index for p in problems} == {12, 20}


def test_unique_columns_are_checked_in_the_batch_and_against_the_table(db, admin):
    records.create(UNITS, {"单位名称": "县财政局"}, admin)
    rows = [{"单位名称": "县委办公室"}, {"单位名称": "县财政局"}, {"单位名称": "县委办公室"}]
    _, problems = batch.check(UNITS, rows, admin)
    assert sorted(p.index for p in problems) == [1, 2]


def test_checking_takes_no_write_lock(db, admin, tmp_path):
    unit = records.create(UNITS, {"单位名称": "县委办公室"}, admin)
    path = str(unit._meta.database.database)
    seen = []

    def progress(done, total):
        if done <= total // 2:  # still checking: another workstation can write meanwhile
            other = sqlite3.connect(path, timeout=0)
            other.execute("begin immediate")
            other.execute("update app_setting set value = value")
            other.commit()
            other.close()
            seen.append(done)
        return True

    ids, _ = batch.create_many(PEOPLE, _people(1000), admin, progress=progress)
    assert seen and len(ids) == 1000


def test_other_workstations_write_while_the_batch_is_made_ready(db, admin, fixed_today):
    """The write lock is taken only to copy the made rows in: while they are being made (the
    progress of the writing half), another workstation's save gets the lock at once."""
    fixed_today(dt.date(2026, 3, 2))
    path = str(Petition._meta.database.database)
    wrote = []

    def progress(done, total):
        if total // 2 < done < total:  # writing, before the copy
            other = sqlite3.connect(path, timeout=0)  # fails at once if the lock were held
            other.execute("begin immediate")
            other.execute("update app_setting set value = value")
            other.commit()
            other.close()
            wrote.append(done)
        return True

    ids, _ = batch.create_many(petitions.SPEC, [_petition(i) for i in range(12_000)], admin, progress=progress)
    assert wrote and len(ids) == 12_000
    assert audit.verify_chain() == [] and check.run_checks() == []


@pytest.mark.postgres
def test_on_postgresql_the_batch_locks_no_shared_row_while_it_is_made_ready(pg_db, pg_url, admin, fixed_today):
    """PostgreSQL has no file lock, but the audit head and the number sequence are rows every
    save updates: while the batch is being staged another connection updates both at once."""
    import psycopg2

    fixed_today(dt.date(2026, 3, 2))
    petitions.SPEC.create_hook(_petition(0), admin)  # the head and the sequence exist
    wrote = []

    def progress(done, total):
        if total // 2 < done < total and not wrote:
            other = psycopg2.connect(pg_url)
            try:
                with other, other.cursor() as cursor:
                    cursor.execute("set lock_timeout = '200ms'")  # fails if the batch held them
                    cursor.execute("update audit_head set count = count where id = 1")
                    cursor.execute("update number_sequence set last_value = last_value where kind = 'petition'")
            finally:
                other.close()
            wrote.append(done)
        return True

    ids, _ = batch.create_many(petitions.SPEC, [_petition(i) for i in range(1, 1001)], admin, progress=progress)
    assert wrote and len(ids) == 1000
    assert [Petition.get_by_id(i).number for i in ids[:2]] == ["信2026-00002", "信2026-00003"]
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_a_record_added_meanwhile_moves_the_batch_ids_and_numbers(db, admin, fixed_today, monkeypatch):
    """Another workstation registers a 信访 while the batch waits for the lock: the batch is made
    again after it, so ids and numbers stay continuous and unique, and the chain holds."""
    fixed_today(dt.date(2026, 3, 2))
    first = petitions.SPEC.create_hook(_petition(0), admin)
    saved = []

    def another_workstation_saves(done, total):
        if done > total // 2 and not saved:  # the batch is being staged, its numbers planned
            worker = threading.Thread(target=lambda: saved.append(
                petitions.SPEC.create_hook(_petition(99), admin)))  # its own connection
            worker.start()
            worker.join()
        return True

    tries = []
    real_plan = batch_write._plan
    monkeypatch.setattr(batch_write, "_plan", lambda *args: tries.append(1) or real_plan(*args))
    ids, _ = batch.create_many(petitions.SPEC, [_petition(i) for i in range(1, 6)], admin,
                               progress=another_workstation_saves)
    other = Petition.get(Petition.name == "周大海99")
    made = [Petition.get_by_id(i) for i in ids]
    assert saved and len(tries) == 2  # made twice: the first was refused at the lock
    # made again a margin above the last id, where records added meanwhile do not reach
    assert other.id == first.id + 1 and ids == list(range(other.id + 1 + batch_write.ID_MARGIN,
                                                          other.id + 6 + batch_write.ID_MARGIN))
    assert other.number == "信2026-00002"
    assert [p.number for p in made] == [f"信2026-{n:05d}" for n in range(3, 8)]
    doc = search_index.SearchDoc.get((search_index.SearchDoc.registry == petitions.SPEC.name)
                                     & (search_index.SearchDoc.record_id == ids[2]))
    assert doc.title.startswith("信2026-00005 ")
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_an_old_register_is_not_made_again_for_every_new_registration_meanwhile(db, admin, fixed_today,
                                                                               monkeypatch):
    """A 台账 of past years brings its own 信访编号; other workstations register new 信访 (this
    year's numbers) while each try is staged. The first try's ids are taken: it is made again,
    its ids a margin above, and lands; it was made under the lock after three tries before."""
    fixed_today(dt.date(2026, 3, 2))
    petitions.SPEC.create_hook(_petition(0), admin)
    saved = []
    staging = []

    def another_workstation_saves_each_try(done, total):
        if done > total // 2 and len(saved) < len(staging):
            worker = threading.Thread(target=lambda: saved.append(
                petitions.SPEC.create_hook(_petition(100 + len(saved)), admin)))  # its own connection
            worker.start()
            worker.join()
        return True

    real_plan = batch_write._plan
    monkeypatch.setattr(batch_write, "_plan", lambda *args: staging.append(1) or real_plan(*args))
    old = [_petition(i, 信访编号=f"信2025-{i:05d}", 登记日期="2025-06-01") for i in range(1, 41)]
    ids, _ = batch.create_many(petitions.SPEC, old, admin, progress=another_workstation_saves_each_try)
    assert len(staging) == 2 and len(saved) == 2  # made twice, not three times and then under the lock
    assert [Petition.get_by_id(i).number for i in ids] == [f"信2025-{i:05d}" for i in range(1, 41)]
    assert [p.number for p in saved] == ["信2026-00002", "信2026-00003"]
    assert max(p.id for p in saved) < ids[0]
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_two_workstations_importing_at_once_both_land_with_continuous_numbers(any_db, admin, fixed_today,
                                                                              monkeypatch):
    """Two imports staged at the same time: the second to take the lock finds the ids and numbers
    moved, makes its batch again after the first, and both land; no number twice or skipped."""
    fixed_today(dt.date(2026, 3, 2))
    petitions.SPEC.create_hook(_petition(0), admin)  # the sequence exists
    results: dict[str, object] = {}
    plans: list[str] = []
    both_planned, real_plan = threading.Barrier(2), batch_write._plan

    def plan_together(*args):  # both batches are made from the same state: one must be made again
        planned = real_plan(*args)
        first = threading.current_thread().name not in plans
        plans.append(threading.current_thread().name)
        if first:
            both_planned.wait(60)
        return planned

    monkeypatch.setattr(batch_write, "_plan", plan_together)

    def import_rows(name: str) -> None:
        try:
            results[name] = batch.create_many(petitions.SPEC, [_petition(i, 信访人=f"{name}{i}") for i in range(1500)],
                                              admin)[0]
        except Exception as exc:  # noqa: BLE001 - the test reports it
            results[name] = exc
        finally:
            Petition._meta.database.close()  # this thread's connection

    workers = [threading.Thread(target=import_rows, args=(name,)) for name in ("甲", "乙")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert all(isinstance(ids, list) and len(ids) == 1500 for ids in results.values()), results
    numbers = sorted(int(p.number.split("-")[1]) for p in Petition.select(Petition.number))
    assert numbers == list(range(1, 3002))
    assert len(plans) == 3  # the one that came second to the lock was made again
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_a_batch_that_keeps_being_overtaken_is_written_under_the_lock(any_db, admin, fixed_today, monkeypatch):
    fixed_today(dt.date(2026, 3, 2))
    monkeypatch.setattr(batch_write, "_still_fits", lambda *args: False)  # overtaken every time
    ids, _ = batch.create_many(petitions.SPEC, [_petition(i) for i in range(1, 4)], admin)
    assert [Petition.get_by_id(i).number for i in ids] == ["信2026-00001", "信2026-00002", "信2026-00003"]
    assert audit.verify_chain() == [] and check.run_checks() == []


def _hashed_under_the_lock(monkeypatch) -> list[int]:
    """Counts the audit hashes made while the batch holds the write lock."""
    import contextlib

    held, hashed = [], []
    real_transaction, real_chained = batch_write.write_transaction, audit_staged._chained

    @contextlib.contextmanager
    def watched():
        held.append(1)
        try:
            with real_transaction() as transaction:
                yield transaction
        finally:
            held.pop()

    def chained(*args):
        if held:
            hashed.append(1)
        return real_chained(*args)

    monkeypatch.setattr(batch_write, "write_transaction", watched)
    monkeypatch.setattr(audit_staged, "_chained", chained)  # the batch's hashing
    return hashed


def test_the_audit_chain_is_hashed_before_the_lock(db, admin, fixed_today, monkeypatch):
    fixed_today(dt.date(2026, 3, 2))
    hashed = _hashed_under_the_lock(monkeypatch)
    ids, _ = batch.create_many(petitions.SPEC, [_petition(i) for i in range(300)], admin)
    assert len(ids) == 300 and hashed == []
    assert audit.verify_chain() == [] and check.run_checks() == []
    records.create(UNITS, {"单位名称": "县委办公室"}, admin)  # the next save chains on
    assert audit.verify_chain() == []


def test_an_entry_added_meanwhile_chains_the_batch_again_under_the_lock(db, admin, fixed_today, monkeypatch):
    """Another workstation saves a record of another registry while the batch is staged: its
    ids and numbers stand, but its entries are chained again onto the new head."""
    fixed_today(dt.date(2026, 3, 2))
    hashed = _hashed_under_the_lock(monkeypatch)
    saved = []

    def another_workstation_saves(done, total):
        if done > total // 2 and not saved:
            worker = threading.Thread(target=lambda: saved.append(
                records.create(UNITS, {"单位名称": "县财政局"}, admin)))  # its own connection
            worker.start()
            worker.join()
        return True

    ids, _ = batch.create_many(petitions.SPEC, [_petition(i) for i in range(40)], admin,
                               progress=another_workstation_saves)
    assert saved and len(ids) == 40 and len(hashed) == 40
    entries = list(AuditEntry.select().order_by(AuditEntry.id))
    assert entries[-41].registry == "units" and [e.record_id for e in entries[-40:]] == ids
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_the_wal_is_copied_back_after_the_write_lock_is_let_go(db, admin, fixed_today, monkeypatch):
    """SQLite's automatic checkpoint ran inside the batch's COMMIT; it runs after it, with the
    write lock free, and the WAL is copied back."""
    from officedesk.store import db as store_db

    fixed_today(dt.date(2026, 3, 2))
    path = str(Petition._meta.database.database)
    free = []
    real_checkpoint = store_db.wal_checkpoint

    def checkpoint():
        other = sqlite3.connect(path, timeout=0)  # fails at once if the lock were held
        other.execute("begin immediate")
        other.rollback()
        other.close()
        free.append(1)
        real_checkpoint()

    monkeypatch.setattr(store_db, "wal_checkpoint", checkpoint)
    ids, _ = batch.create_many(petitions.SPEC, [_petition(i) for i in range(3000)], admin)
    assert len(ids) == 3000 and free == [1]
    busy, frames, copied = store_db.database.execute_sql("pragma wal_checkpoint(passive)").fetchone()
    assert busy == 0 and frames == copied
    assert store_db.database.execute_sql("pragma wal_autocheckpoint").fetchone()[0] == 1000


def test_the_cycle_collector_is_paused_during_a_batch_and_resumed_after(unit, admin, tmp_path):
    import gc

    seen = []

    def progress(done, total):
        seen.append(gc.isenabled())
        return True

    batch.create_many(PEOPLE, _people(20), admin, progress=progress)
    assert seen and not any(seen) and gc.isenabled()
    rows = _people(3)
    rows[1]["电话"] = "abc"
    with pytest.raises(batch.RowsRefused):
        batch.create_many(PEOPLE, rows, admin)
    assert gc.isenabled()
    path = tmp_path / "人员.xlsx"
    xlsx.write_template(PEOPLE, path)
    seen.clear()
    xlsx.import_file(PEOPLE, path, admin, progress=progress)  # an empty sheet: nothing to batch
    assert gc.isenabled()


def test_cancel_writes_nothing(unit, admin):
    calls = []

    def progress(done, total):
        calls.append(done)
        return done < total // 2 + 600  # stop during the write

    with pytest.raises(batch.Cancelled):
        batch.create_many(PEOPLE, _people(1500), admin, progress=progress)
    assert Person.select().count() == 0 and audit.verify_chain() == []
    assert search_index.SearchDoc.select().where(search_index.SearchDoc.registry == "people").count() == 0


def test_petitions_batch_matches_the_one_record_path(any_db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    rows = [
        _petition(1),
        _petition(2, 信访编号="信2025-00001", 登记日期="2025-12-30"),  # its own (year's) number: kept
        _petition(3, 信访人="李桂兰、王芳", 人数=2),  # a joint letter: two petitioners
        _petition(4, 处理方式="直接答复", 办结日期="2026-03-02", 答复意见="已支付"),
        _petition(5, 处理方式="转送", 去向单位="县人社局"),
        _petition(6, 信访编号="旧台账第12号"),  # free-form
    ]
    one_by_one = [petitions.SPEC.create_hook(dict(row), admin) for row in rows[:1]]
    ids, problems = batch.create_many(petitions.SPEC, rows[1:], admin)
    assert problems == []
    made = {p.id: p for p in Petition.select()}
    first, batched = one_by_one[0], [made[i] for i in ids]
    assert first.number == "信2026-00001"
    assert [p.number for p in batched] == ["信2025-00001", "信2026-00002", "信2026-00003",
                                           "信2026-00004", "旧台账第12号"]
    assert typed_numbers.parse_number("petition", "信2025-00001")
    assert check.run_checks() == []
    assert numbering.take("petition", admin, year=2025).text == "信2025-00002"
    assert [p.state for p in batched] == [petitions.PENDING, petitions.PENDING, petitions.CLOSED,
                                          petitions.TO_NOTIFY, petitions.PENDING]
    assert batched[1].decide_due == first.decide_due and batched[1].next_due == first.next_due
    assert batched[3].next_due is not None and batched[3].next_due_what
    assert [p.name for p in Petitioner.select().where(Petitioner.petition == ids[1])
            .order_by(Petitioner.seq)] == ["李桂兰", "王芳"]
    assert PetitionStep.select().where(PetitionStep.petition << ids).count() == 5
    assert records.list_ids(petitions.SPEC, admin, text="王芳") == [ids[1]]
    assert records.list_ids(petitions.SPEC, admin, text="拖欠工资第5件") == [ids[3]]
    assert IssuedNumber.select().where(IssuedNumber.status == "voided").count() == 0
    with pytest.raises(batch.RowsRefused) as refused:  # a number already used
        batch.create_many(petitions.SPEC, [_petition(7, 信访编号="信2026-00003")], admin)
    assert refused.value.problems[0].field == "number"


def test_xlsx_import_uses_the_batch_and_reports_rows(unit, admin, tmp_path):
    import openpyxl

    path = tmp_path / "people.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["姓名", "性别", "单位", "职务", "级别", "电话"])
    for row in _people(600):
        book.active.append(list(row.values()))
    book.active.append(["王五", "男", "县委办公室", "科员", "第一", None])
    book.save(path)
    dry = xlsx.import_file(PEOPLE, path, admin, dry_run=True)
    assert dry.total == 601 and dry.imported == 600 and [(p.row, p.column) for p in dry.problems] == [(602, "级别")]
    refused = xlsx.import_file(PEOPLE, path, admin)
    assert refused.imported == 0 and Person.select().count() == 0
    done = xlsx.import_file(PEOPLE, path, admin, skip_bad=True)
    assert done.imported == 600 and done.skipped == 1 and Person.select().count() == 600
    assert done.ids == sorted(done.ids)


@pytest.mark.parametrize("registry", ["people", "petitions"])
def test_row_digests_made_in_memory_are_those_check_reads_from_the_table(unit, admin, fixed_today,
                                                                          monkeypatch, registry):
    """The audit entries digest the rows from the values written (no read back under the lock):
    exactly what integrity recomputes from the table, so `check` passes."""
    from officedesk.core import integrity

    fixed_today(dt.date(2026, 3, 2))
    spec, rows = (PEOPLE, _people(700)) if registry == "people" else (petitions.SPEC, [
        _petition(i, **({"信访编号": f"信2025-{i // 2 + 1:05d}", "登记日期": "2025-12-30"} if i % 2 else {}),
                  **({"处理方式": "直接答复", "办结日期": "2026-03-02", "答复意见": "已答复"} if i % 3 == 0 else {}))
        for i in range(1, 700)])
    read = []
    real = integrity.row_digests
    monkeypatch.setattr(integrity, "row_digests", lambda name, ids: read.append(len(ids)) or real(name, ids))
    ids, problems = batch.create_many(spec, rows, admin)
    assert problems == [] and read and max(read) <= 2  # only the samples were read back
    entries = {e.record_id: e.row_digest for e in AuditEntry.select().where(AuditEntry.registry == spec.name)}
    assert entries == real(spec.name, ids) and all(entries.values())
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_digests_that_disagree_with_the_table_are_read_back(unit, admin, monkeypatch):
    from officedesk.core import integrity

    monkeypatch.setattr(integrity, "row_texts", lambda name, rows, ids, *shared: ["wrong"] * len(rows))
    batch.create_many(PEOPLE, _people(30), admin)
    assert check.run_checks() == []
