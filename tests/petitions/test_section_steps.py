"""逐级负责: while the 信访 chain is in force, a 信访's steps outside it (告知, 办理, 延期, 办结,
复查申请, 复核申请, 复查复核答复, 标为重复件, 转督查) are the work of the unit its 处理 step names
(信访科): any of its users does them, his 代理, a clerk with the 代录 right naming one of them, or
the administrator; a clerk of another 科 is refused naming the unit and is not offered them. Without
the chain in force, nothing changes."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import petitions, positions, responsibility, settings, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError
from officedesk.store.petitions import Petition
from tests.petitions.conftest import leader
from tests.staff import make_staff

TODAY = dt.date(2026, 11, 16)
# username, 姓名, role, 单位, 职务, 分管, 代录
STAFF = [
    ("xfkz", "何科长", "clerk", "县委办公室信访科", "科长", "", False),
    ("xfky", "蒋科员", "clerk", "县委办公室信访科", "科员", "", False),
    ("zhky", "徐科员", "clerk", "县委办公室综合科", "科员", "", False),
    ("xxkz", "唐科长", "clerk", "县委办公室信息科", "科长", "", False),
    ("wenshu", "周文书", "clerk", "县委办公室秘书科", "科员", "", True),
]
SIDE = {"告知", "办理", "延期", "办结", "复查申请", "复核申请", "复查复核答复", "标为重复件",
        "转督查"}


@pytest.fixture
def office(db, fixed_today, monkeypatch):
    from officedesk.core import passwords

    fixed_today(TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    return make_staff(STAFF)


def _petition(office, handling: str = "交办") -> int:
    """A letter registered and 处理'd by the 信访科's 科长 (交办 by default: it waits for 告知)."""
    pid = petitions.register_petition(
        {"信访形式": "来信", "信访人": "张测试", "问题类别": "城乡建设",
         "反映内容": "道路损坏无人修", "登记日期": TODAY.isoformat()}, None, CLI_ACTOR).id
    values = {"处理方式": handling}
    if handling in ("交办", "转送"):
        values["去向单位"] = "县人力资源和社会保障局"
    if handling == "交办":
        values["回报期限"] = "2026-12-20"
    steps.perform("petitions", pid, "处理", values, office["xfkz"])
    return pid


def _offered(pid: int, actor) -> set[str]:
    return {s.name for s in steps.available_steps("petitions", pid, actor)}


@pytest.mark.parametrize("user", ["zhky", "xxkz"])
def test_a_clerk_of_another_section_is_offered_none_of_the_petition_s_steps(office, user):
    pid = _petition(office)
    assert not _offered(pid, office[user]) & SIDE
    assert {"告知", "标为重复件", "转督查"} <= _offered(pid, office["xfky"])


@pytest.mark.parametrize(("step", "values"), [
    ("告知", {}),
    ("标为重复件", {"原件": "1"}),
    ("转督查", {"批示内容": "请督办"}),
    ("延期", {"延期理由": "情况复杂", "批准人": "陈丽华"}),
    ("办结", {}),
])
def test_a_clerk_of_another_section_is_refused_naming_the_unit(office, step, values):
    leader()
    _petition(office)  # the original a repeat names (id 1)
    pid = _petition(office, "转送" if step == "办结" else "交办")
    if step in ("延期", "办结"):  # after 告知: 办理中, 已转送
        steps.perform("petitions", pid, "告知", {}, office["xfky"])
    before = Petition.get_by_id(pid)
    with pytest.raises(ProcedureError) as refused:
        steps.perform("petitions", pid, step, values, office["zhky"])
    message = refused.value.message
    assert f"“{step}”应由" in message and "信访科的人员" in message, message
    assert "您是县委办公室综合科科员" in message, message
    after = Petition.get_by_id(pid)
    assert (after.state, after.version, after.supervision_id) == \
        (before.state, before.version, before.supervision_id)
    assert [s.step for s in responsibility.signs("petitions", pid)][-1] == \
        ("告知" if step in ("延期", "办结") else "处理")


def test_a_clerk_of_the_petitions_section_notifies_and_records_the_handling(office):
    pid = _petition(office)
    steps.perform("petitions", pid, "告知", {"告知方式和内容": "书面告知"}, office["xfky"])
    assert Petition.get_by_id(pid).state == "办理中"
    with pytest.raises(ProcedureError, match="信访科的人员"):
        steps.perform("petitions", pid, "办理", {"办理情况": "已派人查看"}, office["zhky"])
    steps.perform("petitions", pid, "办理", {"办理情况": "已派人查看"}, office["xfky"])
    signed = responsibility.signs("petitions", pid)
    assert [(s.step, s.mode, s.actor) for s in signed] == \
        [("处理", "本人", "xfkz"), ("告知", "本人", "xfky"), ("办理", "本人", "xfky")]


def test_a_proxy_clerk_records_it_for_a_user_of_the_section_only(office):
    pid = _petition(office)
    with pytest.raises(ProcedureError, match="代录时请写明代谁录入"):
        steps.perform("petitions", pid, "告知", {}, office["wenshu"])
    with pytest.raises(ProcedureError, match="徐科员不能“告知”"):
        steps.perform("petitions", pid, "告知", {}, office["wenshu"], person="徐科员")
    steps.perform("petitions", pid, "告知", {}, office["wenshu"], person="蒋科员")
    sign = responsibility.signs("petitions", pid)[-1]
    assert (sign.step, sign.mode, sign.person, sign.actor) == \
        ("告知", responsibility.ENTERED, "蒋科员", "wenshu")


def test_a_substitute_of_a_user_of_the_section_does_it(office):
    pid = _petition(office)
    positions.set_delegation("xfky", "zhky", TODAY, TODAY + dt.timedelta(days=3), CLI_ACTOR)
    assert "告知" in _offered(pid, office["zhky"])
    steps.perform("petitions", pid, "告知", {}, office["zhky"])
    sign = responsibility.signs("petitions", pid)[-1]
    assert (sign.step, sign.mode, sign.person, sign.actor) == \
        ("告知", responsibility.SUBSTITUTE, "蒋科员", "zhky")


def test_the_administrator_does_it_in_his_own_name(office, admin):
    pid = _petition(office)
    assert {"告知", "标为重复件"} <= _offered(pid, admin)
    steps.perform("petitions", pid, "告知", {}, admin)
    assert responsibility.signs("petitions", pid)[-1].mode == responsibility.SELF


@pytest.mark.parametrize(("key", "value"), [("chain.petitions", ""), ("chain.enforce", "否")],
                         ids=["no-petition-chain", "chains-off"])
def test_without_the_chain_in_force_anyone_who_may_write_does_them(office, key, value):
    pid = _petition(office)
    settings.put(key, value, CLI_ACTOR)
    assert {"告知", "标为重复件", "转督查"} <= _offered(pid, office["zhky"])
    steps.perform("petitions", pid, "告知", {}, office["zhky"])
    assert Petition.get_by_id(pid).state == "办理中"
    assert {"办理", "延期"} <= _offered(pid, office["zhky"])
    steps.perform("petitions", pid, "办理", {"办理情况": "已派人查看"}, office["zhky"])
