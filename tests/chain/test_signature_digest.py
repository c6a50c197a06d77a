"""A step's signature (step_sign: who did it, in what capacity — 本人, 代录 for whom, 代理 —, when,
the paper's date, 退回 to where) is in its record's row digest (core.sub_rows, a table added in a
later generation). A signature edited, deleted, slipped in or moved to another record in the file
shows in `check` as its record changed: before, `check` said 数据库完好, though 逐级负责, the
history's 代录 marks, the papers' signers and the 效能 退回 figures are read from it. Every step
writes its signature before its record's last entry of the step, which digests it; an entry made
before signatures were digested is compared as it was written (old offices pass)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import (
    passwords,
    positions,
    records,
    responsibility,
    settings,
    steps,
    sub_rows,
    users,
)
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.store.chain import StepSign
from tests.chain.test_signer_papers import _petition
from tests.staff import STAFF, STAFF_TODAY, make_staff
from tests.tamper import assert_checks_clean, last_digest, record_said, tables_before_newest

REASON = "经费数字与预算不符，请核实后重拟"





def _draft(staffed) -> int:
    return outgoing.draft({"标题": "关于拨付经费的通知", "文种": "通知", "拟稿单位": "综合处",
                           "拟稿人": "张科员"}, staffed["kuiyuan"]).id


def _signed_draft(staffed) -> int:
    """A draft 核稿'd by its 处长 himself, then sent back by the 副主任, entered by the clerk (代录)."""
    doc = _draft(staffed)
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    steps.perform("outgoing", doc, "退回修改", {"理由": REASON}, staffed["wenshu"], person="赵副主任")
    return doc


@pytest.fixture
def signed(staffed):
    """An 发文 (id 1) with two signatures, and a 信访 (id 1) whose 处理 was entered 代录."""
    users.create_user("xfkz", "pass1234", "clerk", CLI_ACTOR, display_name="王科长", clearance=3)
    positions.set_post("xfkz", CLI_ACTOR, unit="信访科", position="科长", new_section=True)
    doc = _signed_draft(staffed)
    pid = _petition()
    steps.perform("petitions", pid, "处理", {"处理方式": "转送", "去向单位": "青河镇人民政府"},
                  CLI_ACTOR, on="2026-11-13", person="王科长")
    assert StepSign.select().count() == 3
    assert_checks_clean()
    return doc, pid


_LAST = "(select max(id) from step_sign where registry = '{0}')"
EDITS = {
    "person": "update step_sign set person = '孙主任' where id = {last}",
    "person's user name": "update step_sign set person_username = 'zhuren' where id = {last}",
    "mode": "update step_sign set mode = '本人' where id = {last}",
    "actor": "update step_sign set actor = 'zhuren', actor_name = '孙主任' where id = {last}",
    "time": "update step_sign set at = '2026-11-01 08:00:00' where id = {last}",
    "paper date": "update step_sign set paper_date = '2026-11-02' where id = {last}",
    "position": "update step_sign set position = '主任' where id = {last}",
    "reason": "update step_sign set reason = '改了' where id = {last}",
    "states": "update step_sign set state_from = '已签发', state_to = '已复核' where id = {last}",
    "returned to": "update step_sign set returned_to = '核稿', returned_from = '签发' where id = {last}",
    "history row": "update step_sign set history_id = history_id + 1 where id = {last}",
    "deleted": "delete from step_sign where id = {last}",
    "inserted": "insert into step_sign (registry, record_id, step, mode, actor, actor_name, person, position,"
                " at, returned_to, returned_from, reason, state_from, state_to) values ('{0}', 1, '签发',"
                " '本人', 'zhuren', '孙主任', '孙主任', '主任', '2026-11-16 10:00:00', '', '', '', '', '')",
}


@pytest.mark.parametrize("change", list(EDITS))
@pytest.mark.parametrize(("registry", "label"), [("outgoing", "发文"), ("petitions", "信访")])
def test_a_signature_changed_in_the_file_names_its_record(signed, registry, label, change):
    StepSign._meta.database.execute_sql(EDITS[change].format(registry, last=_LAST.format(registry)))
    said = record_said(label, 1)
    assert said and "内容与审计记录" in said[0] and "程序之外" in said[0], said
    assert not record_said("发文" if registry == "petitions" else "信访", 1)


def test_a_signature_moved_to_another_record_names_both(signed, staffed):
    other = _signed_draft(staffed)
    assert_checks_clean()
    StepSign.update(record_id=other).where(StepSign.id == 1).execute()
    assert record_said("发文", 1) and record_said("发文", other)
    StepSign.update(record_id=1, registry="incoming").where(StepSign.id == 1).execute()
    assert record_said("发文", 1) and not record_said("发文", other)


def test_every_registry_with_steps_digests_its_signatures():
    """Each registry a step can be done on (core.steps) covers the rows `sign` writes for it."""
    from officedesk.core import registry

    procedures = steps.procedures()
    assert {"outgoing", "petitions", "supervision"} <= {p.registry for p in procedures}
    for procedure in procedures:
        spec = registry.get(procedure.registry)
        table = spec.model._meta.table_name
        assert sub_rows.covers(table), spec.name
        signs = [sub for sub in sub_rows._TABLES[table] if sub.model.endswith(":StepSign")]
        assert [dict(sub.fixed) for sub in signs] == [{"registry": spec.name}], spec.name
        assert signs[0].since == sub_rows.newest(table)  # the latest generation: old entries pass


def test_the_steps_leave_the_office_clean_each_entry_covering_its_signature(staffed):
    doc = _draft(staffed)
    walk = [("核稿", {}, staffed["chuzhang"], None),
            ("退回修改", {"理由": REASON}, staffed["wenshu"], "赵副主任"),
            ("修改", {"正文": "一、总体要求"}, staffed["kuiyuan"], None),
            ("核稿", {}, staffed["chuzhang"], None),
            ("审核", {}, staffed["wenshu"], "赵副主任")]
    for count, (step, values, actor, person) in enumerate(walk, 1):
        steps.perform("outgoing", doc, step, values, actor, person=person)
        digest = last_digest("outgoing", doc)
        assert sub_rows.generation_of(digest) == sub_rows.newest("outgoing_doc"), step
        assert_checks_clean()
        sign = responsibility.last_sign("outgoing", doc, step)
        # the signature as before: the entry the step wrote and its 办理过程 row named
        assert StepSign.select().where(StepSign.registry == "outgoing").count() == count
        assert sign.audit_id and sign.history_id and sign.state_to == records.get(outgoing.OUTGOING, doc, CLI_ACTOR).state
    assert list(responsibility.audit_marks("outgoing", doc).values())[0].startswith("赵副主任（代录：周文书")
    StepSign.update(person="孙主任").where(StepSign.id == 2).execute()
    assert record_said("发文", doc)


def test_a_deleted_draft_takes_its_signatures_with_it(staffed):
    """A draft sent back and deleted leaves no signature behind for the next draft given its id."""
    from officedesk.core import lifecycle

    doc = _signed_draft(staffed)
    record = records.get(outgoing.OUTGOING, doc, CLI_ACTOR)
    lifecycle.delete_draft("outgoing", doc, CLI_ACTOR, record.version)
    assert StepSign.select().where(StepSign.record_id == doc).count() == 0
    again = _draft(staffed)
    assert again == doc and responsibility.signs("outgoing", again) == []
    assert_checks_clean()


def test_an_office_from_before_passes_and_is_covered_from_the_next_step(staffed, monkeypatch):
    doc = _draft(staffed)
    with monkeypatch.context() as before:  # as the program wrote entries before: no signatures
        before.setattr(sub_rows, "_TABLES", tables_before_newest())
        steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    assert sub_rows.generation_of(last_digest("outgoing", doc)) < sub_rows.newest("outgoing_doc")
    assert_checks_clean()
    StepSign.update(person="孙主任").execute()
    assert_checks_clean()  # not seen: its last entry did not cover them
    StepSign.update(person="李处长").execute()
    steps.perform("outgoing", doc, "退回修改", {"理由": REASON}, staffed["wenshu"], person="赵副主任")
    assert sub_rows.generation_of(last_digest("outgoing", doc)) == sub_rows.newest("outgoing_doc")
    assert_checks_clean()
    StepSign.update(person="孙主任").where(StepSign.id == 1).execute()
    assert record_said("发文", doc)


@pytest.fixture
def staffed_any(any_db, fixed_today, monkeypatch):
    fixed_today(STAFF_TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    settings.put("org.code", "某委办")
    return make_staff(STAFF)


def test_a_signature_edited_shows_on_either_database(staffed_any):
    doc = _signed_draft(staffed_any)
    assert_checks_clean()
    StepSign.update(at=dt.datetime(2026, 11, 1, 8, 0)).where(StepSign.id == StepSign.select(
        StepSign.id).where(StepSign.mode == "代录").limit(1)).execute()
    assert record_said("发文", doc)
