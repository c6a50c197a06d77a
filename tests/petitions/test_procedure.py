"""Registration, repeats, the handling steps, deadlines, privacy, figures."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from officedesk.core import audit, dashboard, petitions, record_lists, records, settings, stats
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import PermissionDeniedError, ProcedureError, ValidationError
from officedesk.store.petitions import Petition, Petitioner, PetitionStep
from officedesk.store.search_index import search

from .conftest import ID_LI, ID_WANG, ID_ZHANG, leader

D = dt.date


def test_register_numbers_and_sets_deadlines(register, fixed_today):
    fixed_today(D(2026, 3, 5))
    p = register()
    assert p.number.startswith("信2026-")
    assert p.state == petitions.PENDING
    assert p.gender == "男"  # from the ID number
    assert p.decide_due == D(2026, 3, 17) and p.notify_due == D(2026, 3, 17)
    assert (p.next_due, p.next_due_what) == (D(2026, 3, 17), "转送交办")
    assert [s.kind for s in petitions.steps_of(p.id, CLI_ACTOR)] == ["登记"]
    assert Petitioner.select().where(Petitioner.petition == p.id).count() == 1


def test_joint_letter_keeps_every_petitioner_and_the_first_in_the_list(register):
    p = register(
        form="来信",
        people_count=3,
        petitioners=[
            {"name": "王秀英", "id_number": ID_LI, "phone": "13900001111"},
            {"name": "赵大海", "phone": "0571-87654321"},
            {"name": "孙立"},
        ],
    )
    assert p.name == "王秀英" and p.id_number == ID_LI and p.gender == "女"
    assert [x.name for x in petitions.petitioners_of(p.id, CLI_ACTOR)] == ["王秀英", "赵大海", "孙立"]
    # the further names are searchable, the ID numbers and phones are not
    assert search("赵大海", 0, registry="petitions")
    assert not search(ID_LI[:10], 0, registry="petitions")
    assert not search("13900001111", 0, registry="petitions")


def test_bad_input_is_refused_with_a_clear_message(register):
    with pytest.raises(ValidationError, match="校验位"):
        register(id_number=ID_ZHANG[:17] + ("0" if ID_ZHANG[17] != "0" else "1"))
    with pytest.raises(ValidationError, match="不是真实日期"):
        register(id_number="11010119990231123X")
    with pytest.raises(ValidationError, match="手机号码"):
        register(phone="1381234")
    with pytest.raises(ValidationError, match="“人数”应在 1 到"):
        register(people_count=0)
    with pytest.raises(ValidationError, match="最多登记 5 名代表"):
        register(people_count=40, petitioners=[{"name": f"代表{i}"} for i in range(6)])
    with pytest.raises(ValidationError, match="少于登记的信访人"):
        register(people_count=1, petitioners=[{"name": "甲"}, {"name": "乙"}])
    assert Petition.select().count() == 0  # nothing half-saved


def test_empty_id_number_allowed(register):
    p = register(id_number="", phone="")
    assert p.id_number == "" and p.gender == ""


def test_repeats_by_id_number_name_phone_and_content(register, admin):
    first = register()
    other = register(
        name="李桂兰",
        id_number=ID_LI,
        phone="13700002222",
        category="劳动社保",
        content="反映某建筑公司拖欠农民工工资八个月，多次讨要无果。",
    )
    by_id = petitions.find_repeats([{"name": "张建国", "id_number": ID_ZHANG}], admin)
    assert [c.petition_id for c in by_id] == [first.id]
    assert by_id[0].reasons == ["同一身份证号"]
    by_phone = petitions.find_repeats([{"name": "李桂兰", "phone": "13700002222"}], admin)
    assert [c.petition_id for c in by_phone] == [other.id]
    by_content = petitions.find_repeats(
        [{"name": "陈某"}],
        admin,
        "征地拆迁",
        "青河村的土地征收补偿款一直没有足额发放，安置房建设停工，请求督促。",
    )
    assert [c.petition_id for c in by_content] == [first.id]
    assert by_content[0].reasons == ["内容相似"]
    # same words but another category: not the same matter
    assert (
        petitions.find_repeats(
            [{"name": "陈某"}],
            admin,
            "劳动社保",
            "青河村的土地征收补偿款一直没有足额发放，安置房建设停工。",
        )
        == []
    )
    # unrelated content in the same category
    assert (
        petitions.find_repeats(
            [{"name": "陈某"}], admin, "征地拆迁", "城东棚户区改造评估价格偏低，住户对评估结果有异议。"
        )
        == []
    )


def test_add_via_create_hook_reports_possible_repeats(register, admin):
    first = register()
    spec = petitions.SPEC
    record = spec.create_hook(
        {
            "登记日期": "2026-04-01",
            "信访形式": "来信",
            "信访人": "张建国",
            "身份证号": ID_ZHANG.lower(),
            "问题类别": "征地拆迁",
            "反映内容": "再次反映补偿款问题",
        },
        admin,
    )
    extra = spec.json_extra(record)
    assert extra["possible_repeats"] == [first.id]
    assert json.dumps(extra)
    assert record.id_number == ID_ZHANG  # normalised


def test_link_as_repeat_and_count_per_person(register, admin):
    first = register()
    second = register(registered_on="2026-04-01", repeat_of=first.id)
    assert second.repeat_of == first.id
    assert petitions.petitions_of_person(admin, id_number=ID_ZHANG) == 2
    assert petitions.petitions_of_person(admin, name="张建国", phone="13812345678") == 2
    third = register(registered_on="2026-05-01")
    third = petitions.link_repeat(third.id, second.id, third.version, admin)
    assert third.repeat_of == second.id
    with pytest.raises(ValidationError):
        petitions.link_repeat(first.id, third.id, first.version, admin)  # the original is later
    people = petitions.frequent_petitioners(2026, actor=CLI_ACTOR)
    assert people[0]["petitions"] == 3 and people[0]["repeats"] == 2
    assert "*" in people[0]["id_number"]


def test_full_procedure_forward_extend_reply_review_close(register, admin, fixed_today):
    fixed_today(D(2026, 3, 3))
    p = register()
    p = petitions.decide(
        p.id,
        p.version,
        admin,
        "交办",
        on="2026-03-03",
        target_unit="青河镇人民政府",
        report_due="2026-04-30",
    )
    assert p.state == petitions.TO_NOTIFY and p.target_unit == "青河镇人民政府"
    assert p.next_due_what == "受理告知"
    with pytest.raises(ProcedureError):
        petitions.reply(p.id, p.version, admin, opinion="x", on="2026-03-03")
    fixed_today(D(2026, 3, 10))
    p = petitions.notify(p.id, p.version, admin, on="2026-03-10")
    assert p.state == petitions.HANDLING and p.handle_due == D(2026, 5, 9)
    fixed_today(D(2026, 3, 20))
    p = petitions.handle(p.id, p.version, admin, on="2026-03-20", content="镇政府已核实补偿台账")
    fixed_today(D(2026, 5, 1))
    p = petitions.extend(
        p.id, p.version, admin, reason="涉及多户补偿核算", approver=leader(), on="2026-05-01"
    )
    assert p.extended and p.handle_due == D(2026, 6, 8)
    with pytest.raises(ProcedureError, match="只能延期一次"):
        petitions.extend(p.id, p.version, admin, reason="再延", approver=leader(), on="2026-05-01")
    with pytest.raises(ValidationError, match="答复日期（2026-02-01）不能早于延期日期（2026-05-01）"):
        petitions.reply(p.id, p.version, admin, opinion="已足额发放", on="2026-02-01")
    fixed_today(D(2026, 6, 1))
    p = petitions.reply(
        p.id, p.version, admin, opinion="补偿款已于5月底足额发放，安置房6月复工。", on="2026-06-01"
    )
    assert p.state == petitions.REPLIED and p.next_due is None
    p = petitions.request_review(p.id, p.version, admin, "复查", on="2026-06-01")
    assert p.state == petitions.IN_REVIEW and p.review_due == D(2026, 7, 1)
    fixed_today(D(2026, 6, 20))
    p = petitions.answer_review(p.id, p.version, admin, opinion="维持原答复意见", on="2026-06-20")
    assert p.state == petitions.REPLIED
    with pytest.raises(ProcedureError, match="已经复查过"):
        petitions.request_review(p.id, p.version, admin, "复查", on="2026-06-20")
    p = petitions.request_review(p.id, p.version, admin, "复核", on="2026-06-20")
    p = petitions.answer_review(p.id, p.version, admin, opinion="复核维持", on="2026-06-20")
    assert p.state == petitions.CLOSED and p.closed_on == D(2026, 6, 20)
    kinds = [s.kind for s in petitions.steps_of(p.id, CLI_ACTOR)]
    assert kinds == [
        "登记",
        "交办",
        "受理告知",
        "办理",
        "延期",
        "答复",
        "复查申请",
        "复查意见",
        "复核申请",
        "复核意见",
    ]
    assert all(s.on and s.person for s in PetitionStep.select())
    actions = [e.action for e in audit.history("petitions", p.id)]
    assert actions[0] == "create" and actions.count("step") == 9


def test_assign_needs_report_deadline_and_reject_needs_reason(register, admin, fixed_today):
    fixed_today(D(2026, 3, 3))
    p = register()
    with pytest.raises(ValidationError, match="回报期限"):
        petitions.decide(p.id, p.version, admin, "交办", on="2026-03-03", target_unit="市人社局")
    p = petitions.decide(
        p.id,
        p.version,
        admin,
        "交办",
        on="2026-03-03",
        target_unit="市人社局",
        report_due="2026-03-20",
    )
    assert p.next_due == D(2026, 3, 17) and p.next_due_what == "受理告知"
    q = register()
    with pytest.raises(ValidationError, match="理由"):
        petitions.decide(q.id, q.version, admin, "不予受理", on="2026-03-03")
    q = petitions.decide(
        q.id, q.version, admin, "不予受理", on="2026-03-03", reason="已经司法程序处理"
    )
    q = petitions.notify(q.id, q.version, admin, on="2026-03-03")
    assert q.state == petitions.CLOSED and q.closed_on == D(2026, 3, 3)


def test_review_request_after_30_days_refused(register, admin, fixed_today):
    fixed_today(D(2026, 3, 3))
    p = register()
    p = petitions.decide(p.id, p.version, admin, "直接答复", on="2026-03-03")
    p = petitions.reply(p.id, p.version, admin, opinion="已答复", on="2026-03-03")
    fixed_today(D(2026, 4, 10))
    with pytest.raises(ProcedureError, match="超过期限"):
        petitions.request_review(p.id, p.version, admin, "复查", on="2026-04-10")


def test_deadlines_in_working_days_skip_the_national_day_holiday(register, admin, fixed_today, db):
    fixed_today(D(2026, 10, 20))
    p = register(registered_on="2026-09-28")
    assert p.decide_due == D(2026, 10, 13)  # calendar days by default
    settings.put("deadlines.day_kind", "working")
    q = register(registered_on="2026-09-28")
    # 9-29, 9-30, then 1–7 October are holidays, 10 October a 调休 working Saturday
    assert q.decide_due == D(2026, 10, 23)
    q = petitions.decide(q.id, q.version, admin, "直接答复", on="2026-09-30")
    assert q.handle_due == petitions.due_after(D(2026, 9, 30), petitions.spec_module.LIMIT_HANDLE)
    assert q.handle_due > D(2026, 9, 30) + dt.timedelta(days=60)


def test_the_dashboard_lists_the_earliest_a_clerk_may_see(register, admin, clerk, fixed_today, monkeypatch):
    """Classified petitions due first no longer take the 工作台's places of a clerk below them."""
    fixed_today(D(2026, 3, 20))
    classified = [register(registered_on=f"2026-03-0{day}", secrecy="机密") for day in (2, 3)]
    own = register(registered_on="2026-03-05")
    monkeypatch.setattr(dashboard, "SHOWN_PER_REGISTRY", 2)
    assert [i.record_id for i in dashboard.due_items(clerk) if i.registry == "petitions"] == [own.id]
    assert [i.record_id for i in dashboard.due_items(admin) if i.registry == "petitions"] == [
        p.id for p in classified]


def test_dashboard_and_lights(register, admin, fixed_today):
    fixed_today(D(2026, 3, 3))
    p = register()
    fixed_today(D(2026, 3, 16))
    assert petitions.light(Petition.get_by_id(p.id)) == petitions.LIGHT_SOON
    items = [i for i in dashboard.due_items(admin) if i.registry == "petitions"]
    assert [(i.record_id, i.what) for i in items] == [(p.id, "转送交办")]
    fixed_today(D(2026, 3, 20))
    assert petitions.light(Petition.get_by_id(p.id)) == petitions.LIGHT_OVERDUE
    assert dashboard.due_items(admin)[0].state(D(2026, 3, 20)) == dashboard.OVERDUE
    fixed_today(D(2026, 3, 4))
    assert petitions.light(Petition.get_by_id(p.id)) == petitions.LIGHT_OK


def test_reveal_refused_without_role_and_audited_with(register, admin, clerk):
    p = register()
    with pytest.raises(PermissionDeniedError):
        petitions.reveal(p.id, clerk)
    leader = Actor("leader", "leader", 2, display_name="王主任")
    shown = petitions.reveal(p.id, leader)
    assert shown["id_number"] == ID_ZHANG and shown["phone"] == "13812345678"
    views = [e for e in audit.history("petitions", p.id) if e.action == "view"]
    assert len(views) == 1 and views[0].actor == "leader"


def test_list_and_export_are_masked(register, admin, clerk, tmp_path):
    p = register()
    spec = petitions.SPEC
    texts = record_lists.row_texts(spec, Petition.get_by_id(p.id))
    assert "110101********" + ID_ZHANG[-4:] in texts and "138****5678" in texts
    assert ID_ZHANG not in texts
    for who in (clerk, admin):  # masked for everyone unless asked
        row = spec.export_row(p, who)
        assert (
            row["身份证号"] == "110101********" + ID_ZHANG[-4:] and row["联系电话"] == "138****5678"
        )
    from officedesk.exchange import xlsx

    labels = [f.label for f in spec.exchange_fields()]
    full = dict(zip(labels, xlsx.export_values(spec, p, admin, unmasked=True), strict=True))
    assert full["身份证号"] == ID_ZHANG  # only when export --unmasked asks (it is audited)
    with pytest.raises(PermissionDeniedError):
        xlsx.export(spec, tmp_path / "full.xlsx", clerk, unmasked=True)


def test_figures(register, admin, fixed_today):
    fixed_today(D(2026, 5, 1))
    a = register(registered_on="2026-03-02")
    register(
        registered_on="2026-03-20",
        form="来信",
        category="劳动社保",
        region="市人社局",
        name="李桂兰",
        id_number=ID_LI,
        phone="13700002222",
        content="拖欠工资",
    )
    register(registered_on="2026-04-02", repeat_of=a.id, id_number=ID_WANG, name="王五", phone="")
    a = petitions.decide(a.id, a.version, admin, "直接答复", on="2026-03-02")
    petitions.reply(a.id, a.version, admin, opinion="已答复", on="2026-04-01")
    figures = stats.collect(admin, 2026)["petitions"]
    assert figures["total"] == 3
    assert figures["per_month"]["3"] == 2 and figures["per_month"]["4"] == 1
    assert figures["by_form"] == {"来访": 2, "来信": 1}
    assert figures["by_category"]["征地拆迁"] == 2
    assert figures["repeats"] == 1 and figures["repeat_rate"] == 33.3
    assert figures["answered"] == 1 and figures["on_time_rate"] == 100.0
    assert json.dumps(figures, ensure_ascii=False)


def test_categories_are_an_editable_setting(register):
    petitions.set_categories(["征地拆迁", "物业纠纷"])
    assert petitions.categories() == ["征地拆迁", "物业纠纷"]
    register(category="物业纠纷")
    with pytest.raises(ValidationError, match="只能是"):
        register(category="社会治安")


def test_to_supervision_links_both_ways(register, admin):
    from officedesk.core import supervision
    from officedesk.core.errors import ConflictError

    p = register()
    item = petitions.to_supervision(p.id, admin, leader="王主任")
    assert Petition.get_by_id(p.id).supervision_id == item.id
    assert item.source_kind == "petition" and item.source_id == p.id
    assert [i.id for i in supervision.items_for_source("petition", p.id, CLI_ACTOR)] == [item.id]
    with pytest.raises(ConflictError):
        petitions.to_supervision(p.id, admin)
    assert petitions.steps_of(p.id, CLI_ACTOR)[-1].kind == "转督查"


def test_correction_moves_deadlines_and_checks_people(register, admin, fixed_today):
    fixed_today(D(2026, 3, 10))
    p = register(people_count=2, petitioners=[{"name": "甲"}, {"name": "乙"}])
    p = records.update(petitions.SPEC, p.id, {"登记日期": "2026-03-05"}, p.version, admin)
    assert p.decide_due == D(2026, 3, 20) and p.next_due == D(2026, 3, 20)
    with pytest.raises(ValidationError, match="少于登记的信访人"):
        records.update(petitions.SPEC, p.id, {"人数": 1}, p.version, admin)
