"""代录 of every approval-chain step: a clerk (or the command line) records the step its holder
signed on paper, naming him. A chain step that names nobody in its fields (分解, 办结, 修改)
takes the person as --person / the dialog's 经办人, read from the chain, not flagged by hand."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from officedesk.core import chains, positions, records, responsibility, steps, users
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.core.errors import ProcedureError, ValidationError

from .conftest import TODAY


@pytest.fixture
def office(staffed):
    for username, name, position in (("dckz", "陈科长", "科长"), ("dcky", "林科员", "科员")):
        users.create_user(username, "pass1234", "clerk", CLI_ACTOR, display_name=name, clearance=3)
        positions.set_post(username, CLI_ACTOR, unit="督查室", position=position)
        staffed[username] = users.actor_for(users.get_user(username))
    return staffed


def _item() -> int:
    return sv.create_item_from_source("other", None, "推进老旧小区改造", "年内完成。", CLI_ACTOR,
                                      leader="孙主任", deadline=dt.date(2026, 12, 30)).id


SPLIT = {"牵头单位": "市住建局", "办理要求": "按期完成", "时限": "2026-12-20"}


def _chain_steps(registry: str):
    """Each variant's chain (请示, 绝密 … as a record of that kind would get it) and its steps."""
    for variant in chains.variants(registry):
        record = SimpleNamespace(kind=variant, secrecy=variant)
        chain = chains.chain_for(registry, record)
        assert chain is not None
        for entry in chain.steps:
            yield variant, record, entry


@pytest.mark.parametrize("registry", chains.registries())
def test_every_step_of_the_default_chains_takes_the_person_it_is_recorded_for(office, registry):
    proc = steps.procedure(registry)
    seen = 0
    for variant, record, entry in _chain_steps(registry):
        step = proc.find(responsibility.step_name(registry, entry.step))
        assert step.accepts_person(record), (registry, variant, entry.step)
        seen += 1
    assert seen


def test_a_step_added_to_a_chain_takes_the_person_and_one_outside_does_not(office):
    proc = steps.procedure("supervision")
    item = records.get(sv.SPEC, _item(), CLI_ACTOR)
    assert not proc.find("反馈").accepts_person(item)
    assert proc.find("延期").accepts_person(item)  # 分解's holder's decision (held_by)
    with pytest.raises(ValidationError, match="“反馈”不接受 --person"):
        steps.perform("supervision", item.id, "反馈", {"进展情况": "已开工"}, CLI_ACTOR,
                      person="陈科长")
    chains.save_chain("supervision", "", chains.chain_text("supervision") + "\n反馈 科长@督查室",
                      CLI_ACTOR)
    assert proc.find("反馈").accepts_person(item)


def test_the_command_line_records_a_split_and_the_close_for_the_section_chief(office):
    item = _item()
    with pytest.raises(ProcedureError, match="代录时请写明代谁录入"):
        steps.perform("supervision", item, "分解", SPLIT, CLI_ACTOR)
    steps.perform("supervision", item, "分解", SPLIT, CLI_ACTOR, person="陈科长")
    sign = responsibility.last_sign("supervision", item, "分解")
    # the paper's date is the day it was done, not the task's 时限
    assert (sign.mode, sign.actor, sign.person, sign.paper_date) == (
        "代录", "cli-admin", "陈科长", TODAY)
    assert responsibility.signer("supervision", item, "分解").startswith("陈科长（代录：命令行")
    steps.perform("supervision", item, "任务办结", {"办结情况": "已完成。"}, CLI_ACTOR)
    with pytest.raises(ProcedureError, match="林科员不能“办结”"):  # 办结 is the 科长's
        steps.perform("supervision", item, "办结", {"办结报告": "已办结。"}, CLI_ACTOR,
                      person="林科员")
    done = steps.perform("supervision", item, "办结", {"办结报告": "已办结。"}, CLI_ACTOR,
                         person="陈科长")
    sign = responsibility.last_sign("supervision", item, "办结")
    assert (done.state, sign.mode, sign.person) == ("按期办结", "代录", "陈科长")


def test_a_clerk_with_the_proxy_right_records_a_split_for_the_holder(office):
    item = _item()
    with pytest.raises(ProcedureError, match="代录时请写明代谁录入"):
        steps.perform("supervision", item, "分解", SPLIT, office["wenshu"])
    with pytest.raises(ProcedureError, match="应由督查室的科长或副科长（陈科长）办理；您是综合处科员"):
        steps.perform("supervision", item, "分解", SPLIT, office["kuiyuan"], person="陈科长")
    steps.perform("supervision", item, "分解", SPLIT, office["wenshu"], person="陈科长")
    sign = responsibility.last_sign("supervision", item, "分解")
    assert (sign.mode, sign.actor, sign.person) == ("代录", "wenshu", "陈科长")
    assert list(responsibility.audit_marks("supervision", item).values()) == [
        responsibility.sign_text(sign)]
    steps.perform("supervision", item, "分解", {**SPLIT, "牵头单位": "市财政局"}, office["dckz"])
    assert responsibility.last_sign("supervision", item, "分解").mode == "本人"


def test_a_redraft_after_a_return_is_recorded_for_the_drafter(office):
    doc = outgoing.draft({"标题": "关于经费的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员"}, office["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {}, office["chuzhang"])
    steps.perform("outgoing", doc, "退回", {"退回到": "拟稿", "理由": "数字不对"},
                  office["fuzhuren"])
    with pytest.raises(ProcedureError, match="代录时请写明代谁录入"):
        steps.perform("outgoing", doc, "修改", {"标题": "关于拨付经费的通知"}, CLI_ACTOR)
    steps.perform("outgoing", doc, "修改", {"标题": "关于拨付经费的通知"}, CLI_ACTOR,
                  person="张科员")
    sign = responsibility.last_sign("outgoing", doc, "修改")
    assert (sign.mode, sign.person) == ("代录", "张科员")
    assert any(mark.startswith("（代录：") for mark in
               responsibility.history_marks("outgoing", doc).values())
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).title == "关于拨付经费的通知"


def test_the_step_dialog_offers_the_person_of_a_chain_step(office, qtbot):
    from officedesk.ui.widgets.step_form import SpecStepDialog

    item = records.get(sv.SPEC, _item(), CLI_ACTOR)
    outside = SpecStepDialog(office["wenshu"], "supervision", item, "反馈")
    qtbot.addWidget(outside)
    assert "person" not in outside.widgets
    held = SpecStepDialog(office["wenshu"], "supervision", item, "延期")  # 分解's holder's
    qtbot.addWidget(held)
    assert "person" in held.widgets
    dialog = SpecStepDialog(office["wenshu"], "supervision", item, "分解")
    qtbot.addWidget(dialog)
    assert "person" in dialog.widgets
    for key, value in (("lead_unit", "市住建局"), ("deadline", dt.date(2026, 12, 20)),
                       ("person", "陈科长")):
        dialog.set_value(key, value)
    assert dialog.try_submit(), dialog.general_error.text()
    sign = responsibility.last_sign("supervision", item.id, "分解")
    assert (sign.mode, sign.actor, sign.person) == ("代录", "wenshu", "陈科长")
