"""信息 in the approval chain (逐级负责): 初审 and 编辑 by the 信息科's staff, 签发 by its 科长 or
the 副主任 in charge of it; a 科员 is refused with who may sign, 代录 is recorded as such, and
我的待办 shows each waiting step to the right people — in core, the command line and the window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from officedesk.core import chains, info, my_work, passwords, responsibility, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError
from officedesk.ui.context import AppContext
from officedesk.ui.info import make_tab
from tests.staff import make_staff

TODAY = dt.date(2026, 11, 16)
OFFICE = "县委办公室"
# username, 姓名, role, 单位, 职务, 分管, 代录
STAFF = [
    ("ys", "杨帅", "clerk", OFFICE + "信息科", "科员", "", False),
    ("ty", "唐岩", "clerk", OFFICE + "信息科", "科长", "", False),
    ("wzy", "王志远", "clerk", OFFICE + "秘书科", "科长", "", False),
    ("zjj", "赵建军", "leader", OFFICE, "副主任", OFFICE + "信息科、" + OFFICE + "机要科", False),
    ("wzg", "王志刚", "leader", OFFICE, "副主任", OFFICE + "秘书科", False),
    ("lgq", "李国强", "leader", OFFICE, "主任", "", False),
    ("zxy", "张晓燕", "clerk", OFFICE + "秘书科", "科员", "", True),
]
SIGN_WHO = "“签发”应由信息科的科长或分管信息科的副主任（唐岩、赵建军）办理"


@pytest.fixture
def staff(db, fixed_today, monkeypatch):
    fixed_today(TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    return make_staff(STAFF)


def _to_signing(report, staff, on=None):
    """An item up to 签发; `on` (a day before today): reported and handled that day."""
    item = report(reported_at=dt.datetime.combine(on, dt.time(9))) if on else report()
    steps.perform("info", item.id, "接收", {}, staff["ys"], on=on)
    steps.perform("info", item.id, "初审", {"结论": "采"}, staff["ys"], on=on)
    steps.perform("info", item.id, "编辑", {}, staff["ys"], on=on)
    return item.id


def _pending(actor):
    return [(i.registry, i.record_id, i.step) for i in my_work.my_pending(actor)]


def test_the_default_info_chain(staff):
    chain = chains.chain_for("info")
    assert [(s.step, s.who_text, s.days) for s in chain.steps] == [
        ("初审", "科员、副科长、科长@本单位", 1), ("编辑", "科员、副科长、科长@本单位", 1),
        ("签发", "科长@本单位或副主任@分管", 1)]
    assert chain.find("签发").describe(chains.own_unit("info")) == "信息科的科长或分管信息科的副主任"


def test_review_and_editing_are_the_info_sections_and_waiting_steps_reach_the_right_people(
        staff, report):
    item = report()
    steps.perform("info", item.id, "接收", {}, staff["ys"])
    assert _pending(staff["ys"]) == [("info", item.id, "初审")]
    assert _pending(staff["ty"]) == [("info", item.id, "初审")]
    for other in ("wzy", "zjj", "zxy"):
        assert _pending(staff[other]) == [], other
    with pytest.raises(ProcedureError, match="“初审”应由信息科的科员或副科长或科长（杨帅、唐岩）办理；"
                                             "您是县委办公室秘书科科长"):
        steps.perform("info", item.id, "初审", {"结论": "采"}, staff["wzy"])
    steps.perform("info", item.id, "初审", {"结论": "采"}, staff["ys"])
    assert _pending(staff["ys"]) == [("info", item.id, "编辑")]
    steps.perform("info", item.id, "编辑", {}, staff["ys"])
    assert _pending(staff["ys"]) == []
    assert _pending(staff["ty"]) == [("info", item.id, "签发")]
    assert _pending(staff["zjj"]) == [("info", item.id, "签发")]
    for other in ("wzg", "lgq", "wzy"):
        assert _pending(staff[other]) == [], other
    [sent] = my_work.sent_on(staff["ys"])
    assert (sent.record_id, sent.step, sent.waiting_for) == (item.id, "签发", "唐岩、赵建军")
    assert sent.who == "信息科的科长或分管信息科的副主任"


def test_a_clerk_is_refused_signing_and_told_who_may(staff, report):
    item = _to_signing(report, staff)
    for who in ("ys", "wzg", "lgq", "wzy"):
        with pytest.raises(ProcedureError, match=SIGN_WHO):
            steps.perform("info", item, "签发", {}, staff[who])
        assert "签发" not in [s.name for s in steps.available_steps("info", item, staff[who])]
    with pytest.raises(ProcedureError, match="您是县委办公室信息科科员"):
        steps.perform("info", item, "签发", {"签发人": "唐岩", "职务": "信息科长"}, staff["ys"])
    done = steps.perform("info", item, "签发", {}, staff["ty"])
    assert done.state == "待编发"
    assert info.get(item, CLI_ACTOR).signer == "唐岩（信息科长）"
    sign = responsibility.last_sign("info", item, "签发")
    assert (sign.mode, sign.actor, sign.person, sign.position) == ("本人", "ty", "唐岩", "科长")
    other = _to_signing(report, staff)
    steps.perform("info", other, "签发", {"职务": "信息科长"}, staff["zjj"])
    assert info.get(other, CLI_ACTOR).signer == "赵建军（分管主任）"  # his own post, not the one chosen


def test_a_signature_on_paper_is_entered_as_such(staff, report):
    item = _to_signing(report, staff, on=dt.date(2026, 11, 12))  # edited before it was signed
    with pytest.raises(ProcedureError, match="写明代谁录入"):
        steps.perform("info", item, "签发", {}, staff["zxy"])
    with pytest.raises(ProcedureError, match="王志刚不能“签发”"):
        steps.perform("info", item, "签发", {"签发人": "王志刚"}, staff["zxy"])
    steps.perform("info", item, "签发", {"签发人": "赵建军"}, staff["zxy"], on="2026-11-13")
    sign = responsibility.last_sign("info", item, "签发")
    assert (sign.mode, sign.actor, sign.person, sign.paper_date) == (
        "代录", "zxy", "赵建军", dt.date(2026, 11, 13))
    assert responsibility.sign_text(sign).startswith("赵建军（代录：张晓燕 2026-11-16")
    record = info.get(item, CLI_ACTOR)
    assert (record.signer, record.signed_on) == ("赵建军（分管主任）", dt.date(2026, 11, 13))
    assert _pending(staff["ty"]) == [] and _pending(staff["zjj"]) == []


def test_step_info_sign_as_a_user_on_the_command_line(staff, report, db, capsys):
    from officedesk import cli

    item = _to_signing(report, staff)
    path = str(db.database)

    def run(*args, code=0):
        capsys.readouterr()
        assert cli.main([*args, "--db", path]) == code
        return capsys.readouterr()

    err = run("step", "info", str(item), "签发", "--as", "ys", code=1).err
    assert SIGN_WHO in err and "您是县委办公室信息科科员" in err
    err = run("step", "info", str(item), "签发", code=1).err  # the administrator: 代录 only
    assert "代录时请写明代谁录入" in err
    run("step", "info", str(item), "签发", "--as", "ty")
    assert info.get(item, CLI_ACTOR).signer == "唐岩（信息科长）"


def test_the_window_offers_signing_only_to_those_the_chain_allows(staff, report, qtbot, tmp_path):
    item = _to_signing(report, staff)

    def tab_as(username):
        ctx = AppContext(staff[username], "test.db",
                         QSettings(str(tmp_path / f"{username}.ini"), QSettings.Format.IniFormat))
        tab = make_tab(ctx)
        qtbot.addWidget(tab)
        tab.list.refresh()
        tab.list.select_record(item)
        tab.update_current()
        return tab

    clerk = tab_as("ys")
    assert not clerk.buttons["签发"].isEnabled()
    dialog = clerk.step_dialog("签发")  # opened anyway (a stale window): core refuses
    qtbot.addWidget(dialog)
    assert not dialog.try_submit()
    assert SIGN_WHO in dialog.general_error.text()
    chief = tab_as("ty")
    assert chief.buttons["签发"].isEnabled()
    dialog = chief.step_dialog("签发")
    qtbot.addWidget(dialog)
    assert dialog.try_submit(), dialog.general_error.text()
    assert info.get(item, CLI_ACTOR).signer == "唐岩（信息科长）"
    assert responsibility.last_sign("info", item, "签发").mode == "本人"


def test_a_clerk_of_another_section_does_not_read_the_info_registry_for_his_work(
        staff, report, monkeypatch):
    from officedesk.core import records

    item = report()
    steps.perform("info", item.id, "接收", {}, staff["ys"])
    read = []
    real = records.list_ids

    def spy(spec, *args, **kwargs):
        read.append(spec.name)
        return real(spec, *args, **kwargs)

    monkeypatch.setattr(records, "list_ids", spy)
    assert _pending(staff["zxy"]) == [] and "info" not in read  # 秘书科's 科员
    assert _pending(staff["ys"]) == [("info", item.id, "初审")] and "info" in read


def test_a_substitute_signs_as_the_substitute_of_the_section_chief(staff, report):
    """代理: 唐岩 (信息科长) away, 杨帅 (科员) signs for him — recorded and shown as his 代理
    in the 信息科长's post, never as a 信息科长 himself; not on a day before the 代理 began."""
    from officedesk.core import positions

    positions.set_delegation("ty", "ys", TODAY, TODAY + dt.timedelta(days=4), CLI_ACTOR)
    item = _to_signing(report, staff)
    done = steps.perform("info", item, "签发", {}, staff["ys"])  # no 职务 typed: his principal's
    assert done.state == "待编发"
    record = info.get(item, CLI_ACTOR)
    assert record.signer == "杨帅（代理唐岩，信息科长）"
    sign = responsibility.last_sign("info", item, "签发")
    assert (sign.mode, sign.person) == ("代理", "唐岩")
    assert responsibility.sign_text(sign) == "杨帅（代理唐岩）"
    other = _to_signing(report, staff)
    steps.perform("info", other, "签发", {"职务": "分管主任"}, staff["ys"])  # typed: not his
    assert info.get(other, CLI_ACTOR).signer == "杨帅（代理唐岩，信息科长）"
    early = _to_signing(report, staff, on=dt.date(2026, 11, 10))
    with pytest.raises(ProcedureError, match="办理日期2026-11-12不在其中"):  # the chain's 代理 period
        steps.perform("info", early, "签发", {"职务": "信息科长"}, staff["ys"], on="2026-11-12")
    assert info.get(early, CLI_ACTOR).state == "待签发"


def test_a_user_is_not_recorded_in_a_post_he_does_not_hold(staff, report):
    """A 职务 typed for a user who holds no signing post is refused, whoever records it."""
    from officedesk.core.errors import ValidationError
    from officedesk.core.info import procedure

    item = _to_signing(report, staff)
    with pytest.raises(ValidationError, match="杨帅（县委办公室信息科科员）不是信息科长或分管主任"):
        procedure.sign(item, info.get(item, CLI_ACTOR).version, CLI_ACTOR, "杨帅", "信息科长")
    assert info.get(item, CLI_ACTOR).signer == ""
