"""A 信访's 办理过程 (its PetitionStep rows: 登记, 受理告知, 答复, 复查 … with the dates the
《信访工作条例》's time limits count from) is in its row digest (core.sub_rows): a step edited,
deleted or inserted in the file shows in `check` as its 信访 changed. Every step of the program
writes its row before the 信访's audit entry, so `check` stays clean after each; a batch import
(办结 rows, --history, 已作废 rows) digests them in memory as `check` reads them; an office whose
entries predate the steps' digest (its petitioners' only, or the row alone) still passes."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import batch, check, integrity, lifecycle, petitions, state_facts, sub_rows
from officedesk.store.petitions import PetitionStep
from tests.tamper import last_digest, rows_said

from .conftest import ID_WANG, extend

D = dt.date


def _said(petition_id: int) -> list[str]:
    return rows_said(f"信访第 {petition_id} 条记录")


def _digest(petition_id: int) -> str:
    return last_digest("petitions", petition_id)


def _last_step(petition_id: int) -> PetitionStep:
    return (PetitionStep.select().where(PetitionStep.petition == petition_id)
            .order_by(PetitionStep.id.desc()).first())


@pytest.fixture
def replied(register, admin, fixed_today):
    """A letter accepted at once and answered (its steps 登记, 直接答复, 答复)."""
    fixed_today(D(2026, 3, 2))
    p = register(form="来信")
    p = petitions.decide(p.id, p.version, admin, "直接答复", on="2026-03-02")
    fixed_today(D(2026, 3, 20))
    p = petitions.reply(p.id, p.version, admin, opinion="补偿款已足额发放。", on="2026-03-20")
    assert check.run_checks() == []
    return p


@pytest.mark.parametrize("change", ["content", "date", "person", "recorded by", "deleted", "inserted"])
def test_a_step_changed_in_the_file_names_the_petition(replied, change):
    step = _last_step(replied.id)
    if change == "content":
        PetitionStep.update(content="改了").where(PetitionStep.id == step.id).execute()
    elif change == "date":  # the 答复 moved into the 60 days
        PetitionStep.update(on=D(2026, 3, 3)).where(PetitionStep.id == step.id).execute()
    elif change == "person":
        PetitionStep.update(person="王某").where(PetitionStep.id == step.id).execute()
    elif change == "recorded by":
        PetitionStep.update(created_by="someone").where(PetitionStep.id == step.id).execute()
    elif change == "deleted":
        PetitionStep.delete().where(PetitionStep.id == step.id).execute()
    else:
        PetitionStep.create(petition=replied.id, kind="复查申请", on=D(2026, 3, 21), person="刘敏",
                            content="信访人申请复查")
    said = _said(replied.id)
    assert said and "内容与审计记录" in said[0], said


def _walk(record, steps):
    """Each step in turn, `check` clean after each."""
    for step in steps:
        record = step(record)
        problems = check.run_checks()
        assert problems == [], (step, [p.message for p in problems])
    return record


@pytest.fixture
def register_any(any_db, admin):
    """The conftest's `register`, on SQLite and on PostgreSQL (a step's date and time read back
    as the digest wrote them)."""

    def make(**fields):
        values = {"registered_on": "2026-03-02", "form": "来访", "name": "张建国", "category": "征地拆迁",
                  "content": "反映青河村土地征收补偿款至今未足额发放。", "receiver": "刘敏", **fields}
        return petitions.register_petition(values, None, admin)

    return make


def test_every_step_of_the_procedure_stays_clean(register_any, admin, fixed_today):
    fixed_today(D(2026, 3, 3))
    p = register_any()

    def today(day):
        fixed_today(day)
        return day.isoformat()

    p = _walk(p, [
        lambda p: petitions.decide(p.id, p.version, admin, "交办", on="2026-03-03",
                                   target_unit="青河镇人民政府", report_due="2026-04-30"),
        lambda p: petitions.notify(p.id, p.version, admin, on=today(D(2026, 3, 10))),
        lambda p: petitions.handle(p.id, p.version, admin, on=today(D(2026, 3, 20)), content="镇政府已核实"),
        lambda p: extend(p, admin, today(D(2026, 5, 1))),
        lambda p: petitions.reply(p.id, p.version, admin, opinion="已足额发放", on=today(D(2026, 6, 1))),
        lambda p: petitions.record_service(p.id, p.version, admin, on=today(D(2026, 6, 2))),
        lambda p: petitions.request_review(p.id, p.version, admin, "复查", on=today(D(2026, 6, 5))),
        lambda p: petitions.answer_review(p.id, p.version, admin, opinion="维持", on=today(D(2026, 6, 20))),
        lambda p: petitions.request_review(p.id, p.version, admin, "复核", on="2026-06-20"),
        lambda p: petitions.answer_review(p.id, p.version, admin, opinion="复核维持", on="2026-06-20"),
    ])
    assert p.state == petitions.CLOSED
    digest = _digest(p.id)  # the newest generation (steps, then signatures), in the column's 64 characters
    assert digest.startswith(sub_rows.MARK) and sub_rows.generation_of(digest) == sub_rows.newest("petition")
    assert len(digest) == 64
    PetitionStep.update(on=D(2026, 6, 1)).where(PetitionStep.id == _last_step(p.id).id).execute()
    assert _said(p.id)


def test_the_other_handlings_and_the_links_stay_clean(register, admin, fixed_today):
    fixed_today(D(2026, 3, 3))
    transferred, refused, original, repeat = register(), register(), register(), register(name="王大山",
                                                                                       id_number=ID_WANG)
    _walk(transferred, [
        lambda p: petitions.decide(p.id, p.version, admin, "转送", on="2026-03-03", target_unit="县人社局"),
        lambda p: petitions.notify(p.id, p.version, admin, on="2026-03-03"),
        lambda p: petitions.handle(p.id, p.version, admin, on="2026-03-03", content="县人社局已受理"),
        lambda p: petitions.close(p.id, p.version, admin, on="2026-03-03", satisfaction="满意"),
    ])
    _walk(refused, [
        lambda p: petitions.decide(p.id, p.version, admin, "不予受理", on="2026-03-03", reason="已经司法程序处理"),
        lambda p: petitions.notify(p.id, p.version, admin, on="2026-03-03"),
    ])
    _walk(repeat, [
        lambda p: petitions.link_repeat(p.id, original.id, p.version, admin),
        lambda p: petitions.link_repeat(p.id, None, p.version, admin, reason="标错了"),
    ])
    petitions.to_supervision(original.id, admin, leader="王主任")
    assert check.run_checks() == []
    voided = lifecycle.void_record("petitions", repeat.id, admin, "重复登记")
    assert check.run_checks() == []
    assert [s.kind for s in PetitionStep.select().where(PetitionStep.petition == voided.id)][-1] == "作废"
    for record in (transferred, refused, original, voided):
        PetitionStep.update(content="改了").where(PetitionStep.id == _last_step(record.id).id).execute()
        assert _said(record.id), record.id


ROW = {"登记日期": "2025-03-02", "信访形式": "来信", "问题类别": "征地拆迁",
       "反映内容": "反映青河村土地征收补偿款未足额发放。", "信访人": "张建国"}
CLOSED_ROW = {**ROW, "状态": "已办结", "处理方式": "直接答复", "处理日期": "2025-03-03",
              "答复意见": "已足额发放", "答复日期": "2025-03-20", "办结日期": "2025-03-25"}


@pytest.mark.parametrize("history", [False, True])
def test_a_batch_import_digests_the_steps_in_memory(any_db, admin, fixed_today, monkeypatch, history):
    fixed_today(D(2026, 3, 2))
    compared = []
    same = integrity.same_as_table
    monkeypatch.setattr(integrity, "same_as_table",
                        lambda name, digests: compared.append(same(name, digests)) or compared[-1])
    rows = [CLOSED_ROW, {**ROW, "信访人": "王大山"}, {**CLOSED_ROW, "信访人": "李桂兰"},
            {**ROW, "状态": "已作废"}]
    rows = [{**row, "信访编号": f"信2025-{n:05d}"} for n, row in enumerate(rows, start=1)]
    if history:
        with state_facts.importing_history():
            ids, problems = batch.create_many(petitions.SPEC, rows, admin)
    else:
        ids, problems = batch.create_many(petitions.SPEC, rows, admin)
    assert problems == [] and compared and all(compared)  # no digest read back from the table
    assert all(_digest(i).startswith(sub_rows.MARK) for i in ids)
    assert [s.kind for s in PetitionStep.select().where(PetitionStep.petition == ids[3])] == ["登记", "作废"]
    assert check.run_checks() == []
    for record_id in ids:
        PetitionStep.update(content="改了").where(PetitionStep.id == _last_step(record_id).id).execute()
        assert _said(record_id), record_id


def test_a_petition_added_one_by_one_in_a_later_state_stays_clean(db, admin, fixed_today):
    fixed_today(D(2026, 3, 2))
    record = petitions.SPEC.create_hook({**CLOSED_ROW, "信访人": "赵大海"}, admin)
    assert record.state == petitions.CLOSED
    assert check.run_checks() == []
    PetitionStep.delete().where(PetitionStep.petition == record.id).execute()
    assert _said(record.id)


def test_an_office_from_before_passes_and_is_covered_from_the_next_step(register, admin, fixed_today,
                                                                       monkeypatch):
    fixed_today(D(2026, 3, 2))
    petitioners_only = {**sub_rows._TABLES, "petition": sub_rows._TABLES["petition"][:1]}
    with monkeypatch.context() as before:  # the program before: its petitioners digested alone
        before.setattr(sub_rows, "_TABLES", petitioners_only)
        old = register()
        old = petitions.decide(old.id, old.version, admin, "直接答复", on="2026-03-02")
    with monkeypatch.context() as before:  # and before that: the row alone
        before.setattr(sub_rows, "_TABLES", {})
        older = register(name="王大山", id_number=ID_WANG)
    assert sub_rows.generation_of(_digest(old.id)) == 1 and not _digest(older.id).startswith(sub_rows.MARK)
    assert check.run_checks() == []
    for record in (old, older):  # not seen: their last entries did not digest the steps
        PetitionStep.update(content="改了").where(PetitionStep.id == _last_step(record.id).id).execute()
    assert check.run_checks() == []
    old = petitions.reply(old.id, old.version, admin, opinion="已答复", on="2026-03-02")
    assert sub_rows.generation_of(_digest(old.id)) == sub_rows.newest("petition")
    assert check.run_checks() == []
    PetitionStep.update(content="又改了").where(PetitionStep.petition == old.id).execute()
    assert _said(old.id) and not _said(older.id)
