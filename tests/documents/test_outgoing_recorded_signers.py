"""A 发文 added or imported in a later state than 拟稿 records its 核稿 and 签发: the people it
names must hold those steps of the chain in force for it (a 请示 its own), as the step path
judges a person it names (responsibility.capacity) — refused in the step path's words, in its
row and column on import, nothing written. Without the chains in force nothing is checked."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from officedesk.core import chains, settings, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.core.documents.outgoing import OUTGOING
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.store.documents import DocStep, OutgoingDoc
from tests.exchange.import_paths import import_by
from tests.exchange.sheets import write_sheet

REQUEST = {"标题": "关于申请专项经费的请示", "文种": "请示", "拟稿单位": "综合处", "拟稿人": "张科员",
           "主送": "中共云山市委"}
SIGNED = {**REQUEST, "核稿人": "李处长", "签发人": "孙主任", "签发日期": "2026-11-13"}


def _add(values: dict[str, Any], actor: Any = CLI_ACTOR) -> OutgoingDoc:
    return OUTGOING.create_hook(dict(values), actor)  # as `add` makes it


def _step_refusal(step: str, named: str, staffed: dict[str, Any]) -> str:
    """What the step path answers the command line naming `named` for `step` of the request."""
    doc = outgoing.draft(dict(REQUEST), CLI_ACTOR).id
    if step == "签发":
        steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
        steps.perform("outgoing", doc, "审核", {}, staffed["fuzhuren"])
    with pytest.raises(ProcedureError) as refused:
        steps.perform("outgoing", doc, step, {f"{step}人": named}, CLI_ACTOR)
    OutgoingDoc.delete().where(OutgoingDoc.id == doc).execute()
    DocStep.delete().where(DocStep.record_id == doc).execute()
    return str(refused.value)


@pytest.mark.parametrize(("column", "field", "step", "named"), [
    ("签发人", "signer", "签发", "张科员"),     # a 科员 (and its drafter)
    ("签发人", "signer", "签发", "赵副主任"),   # a 副主任: a 请示 is the 主任's to sign
    ("核稿人", "checker", "核稿", "张科员"),     # a 科员 does not 核稿
    ("核稿人", "checker", "核稿", "吴处长"),     # a 处长 of another unit
])
def test_a_signed_request_names_the_holders_of_its_steps(staffed, column, field, step, named):
    expected = _step_refusal(step, named, staffed)
    assert expected.startswith(f"{named}不能“{step}”")
    with pytest.raises(ValidationError) as refused:
        _add({**SIGNED, column: named})
    assert str(refused.value) == expected
    assert refused.value.field == field
    assert OutgoingDoc.select().count() == 0
    record = _add(SIGNED)  # the right people
    assert (record.state, record.checker, record.signer) == ("已签发", "李处长", "孙主任")


def test_a_later_state_is_judged_too(staffed):
    numbered = {**SIGNED, "状态": "已编号", "复核人": "周文书", "发文字号": "某委办发〔2026〕1号"}
    with pytest.raises(ValidationError, match="赵副主任不能“签发”：应由主任（孙主任）办理"):
        _add({**numbered, "签发人": "赵副主任"})
    assert _add(numbered).doc_no == "某委办发〔2026〕1号"


def test_a_notice_takes_the_general_chain(staffed):
    chains.save_chain("outgoing", "", "核稿 处长、科长@本单位 1日\n签发 副主任@分管或主任 1日", CLI_ACTOR)
    notice = {**SIGNED, "标题": "关于节能的通知", "文种": "通知", "主送": "各处室"}
    assert _add({**notice, "签发人": "赵副主任"}).signer == "赵副主任"
    with pytest.raises(ValidationError, match="钱副主任不能“签发”"):  # 分管 督查室, not 综合处
        _add({**notice, "标题": "关于值班的通知", "签发人": "钱副主任"})
    with pytest.raises(ValidationError, match="赵副主任不能“签发”：应由主任"):  # its own chain
        _add({**SIGNED, "签发人": "赵副主任"})


def test_a_user_with_the_right_is_judged_alike(staffed):
    with pytest.raises(ValidationError, match="张科员不能“签发”"):
        _add({**SIGNED, "签发人": "张科员"}, staffed["wenshu"])
    assert _add(SIGNED, staffed["wenshu"]).signer == "孙主任"


@pytest.mark.parametrize("how", ["batch", "rows"])
def test_the_import_refuses_the_row_and_writes_nothing(staffed, tmp_path, monkeypatch, how):
    rows = [
        {**SIGNED, "签发日期": dt.date(2026, 11, 13)},
        {**SIGNED, "标题": "关于申请培训经费的请示", "签发人": "赵副主任", "签发日期": dt.date(2026, 11, 13)},
        {**SIGNED, "标题": "关于申请车辆经费的请示", "核稿人": "张科员", "签发日期": dt.date(2026, 11, 13)},
    ]
    path = write_sheet(OUTGOING, tmp_path / "发文.xlsx", rows)
    report = import_by(how, OUTGOING, path, staffed["wenshu"], monkeypatch)
    assert not report.ok and report.imported == 0
    assert [(p.row, p.column) for p in report.problems] == [(3, "签发人"), (4, "核稿人")]
    assert "赵副主任不能“签发”：应由主任（孙主任）办理" in report.problems[0].reason
    assert OutgoingDoc.select().count() == DocStep.select().count() == 0


def test_without_the_chains_in_force_nothing_is_checked(staffed):
    settings.put("chain.enforce", "否")
    assert _add({**SIGNED, "签发人": "张科员"}).signer == "张科员"


def test_a_user_named_by_his_username_is_written_by_his_name(staffed):
    """As the step path writes the person it names (step_values.person_values): the 姓名."""
    record = _add({**SIGNED, "核稿人": "chuzhang", "签发人": "zhuren"})
    assert (record.checker, record.signer) == ("李处长", "孙主任")


def test_without_its_unit_the_checker_cannot_be_judged(staffed):
    """核稿 is the 处长's or 科长's of the drafting unit: without one, nobody's (the step path's
    words), refused naming 拟稿单位."""
    with pytest.raises(ValidationError, match="没有填写拟稿单位") as refused:
        _add({k: v for k, v in SIGNED.items() if k != "拟稿单位"})
    assert refused.value.field == "drafting_unit"
