"""An office whose clerks saved names padded to align them (王　伟) before every field naming a
person was tidied: migration 34 stores them as a save stores them now, audited as the system's
change, so `check` still passes (the audit trail digests every row), the search finds 王伟, the
通讯录 entry's 拼音 follows, and a second run changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from officedesk.core import (
    accounts,
    check,
    directory,
    global_search,
    padded_names,
    petitions,
    records,
)
from officedesk.core.actor import Actor
from officedesk.core.documents.incoming import INCOMING
from officedesk.core.documents.outgoing import OUTGOING
from officedesk.core.names import tidy_name, tidy_person
from officedesk.store import migrations
from officedesk.store.models import AuditEntry, User


def _name_fields() -> list[Any]:
    from officedesk.core import registry

    return [f for spec in registry.all_registries() for f in spec.fields if f.tidy in (tidy_person, tidy_name)]


@contextmanager
def _untidied(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The program before names were tidied: every name stored as typed."""
    kept = [(f, f.tidy) for f in _name_fields()]
    for f, _tidy in kept:
        object.__setattr__(f, "tidy", None)
    try:
        with monkeypatch.context() as patch:
            patch.setattr(accounts, "tidy_name", lambda text: text)
            yield
    finally:
        for f, tidy in kept:
            object.__setattr__(f, "tidy", tidy)


@pytest.fixture
def padded_office(any_db, admin: Actor, monkeypatch) -> dict[str, Any]:
    """Records, a 通讯录 entry and a user saved padded by the old program (audited as it did), on
    either database."""
    with _untidied(monkeypatch):
        return _saved_padded(any_db, admin)


def _saved_padded(db: Any, admin: Actor) -> dict[str, Any]:
    person = records.create(directory.PEOPLE, {"姓名": "王　伟", "职务": "科员"}, admin)
    doc = OUTGOING.create_hook({"发文字号": "云委办发〔2026〕1号", "标题": "关于防汛的通知", "文种": "通知",
                                "签发人": "王　伟", "拟稿人": "赵　敏", "签发日期": "2026-06-02", "状态": "已编号"}, admin)
    petition = petitions.register_petition(
        {"登记日期": "2026-06-04", "信访形式": "来信", "信访人": "李\u00a0娜", "问题类别": "城乡建设",
         "反映内容": "路灯不亮"}, None, admin)
    user = accounts.create_user("wangwei", "Wang-wei-2026!x", "clerk", admin, display_name="王　伟")
    signed_in = INCOMING.create_hook({"来文机关": "县政府办公室", "标题": "关于防汛的通知", "文种": "通知",
                                      "收文日期": "2026-06-01"}, admin)
    # its 承办 and 批办 steps named them (columns of the record no field of its form shows)
    records.save_changes(INCOMING, signed_in, {"handler_person": "孙\u3000丽", "instruction_leader": "周\u3000强"},
                         signed_in.version, admin)
    db.execute_sql("delete from schema_version where version >= 34")
    return {"person": person.id, "doc": doc.id, "petition": petition.id, "user": user.id,
            "incoming": signed_in.id}


def _found(admin: Actor, word: str) -> set[str]:
    return {h.registry for h in global_search.search(word, admin)}


def test_an_old_office_holds_padded_names_that_search_misses(padded_office, admin):
    assert [p.kind for p in check.run_checks()] == [check.SCHEMA]  # sound but for the version
    assert _found(admin, "王伟") == set() and _found(admin, "李娜") == set()


def test_migration_tidies_names_audits_and_search_finds_them(padded_office, admin, any_db):
    before = AuditEntry.select().count()
    assert 34 in migrations.migrate(any_db, backup=lambda db, version: None)  # and any later
    person = directory.PEOPLE.model.get_by_id(padded_office["person"])
    assert person.name == "王伟"
    assert person.pinyin == directory.pinyin_key("王伟")
    doc = OUTGOING.model.get_by_id(padded_office["doc"])
    assert (doc.signer, doc.drafter) == ("王伟", "赵敏")  # a 发文 已签发: its rules refuse a clerk's change
    assert petitions.SPEC.model.get_by_id(padded_office["petition"]).name == "李娜"
    assert User.get_by_id(padded_office["user"]).display_name == "王伟"
    incoming = INCOMING.model.get_by_id(padded_office["incoming"])
    assert (incoming.handler_person, incoming.instruction_leader) == ("孙丽", "周强")
    written = list(AuditEntry.select().order_by(AuditEntry.id))[before:]
    assert {e.actor for e in written} == {"system"}
    # one entry a record or user; one more counts the step rows (the 发文's 拟稿 step named 赵　敏)
    assert sorted(e.registry for e in written) == ["incoming", "outgoing", "people", "petitions", "system", "users"]
    assert check.run_checks() == []
    assert "people" in _found(admin, "王伟")  # (签发人 is not searchable text)
    assert "petitions" in _found(admin, "李娜")
    # a second run finds nothing to change and writes nothing
    assert padded_names.bring_up_to_date() == 0
    assert AuditEntry.select().count() == before + 6
    assert check.run_checks() == []


def test_rows_of_a_record_that_name_people_are_tidied_too(db, admin, fixed_today, monkeypatch):
    """A joint letter's further petitioner (重复信访 is recognised by the name) and a 督查 task's
    责任人, written padded as the old program wrote them (rows of their own, audited with their
    record): tidied, the record's entry saying so, the petitioner found by the search."""
    from officedesk.core import sub_rows, supervision
    from officedesk.core.petitions import repeats
    from officedesk.store.petitions import Petitioner
    from officedesk.store.supervision import SupervisionTask

    fixed_today(dt.date(2026, 6, 30))
    with monkeypatch.context() as old:  # the old program's entries digested the records' rows alone
        old.setattr(sub_rows, "_TABLES", {})
        petition = petitions.register_petition(
            {"登记日期": "2026-06-04", "信访形式": "来信", "信访人": "李娜", "问题类别": "城乡建设",
             "反映内容": "路灯不亮"}, None, admin)
        item = supervision.create_item_from_source("meeting", 12, "推进城区老旧小区改造", "年内完成改造。",
                                                   admin, deadline=dt.date(2026, 9, 30))
        task = supervision.add_task(item.id, {"牵头单位": "县住建局", "责任人": "赵敏", "时限": "2026-08-31"},
                                    admin)
    Petitioner.create(petition=petition.id, seq=2, name="陈\u3000静", phone="13700002222")
    SupervisionTask.update(responsible="赵\u00a0敏").where(SupervisionTask.id == task.id).execute()
    db.execute_sql("delete from schema_version where version >= 34")
    assert [p.kind for p in check.run_checks()] == [check.SCHEMA]
    assert repeats.petitions_of_person(admin, name="陈静", phone="13700002222") == 0

    assert 34 in migrations.migrate(db, backup=lambda db, version: None)  # and any later
    assert Petitioner.get(Petitioner.seq == 2).name == "陈静"
    assert SupervisionTask.get_by_id(task.id).responsible == "赵敏"
    assert repeats.petitions_of_person(admin, name="陈静", phone="13700002222") == 1
    assert "petitions" in _found(admin, "陈静")
    entries = {(e.registry, e.record_id): e for e in AuditEntry.select().where(AuditEntry.actor == "system")}
    assert set(entries) == {("petitions", petition.id), ("supervision", item.id)}
    assert "陈\u3000静" in entries[("petitions", petition.id)].before and "陈静" in entries[("petitions", petition.id)].after
    assert check.run_checks() == []
    assert padded_names.bring_up_to_date() == 0


def test_step_rows_naming_people_are_tidied_with_one_entry(any_db, admin):
    """The rows that keep who did or holds a step (a 代录 signature, the 办理过程, a 传阅 reader)
    as the old program wrote them: tidied, so the reader 王伟 holds his document again once his
    user's 姓名 is tidied; one entry of the system's counts them."""
    from officedesk.store.chain import StepSign
    from officedesk.store.documents import CirculationEntry, DocStep

    sign = StepSign.create(registry="outgoing", record_id=1, step="核稿", mode="代录", person="李\u3000处长",
                           actor_name="周\u3000文")
    step = DocStep.create(registry="incoming", record_id=1, step="批办", person="王\u3000伟")
    reader = CirculationEntry.create(doc_id=1, seq=1, reader="王\u00a0伟")
    kept = CirculationEntry.create(doc_id=1, seq=2, reader="县委书记 李建华")
    any_db.execute_sql("delete from schema_version where version >= 34")
    assert 34 in migrations.migrate(any_db, backup=lambda db, version: None)  # and any later
    assert (StepSign.get_by_id(sign.id).person, StepSign.get_by_id(sign.id).actor_name) == ("李处长", "周文")
    assert DocStep.get_by_id(step.id).person == "王伟"
    assert CirculationEntry.get_by_id(reader.id).reader == "王伟"
    assert CirculationEntry.get_by_id(kept.id).reader == "县委书记 李建华"
    [entry] = AuditEntry.select().where(AuditEntry.actor == "system")
    assert entry.registry == "system" and '"circulation_entry.reader": 1' in entry.after
    assert check.run_checks() == []
    assert padded_names.bring_up_to_date() == 0


def test_steps_naming_people_are_tidied_before_their_records_entries(db, admin, fixed_today, monkeypatch):
    """A 信访's 接待人 and a 效能投诉's 受理人 typed padded by the old program, in the record and
    in its 登记 step: both tidied, the record's entry — which digests its steps (core.sub_rows)
    — written once its steps are, so `check` still passes."""
    from officedesk.core import sub_rows
    from officedesk.core.efficiency import complaints
    from officedesk.store.efficiency import ComplaintStep
    from officedesk.store.petitions import PetitionStep

    fixed_today(dt.date(2026, 6, 30))
    records.create(directory.UNITS, {"单位名称": "县住建局"}, admin)
    with _untidied(monkeypatch), monkeypatch.context() as old:  # its petitioners digested alone
        old.setattr(sub_rows, "_TABLES", {"petition": sub_rows._TABLES["petition"][:1]})
        petition = petitions.register_petition(
            {"登记日期": "2026-06-04", "信访形式": "来访", "信访人": "李娜", "问题类别": "城乡建设",
             "反映内容": "路灯不亮", "接待人": "王　伟"}, None, admin)
        complaint = complaints.register_complaint(
            {"登记日期": "2026-06-04", "投诉方式": "电话", "投诉人": "钱女士", "被投诉单位": "县住建局",
             "投诉类别": "办事拖拉", "投诉内容": "两周未办结。", "受理人": "王\u00a0伟"}, admin)
    assert PetitionStep.get(PetitionStep.petition == petition.id).person == "王　伟"
    db.execute_sql("delete from schema_version where version >= 34")
    assert 34 in migrations.migrate(db, backup=lambda db, version: None)  # and any later
    assert PetitionStep.get(PetitionStep.petition == petition.id).person == "王伟"
    assert ComplaintStep.get(ComplaintStep.complaint == complaint.id).person == "王伟"
    assert petitions.get(petition.id, admin).receiver == "王伟"
    assert check.run_checks() == []
    assert padded_names.bring_up_to_date() == 0
