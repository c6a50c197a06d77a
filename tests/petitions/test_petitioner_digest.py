"""A 信访's petitioners (信访人) are in its row digest (core.sub_rows): a petitioner's 姓名, 身份证号
… edited, a petitioner deleted or added in the file shows in `check` as its 信访 changed; an
entry made before they were digested is compared with the row alone, as it was written (old
offices pass), and a batch import's digests made in memory cover them as `check` reads them."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import batch, check, integrity, petitions, sub_rows
from officedesk.core.petitions.registration import _petitioners_of
from officedesk.store.petitions import Petitioner

from .conftest import ID_LI, ID_WANG, ID_ZHANG

PEOPLE = [
    {"name": "张建国", "id_number": ID_ZHANG, "phone": "13812345678", "address": "青河村三组18号"},
    {"name": "李桂兰", "id_number": ID_LI, "address": "青河村二组3号"},
]


@pytest.fixture
def joint(register, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    return register(people_count=2, petitioners=[dict(p) for p in PEOPLE])


def _rows_said(problems) -> list[str]:
    return [p.message for p in problems if p.kind == check.ROWS]


def _edit_second(petition_id: int) -> None:
    Petitioner.update(name="李某某").where((Petitioner.petition == petition_id)
                                          & (Petitioner.seq == 2)).execute()


def test_a_petitioner_edited_in_the_file_names_the_petition(joint):
    assert check.run_checks() == []
    _edit_second(joint.id)
    said = _rows_said(check.run_checks())
    assert said and all(f"信访第 {joint.id} 条记录的内容与审计记录" in s for s in said), said


@pytest.mark.parametrize("change", ["deleted", "added", "id number"])
def test_a_petitioner_deleted_added_or_changed_in_the_file_is_reported(joint, change):
    if change == "deleted":
        Petitioner.delete().where((Petitioner.petition == joint.id) & (Petitioner.seq == 2)).execute()
    elif change == "added":
        Petitioner.create(petition=joint.id, seq=3, name="王大山", id_number=ID_WANG)
    else:
        Petitioner.update(id_number=ID_WANG).where((Petitioner.petition == joint.id)
                                                   & (Petitioner.seq == 1)).execute()
    assert any(f"信访第 {joint.id} 条" in s for s in _rows_said(check.run_checks()))


def test_petitioners_corrected_through_the_program_stay_clean(joint, admin):
    people = [{k: getattr(p, k) for k in ("name", "id_number", "phone", "address")}
              for p in _petitioners_of(joint.id)]
    people[1]["name"] = "李桂芝"
    petitions.update_petitioners(joint.id, people, joint.version, admin)
    assert check.run_checks() == []
    _edit_second(joint.id)
    assert _rows_said(check.run_checks())


def test_an_office_from_before_passes_and_is_covered_from_the_next_change(register, admin,
                                                                         fixed_today, monkeypatch):
    fixed_today(dt.date(2026, 3, 2))
    with monkeypatch.context() as before:  # as the program wrote entries before (the row alone)
        before.setattr(sub_rows, "_TABLES", {})
        old = register(people_count=2, petitioners=[dict(p) for p in PEOPLE])
    assert not audit_digest(old.id).startswith(sub_rows.MARK)
    assert check.run_checks() == []
    _edit_second(old.id)  # not seen: its last entry digested the row alone
    assert check.run_checks() == []
    record = petitions.get(old.id, admin)
    petitions.update_petitioners(old.id, [{"name": "张建国", "id_number": ID_ZHANG},
                                          {"name": "李桂兰", "id_number": ID_LI}], record.version, admin)
    assert audit_digest(old.id).startswith(sub_rows.MARK)
    assert check.run_checks() == []
    _edit_second(old.id)
    assert _rows_said(check.run_checks())


def audit_digest(petition_id: int) -> str:
    from officedesk.store.models import AuditEntry

    return (AuditEntry.select().where((AuditEntry.registry == "petitions")
                                      & (AuditEntry.record_id == petition_id))
            .order_by(AuditEntry.id.desc()).first().row_digest)


def test_a_batch_import_digests_its_petitioners_in_memory(db, admin, fixed_today, monkeypatch):
    fixed_today(dt.date(2026, 3, 2))
    compared = []
    same = integrity.same_as_table
    monkeypatch.setattr(integrity, "same_as_table",
                        lambda name, digests: compared.append(same(name, digests)) or compared[-1])
    row = {"登记日期": "2026-03-02", "信访形式": "来信", "问题类别": "征地拆迁",
           "反映内容": "反映青河村土地征收补偿款未足额发放。"}
    rows = [{**row, "信访人": "张建国、李桂兰", "身份证号": f"{ID_ZHANG}、{ID_LI}", "人数": 2},
            {**row, "信访人": "王大山", "身份证号": ID_WANG}]
    ids, problems = batch.create_many(petitions.SPEC, rows, admin)
    assert problems == [] and compared and all(compared)  # no digest read back from the table
    assert Petitioner.select().where(Petitioner.petition == ids[0]).count() == 2
    assert audit_digest(ids[0]).startswith(sub_rows.MARK)
    assert check.run_checks() == []
    _edit_second(ids[0])
    assert any(f"信访第 {ids[0]} 条" in s for s in _rows_said(check.run_checks()))
