"""我的待办 of the 信访科: a 信访's steps outside the chain with a statutory limit — 告知 (受理告知,
15 日) and 办理 (办理答复, 60 日, 延期 30) — are the section's (StepSpec.section_of), so a user
of the 信访科 sees the records awaiting them in his 待办, with the step and its deadline (the
record's own, petitions.deadlines.next_due), sorted with his chain steps by deadline; only the
records he may see, and a record his chain step waits for only once."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import my_work, petitions, positions, steps, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.petitions import deadlines
from officedesk.exchange import xlsx
from officedesk.store.petitions import Petition
from tests.exchange.sheets import write_sheet
from tests.staff import make_staff

TODAY = dt.date(2026, 11, 16)
# username, 姓名, role, 单位, 职务, 分管, 代录
STAFF = [
    ("xfkz", "何科长", "clerk", "县委办公室信访科", "科长", "", False),
    ("xfky", "蒋科员", "clerk", "县委办公室信访科", "科员", "", False),
    ("zhky", "徐科员", "clerk", "县委办公室综合科", "科员", "", False),
]


@pytest.fixture
def office(db, fixed_today, monkeypatch):
    from officedesk.core import passwords

    fixed_today(TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    return make_staff(STAFF)


def _petition(office, on: dt.date = TODAY, secrecy: str = "非密", decide: bool = True) -> int:
    """A letter registered on `on` and 交办'd by the 信访科's 科长: it waits for 告知."""
    values = {"信访形式": "来信", "信访人": "张测试", "问题类别": "城乡建设",
              "反映内容": "道路损坏无人修", "登记日期": on.isoformat()}
    if secrecy != "非密":
        values["密级"] = secrecy
    pid = petitions.register_petition(values, None, CLI_ACTOR).id
    if decide:
        steps.perform("petitions", pid, "处理",
                      {"处理方式": "交办", "去向单位": "县人力资源和社会保障局",
                       "回报期限": "2026-12-20"}, office["xfkz"], on=on.isoformat())
    return pid


def _mine(actor) -> list[tuple[int, str, dt.date | None]]:
    return [(i.record_id, i.step, i.due) for i in my_work.my_pending(actor)
            if i.registry == "petitions"]


def test_a_clerk_of_the_section_sees_the_notice_due_with_its_deadline(office):
    pid = _petition(office)
    due = deadlines.next_due(Petition.get_by_id(pid))[0]
    assert due is not None and due > TODAY
    assert _mine(office["xfky"]) == [(pid, "告知", due)]
    item = my_work.my_pending(office["xfky"])[0]
    assert (item.registry, item.registry_label) == ("petitions", "信访")
    assert "信访科" in str(item.who)
    assert _mine(office["zhky"]) == []  # a clerk of another section: not his
    # the step runner offers him the step listed, and not the other clerk
    assert "告知" in {s.name for s in steps.available_steps("petitions", pid, office["xfky"])}
    assert "告知" not in {s.name for s in steps.available_steps("petitions", pid, office["zhky"])}


def test_the_handling_is_listed_after_the_notice_and_the_chain_step_only_once(office):
    pid = _petition(office)
    steps.perform("petitions", pid, "告知", {}, office["xfky"])
    record = Petition.get_by_id(pid)
    assert record.state == "办理中"
    due = deadlines.next_due(record)[0]
    assert _mine(office["xfky"]) == [(pid, "办理", due)]
    # the 科长 holds 答复 (the chain's): the record once, as his chain step
    assert [(r, s) for r, s, _d in _mine(office["xfkz"])] == [(pid, "答复")]
    # the clerk who did 告知 sent it on to the 科长's 答复, but it waits for him too: in his 待办
    assert my_work.sent_on(office["xfky"]) == []


def test_a_petition_not_yet_decided_is_the_chain_s_and_not_the_clerk_s(office):
    pid = _petition(office, decide=False)
    assert _mine(office["xfky"]) == []
    assert [s for r, s, _d in _mine(office["xfkz"]) if r == pid] == ["处理"]


def test_sorted_by_deadline(office):
    later = _petition(office)
    earlier = _petition(office, on=TODAY - dt.timedelta(days=10))
    dues = [d for _r, _s, d in _mine(office["xfky"])]
    assert [r for r, _s, _d in _mine(office["xfky"])] == [earlier, later]
    assert dues == sorted(dues)


def test_only_the_records_he_may_see(office):
    users.create_user("xfky2", "pass1234", "clerk", CLI_ACTOR, display_name="冯科员",
                      clearance=0)
    positions.set_post("xfky2", CLI_ACTOR, unit="县委办公室信访科", position="科员")
    low = users.actor_for(users.get_user("xfky2"))
    plain = _petition(office)
    secret = _petition(office, secrecy="秘密")
    assert [r for r, _s, _d in _mine(low)] == [plain]
    assert sorted(r for r, _s, _d in _mine(office["xfky"])) == [plain, secret]


def test_his_substitute_sees_it_on_his_behalf(office):
    pid = _petition(office)
    positions.set_delegation("xfky", "zhky", TODAY, TODAY + dt.timedelta(days=3), CLI_ACTOR)
    items = [i for i in my_work.my_pending(office["zhky"]) if i.registry == "petitions"]
    assert [(i.record_id, i.step) for i in items] == [(pid, "告知")]
    assert "蒋科员" in items[0].on_behalf


def test_a_transfer_waits_for_the_receiving_unit_s_answer_until_it_is_recorded(office):
    pid = petitions.register_petition(
        {"信访形式": "来信", "信访人": "张测试", "问题类别": "城乡建设",
         "反映内容": "道路损坏无人修", "登记日期": TODAY.isoformat()}, None, CLI_ACTOR).id
    steps.perform("petitions", pid, "处理", {"处理方式": "转送", "去向单位": "县交通运输局"},
                  office["xfkz"])
    steps.perform("petitions", pid, "告知", {}, office["xfky"])
    record = Petition.get_by_id(pid)
    assert record.state == "已转送" and record.accept_due is not None
    assert _mine(office["xfky"]) == [(pid, "办理", record.accept_due)]
    steps.perform("petitions", pid, "办理", {"办理情况": "县交通运输局已受理"}, office["xfky"])
    assert _mine(office["xfky"]) == []  # its answer recorded: a further 办理 is a note


@pytest.mark.parametrize(("facts", "step"), [
    ({"状态": "待告知", "处理方式": "交办", "去向单位": "县人力资源和社会保障局",
      "回报期限": dt.date(2026, 12, 20)}, "告知"),
    ({"状态": "办理中", "处理方式": "直接答复", "告知日期": dt.date(2026, 11, 4)}, "办理"),
    # a 直接答复 not told yet waits for its 告知 first (《信访工作条例》第二十三条)
    ({"状态": "办理中", "处理方式": "直接答复"}, "告知"),
], ids=["notice", "handling", "direct-untold"])
def test_a_petition_entered_in_its_state_waits_since_its_deadline_is_counted_from(
        office, tmp_path, facts, step):
    # a 台账 brought in today, decided on 11-04: no signature says when it came to the step
    row = {"信访形式": "来信", "信访人": "张测试", "问题类别": "城乡建设",
           "反映内容": "道路损坏无人修", "登记日期": dt.date(2026, 11, 2),
           "处理日期": dt.date(2026, 11, 4), **facts}
    sheet = write_sheet(petitions.SPEC, tmp_path / "p.xlsx", [row])
    report = xlsx.import_file(petitions.SPEC, sheet, CLI_ACTOR)
    assert report.ok, [str(p) for p in report.problems]
    record = Petition.get()
    pid = record.id
    assert record.state == facts["状态"]
    item = next(i for i in my_work.my_pending(office["xfky"]) if i.record_id == pid)
    assert (item.step, item.due) == (step, deadlines.next_due(record)[0])
    # 送达: the 处理 day its limit (受理告知 / 办理答复) is counted from, not the day entered
    assert item.since == dt.date(2026, 11, 4)
