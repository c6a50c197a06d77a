"""Every step the window performs goes through core's step runner (`steps.perform`), the call
behind `officedesk step … --as 用户名`: a step of the approval chain (逐级负责) done in the window
by someone the chain does not allow is refused with the command line's own words, and a 退回修改
done in the window by the holder of the step the draft waits for puts it back into the
drafter's 我的待办.

The steps tried are those each tab offers (its step buttons and their actions, not a list kept
here), each in the states the record passes through, by every member of the staff whom the chain
refuses there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from officedesk.core import (
    clock,
    info,
    my_work,
    passwords,
    petitions,
    records,
    registry,
    responsibility,
    settings,
    steps,
)
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming, outgoing
from officedesk.core.errors import OfficeDeskError, ProcedureError
from officedesk.ui.context import AppContext
from officedesk.ui.widgets.step_form import SpecStepDialog
from tests.returns_counted import returns_of
from tests.staff import make_staff

TODAY = dt.date(2026, 11, 16)
# username, 姓名, role, 单位, 职务, 分管, 代录: a holder for each step of the default chains
STAFF = [
    ("kuiyuan", "张科员", "clerk", "综合处", "科员", "", False),
    ("chuzhang", "李处长", "clerk", "综合处", "处长", "", False),
    ("fuzhuren", "赵副主任", "leader", "办公室领导", "副主任", "综合处、信息科", False),
    ("zhuren", "孙主任", "leader", "办公室领导", "主任", "", False),
    ("wenshu", "周文书", "clerk", "秘书科", "科员", "", True),
    ("dckz", "陈科长", "clerk", "督查室", "科长", "", False),
    ("xfkz", "何科长", "clerk", "信访科", "科长", "", False),
    ("xxky", "吴科员", "clerk", "信息科", "科员", "", False),
    ("xxkz", "郑科长", "clerk", "信息科", "科长", "", False),
]


@pytest.fixture
def staff(db, fixed_today, monkeypatch):
    fixed_today(TODAY)
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    settings.put("org.code", "某委办")
    return make_staff(STAFF)


@pytest.fixture
def blocking_steps(monkeypatch):
    """A tab that runs a step's dialog with exec(): the dialog is submitted once (OK pressed)
    instead of waiting, and kept for the test to read."""
    opened: list[SpecStepDialog] = []

    def submit_once(dialog: SpecStepDialog) -> int:
        opened.append(dialog)
        return int(dialog.try_submit())

    monkeypatch.setattr(SpecStepDialog, "exec", submit_once)
    return opened


def _shown_error(dialog: Any) -> str:
    """The refusal the dialog shows (under the form, or beside an input)."""
    labels = [dialog.general_error, *getattr(dialog, "errors", {}).values()]
    shown = [label.text() for label in labels if not label.isHidden() and label.text()]
    assert shown, f"{dialog.windowTitle()}: no refusal shown"
    return shown[0]


class Window:
    """One user's tab for a registry, left open while the record moves on (a stale window:
    every step's action is still reachable, whatever the buttons now show)."""

    def __init__(self, qtbot: Any, actor: Any, tmp_path: Any, registry_name: str,
                 opened: list[SpecStepDialog]) -> None:
        ctx = AppContext(actor, "test.db", QSettings(str(tmp_path / f"{actor.username}.ini"),
                                                     QSettings.Format.IniFormat))
        self.registry, self.opened = registry_name, opened
        if registry_name in ("incoming", "outgoing"):
            from officedesk.ui.documents import DocumentsTab

            tab: QWidget = DocumentsTab(ctx)
            self.page = getattr(tab, registry_name)
            self.actions = self.page.step_handlers()
        elif registry_name == "supervision":
            from officedesk.ui.supervision import SupervisionTab

            tab = self.page = SupervisionTab(ctx)
            self.actions = tab.step_actions
        elif registry_name == "petitions":
            from officedesk.ui.petitions import make_tab

            tab = self.page = make_tab(ctx)
            self.actions = {s: (lambda s=s: tab.run_step(s)) for s in tab.buttons}
        else:
            from officedesk.ui.info import make_tab

            tab = self.page = make_tab(ctx)
            self.actions = {s: (lambda s=s: tab.run_step(s)) for s in tab.buttons}
        qtbot.addWidget(tab)
        self.tab = tab

    def select(self, record_id: int, refresh: bool = True) -> None:
        if refresh:
            self.page.list.refresh()
        assert self.page.list.select_record(record_id)

    def attempt(self, step: str, record_id: int, refresh: bool = True) -> str:
        """Do the step from the window as it offers it; the refusal shown (the dialog stays).
        refresh=False: the list as this window last read it, the record moved on by nothing
        since (each refresh weighed every step button again: most of the file's time)."""
        self.select(record_id, refresh)
        before = len(self.opened)
        self.actions[step]()
        if len(self.opened) > before:  # run with exec(): OK was pressed once
            dialog = self.opened[-1]
            assert dialog.result_record is None, f"{step}: done in the window"
        else:  # opened beside the list (the 公文 pages): press OK
            dialog = self.page.active_dialog
            submit = getattr(dialog, "try_submit", None) or dialog.try_save
            assert not submit(), f"{step}: done in the window"
        message = _shown_error(dialog)
        dialog.reject()
        return message


def _windows(qtbot, staff, tmp_path, registry_name, opened) -> dict[str, Window]:
    return {name: Window(qtbot, actor, tmp_path, registry_name, opened)
            for name, actor in staff.items()}


def _cli_refusal(registry_name: str, record_id: int, step: str, actor: Any) -> str:
    """What `officedesk step REGISTRY ID STEP --as USER` says (it calls steps.perform)."""
    with pytest.raises(ProcedureError) as refused:
        steps.perform(registry_name, record_id, step, {}, actor)
    return refused.value.message


def _chain_refused(registry_name: str, record_id: int, staff: dict[str, Any]
                   ) -> Callable[[str], list[str]]:
    """step -> the staff whom the chain (or the step's own 'who', 退回 / 退回修改) refuses now:
    the state allows the step and their role may do it, but not their post."""
    proc = steps.procedure(registry_name)
    record = records.get(registry.get(registry_name), record_id, CLI_ACTOR)

    def refused(name: str) -> list[str]:
        step = proc.find(name)  # every step a window offers is declared
        if steps.state_of(proc, record) not in step.states or \
                (step.when is not None and step.when(record)):
            return []
        return [user for user, actor in staff.items() if actor.role in step.roles
                and steps.refusal(proc, step, record, actor) is not None]

    return refused


def _check_stage(windows: dict[str, Window], staff: dict[str, Any], record_id: int) -> set[str]:
    """Every offered step that the chain refuses someone now: refused alike in his window."""
    some = next(iter(windows.values()))
    refused = _chain_refused(some.registry, record_id, staff)
    checked = set()
    read: set[str] = set()  # the windows that read the record at this stage (a refusal changes nothing)
    for step in some.actions:
        for user in refused(step):
            cli = _cli_refusal(some.registry, record_id, step, staff[user])
            assert windows[user].attempt(step, record_id, refresh=user not in read) == cli, (step, user)
            read.add(user)
            checked.add(step)
    return checked


def test_outgoing_steps_in_the_window_hold_the_chain_as_the_command_line(
        staff, qtbot, tmp_path, blocking_steps):
    windows = _windows(qtbot, staff, tmp_path, "outgoing", blocking_steps)
    doc = outgoing.draft({"标题": "关于拨付经费的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员", "正文": "一、经费用途"}, staff["kuiyuan"]).id
    checked = _check_stage(windows, staff, doc)
    steps.perform("outgoing", doc, "核稿", {}, staff["chuzhang"])
    checked |= _check_stage(windows, staff, doc)
    steps.perform("outgoing", doc, "审核", {}, staff["fuzhuren"])
    checked |= _check_stage(windows, staff, doc)
    steps.perform("outgoing", doc, "退回修改", {"理由": "数字不对"}, staff["zhuren"])
    checked |= _check_stage(windows, staff, doc)  # 修改 (拟稿 again) in the draft's dialog
    assert {"核稿", "审核", "签发", "退回", "退回修改", "修改"} <= checked
    assert [s.step for s in responsibility.signs("outgoing", doc)] == ["核稿", "审核", "退回修改"]


def test_incoming_steps_in_the_window_hold_the_chain_as_the_command_line(
        staff, qtbot, tmp_path, blocking_steps):
    windows = _windows(qtbot, staff, tmp_path, "incoming", blocking_steps)
    doc = incoming.sign_in({"文种": "通知", "来文机关": "省委办公厅", "标题": "关于安全生产的通知"},
                           staff["wenshu"]).id
    steps.perform("incoming", doc, "登记", {}, staff["wenshu"])
    steps.perform("incoming", doc, "初审", {}, staff["wenshu"])
    checked = _check_stage(windows, staff, doc)
    steps.perform("incoming", doc, "拟办", {"拟办意见": "请孙主任阅示"}, staff["wenshu"])
    checked |= _check_stage(windows, staff, doc)
    assert {"拟办", "批办"} <= checked


def test_supervision_steps_in_the_window_hold_the_chain_as_the_command_line(
        staff, qtbot, tmp_path, blocking_steps):
    windows = _windows(qtbot, staff, tmp_path, "supervision", blocking_steps)
    item = sv.create_item_from_source("other", None, "推进老旧小区改造", "年内完成。", CLI_ACTOR,
                                      leader="孙主任", deadline=dt.date(2026, 12, 30)).id
    checked = _check_stage(windows, staff, item)
    steps.perform("supervision", item, "分解", {"牵头单位": "市住建局", "时限": "2026-12-20"},
                  staff["dckz"])
    steps.perform("supervision", item, "任务办结", {"办结情况": "已完成"}, staff["dckz"])
    checked |= _check_stage(windows, staff, item)
    assert {"分解", "办结"} <= checked


def test_petition_steps_in_the_window_hold_the_chain_as_the_command_line(
        staff, qtbot, tmp_path, blocking_steps):
    windows = _windows(qtbot, staff, tmp_path, "petitions", blocking_steps)
    petition = petitions.register_petition(
        {"信访形式": "来信", "信访人": "张某", "问题类别": "劳动社保", "反映内容": "欠薪"}, None,
        staff["wenshu"]).id
    checked = _check_stage(windows, staff, petition)
    steps.perform("petitions", petition, "处理", {"处理方式": "直接答复"}, staff["xfkz"])
    checked |= _check_stage(windows, staff, petition)
    assert {"处理", "答复", "办理", "延期"} <= checked  # 办理, 延期: the 信访科's (section_of)


def test_info_steps_in_the_window_hold_the_chain_as_the_command_line(
        staff, qtbot, tmp_path, blocking_steps):
    windows = _windows(qtbot, staff, tmp_path, "info", blocking_steps)
    item = records.create(info.SPEC, {"title": "县林业局开展森林防火检查", "unit": "县林业局",
                                      "reporter": "李明", "category": "工作动态",
                                      "content": "组织检查组排查隐患。",
                                      "reported_at": clock.now()}, CLI_ACTOR).id
    steps.perform("info", item, "接收", {}, staff["xxky"])
    checked = _check_stage(windows, staff, item)
    steps.perform("info", item, "初审", {"结论": "采"}, staff["xxky"])
    checked |= _check_stage(windows, staff, item)
    steps.perform("info", item, "编辑", {}, staff["xxky"])
    checked |= _check_stage(windows, staff, item)
    assert {"初审", "编辑", "签发"} <= checked


def _pending(actor: Any) -> list[tuple[int, str]]:
    return [(i.record_id, i.step) for i in my_work.my_pending(actor) if i.registry == "outgoing"]


def test_a_return_for_revision_in_the_window_reaches_the_drafters_pending_work(
        staff, qtbot, tmp_path, blocking_steps):
    """退回修改 from the window by the 副主任 whose 审核 the draft waits for: signed as a
    return, the drafter finds it in 我的待办 (拟稿, done again by 修改), and the 效能 count of returns has it."""
    doc = outgoing.draft({"标题": "关于拨付经费的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员", "正文": "一、经费用途"}, staff["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {}, staff["chuzhang"])
    assert _pending(staff["fuzhuren"]) == [(doc, "审核")]
    window = Window(qtbot, staff["fuzhuren"], tmp_path, "outgoing", blocking_steps)
    window.select(doc)
    assert "退回修改" in [n for n, b in window.page.step_buttons.items() if not b.isHidden()]
    window.actions["退回修改"]()
    dialog = window.page.active_dialog
    dialog.set_value("reason", "经费数字与预算不符")
    assert dialog.try_submit(), dialog.general_error.text()
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).state == "拟稿中"
    sign = responsibility.last_sign("outgoing", doc, "退回修改")
    assert (sign.actor, sign.returned_to, sign.returned_from) == ("fuzhuren", "拟稿", "审核")
    assert _pending(staff["kuiyuan"]) == [(doc, "拟稿")]  # done again by 修改
    assert _pending(staff["fuzhuren"]) == []
    assert returns_of("outgoing", doc) == 1


def test_a_return_for_revision_in_the_window_by_another_writer_is_refused(
        staff, qtbot, tmp_path, blocking_steps):
    """Only the holder of the step the draft waits for sends it back (the probe's case: any
    writer could, through the window)."""
    doc = outgoing.draft({"标题": "关于拨付经费的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员", "正文": "一、经费用途"}, staff["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {}, staff["chuzhang"])
    window = Window(qtbot, staff["kuiyuan"], tmp_path, "outgoing", blocking_steps)
    window.select(doc)
    window.actions["退回修改"]()
    dialog = window.page.active_dialog
    dialog.set_value("reason", "我想再改改")
    assert not dialog.try_submit()
    assert "“审核”应由分管该单位的副主任（赵副主任）办理" in dialog.general_error.text()
    assert dialog.value("reason") == "我想再改改"  # what was typed stays
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).state == "已核稿"
    with pytest.raises(OfficeDeskError, match="“审核”应由分管该单位的副主任"):
        steps.perform("outgoing", doc, "退回修改", {"理由": "x"}, staff["kuiyuan"])


def test_a_draft_out_for_countersigning_is_sent_back_in_the_window_only_by_its_next_holder(
        staff, qtbot, tmp_path, blocking_steps):
    """会签中 no chain step waits, yet 退回修改 stays the reviewer's decision: the drafter's
    window is refused (the probe's case: anyone could), a 代录 clerk's asks whom he records it for."""
    doc = outgoing.draft({"标题": "关于拨付经费的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员", "正文": "一、经费用途"}, staff["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {}, staff["chuzhang"])
    steps.perform("outgoing", doc, "送会签", {"会签单位": "应急局"}, staff["wenshu"])
    drafter = Window(qtbot, staff["kuiyuan"], tmp_path, "outgoing", blocking_steps)
    drafter.select(doc)
    assert drafter.page.step_buttons["退回修改"].isHidden()  # not offered
    assert "赵副主任" in drafter.attempt("退回修改", doc, refresh=False)
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).state == "会签中"
    clerk = Window(qtbot, staff["wenshu"], tmp_path, "outgoing", blocking_steps)
    clerk.select(doc)
    clerk.actions["退回修改"]()
    dialog = clerk.page.active_dialog
    assert dialog.person_key  # 经办人: whose decision he records
    dialog.reject()
