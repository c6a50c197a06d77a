"""延期, 任务办结, 删除任务 and 催办 are decided by 分解's holders (督查室 科长、副科长): the 科长
approves a 延期 on paper and a 督查室 clerk with the 代录 right records it naming him — the step
takes the person (--person, the dialog's 经办人) and signs 代录 like any chain step. Naming
someone who does not hold 分解 is refused; a user without the right is refused as before; the
holder himself, his 代理 and the administrator do it as before; 分解 still waits for its holders."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import my_work, passwords, records, responsibility, steps
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError
from officedesk.store.models import AuditEntry
from tests.cli_office import Office, office  # noqa: F401 (the fixture)
from tests.supervision.split_office import split_office

EXTEND = {"办结时限": "2026-12-31", "延期理由": "单位申请"}
STEPS = [("延期", EXTEND), ("任务办结", {"办结情况": "已完成"}), ("删除任务", {"任务序号": "1"}),
         ("催办", {})]


@pytest.fixture
def sv_office(db, fixed_today, monkeypatch):
    return split_office(fixed_today, monkeypatch, [
        ("dy", "郑文", "clerk", "督查室", "科员", "", True),  # may record for others (代录)
        ("dk", "郭阳", "clerk", "督查室", "科员", "", False),
        ("xm", "徐明", "clerk", "综合科", "科员", "", False),
    ])


def _done(item: int, step: str) -> bool:
    """The step's effect on the item is there."""
    found = sv.tasks_of(item, CLI_ACTOR)
    if step == "延期":
        return sv.get_item(item, CLI_ACTOR).deadline == dt.date(2026, 12, 31)
    if step == "任务办结":
        return found[0].status != sv.TASK_OPEN
    if step == "删除任务":
        return found == []
    return bool(sv.reminders.reminders_of(item, CLI_ACTOR))


@pytest.mark.parametrize("step, values", STEPS)
def test_a_recording_clerk_records_the_step_for_the_section_chief(sv_office, step, values):
    item = sv_office["item"]
    assert step in [s.name for s in steps.available_steps("supervision", item, sv_office["dy"])]
    steps.perform("supervision", item, step, values, sv_office["dy"], person="何斌")
    assert _done(item, step)
    sign = responsibility.last_sign("supervision", item, step)
    assert (sign.mode, sign.person, sign.actor, sign.actor_name) == ("代录", "何斌", "dy", "郑文")
    # the history shows the step's own audit entry as recorded by the clerk for the 科长
    entry = AuditEntry.get_by_id(sign.audit_id)
    assert (entry.registry, entry.record_id, entry.actor) == ("supervision", item, "dy")
    assert responsibility.audit_marks("supervision", item) == {
        sign.audit_id: responsibility.sign_text(sign)}
    assert responsibility.sign_text(sign).startswith("何斌（代录：郑文 ")


@pytest.mark.parametrize("step, values", STEPS)
def test_a_recording_clerk_must_name_a_holder_of_the_split(sv_office, step, values):
    item = sv_office["item"]
    with pytest.raises(ProcedureError, match="代录时请写明代谁录入：“经办人”一栏（命令行：--person 姓名）"):
        steps.perform("supervision", item, step, values, sv_office["dy"])
    for wrong in ("徐明", "郭阳"):
        with pytest.raises(ProcedureError, match=f"{wrong}不能“{step}”：“{step}”与“分解”一样，"
                                                 "应由督查室的科长或副科长（何斌、马丽）办理"):
            steps.perform("supervision", item, step, values, sv_office["dy"], person=wrong)
    with pytest.raises(ProcedureError, match="“王五”不是本系统的用户"):
        steps.perform("supervision", item, step, values, sv_office["dy"], person="王五")
    assert not _done(item, step)
    assert responsibility.last_sign("supervision", item, step) is None


@pytest.mark.parametrize("step, values", STEPS)
def test_a_user_without_the_right_may_not_record_it_for_the_chief(sv_office, step, values):
    item = sv_office["item"]
    for who, post in (("dk", "督查室科员"), ("xm", "综合科科员")):
        assert step not in [s.name for s in steps.available_steps("supervision", item, sv_office[who])]
        for person in ("何斌", ""):
            with pytest.raises(ProcedureError, match=f"“{step}”与“分解”一样，应由督查室的科长或副科长"
                                                     f"（何斌、马丽）办理；您是{post}"):
                steps.perform("supervision", item, step, values, sv_office[who], person=person)
    assert not _done(item, step)


@pytest.mark.parametrize("step, values", STEPS)
@pytest.mark.parametrize("person", ["", "何斌", "dc"])
def test_the_holder_does_it_himself_as_before(sv_office, step, values, person):
    item = sv_office["item"]
    steps.perform("supervision", item, step, values, sv_office["dc"], person=person)
    assert _done(item, step)
    sign = responsibility.last_sign("supervision", item, step)
    assert (sign.mode, sign.actor) == ("本人", "dc")
    assert responsibility.audit_marks("supervision", item) == {}


def test_the_administrator_does_it_in_his_own_name_or_records_it(sv_office):
    item = sv_office["item"]
    steps.perform("supervision", item, "延期", EXTEND, CLI_ACTOR)
    assert responsibility.last_sign("supervision", item, "延期").mode == "本人"
    steps.perform("supervision", item, "任务办结", {"办结情况": "已完成"}, CLI_ACTOR, person="马丽")
    sign = responsibility.last_sign("supervision", item, "任务办结")
    assert (sign.mode, sign.person) == ("代录", "马丽")


def test_recording_it_leaves_the_split_waiting_for_its_holders(sv_office):
    """An item without tasks waits for 分解: a 延期 recorded for the 科长 is no 分解 — it stays
    in the 科长's and 副科长's 待办, and the clerk has not sent it on."""
    item = sv.create_item({"事项名称": "整治农村人居环境", "来源": "领导批示", "事项内容": "略",
                           "立项日期": "2026-11-25", "办结时限": "2026-12-20"}, CLI_ACTOR).id
    steps.perform("supervision", item, "延期", {**EXTEND, "延期理由": "待定牵头单位"},
                  sv_office["dy"], person="何斌")
    record = records.get(sv.SPEC, item, CLI_ACTOR)
    assert responsibility.waiting_step("supervision", record) == "分解"
    assert responsibility.last_sign("supervision", item, "分解") is None
    for holder in ("dc", "dfk"):
        assert (item, "分解") in [(w.record_id, w.step) for w in my_work.my_pending(sv_office[holder])]
    assert item not in [w.record_id for w in my_work.my_pending(sv_office["dy"])]
    assert item not in [w.record_id for w in my_work.sent_on(sv_office["dy"])]
    assert "分解" not in [s.name for s in steps.available_steps("supervision", item, sv_office["dk"])]


def test_cli_records_an_extension_for_the_chief(office, monkeypatch):  # noqa: F811
    """The reported case: `step … 延期 … --person 何斌 --as 督查室的代录文书`."""
    cli: Office = office
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    monkeypatch.setenv("OFFICEDESK_USER_PASSWORD", "pass1234")
    cli("users", "add", "dc", "姓名=何斌", "单位=督查室", "职务=科长", "角色=科员", "密级=机密")
    cli("users", "add", "dy", "姓名=郑文", "单位=督查室", "职务=科员", "角色=科员", "密级=机密",
        "代录=是")
    cli("users", "add", "dk", "姓名=郭阳", "单位=督查室", "职务=科员", "角色=科员", "密级=机密")
    item = cli.json("add", "supervision", "事项名称=推进老旧小区改造", "来源=领导批示",
                    "办结时限=2026-12-30")["id"]
    cli("step", "supervision", str(item), "分解", "牵头单位=县财政局", "时限=2026-12-10", "--as", "dc")
    extend = ("延期", "办结时限=2027-01-31", "延期理由=单位申请", "单位=县财政局")
    offered = next(s for s in cli.json("steps", "supervision", str(item), "--as", "dy")["steps"]
                   if s["step"] == "延期")
    assert offered["person"] is True
    _out, err = cli("step", "supervision", str(item), *extend, "--person", "郭阳", "--as", "dy",
                    code=1)
    assert "郭阳不能“延期”：“延期”与“分解”一样，应由督查室的科长或副科长（何斌）办理" in err
    _out, err = cli("step", "supervision", str(item), *extend, "--person", "何斌", "--as", "dk",
                    code=1)
    assert "应由督查室的科长或副科长（何斌）办理；您是督查室科员" in err
    cli("step", "supervision", str(item), *extend, "--person", "何斌", "--as", "dy")
    task = sv.tasks_of(item, CLI_ACTOR)[0]
    assert task.deadline == dt.date(2027, 1, 31)
    sign = responsibility.last_sign("supervision", item, "延期")
    assert (sign.mode, sign.person, sign.actor) == ("代录", "何斌", "dy")
    assert responsibility.audit_marks("supervision", item)[sign.audit_id].startswith("何斌（代录：郑文")


def test_a_refusal_names_the_step_done_and_a_stopped_account_as_stopped(sv_office):
    """Not “不是本系统的用户，不能代其录入“分解”” for a 延期 naming a 科长 whose account was
    stopped, nor “不能代理其“分解”” for a 代理 out of his period."""
    from officedesk.core import accounts, positions

    item = sv_office["item"]
    accounts.deactivate("dfk", CLI_ACTOR)
    with pytest.raises(ProcedureError) as refused:
        steps.perform("supervision", item, "延期", EXTEND, sv_office["dy"], person="马丽")
    assert "“马丽”的账号已停用，不能代其录入“延期”" in refused.value.message, refused.value.message
    positions.set_delegation("dc", "dk", dt.date(2026, 11, 20), dt.date(2026, 11, 25), CLI_ACTOR)
    with pytest.raises(ProcedureError) as refused:
        steps.perform("supervision", item, "延期", EXTEND, sv_office["dk"])
    assert "不能代理其“延期”" in refused.value.message and "“分解”" not in refused.value.message.split(
        "不能代理其")[1].split("。")[0], refused.value.message
