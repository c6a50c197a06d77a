"""A 效能投诉's steps (its ComplaintStep rows: 登记, 核查, 结论, 处理) are in its row digest
(core.sub_rows): a step edited, deleted or inserted in the file shows in `check` as the complaint
changed. 登记 writes its rows before the complaint's entry and every step its row before the
step's entry, so `check` stays clean after each; a 台账 added one by one or imported in a batch
(已办结 rows with their steps) checks clean; an office whose entries predate the digest passes."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import batch, check, directory, integrity, records, sub_rows
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.efficiency import complaints as C
from officedesk.store.efficiency import ComplaintStep
from tests.tamper import last_digest, rows_said

D = dt.date
TODAY = D(2026, 6, 30)
BASE = {"登记日期": "2026-05-06", "投诉方式": "来信", "投诉人": "李女士", "联系电话": "13938491325",
        "被投诉单位": "县住房和城乡建设局", "被投诉人": "郑某某", "投诉类别": "办事拖拉",
        "投诉内容": "材料齐全，两周未办结。"}
CLOSED = {**BASE, "状态": "已办结", "核查单位": "县纪委监委", "核查通知日期": "2026-05-07",
          "核查完成日期": "2026-05-20", "核查结论": "属实", "核查情况": "经调阅台账，属实。",
          "处理结果": "效能告诫", "办结日期": "2026-05-25"}


@pytest.fixture
def office(any_db, fixed_today, admin):
    """On SQLite and on PostgreSQL (a step's date and time read back as the digest wrote them)."""
    fixed_today(TODAY)
    for name in ("县住房和城乡建设局", "县纪委监委"):
        records.create(directory.UNITS, {"单位名称": name}, admin)
    return any_db


def _said(record_id: int) -> list[str]:
    return rows_said(f"效能投诉第 {record_id} 条记录")


def _digest(record_id: int) -> str:
    return last_digest("complaints", record_id)


def _first_step(record_id: int) -> ComplaintStep:
    return ComplaintStep.select().where(ComplaintStep.complaint == record_id).order_by(ComplaintStep.id).first()


@pytest.fixture
def registered(office, admin):
    record = C.register_complaint(BASE, admin)
    assert check.run_checks() == []
    return record


@pytest.mark.parametrize("change", ["content", "date", "person", "deleted", "inserted"])
def test_a_step_changed_in_the_file_names_the_complaint(registered, change):
    step = _first_step(registered.id)
    if change == "content":
        ComplaintStep.update(content="改了").where(ComplaintStep.id == step.id).execute()
    elif change == "date":  # the 登记 a week later: the 办结时限 counted from it looks kept
        ComplaintStep.update(on=D(2026, 5, 13)).where(ComplaintStep.id == step.id).execute()
    elif change == "person":
        ComplaintStep.update(person="王某").where(ComplaintStep.id == step.id).execute()
    elif change == "deleted":
        ComplaintStep.delete().where(ComplaintStep.id == step.id).execute()
    else:
        ComplaintStep.create(complaint=registered.id, kind="核查", on=D(2026, 5, 7), person="王某",
                             content="请县纪委监委核查")
    said = _said(registered.id)
    assert said and "内容与审计记录" in said[0], said


def test_every_step_stays_clean(registered, admin):
    record = registered
    for step in (lambda r: C.send_for_verification(r.id, r.version, admin, "县纪委监委", on="2026-05-07"),
                 lambda r: C.conclude(r.id, r.version, admin, "属实", "经核实属实。", on="2026-05-20"),
                 lambda r: C.dispose(r.id, r.version, admin, "效能告诫", on="2026-05-25")):
        record = step(record)
        problems = check.run_checks()
        assert problems == [], [p.message for p in problems]
    assert record.state == C.CLOSED and _digest(record.id).startswith(sub_rows.MARK)
    ComplaintStep.update(content="改了").where(ComplaintStep.complaint == record.id).execute()
    assert _said(record.id)


def test_a_closed_complaint_added_one_by_one_stays_clean(office, admin):
    record = C.register_complaint(CLOSED, admin)
    assert [s.kind for s in C.steps_of(record.id, CLI_ACTOR)] == ["登记", "核查", "结论", "处理"]
    assert check.run_checks() == []
    ComplaintStep.delete().where(ComplaintStep.id == C.steps_of(record.id, CLI_ACTOR)[-1].id).execute()
    assert _said(record.id)


def test_a_batch_import_digests_the_steps_in_memory(office, admin, monkeypatch):
    compared = []
    same = integrity.same_as_table
    monkeypatch.setattr(integrity, "same_as_table",
                        lambda name, digests: compared.append(same(name, digests)) or compared[-1])
    ids, problems = batch.create_many(C.SPEC, [CLOSED, BASE, {**CLOSED, "投诉人": "王先生"}], admin)
    assert problems == [] and compared and all(compared)  # no digest read back from the table
    assert all(_digest(i).startswith(sub_rows.MARK) for i in ids)
    assert check.run_checks() == []
    for record_id in ids:
        ComplaintStep.update(person="王某").where(ComplaintStep.id == _first_step(record_id).id).execute()
        assert _said(record_id), record_id


def test_an_office_from_before_passes_and_is_covered_from_the_next_step(office, admin, monkeypatch):
    with monkeypatch.context() as before:  # the program before: the complaint's row alone
        before.setattr(sub_rows, "_TABLES", {k: v for k, v in sub_rows._TABLES.items()
                                             if k != "efficiency_complaint"})
        old = C.register_complaint(BASE, admin)
    assert not _digest(old.id).startswith(sub_rows.MARK)
    assert check.run_checks() == []
    ComplaintStep.update(content="改了").where(ComplaintStep.id == _first_step(old.id).id).execute()
    assert check.run_checks() == []  # not seen: its last entry digested the row alone
    old = C.send_for_verification(old.id, old.version, admin, "县纪委监委", on="2026-05-07")
    assert _digest(old.id).startswith(sub_rows.MARK)
    assert check.run_checks() == []
    ComplaintStep.update(content="又改了").where(ComplaintStep.id == _first_step(old.id).id).execute()
    assert _said(old.id)
