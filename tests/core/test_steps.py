"""The step runner, 作废 / 删除草稿 and audited settings, in core (the window and the command
line both call these)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from officedesk.core import audit, lifecycle, records, settings, steps, typed_numbers
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import incoming, outgoing
from officedesk.core.errors import (
    ConflictError,
    PermissionDeniedError,
    ProcedureError,
    ValidationError,
)
from officedesk.store.documents import DocStep
from officedesk.store.models import AuditEntry, IssuedNumber

TODAY = dt.date(2026, 11, 16)


@pytest.fixture
def office(db, fixed_today):
    fixed_today(TODAY)
    settings.put("org.code", "某委办")
    return db


@pytest.fixture
def any_office(any_db, fixed_today):
    """The office on SQLite and (marked postgres) on PostgreSQL: numbering and rollbacks."""
    fixed_today(TODAY)
    settings.put("org.code", "某委办")
    return any_db


@pytest.fixture
def leader() -> Actor:
    return Actor(username="wang", role="leader", clearance=3, display_name="王主任")


@pytest.fixture
def reader() -> Actor:
    return Actor(username="ro", role="readonly", clearance=3, display_name="只读")


def _draft(admin: Actor) -> int:
    return outgoing.draft({"文种": "通知", "标题": "关于测试的通知"}, admin).id


def _audit_count() -> int:
    return AuditEntry.select().count()


def test_every_registry_declares_its_steps_and_each_names_its_fields(office):
    names = {p.registry: [s.name for s in p.steps] for p in steps.procedures()}
    assert set(names) == {"incoming", "outgoing", "meetings", "supervision", "petitions", "info",
                          "complaints"}
    # the documents' steps are exactly the FLOW's, so the two cannot drift apart
    assert set(names["incoming"]) == {s for allowed in incoming.FLOW.values() for s in allowed}
    assert set(names["outgoing"]) == {s for allowed in outgoing.FLOW.values() for s in allowed}
    for proc in steps.procedures():
        for step in proc.steps:
            assert step.states, (proc.registry, step.name)
            labels = [f.label for f in step.fields]
            assert len(labels) == len(set(labels)), (proc.registry, step.name)


def test_available_steps_follow_the_state_and_the_role(office, admin, reader):
    doc = _draft(admin)
    assert [s.name for s in steps.available_steps("outgoing", doc, admin)] == ["修改", "核稿"]
    assert steps.available_steps("outgoing", doc, reader) == []
    steps.perform("outgoing", doc, "核稿", {"核稿人": "周核稿"}, admin)
    assert [s.name for s in steps.available_steps("outgoing", doc, admin)] == [
        "送会签", "退回修改", "签发"]


def test_refusals_change_nothing(office, admin, reader):
    doc = _draft(admin)
    steps.perform("outgoing", doc, "核稿", {"核稿人": "周核稿"}, admin)
    version, count = records.get(outgoing.OUTGOING, doc, CLI_ACTOR).version, _audit_count()
    with pytest.raises(PermissionDeniedError, match="只读"):
        steps.perform("outgoing", doc, "签发", {"签发人": "王主任"}, reader)
    with pytest.raises(ProcedureError, match="不能“编号”"):
        steps.perform("outgoing", doc, "编号", {}, admin)
    with pytest.raises(ValidationError, match="请填写“理由”"):
        steps.perform("outgoing", doc, "退回修改", {}, admin)
    with pytest.raises(ValidationError, match="签发日期"):
        steps.perform("outgoing", doc, "签发", {"签发人": "王主任", "签发日期": "明天"}, admin)
    with pytest.raises(ValidationError, match="请填写签发人"):
        steps.perform("outgoing", doc, "签发", {}, admin)
    with pytest.raises(ValidationError, match="晚于今天"):
        steps.perform("outgoing", doc, "签发", {"签发人": "王主任"}, admin, on="2026-11-17")
    record = records.get(outgoing.OUTGOING, doc, CLI_ACTOR)
    assert (record.version, record.state, _audit_count()) == (version, "已核稿", count)
    assert [s.step for s in DocStep.select().where(DocStep.record_id == doc)] == ["拟稿", "核稿"]


def test_a_step_that_fails_inside_its_core_function_leaves_no_trace(any_office, admin):
    """核发 of a classified document without 份号: refused by dispatch.check_distribution after
    the runner accepted the fields; the record, the steps and the audit stay as they were."""
    doc = outgoing.draft({"文种": "通知", "标题": "机密通知", "密级": "机密", "保密期限": "10年"}, admin).id
    for name, values in (("核稿", {"核稿人": "周核稿"}), ("签发", {"签发人": "王主任"}), ("复核", {}), ("编号", {}), ("印制", {})):
        steps.perform("outgoing", doc, name, values, admin)
    count = _audit_count()
    with pytest.raises(ValidationError, match="份号范围"):
        steps.perform("outgoing", doc, "核发", {"分发": "县委办 1"}, admin)
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).state == "已印制"
    assert _audit_count() == count
    done = steps.perform("outgoing", doc, "核发", {"分发": "县委办 1 1-1"}, admin)
    assert done.state == "已核发"


def test_a_step_declared_for_some_roles_refuses_the_others(office, admin, leader):
    doc = _draft(admin)
    steps.perform("outgoing", doc, "核稿", {"核稿人": "周核稿"}, admin)
    steps.perform("outgoing", doc, "签发", {}, leader, person="王主任")
    steps.perform("outgoing", doc, "复核", {}, admin)
    assert "编号" not in [s.name for s in steps.available_steps("outgoing", doc, leader)]
    with pytest.raises(PermissionDeniedError, match="只能由管理员、科员办理"):
        steps.perform("outgoing", doc, "编号", {}, leader)
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).doc_no == ""


def test_the_who_hook_refuses_beyond_the_role(office, admin, monkeypatch):
    """逐级负责: a declaration can say which person may do a step; the runner asks it."""
    proc = steps.procedure("outgoing")
    only_director = dataclasses.replace(
        proc.find("核稿"),
        who=lambda actor, record: None if actor.username == "director" else "核稿须由处长办理。")
    monkeypatch.setattr(proc, "steps", [only_director if s.name == "核稿" else s
                                        for s in proc.steps])
    doc = _draft(admin)
    with pytest.raises(ProcedureError, match="核稿须由处长办理"):
        steps.perform("outgoing", doc, "核稿", {"核稿人": "周核稿"}, admin)
    director = Actor(username="director", role="clerk", clearance=3, display_name="处长")
    assert steps.perform("outgoing", doc, "核稿", {"核稿人": "周核稿"}, director).state == "已核稿"


def test_on_and_person_record_when_and_for_whom(office, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 12))  # proposed before the 批示 (core.step_dates)
    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "来文"}, admin).id
    steps.perform("incoming", doc, "登记", {}, admin)
    steps.perform("incoming", doc, "初审", {}, admin)
    steps.perform("incoming", doc, "拟办", {"拟办意见": "请阅"}, admin, person="李文书")
    fixed_today(TODAY)
    # a leader's 批示 entered for him (代录) gives his time with the day (a day alone is refused)
    steps.perform("incoming", doc, "批办", {"批示内容": "同意"}, admin, on="2026-11-13T10:30",
                  person="王书记")
    last = DocStep.select().where(DocStep.record_id == doc).order_by(DocStep.id.desc()).first()
    assert (last.step, last.person, last.at) == ("批办", "王书记", dt.datetime(2026, 11, 13, 10, 30))
    assert records.get(incoming.INCOMING, doc, CLI_ACTOR).instruction_leader == "王书记"


# ---------------------------------------------------------------- 作废 and 删除草稿


def test_delete_a_draft_only(office, admin, reader):
    doc = _draft(admin)
    with pytest.raises(PermissionDeniedError):
        lifecycle.delete_draft("outgoing", doc, reader)
    lifecycle.delete_draft("outgoing", doc, admin)
    assert outgoing.OutgoingDoc.get_or_none(outgoing.OutgoingDoc.id == doc) is None
    assert DocStep.select().where((DocStep.registry == "outgoing") & (DocStep.record_id == doc)).count() == 0
    deleted = audit.history("outgoing", doc)[-1]
    assert deleted.action == "delete" and "关于测试的通知" in deleted.before
    checked = _draft(admin)
    steps.perform("outgoing", checked, "核稿", {"核稿人": "周核稿"}, admin)
    with pytest.raises(ProcedureError, match="已经开始办理"):
        lifecycle.delete_draft("outgoing", checked, admin)
    numbered = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "来文"}, admin).id
    with pytest.raises(ProcedureError, match="编号不能删除"):
        lifecycle.delete_draft("incoming", numbered, admin)


def test_void_keeps_the_record_and_never_reuses_its_number(any_office, admin, leader):
    doc = _draft(admin)
    for name, values in (("核稿", {"核稿人": "周核稿"}), ("签发", {"签发人": "王主任"}), ("复核", {}), ("编号", {})):
        steps.perform("outgoing", doc, name, values, admin)
    number = records.get(outgoing.OUTGOING, doc, CLI_ACTOR).doc_no
    assert number == "某委办发〔2026〕1号"
    with pytest.raises(PermissionDeniedError, match="管理员或科员"):
        lifecycle.void_record("outgoing", doc, leader, "错号")
    with pytest.raises(ValidationError, match="写明原因"):
        lifecycle.void_record("outgoing", doc, admin, " ")
    stale = records.get(outgoing.OUTGOING, doc, CLI_ACTOR).version - 1
    with pytest.raises(Exception, match="已被他人修改"):
        lifecycle.void_record("outgoing", doc, admin, "错号", expected_version=stale)
    saved = lifecycle.void_record("outgoing", doc, admin, "文号取错")
    assert (saved.state, saved.doc_no) == (lifecycle.VOIDED, number)
    issued = IssuedNumber.get(IssuedNumber.text == number)
    assert (issued.status, issued.void_reason) == ("voided", "文号取错")
    assert steps.available_steps("outgoing", doc, admin) == []
    with pytest.raises(ConflictError, match="已经作废"):
        lifecycle.void_record("outgoing", doc, admin, "再次")
    with pytest.raises(ConflictError):
        typed_numbers.claim_manual("outgoing", number, admin)
    other = _draft(admin)
    for name, values in (("核稿", {"核稿人": "周核稿"}), ("签发", {"签发人": "王主任"}), ("复核", {}), ("编号", {})):
        steps.perform("outgoing", other, name, values, admin)
    assert records.get(outgoing.OUTGOING, other, CLI_ACTOR).doc_no == "某委办发〔2026〕2号"
    assert [str(v) for v in lifecycle.voided_numbers()] == [
        f"发文字号 {number}（outgoing id {doc}） 已作废：文号取错（cli-admin，2026-11-16），此号不再使用"
    ]
    assert [e.action for e in audit.history("outgoing", doc)][-1] == "void"
    assert DocStep.select().where(DocStep.record_id == doc).order_by(DocStep.id.desc()).first().step == "作废"


def test_a_document_sent_out_or_filed_cannot_be_voided(office, admin):
    doc = _draft(admin)
    for name, values in (("核稿", {"核稿人": "周核稿"}), ("签发", {"签发人": "王主任"}), ("复核", {}), ("编号", {}), ("印制", {}),
                         ("核发", {"分发": "县委办 1"})):
        steps.perform("outgoing", doc, name, values, admin)
    with pytest.raises(ProcedureError, match="已经核发"):
        lifecycle.void_record("outgoing", doc, admin, "错了")
    assert IssuedNumber.get(IssuedNumber.text == "某委办发〔2026〕1号").status == "used"


def test_meetings_have_no_number_to_void(office, admin):
    from officedesk.core import meetings

    meeting = meetings.create_hook({"会议名称": "会", "会议类型": "工作会议",
                                    "开始时间": "2026-11-20 09:00",
                                    "结束时间": "2026-11-20 10:00"}, admin)
    with pytest.raises(ProcedureError, match="取消"):
        lifecycle.void_record("meetings", meeting.id, admin, "不开了")
    lifecycle.delete_draft("meetings", meeting.id, admin)
    with pytest.raises(ValidationError, match="不能作废"):
        lifecycle.delete_draft("units", 1, admin)


# ---------------------------------------------------------------- settings


def test_settings_changes_are_audited_and_need_an_administrator(office, admin, leader):
    with pytest.raises(PermissionDeniedError, match="只有管理员"):
        settings.put("deadlines.due_soon_days", 7, leader)
    assert settings.get("deadlines.due_soon_days") == 3
    settings.put("deadlines.due_soon_days", "7", admin)
    assert settings.get("deadlines.due_soon_days") == 7
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (entry.actor, entry.action, entry.registry) == ("cli-admin", "setting", "settings")
    assert '"deadlines.due_soon_days": 3' in entry.before and '7' in entry.after
    count = _audit_count()
    settings.put("deadlines.due_soon_days", 7, admin)  # unchanged: nothing to record
    assert _audit_count() == count
    with pytest.raises(ValidationError, match="没有名为"):
        settings.put("no.such", 1, admin)
    assert audit.verify_chain() == []


def test_voided_records_are_not_counted_as_issued_or_received(office, admin):
    from officedesk.core import petitions
    from officedesk.core.documents import reports
    from officedesk.core.petitions import figures

    kept = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "来文"}, admin)
    wrong = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "登记重了"}, admin)
    doc = _draft(admin)
    for name, values in (("核稿", {"核稿人": "周核稿"}), ("签发", {"签发人": "王主任"}), ("复核", {}), ("编号", {})):
        steps.perform("outgoing", doc, name, values, admin)
    letter = petitions.register_petition(
        {"信访形式": "来信", "信访人": "张某", "问题类别": "劳动社保", "反映内容": "欠薪"}, None, admin)
    before = reports.figures(admin, 2026), figures.figures(admin, 2026)
    assert (before[0]["incoming_total"], before[0]["outgoing_total"]) == (2, 1)
    lifecycle.void_record("incoming", wrong.id, admin, "重复登记")
    lifecycle.void_record("outgoing", doc, admin, "文号取错")
    lifecycle.void_record("petitions", letter.id, admin, "误登记")
    documents, letters = reports.figures(admin, 2026), figures.figures(admin, 2026)
    assert (documents["incoming_total"], documents["outgoing_total"]) == (1, 0)
    assert records.get(incoming.INCOMING, kept.id, CLI_ACTOR).state == "已签收"
    assert before[1]["total"] == 1 and before[1]["by_form"] == {"来信": 1}
    assert letters["total"] == 0 and letters["by_form"] == {}


def test_a_supervision_item_already_split_cannot_be_voided(office, admin):
    from officedesk.core import supervision

    item = supervision.create_item({"事项名称": "误登记的事项", "来源": "其他",
                                    "办结时限": "2026-12-31"}, admin)
    task = supervision.add_task(item.id, {"牵头单位": "县应急局"}, admin)
    with pytest.raises(ProcedureError, match="“删除任务”.*删除其分解任务"):
        lifecycle.void_record("supervision", item.id, admin, "误登记")
    supervision.delete_task(task.id, task.version, admin)
    assert lifecycle.void_record("supervision", item.id, admin, "误登记").status == "已作废"
