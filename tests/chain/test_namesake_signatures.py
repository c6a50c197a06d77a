"""A step recorded for someone (代录) or done as his 代理 keeps the 用户名 of the one it was
done for, not only his 姓名: of two users named 王伟 — the 处长 whose 核稿 a clerk entered from
paper and the 副主任 who 审核s it — neither is taken for the other, while a signature kept
before the column existed (姓名 only) is judged by 姓名 as before."""

from __future__ import annotations

import pytest

from officedesk.core import responsibility, steps
from officedesk.core.documents import outgoing
from officedesk.core.errors import ProcedureError
from officedesk.store import db as store_db
from officedesk.store import migrations
from officedesk.store.chain import StepSign
from tests.staff import make_staff

from .conftest import TODAY

STAFF = [
    ("kuiyuan", "张科员", "clerk", "综合处", "科员", "", False),
    ("wangwei1", "王伟", "clerk", "综合处", "处长", "", False),
    ("wangwei2", "王伟", "leader", "办公室领导", "副主任", "综合处", False),
    ("zhuren", "孙主任", "leader", "办公室领导", "主任", "", False),
    ("wenshu", "周文书", "clerk", "秘书科", "科员", "", True),
]


@pytest.fixture
def office(db, fixed_today):
    fixed_today(TODAY)
    return make_staff(STAFF)


def _checked_for_the_chief(office):
    """A draft whose 核稿 the clerk entered from paper for 王伟 (the 处长: the one who holds it)."""
    doc = outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员"}, office["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {"核稿人": "王伟"}, office["wenshu"])
    return doc


def test_an_entered_signature_keeps_the_user_it_was_entered_for(office):
    doc = _checked_for_the_chief(office)
    sign = responsibility.last_sign("outgoing", doc, "核稿")
    assert (sign.mode, sign.person, sign.person_username) == ("代录", "王伟", "wangwei1")


def test_a_namesake_of_whom_a_step_was_entered_for_may_do_the_next_level(office):
    doc = _checked_for_the_chief(office)
    # the window offers it to him, and core lets him: 王伟 the 副主任 did not 核稿 it
    assert "审核" in [s.name for s in steps.available_steps("outgoing", doc, office["wangwei2"])]
    steps.perform("outgoing", doc, "审核", {"意见": "同意"}, office["wangwei2"])
    sign = responsibility.last_sign("outgoing", doc, "审核")
    assert (sign.mode, sign.person, sign.person_username) == ("本人", "王伟", "wangwei2")


def test_a_signature_kept_before_the_column_is_judged_by_name(office):
    doc = _checked_for_the_chief(office)
    StepSign.update(person_username=None).where(StepSign.record_id == doc).execute()
    with pytest.raises(ProcedureError, match="王伟已“核稿”这件发文，不能再“审核”"):
        steps.perform("outgoing", doc, "审核", {"意见": "同意"}, office["wangwei2"])


def test_the_one_it_was_entered_for_still_does_not_do_two_levels(office):
    """The 处长 whose 核稿 was entered does not 签发 it as the 主任's 代理 (judged by 用户名)."""
    from officedesk.core import positions

    doc = _checked_for_the_chief(office)
    steps.perform("outgoing", doc, "审核", {"意见": "同意"}, office["wangwei2"])
    positions.set_delegation("zhuren", "wangwei1", TODAY, TODAY, office["zhuren"])
    with pytest.raises(ProcedureError, match="王伟已“核稿”这件发文，不能再“签发”（代理孙主任）"):
        steps.perform("outgoing", doc, "签发", {"签发意见": "同意"}, office["wangwei1"])


def test_migration_36_gives_the_signatures_the_user_they_were_for(tmp_path):
    store_db.close_database()
    old = store_db.open_database(str(tmp_path / "old35.db"))
    try:
        old.execute_sql("alter table step_sign drop column person_username")
        old.execute_sql("delete from schema_version where version = 36")
        assert migrations.migrate(old, backup=lambda db, version: None) == [36]
        assert "person_username" in migrations.column_names(old, "step_sign")
    finally:
        store_db.close_database()


def test_the_step_dialog_names_the_account_among_namesakes(office, qtbot):
    """Both 王伟 hold 核稿: the window's 核稿人 takes the 用户名 the refusal asks for, and the
    signature keeps it (the dialog goes through the runner, as `step` does)."""
    from officedesk.core import records
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.ui.widgets.step_form import SpecStepDialog

    make_staff([("wangwei3", "王伟", "clerk", "综合处", "处长", "", False)])
    doc = outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员"}, office["kuiyuan"]).id
    record = records.get(outgoing.OUTGOING, doc, CLI_ACTOR)
    dialog = SpecStepDialog(office["wenshu"], "outgoing", record, "核稿")
    qtbot.addWidget(dialog)
    dialog.set_value("checker", "王伟")
    assert not dialog.try_submit()
    assert "请填写其中一位的用户名" in dialog.general_error.text()
    dialog.set_value("checker", "wangwei3")
    assert dialog.try_submit()
    sign = responsibility.last_sign("outgoing", doc, "核稿")
    assert (sign.mode, sign.person, sign.person_username) == ("代录", "王伟", "wangwei3")
    # the other 处长 王伟 did not 核稿 it; 王伟 the 副主任 审核s it
    steps.perform("outgoing", doc, "审核", {"意见": "同意"}, office["wangwei2"])


@pytest.fixture
def cli_office(tmp_path, monkeypatch, capsys):
    from tests.cli_office import new_office

    yield from new_office(tmp_path, monkeypatch, capsys)


def test_the_command_line_names_the_account(cli_office, monkeypatch):
    from officedesk.core import passwords

    cli = cli_office
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    monkeypatch.setenv("OFFICEDESK_USER_PASSWORD", "pass1234")
    cli("users", "add", "wangwei1", "姓名=王伟", "单位=综合处", "职务=处长", "角色=科员",
        "密级=绝密", "--new-section")
    cli("users", "add", "wangwei3", "姓名=王伟", "单位=综合处", "职务=处长", "角色=科员",
        "密级=绝密")
    cli("users", "add", "wangwei2", "姓名=王伟", "单位=办公室领导", "职务=副主任", "角色=领导",
        "密级=绝密", "分管=综合处", "--new-section")
    doc = cli.json("add", "outgoing", "文种=通知", "标题=关于某事的通知", "拟稿单位=综合处",
                   "拟稿人=张三", "主送=各乡镇党委")["id"]
    _out, err = cli("step", "outgoing", str(doc), "核稿", "核稿人=王伟", code=1)
    assert "请填写其中一位的用户名" in err
    cli("step", "outgoing", str(doc), "核稿", "--person", "wangwei3")
    store_db.open_database(str(cli.db))
    try:
        sign = responsibility.last_sign("outgoing", doc, "核稿")
        assert (sign.mode, sign.person, sign.person_username) == ("代录", "王伟", "wangwei3")
    finally:
        store_db.close_database()
    cli("step", "outgoing", str(doc), "审核", "--as", "wangwei2")


def test_a_substitutes_signature_keeps_whom_he_stood_in_for(db, fixed_today):
    """代理: 刘科员 does the 核稿 of 王伟 the 处长 as his substitute; 王伟 the 主任 signs the draft
    himself — not taken for the 处长 whose 核稿 it was."""
    from officedesk.core import positions

    fixed_today(TODAY)
    staff = make_staff([
        ("kuiyuan", "张科员", "clerk", "综合处", "科员", "", False),
        ("liu", "刘科员", "clerk", "综合处", "科员", "", False),
        ("wangwei1", "王伟", "clerk", "综合处", "处长", "", False),
        ("fuzhuren", "赵副主任", "leader", "办公室领导", "副主任", "综合处", False),
        ("wangwei3", "王伟", "leader", "办公室领导", "主任", "", False),
    ])
    positions.set_delegation("wangwei1", "liu", TODAY, TODAY, staff["wangwei1"])
    doc = outgoing.draft({"标题": "关于某事的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员"}, staff["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {}, staff["liu"])
    sign = responsibility.last_sign("outgoing", doc, "核稿")
    assert (sign.mode, sign.person, sign.person_username) == ("代理", "王伟", "wangwei1")
    steps.perform("outgoing", doc, "审核", {"意见": "同意"}, staff["fuzhuren"])
    steps.perform("outgoing", doc, "签发", {"签发意见": "同意"}, staff["wangwei3"])
    assert responsibility.last_sign("outgoing", doc, "签发").person_username == "wangwei3"
