"""The documents registries' rules: procedures, numbers, bad input, clearance, archive, figures."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, dashboard, numbering, records, stats, typed_numbers
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import (
    archive,
    attachments,
    body,
    common,
    dispatch,
    incoming,
    outgoing,
    outgoing_spec,
    recheck,
)
from officedesk.core.documents.common import steps
from officedesk.core.errors import (
    ConflictError,
    PermissionDeniedError,
    ProcedureError,
    StaleRecordError,
    ValidationError,
)
from officedesk.store.documents import ArchiveItem, OutgoingDoc
from officedesk.store.models import AttachmentContent

from .conftest import TODAY
from .helpers import (
    archive_it,
    incoming_to_done,
    outgoing_to_distributed,
    outgoing_to_rechecked,
    outgoing_to_signed,
)


def test_incoming_walks_from_sign_in_to_archive(office, secretary):
    record = incoming_to_done(secretary)
    assert record.receive_no == "收〔2026〕1号"
    assert record.state == incoming.DONE
    assert record.due_on == dt.date(2026, 11, 23)  # 5 working days after Monday 16 Nov
    assert record.remind_count == 1
    record = archive_it("incoming", record, secretary)
    assert record.state == "已归档"
    assert record.archive_no == "Z021-WS·2026-Y-BGS-0001"
    names = [s.step for s in steps("incoming", record.id, CLI_ACTOR)]
    assert names == [
        "签收",
        "登记",
        "初审",
        "拟办",
        "批办",
        "承办",
        "传阅",
        "阅",
        "阅",
        "催办",
        "办结",
        "归档",
    ]
    instructed = [s for s in steps("incoming", record.id, CLI_ACTOR) if s.step == "批办"][0]
    assert instructed.person == "王建国" and instructed.actor == "li"
    # every step is in the audit trail too
    assert sum(1 for e in audit.history("incoming", record.id) if e.action == "step") == 11
    assert not audit.verify_chain()


def test_only_sensible_transitions(office, secretary):
    record = incoming.sign_in(
        {"来文机关": "市财政局", "标题": "关于预算的函", "文种": "函"}, secretary
    )
    assert incoming.offered_steps(record) == ("登记",)
    with pytest.raises(ProcedureError, match="不能“批办”"):
        incoming.instruct(record.id, record.version, secretary, "同意", "王建国")
    record = incoming.register_doc(record.id, record.version, {}, secretary)
    with pytest.raises(ValidationError, match="理由"):
        incoming.return_doc(record.id, record.version, secretary, " ")
    record = incoming.return_doc(record.id, record.version, secretary, "缺少附件，请补正后重报")
    assert record.state == incoming.RETURNED
    assert incoming.offered_steps(record) == ("登记",)
    assert steps("incoming", record.id, CLI_ACTOR)[-1].opinion == "缺少附件，请补正后重报"


def test_circulation_shows_who_holds_it(office, secretary):
    record = incoming.sign_in({"文种": "通知", "来文机关": "省政府办公厅", "标题": "关于春节值班的通知"}, secretary)
    for step in (
        lambda r: incoming.register_doc(r.id, r.version, {}, secretary),
        lambda r: incoming.review(r.id, r.version, secretary),
        lambda r: incoming.propose(r.id, r.version, secretary, "请领导传阅"),
        lambda r: incoming.instruct(r.id, r.version, secretary, "传阅", "王建国"),
    ):
        record = step(record)
    record = incoming.circulate(record.id, record.version, secretary, ["王建国", "刘志强", "张敏"])
    assert incoming.state_text(record) == "传阅中（王建国）"
    record = incoming.mark_read(record.id, record.version, secretary, "王建国")
    assert incoming.state_text(record) == "传阅中（刘志强）"
    with pytest.raises(ValidationError, match="不能晚于现在"):
        incoming.mark_read(
            record.id,
            record.version,
            secretary,
            "刘志强",
            at=dt.datetime.now() + dt.timedelta(days=40),
        )
    items = dashboard.due_items(secretary, TODAY)
    assert any(i.what == "传阅（刘志强持有）" for i in items)
    record = incoming.mark_read(record.id, record.version, secretary, "刘志强")
    record = incoming.mark_read(record.id, record.version, secretary, "张敏")
    assert record.state == incoming.INSTRUCTED  # nobody assigned: back to 已批办
    reads = incoming.circulation(record.id, CLI_ACTOR)
    assert all(e.read_at is not None for e in reads)


def test_bad_incoming_input_is_refused(office, secretary):
    with pytest.raises(ValidationError, match="将来"):
        incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "x", "收文日期": "2026-12-30"}, secretary)
    with pytest.raises(ValidationError, match="是否改为“省委办发〔2026〕3号”"):
        incoming.sign_in(
            {"文种": "通知", "来文机关": "省委", "标题": "x", "来文字号": "省委办发[2026]第003号"}, secretary
        )
    with pytest.raises(ValidationError, match="格式不对"):
        incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "x", "来文字号": "省委办发2026"}, secretary)
    assert common.wenhao_correction("X委发(2026)7号") == "X委发〔2026〕7号"
    assert common.wenhao_correction("X委发（2026）07号") == "X委发〔2026〕7号"
    assert common.wenhao_correction("X委发〔2026〕7号") is None
    assert records.count(incoming.INCOMING, secretary) == 0
    # no number was burnt by the refused saves
    record = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "关于x的通知"}, secretary)
    assert record.receive_no == "收〔2026〕1号"


def test_outgoing_number_is_taken_at_the_numbering_step(office, secretary):
    record = outgoing_to_signed(secretary)
    assert record.doc_no == "" and record.state == outgoing_spec.SIGNED
    assert record.doc_date == TODAY and record.signer == "王建国"
    assert [c.person for c in outgoing.countersigns(record.id, CLI_ACTOR)] == ["孙一", "钱二"]
    record = recheck.recheck(record.id, record.version, secretary)
    assert record.doc_no == "" and record.state == outgoing_spec.REVIEWED
    record = outgoing.assign_number(record.id, record.version, secretary)
    assert record.doc_no == "某委办发〔2026〕1号"
    issued = numbering.issued("outgoing", 2026)
    assert [(n.text, n.record_id) for n in issued] == [("某委办发〔2026〕1号", record.id)]


def test_manual_number_already_used_is_refused(office, secretary):
    first = outgoing_to_rechecked(secretary)
    first = outgoing.assign_number(first.id, first.version, secretary)
    second = outgoing_to_rechecked(secretary, 标题="关于召开全市办公室工作会议的通知")
    with pytest.raises(ConflictError, match="已经使用过"):
        outgoing.assign_number(second.id, second.version, secretary, first.doc_no)
    with pytest.raises(ValidationError, match="六角括号"):
        outgoing.assign_number(second.id, second.version, secretary, "某委办发[2026]9号")
    kept = records.get(outgoing.OUTGOING, second.id, CLI_ACTOR)
    assert kept.state == outgoing_spec.REVIEWED and kept.doc_no == "" and kept.body == second.body
    with pytest.raises(ConflictError, match="下一个号“某委办发〔2026〕2号”"):  # no jumping ahead
        outgoing.assign_number(second.id, second.version, secretary, "某委办发〔2026〕9号")
    second = outgoing.assign_number(second.id, second.version, secretary, "某委办发〔2026〕2号")
    assert second.doc_no == "某委办发〔2026〕2号"
    third = outgoing_to_rechecked(secretary, 标题="第三份")
    third = outgoing.assign_number(third.id, third.version, secretary)
    assert third.doc_no == "某委办发〔2026〕3号"  # the sequence moved past the manual one


def test_future_sign_date_and_draft_only_edits(office, secretary):
    record = outgoing.draft(
        {"标题": "关于x的请示", "文种": "请示", "拟稿单位": "秘书科"}, secretary
    )
    assert record.upward is True
    record = outgoing.edit_draft(
        record.id, record.version, {"正文": "一、情况\n请批示。"}, secretary
    )
    record = outgoing.check(record.id, record.version, secretary, "周核稿")
    with pytest.raises(ProcedureError, match="退回修改"):
        records.update(outgoing.OUTGOING, record.id, {"标题": "改了"}, record.version, secretary)
    with pytest.raises(ValidationError, match="将来"):
        outgoing.sign(
            record.id, record.version, secretary, "王建国", "同意", TODAY + dt.timedelta(days=1)
        )
    record = outgoing.send_back(record.id, record.version, secretary, "请补充数据")
    assert record.state == outgoing_spec.DRAFTING


def test_classified_distribution_needs_copy_numbers(office, secretary):
    record = outgoing_to_rechecked(secretary, 密级="机密", 保密期限="10年", 份数="5")
    record = outgoing.assign_number(record.id, record.version, secretary)
    record = outgoing.mark_printed(record.id, record.version, secretary)
    with pytest.raises(ValidationError, match="必须填写份号范围"):
        dispatch.distribute(record.id, record.version, secretary, [dispatch.Recipient("市委", 5)])
    with pytest.raises(ValidationError, match="重叠"):
        dispatch.distribute(
            record.id,
            record.version,
            secretary,
            [dispatch.Recipient("市委", 3, 1, 3), dispatch.Recipient("市政府", 2, 3, 4)],
        )
    with pytest.raises(ValidationError, match="超出了印制份数"):
        dispatch.distribute(
            record.id, record.version, secretary, [dispatch.Recipient("市委", 2, 5, 6)]
        )
    assert records.get(outgoing.OUTGOING, record.id, CLI_ACTOR).state == outgoing_spec.PRINTED
    record = dispatch.distribute(
        record.id,
        record.version,
        secretary,
        [dispatch.Recipient("市委", 3, 1, 3), dispatch.Recipient("市政府", 2, 4, 5)],
    )
    assert record.state == outgoing_spec.DISTRIBUTED
    assert [(d.first_no, d.last_no) for d in dispatch.distribution(record.id, CLI_ACTOR)] == [(1, 3), (4, 5)]


def test_stale_step_is_refused(office, secretary):
    record = outgoing.draft({"文种": "通知", "标题": "关于y的通知"}, secretary)
    outgoing.check(record.id, record.version, secretary, "周核稿")
    with pytest.raises(StaleRecordError, match="刷新"):
        outgoing.check(record.id, record.version, secretary, "周核稿")


def test_clearance_hides_records_everywhere(office, secretary, clerk):
    secret = incoming.sign_in(
        {"文种": "通知", "来文机关": "省委", "标题": "绝密事项的通知", "密级": "绝密"}, secretary
    )
    plain = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "一般事项的通知"}, secretary)
    assert records.list_ids(incoming.INCOMING, clerk) == [plain.id]
    assert records.list_ids(incoming.INCOMING, clerk, text="事项") == [plain.id]
    assert set(records.list_ids(incoming.INCOMING, secretary, text="事项")) == {plain.id, secret.id}
    with pytest.raises(PermissionDeniedError):
        incoming.register_doc(secret.id, secret.version, {}, clerk)


def test_readonly_cannot_take_steps(office, secretary, reader_only):
    record = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "z"}, secretary)
    with pytest.raises(PermissionDeniedError):
        incoming.register_doc(record.id, record.version, {}, reader_only)


def test_archive_numbers_run_per_class(office, secretary):
    a = archive_it("incoming", incoming_to_done(secretary), secretary, "永久")
    b = archive_it("outgoing", outgoing_to_distributed(secretary), secretary, "永久")
    c = archive_it("incoming", incoming_to_done(secretary), secretary, "定期10年")
    d = archive_it("incoming", incoming_to_done(secretary), secretary, "定期10年", org_code="")
    assert a.archive_no == "Z021-WS·2026-Y-BGS-0001"
    assert b.archive_no == "Z021-WS·2026-Y-BGS-0002"
    assert c.archive_no == "Z021-WS·2026-D10-BGS-0001"
    assert d.archive_no == "Z021-WS·2026-D10-0001"
    items = archive.archive_items(secretary, year=2026)
    assert [i.archive_no for i in items][:2] == [a.archive_no, c.archive_no] or len(items) == 4
    assert (
        ArchiveItem.get(ArchiveItem.record_id == b.id, ArchiveItem.registry == "outgoing").doc_ref
        == b.doc_no
    )
    with pytest.raises(ValidationError, match="保管期限"):
        archive.archive("incoming", 1, 1, secretary, "长期")


def test_a_class_past_9999_pieces_is_refused_not_numbered_with_five_digits(office, secretary):
    """DA/T 22-2015: the 件号 is four digits; the 10,000th 件 of a class was numbered -10000."""
    from officedesk.store.models import NumberSequence

    archive_it("incoming", incoming_to_done(secretary), secretary, "永久")
    NumberSequence.update(last_value=9999).where(NumberSequence.kind == "archive").execute()
    record = incoming_to_done(secretary)
    with pytest.raises(ValidationError, match="Z021-WS·2026-Y-BGS.*已归档 9999 件.*四位数的上限"):
        archive_it("incoming", record, secretary, "永久")
    assert NumberSequence.get(NumberSequence.kind == "archive").last_value == 9999
    assert archive_it("incoming", record, secretary, "永久", org_code="ZHK").archive_no.endswith("-ZHK-0001")


def test_dashboard_shows_overdue_and_due_soon(office, secretary, fixed_today):
    record = incoming_to_done(secretary)  # finished: not on the dashboard
    open_one = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "待办的通知"}, secretary)
    for step in (
        lambda r: incoming.register_doc(r.id, r.version, {}, secretary),
        lambda r: incoming.review(r.id, r.version, secretary),
        lambda r: incoming.propose(r.id, r.version, secretary, "拟办"),
        lambda r: incoming.instruct(r.id, r.version, secretary, "办理", "王建国"),
        lambda r: incoming.assign(r.id, r.version, secretary, "市委政研室", "", 3),
    ):
        open_one = step(open_one)
    assert open_one.due_on == dt.date(2026, 11, 19)
    fixed_today(dt.date(2026, 11, 17))
    items = [i for i in dashboard.due_items(secretary) if i.registry == "incoming"]
    assert [(i.record_id, i.what, i.state(dt.date(2026, 11, 17))) for i in items] == [
        (open_one.id, "承办时限", dashboard.SOON)
    ]
    fixed_today(dt.date(2026, 11, 24))
    items = [i for i in dashboard.due_items(secretary) if i.registry == "incoming"]
    assert items[0].state(dt.date(2026, 11, 24)) == dashboard.OVERDUE
    assert record.id not in [i.record_id for i in items]


def test_the_dashboard_lists_the_earliest_due_of_many(office, secretary, fixed_today, monkeypatch):
    """An imported 台账 of many open documents: the 工作台 lists the earliest due, not all (it
    read every one and each one's 传阅 with a query of its own: 21 s at 100,000)."""
    made = {}
    for days in (5, 1, 3):
        doc = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": f"{days}日内办的通知"}, secretary)
        for step in (
            lambda r: incoming.register_doc(r.id, r.version, {}, secretary),
            lambda r: incoming.review(r.id, r.version, secretary),
            lambda r: incoming.propose(r.id, r.version, secretary, "拟办"),
            lambda r: incoming.instruct(r.id, r.version, secretary, "办理", "王建国"),
            lambda r, days=days: incoming.assign(r.id, r.version, secretary, "市委政研室", "", days),
        ):
            doc = step(doc)
        made[days] = doc
    monkeypatch.setattr(dashboard, "SHOWN_PER_REGISTRY", 2)
    fixed_today(dt.date(2026, 12, 31))  # all overdue
    items = [i for i in dashboard.due_items(secretary) if i.registry == "incoming"]
    assert [i.record_id for i in items] == [made[1].id, made[3].id]


def _assigned(secretary, days: int, **more):
    doc = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": f"{days}日内办的通知", **more}, secretary)
    for step in (
        lambda r: incoming.register_doc(r.id, r.version, {}, secretary),
        lambda r: incoming.review(r.id, r.version, secretary),
        lambda r: incoming.propose(r.id, r.version, secretary, "拟办"),
        lambda r: incoming.instruct(r.id, r.version, secretary, "办理", "王建国"),
        lambda r: incoming.assign(r.id, r.version, secretary, "市委政研室", "", days),
    ):
        doc = step(doc)
    return doc


def test_the_earliest_due_are_counted_among_what_the_clerk_may_see(office, secretary, clerk, fixed_today,
                                                                    monkeypatch):
    """Classified documents due first took the 工作台's places and were then dropped for a clerk
    below their 密级, so the clerk's own due documents were not listed at all."""
    classified = [_assigned(secretary, days, 密级="机密") for days in (1, 2)]
    own = _assigned(secretary, 5)
    monkeypatch.setattr(dashboard, "SHOWN_PER_REGISTRY", 2)
    fixed_today(dt.date(2026, 12, 31))  # all overdue
    seen = [i.record_id for i in dashboard.due_items(clerk) if i.registry == "incoming"]
    assert seen == [own.id]
    everything = [i.record_id for i in dashboard.due_items(secretary) if i.registry == "incoming"]
    assert everything == [doc.id for doc in classified]


def test_stats_count_issued_documents_by_month_kind_and_unit(office, secretary, clerk):
    outgoing_to_distributed(secretary)
    outgoing_to_distributed(secretary, 文种="意见", 拟稿单位="综合科")
    outgoing_to_distributed(secretary, 密级="绝密")
    outgoing.draft({"文种": "通知", "标题": "未编号的稿子"}, secretary)
    figures = stats.collect(secretary, 2026)["documents"]
    assert figures["outgoing_total"] == 3
    assert figures["outgoing_by_month"][10] == 3
    assert figures["outgoing_by_kind"]["意见"][10] == 1
    assert figures["outgoing_by_unit"]["秘书科"][10] == 2
    assert stats.collect(clerk, 2026)["documents"]["outgoing_total"] == 2


def test_attachments_are_copied_and_checksummed(office, secretary, clerk, tmp_path):
    record = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "带附件的通知"}, secretary)
    source = tmp_path / "附件1.pdf"
    source.write_bytes(b"%PDF-1.4 test attachment")
    row = attachments.add_attachment(incoming.INCOMING, record.id, source, secretary)
    source.unlink()
    stored = attachments.open_attachment(incoming.INCOMING, row.id, secretary)
    assert stored.read_bytes() == b"%PDF-1.4 test attachment"
    stored.write_bytes(b"tampered")  # the viewer's copy: opening again writes it afresh
    assert attachments.open_attachment(incoming.INCOMING, row.id, secretary).read_bytes() == \
        b"%PDF-1.4 test attachment"
    AttachmentContent.update(content=b"tampered").execute()  # the kept bytes, outside the program
    with pytest.raises(ValidationError, match="校验值不符"):
        attachments.open_attachment(incoming.INCOMING, row.id, secretary)
    assert [a.filename for a in attachments.attachments("incoming", record.id, CLI_ACTOR)] == ["附件1.pdf"]


def test_import_of_numbered_outgoing_claims_its_number(office, secretary):
    spec = outgoing.OUTGOING
    with typed_numbers.history_import():  # as import does: numbers given elsewhere, in any order
        record = spec.create_hook(
            {
                "发文字号": "某委办发〔2026〕3号",
                "标题": "旧文",
                "文种": "通知",
                "签发人": "王建国",
                "签发日期": "2026-03-02",
                "成文日期": "2026-03-02",
            },
            secretary,
        )
    assert record.state == outgoing_spec.NUMBERED and record.doc_no == "某委办发〔2026〕3号"
    with pytest.raises(ConflictError):
        spec.create_hook(
            {"发文字号": "某委办发〔2026〕3号", "标题": "重号", "文种": "通知", "签发人": "王建国", "签发日期": "2026-03-02"},
            secretary,
        )
    assert OutgoingDoc.select().count() == 1


def test_heading_structure(office):
    blocks = body.body_blocks("前言\n一、总体\n（一）目标\n1.数量\n（1）细则\n正文")
    assert [b.level for b in blocks] == [0, 1, 2, 3, 4, 0]
    assert body.next_heading("一、甲\n（一）乙\n二、丙", 1) == "三、"
    assert body.next_heading("一、甲\n（一）乙\n二、丙", 2) == "（一）"
    assert body.chinese_number(12) == "十二" and body.chinese_number(20) == "二十"


def test_leader_enters_own_instruction(office, leader, secretary):
    record = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "请示件"}, secretary)
    for step in (
        lambda r: incoming.register_doc(r.id, r.version, {}, secretary),
        lambda r: incoming.review(r.id, r.version, secretary),
        lambda r: incoming.propose(r.id, r.version, secretary, "呈王主任阅示"),
    ):
        record = step(record)
    with pytest.raises(ValidationError, match="领导姓名"):
        incoming.instruct(record.id, record.version, secretary, "同意")
    record = incoming.instruct(record.id, record.version, leader, "同意")
    assert record.instruction_leader == "王建国"


def test_clerk_actor_has_clearance_one():
    assert Actor("a", "clerk", 1).clearance == 1


def test_import_of_numbered_incoming_claims_its_number(office, secretary):
    spec = incoming.INCOMING
    with typed_numbers.history_import():  # as import does: numbers given elsewhere, in any order
        old = spec.create_hook(
            {
                "收文编号": "收〔2026〕7号",
                "来文机关": "省委",
                "标题": "旧收文",
                "状态": "已办结",
                "办理时限": "2026-03-02",
                "办结日期": "2026-03-02",
            },
            secretary,
        )
    assert old.receive_no == "收〔2026〕7号" and old.state == "已办结"
    with pytest.raises(ConflictError):
        spec.create_hook(
            {"文种": "通知", "收文编号": "收〔2026〕7号", "来文机关": "省委", "标题": "重号"}, secretary
        )
    fresh = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "新收文"}, secretary)
    assert fresh.receive_no == "收〔2026〕8号"


def test_import_of_signed_outgoing_waits_for_its_number(office, secretary):
    record = outgoing.OUTGOING.create_hook(
        {"文种": "通知", "标题": "已签未编号", "签发人": "王建国", "签发日期": "2026-11-02"}, secretary
    )
    assert record.state == outgoing_spec.SIGNED and record.doc_date == dt.date(2026, 11, 2)
    assert outgoing.offered_steps(record) == ("复核", "退回复审")  # 复核 before its number


def test_instruction_becomes_a_supervision_item(office, secretary):
    from officedesk.core.supervision import items_for_source

    record = incoming.sign_in(
        {"文种": "通知", "来文机关": "省委", "标题": "关于抓好秋冬季森林防火的通知"}, secretary
    )
    for step in (
        lambda r: incoming.register_doc(r.id, r.version, {}, secretary),
        lambda r: incoming.review(r.id, r.version, secretary),
        lambda r: incoming.propose(r.id, r.version, secretary, "呈王主任阅示"),
        lambda r: incoming.instruct(r.id, r.version, secretary, "请督查室跟踪督办。", "王建国"),
    ):
        record = step(record)
    assert "转督查" in incoming.offered_steps(record)
    record = incoming.to_supervision(
        record.id, record.version, secretary, TODAY + dt.timedelta(days=10)
    )
    made = items_for_source("incoming", record.id, CLI_ACTOR)
    assert [item.id for item in made] == [record.supervision_id]
    assert made[0].instruction == "请督查室跟踪督办。" and made[0].leader == "王建国"
    assert "转督查" not in incoming.offered_steps(record)
    with pytest.raises(ProcedureError):
        incoming.to_supervision(record.id, record.version, secretary)


def test_both_procedures_on_every_database(any_office, secretary):
    done = archive_it("incoming", incoming_to_done(secretary), secretary)
    sent = archive_it("outgoing", outgoing_to_distributed(secretary), secretary)
    assert done.archive_no == "Z021-WS·2026-Y-BGS-0001"
    assert sent.archive_no == "Z021-WS·2026-Y-BGS-0002" and sent.doc_no == "某委办发〔2026〕1号"
    assert records.list_ids(incoming.INCOMING, secretary, text="安全生产") == [done.id]
    assert stats.collect(secretary, 2026)["documents"]["outgoing_total"] == 1
    assert not audit.verify_chain()


def test_a_document_signed_in_for_an_earlier_day_is_signed_in_on_that_day(office, secretary, fixed_today):
    """A 收文 entered on 12-01 that was received on 11-20: its 签收 row is of 11-20 (09:00), so a
    登记 recorded for 11-20 does not come before the step it follows (the 效能 spans start there)."""
    import datetime as dt

    from officedesk.core import steps
    from officedesk.store.documents import DocStep

    fixed_today(dt.date(2026, 12, 1))
    record = incoming.sign_in({"文种": "通知", "来文机关": "省委办公厅", "标题": "关于乙的通知",
                               "收文日期": "2026-11-20"}, secretary)
    steps.perform("incoming", record.id, "登记", {}, secretary, on="2026-11-20")
    rows = list(DocStep.select().where((DocStep.registry == "incoming") & (DocStep.record_id == record.id))
                .order_by(DocStep.id))
    assert [(r.step, r.at) for r in rows] == [("签收", dt.datetime(2026, 11, 20, 9, 0)),
                                              ("登记", dt.datetime(2026, 11, 20, 9, 0))]
    today = incoming.sign_in({"文种": "通知", "来文机关": "省委办公厅", "标题": "关于丙的通知",
                              "收文日期": "2026-12-01"}, secretary)
    first = DocStep.get((DocStep.registry == "incoming") & (DocStep.record_id == today.id))
    assert first.at.date() == dt.date(2026, 12, 1)
