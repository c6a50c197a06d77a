"""信息: the steps through core.steps (the CLI's and the window's path), 批示 → 督查 linked both
ways, periodicals' 期号, 续报 and the refusals a clerk meets."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, info, records, steps, supervision
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import ConflictError, ProcedureError, ValidationError
from officedesk.core.info import issue_order, periodicals, procedure


def test_steps_from_receipt_to_instruction_and_supervision(report, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 10))
    item = report(secrecy="秘密")
    assert item.number == "信息〔2026〕1号" and item.state == "待接收"
    assert [s.name for s in steps.available_steps("info", item.id, admin)] == ["接收"]
    steps.perform("info", item.id, "接收", {}, admin)
    with pytest.raises(ValidationError, match="不采用须写明理由"):
        steps.perform("info", item.id, "初审", {"结论": "不采"}, admin)
    steps.perform("info", item.id, "初审", {"结论": "采"}, admin)
    steps.perform("info", item.id, "编辑", {"编辑后标题": "我县扎实开展森林防火检查",
                                           "编辑后正文": "县林业局排查隐患12处。"}, admin)
    edited = info.get(item.id, admin)
    assert edited.title == "县林业局扎实开展秋冬季森林防火检查"  # the original stays
    assert edited.edited_title == "我县扎实开展森林防火检查"
    with pytest.raises(ValidationError, match="职务"):
        steps.perform("info", item.id, "签发", {"签发人": "钱志刚", "职务": "科员"}, admin)
    steps.perform("info", item.id, "签发", {"签发人": "钱志刚", "职务": "分管主任"}, admin)
    out = steps.perform("info", item.id, "编发", {"刊物": "每日要情"}, admin)
    assert out.state == "已编发"
    placed = info.get(item.id, admin)
    assert placed.score == 1 and placed.adopted == ""  # in an issue not yet 印发: no 县级采用
    periodicals.publish(placed.issue, admin)
    issued = info.get(item.id, admin)
    assert issued.score == 1 + 3 and issued.adopted_level == "县"  # 印发: the 县级采用 counts
    steps.perform("info", item.id, "上报", {"上报级别": "市"}, admin)
    steps.perform("info", item.id, "采用", {"采用级别": "市", "采用刊物": "市委办《每日要情》第12期",
                                           "采用日期": "2026-03-10"}, admin)
    with pytest.raises(ProcedureError, match="还没有领导批示"):
        steps.perform("info", item.id, "转督查", {}, admin)
    steps.perform("info", item.id, "批示", {"批示领导": "县委书记 李建华",
                                           "批示内容": "请县林业局抓好整改，结果报我。",
                                           "批示日期": clock.today()}, admin)
    out = steps.perform("info", item.id, "转督查", {"督查时限": "2026-04-10"}, admin)
    done = info.get(item.id, admin)
    assert done.state == "已采用" and done.adopted_level == "市"
    assert done.issue_label == "每日要情 2026年第1期"
    assert "李建华" in done.instruction
    assert done.score == 1 + 3 + 10 + 10  # 报送, 县级 (印发), 市级采用, 批示
    task = supervision.SPEC.model.get_by_id(out.extra["supervision_id"])
    assert done.supervision_id == task.id  # linked both ways
    assert (task.source_kind, task.source_id) == ("info", item.id)
    assert task.leader == "县委书记 李建华" and "结果报我" in task.instruction
    assert "信息〔2026〕1号" in task.source_label
    with pytest.raises(ProcedureError, match="已经转为督查"):
        steps.perform("info", item.id, "转督查", {}, admin)
    kinds = [a.kind for a in procedure.actions_of(item.id, CLI_ACTOR)]
    # 编发 (its 县级采用 row, counted from 印发), 印发 (the row counted), then the 市级采用
    assert kinds == ["接收", "初审", "编辑", "签发", "采用", "采用", "上报", "采用", "批示", "转督查"]


def test_rejected_item_ends_and_readonly_is_refused(report, admin):
    item = report()
    procedure.receive(item.id, item.version, admin)
    item = procedure.review(item.id, info.get(item.id, admin).version, admin, "不采", "与此前报送重复")
    assert item.state == "不采用" and item.review_reason == "与此前报送重复"
    assert steps.available_steps("info", item.id, admin) == []
    reader = Actor(username="r", role="readonly", clearance=3)
    with pytest.raises(Exception, match="只读"):
        steps.perform("info", report().id, "接收", {}, reader)


def test_issue_numbers_per_year_and_running_total(report, advance, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 28))
    periodicals.save_periodical("每日要情", admin, total_start=120, send_up="市委办公室")
    first = advance(report(title="甲"))
    second = advance(report(title="乙"))
    assert first.issue == second.issue  # the open issue collects items in order
    issue = periodicals.issue(first.issue)
    assert (issue.year, issue.seq, issue.total) == (2026, 1, 121)
    assert [i.id for i in periodicals.items_of(issue.id, admin)] == [first.id, second.id]
    issue_order.reorder(issue.id, [second.id, first.id], admin, seen=[first.id, second.id])
    assert [i.title for i in periodicals.items_of(issue.id, admin)] == ["乙", "甲"]
    periodicals.publish(issue.id, admin)
    with pytest.raises(ConflictError):
        periodicals.publish(issue.id, admin)
    third = advance(report(title="丙"))
    assert periodicals.label_of(periodicals.issue(third.issue)) == "每日要情 2026年第2期"
    periodicals.publish(third.issue, admin)
    fixed_today(dt.date(2027, 1, 4))
    fourth = advance(report(title="丁"))
    issue = periodicals.issue(fourth.issue)
    assert (issue.year, issue.seq, issue.total) == (2027, 1, 123)
    assert fourth.number == "信息〔2027〕1号"


def test_followup_links_to_first_report(report, admin):
    first = report(title="河口镇发生山火", category="突发事件", event_level="较大",
                   event_at="2026-03-01 06:10", reported_at="2026-03-01 06:30",
                   unit="河口镇")
    spec = info.SPEC
    later = spec.create_hook({"续报": first.number, "正文": "明火已扑灭，无人员伤亡。",
                              "报送时间": "2026-03-01 09:00"}, admin)
    assert later.followup_of == first.id and later.unit == "河口镇"
    assert later.event_level == "较大" and later.title == "河口镇发生山火（续报一）"
    again = procedure.followup(later.id, {"reported_at": clock.now(), "content": "善后工作有序开展。"}, admin)
    assert again.followup_of == first.id  # a 续报 of a 续报 belongs to the first report
    assert [f.id for f in procedure.followups_of(first.id, admin)] == [later.id, again.id]
    with pytest.raises(ValidationError, match="首报"):
        spec.create_hook({"续报": "信息〔1999〕9号", "正文": "x"}, admin)
    with pytest.raises(ValidationError, match="事发时间"):
        report(category="突发事件", event_level="较大")


def test_classified_items_hidden_everywhere(report, advance, admin, fixed_today):
    from officedesk.core import dashboard, stats
    from officedesk.core.errors import PermissionDeniedError
    from officedesk.core.info import scoring
    from officedesk.printing import forms

    fixed_today(dt.date(2026, 5, 6))
    clerk = Actor(username="clerk", role="clerk", clearance=1, display_name="科员")
    secret = advance(report(title="某涉密事项进展", unit="县委组织部", secrecy="机密"))
    plain = report(title="公开信息", unit="县教育局")
    procedure.receive(plain.id, plain.version, admin)
    procedure.receive(report(title="待初审机密", secrecy="机密").id, 1, admin)
    assert records.list_ids(info.SPEC, clerk) == [plain.id]
    assert records.list_ids(info.SPEC, admin, text="涉密") == [secret.id]
    assert records.list_ids(info.SPEC, clerk, text="涉密") == []
    mine = [d for d in dashboard.due_items(clerk) if d.registry == "info"]
    assert [d.record_id for d in mine] == [plain.id]
    assert stats.collect(clerk, 2026)["信息"]["total"] == 1
    assert stats.collect(admin, 2026)["信息"]["total"] == 3
    assert [s.unit for s in scoring.ranking(clerk, "2026")[1]] == ["县教育局"]
    with pytest.raises(PermissionDeniedError):
        forms.get("info-issue").build([secret.issue], clerk)


def test_supervision_item_inherits_the_secrecy(report, advance, admin, fixed_today):
    """The 督查 item made from a 机密 item's 批示 is 机密 itself (kept by the 督查 registry's own
    rule, so its version, audit and search index agree), and raising the item's 密级 later
    raises it too."""
    fixed_today(dt.date(2026, 3, 10))
    assert supervision.SPEC.level_field == "secrecy"
    item = advance(report(secrecy="机密"))
    procedure.instruct(item.id, info.get(item.id, admin).version, admin, "县长", "请督办。", None)
    task = procedure.to_supervision(item.id, admin)
    stored = supervision.SPEC.model.get_by_id(task.id)
    assert stored.secrecy == "机密"
    assert records.level_of(supervision.SPEC, stored) == 2
    other = advance(report(title="县教育局开展校园安全检查", unit="县教育局", secrecy="秘密"))
    procedure.instruct(other.id, info.get(other.id, admin).version, admin, "县长", "请督办。", None)
    raised = procedure.to_supervision(other.id, admin)
    assert supervision.SPEC.model.get_by_id(raised.id).secrecy == "秘密"
    records.save_changes(info.SPEC, info.get(other.id, admin), {"secrecy": "机密"},
                         info.get(other.id, admin).version, admin)
    assert supervision.SPEC.model.get_by_id(raised.id).secrecy == "机密"


def test_a_user_without_clearance_finds_nothing_of_a_secret_item_turned_supervision(
        report, advance, admin, fixed_today):
    """保密 end to end on the info → 督查 path: list, search, record, the 工作台, stats, the
    links from the source, the printed forms."""
    from officedesk.core import dashboard, stats
    from officedesk.core.errors import PermissionDeniedError
    from officedesk.printing import forms
    from officedesk.store import search_index

    fixed_today(dt.date(2026, 3, 10))
    item = advance(report(title="某地发生涉稳苗头性问题", unit="县公安局", secrecy="机密"))
    procedure.instruct(item.id, info.get(item.id, admin).version, admin, "县委书记 李建华",
                       "请公安局稳妥处置。", None)
    task = procedure.to_supervision(item.id, admin, dt.date(2026, 3, 12))
    nobody = Actor(username="guest", role="clerk", clearance=0, display_name="临时人员")
    assert supervision.SPEC.model.get_by_id(task.id).secrecy == "机密"

    seen_by_admin = {(h.registry, h.record_id) for h in search_index.search("涉稳", 3)}
    assert {("info", item.id), ("supervision", task.id)} <= seen_by_admin
    assert search_index.search("涉稳", 0) == []
    assert search_index.search("稳妥处置", 0) == []  # the 批示's words, kept on the 督查 item
    for spec in (info.SPEC, supervision.SPEC):
        assert records.list_ids(spec, nobody) == []
        assert records.list_ids(spec, nobody, text="涉稳") == []
    with pytest.raises(PermissionDeniedError):
        records.get(supervision.SPEC, task.id, nobody)
    with pytest.raises(PermissionDeniedError):
        records.get(info.SPEC, item.id, nobody)
    assert ("supervision", task.id) in {(d.registry, d.record_id)
                                        for d in dashboard.due_items(admin)}
    assert [d for d in dashboard.due_items(nobody)
            if d.registry in ("info", "supervision")] == []
    assert supervision.items_for_source("info", item.id, nobody) == []
    figures = stats.collect(nobody, 2026)
    assert figures["信息"]["total"] == 0
    assert stats.collect(admin, 2026)["信息"]["total"] == 1
    for name, ids in (("info-receipt", [item.id]), ("supervision-item", [task.id])):
        with pytest.raises(PermissionDeniedError):
            forms.get(name).build(ids, nobody)
