"""`import --history` (an office's past 台账) goes through the batch as a plain import does:
checked before the write lock (its dry run takes none), written in one transaction, each record
marked “导入历史台账” in its history right after its creation, as one by one; its numbers are
claimed as they come, and the rows come out as the row-by-row path makes them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from officedesk.core import audit, batch, check, records, settings, state_facts
from officedesk.core import petitions as P
from officedesk.core.documents.incoming import INCOMING
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store.models import AuditEntry
from officedesk.store.petitions import Petition
from tests.exchange.import_paths import rows_only
from tests.write_locks import watch_write_locks

from .sheets import write_sheet

UNIT = "县住房和城乡建设局"
BASE = {"信访形式": "来信", "问题类别": "城乡建设", "反映内容": "反映路灯不亮"}
# a past 台账 out of number order, with a gap (信2019-00003 is not in it), in three states
ROWS = [
    {**BASE, "信访编号": "信2019-00004", "登记日期": dt.date(2019, 5, 6), "信访人": "张建国",
     "状态": "已答复", "处理方式": "直接答复", "处理日期": dt.date(2019, 5, 8), "答复意见": "已修复。",
     "答复日期": dt.date(2019, 5, 20)},
    {**BASE, "信访编号": "信2019-00001", "登记日期": dt.date(2019, 3, 1), "信访人": "李桂兰",
     "状态": "已转送", "处理方式": "转送", "去向单位": UNIT, "处理日期": dt.date(2019, 3, 4),
     "告知日期": dt.date(2019, 3, 6)},
    {**BASE, "信访编号": "信2019-00002", "登记日期": dt.date(2019, 4, 2), "信访人": "王大山"},
]
KEPT = ("number", "state", "handling", "target_unit", "decided_on", "notified_on", "replied_on",
        "reply_opinion", "next_due", "registered_on", "name")


@pytest.fixture
def office(db, fixed_today):
    fixed_today(dt.date(2026, 6, 30))
    settings.put("org.name", "中共云岭县委办公室")
    return db


def _written() -> tuple[dict[str, tuple[Any, ...]], dict[str, list[tuple[str, str]]]]:
    """Each record by its 信访编号: its kept fields, and its history's (action, summary)."""
    kept = {p.number: tuple(getattr(p, name) for name in KEPT) for p in Petition.select()}
    numbers = {p.id: p.number for p in Petition.select()}
    entries: dict[str, list[tuple[str, str]]] = {}
    for entry in AuditEntry.select().where(AuditEntry.registry == "petitions").order_by(AuditEntry.id):
        entries.setdefault(numbers[entry.record_id], []).append((entry.action, entry.summary))
    return kept, entries


def test_a_past_register_goes_through_the_batch_and_is_marked(office, admin, tmp_path, monkeypatch):
    path = write_sheet(P.SPEC, tmp_path / "往年台账.xlsx", ROWS)
    batched: list[int] = []
    real = batch.create_many
    monkeypatch.setattr(batch, "create_many", lambda *a, **k: batched.append(1) or real(*a, **k))
    locks = watch_write_locks(monkeypatch, records)
    dry = xlsx.import_file(P.SPEC, path, admin, history=True, dry_run=True)
    assert dry.ok and dry.imported == len(ROWS), [str(p) for p in dry.problems]
    assert locks == [] and Petition.select().count() == 0

    report = xlsx.import_file(P.SPEC, path, admin, history=True)
    assert report.ok and report.imported == len(ROWS), [str(p) for p in report.problems]
    assert batched == [1, 1] and locks == ["lock"]
    kept, entries = _written()
    assert sorted(kept) == ["信2019-00001", "信2019-00002", "信2019-00004"]  # as they came, the gap kept
    for number, state in (("信2019-00004", "已答复"), ("信2019-00001", "已转送"), ("信2019-00002", "待处理")):
        assert kept[number][1] == state
        # made, then marked as brought from the past 台账, in the state it was brought in
        assert entries[number][-1] == (state_facts.IMPORTED, f"导入历史台账：信访（状态：{state}）")
        assert entries[number][0][0] == "create"
    _chain_kept_and_the_gap_told()

    # the row-by-row path, into an office of its own, makes the same records and marks
    store_db.close_database()
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home-row"))
    settings.forget_cache()
    store_db.open_database(str(tmp_path / "row.db"))
    settings.put("org.name", "中共云岭县委办公室")
    slow = rows_only(monkeypatch, lambda: xlsx.import_file(P.SPEC, path, admin, history=True))
    assert slow.ok and slow.imported == len(ROWS), [str(p) for p in slow.problems]
    one_by_one, row_entries = _written()
    assert one_by_one == kept
    assert {number: listed[-1] for number, listed in row_entries.items()} == \
        {number: listed[-1] for number, listed in entries.items()}
    _chain_kept_and_the_gap_told()


def _chain_kept_and_the_gap_told() -> None:
    """The chain whole; `check` says only the past 台账's gap (a number never given)."""
    assert audit.verify_chain() == []
    assert [(p.kind, "第 3 号从未发出" in p.message) for p in check.run_checks()] == [("numbers", True)]


def test_a_past_register_of_another_registry_is_marked_too(office, admin, tmp_path, monkeypatch):
    rows = [{"收文日期": dt.date(2019, 3, 1), "来文机关": "市委办公室", "来文字号": f"市委办〔2019〕{n}号",
             "标题": f"往年来文{n}", "文种": "通知"} for n in (3, 1)]
    path = write_sheet(INCOMING, tmp_path / "往年收文.xlsx", rows)
    locks = watch_write_locks(monkeypatch, records)
    report = xlsx.import_file(INCOMING, path, admin, history=True)
    assert report.ok and report.imported == 2 and locks == ["lock"], [str(p) for p in report.problems]
    marks = AuditEntry.select().where((AuditEntry.registry == "incoming")
                                      & (AuditEntry.action == state_facts.IMPORTED))
    assert sorted(m.record_id for m in marks) == sorted(report.ids)
    assert audit.verify_chain() == [] and check.run_checks() == []
