"""重新打开, 任务办结 and 催办 are the 督查室's: a 科员 of another section reopened an item, closed an
overdue task back-dated (turning it 按期) and chased units in the 督查室's name, while 办结, 延期
and 删除任务 were refused to him. Declared on the step: not offered, and refused by core."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import responsibility, steps
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError, ValidationError
from tests.staff import make_staff
from tests.supervision.split_office import split_office


@pytest.fixture
def office(db, fixed_today, monkeypatch):
    return split_office(fixed_today, monkeypatch, [
        ("xm", "徐明", "clerk", "综合科", "科员", "", False),
        ("zhuren", "孙主任", "leader", "办公室领导", "主任", "", False),
    ])


def _offered(office, who):
    return [s.name for s in steps.available_steps("supervision", office["item"], office[who])]


def test_a_clerk_of_another_section_may_not_close_a_task_or_chase(office):
    assert not {"任务办结", "催办"} & set(_offered(office, "xm"))
    with pytest.raises(ProcedureError, match="“任务办结”与“分解”一样，应由督查室的科长或副科长"):
        steps.perform("supervision", office["item"], "任务办结", {"办结情况": "已完成"},
                      office["xm"], on="2026-11-15")
    with pytest.raises(ProcedureError, match="“催办”与“分解”一样，应由督查室的科长或副科长"):
        steps.perform("supervision", office["item"], "催办", {}, office["xm"])
    task = sv.tasks_of(office["item"], CLI_ACTOR)[0]
    assert task.status == sv.TASK_OPEN
    assert sv.reminders.reminders_of(office["item"], CLI_ACTOR) == []


def test_a_clerk_of_another_section_may_not_reopen(office):
    steps.perform("supervision", office["item"], "任务办结", {"办结情况": "已完成"}, office["dfk"])
    steps.perform("supervision", office["item"], "办结", {"办结报告": "已办结"}, office["dc"])
    assert "重新打开" not in _offered(office, "xm")
    with pytest.raises(ProcedureError, match="“重新打开”与“办结”一样，应由督查室的科长"):
        steps.perform("supervision", office["item"], "重新打开", {"原因": "误办结"}, office["xm"])
    assert sv.get_item(office["item"], CLI_ACTOR).status in sv.DONE_STATUSES
    assert "重新打开" in _offered(office, "dc")
    steps.perform("supervision", office["item"], "重新打开", {"原因": "误办结"}, office["dc"])
    assert sv.get_item(office["item"], CLI_ACTOR).status == sv.OPEN


def test_the_office_may_chase(office):
    assert {"任务办结", "催办"} <= set(_offered(office, "dfk"))
    steps.perform("supervision", office["item"], "催办", {}, office["dfk"])
    assert len(sv.reminders.reminders_of(office["item"], CLI_ACTOR)) == 1


def test_the_window_offers_chasing_to_the_office_only(office, app_ctx, qtbot):
    from officedesk.ui.supervision.dialogs import ReminderDialog

    for who, may in (("xm", False), ("dfk", True)):
        app_ctx.actor = office[who]
        dialog = ReminderDialog(app_ctx)
        qtbot.addWidget(dialog)
        assert dialog.generate_button.isEnabled() is may
        assert ("应由督查室的科长或副科长" in dialog.generate_button.toolTip()) is not may


def test_only_the_office_may_change_a_task(office, app_ctx, qtbot):
    """修改任务 moves 分解's decisions (时限, 牵头单位, 交办日期): the same holders as 延期 —
    refused to a 科员 of another section in core, the window's button disabled for him."""
    from officedesk.ui import supervision as tab_module

    task = sv.tasks_of(office["item"], CLI_ACTOR)[0]
    with pytest.raises(ProcedureError, match="“修改任务”与“分解”一样，应由督查室的科长或副科长"):
        sv.update_task(task.id, {"deadline": "2026-11-20"}, task.version, office["xm"])
    assert sv.tasks.get_task(task.id, CLI_ACTOR).deadline == dt.date(2026, 11, 15)
    changed = sv.update_task(task.id, {"deadline": "2026-11-20"}, task.version, office["dfk"])
    assert changed.deadline == dt.date(2026, 11, 20)
    for who, may in (("xm", False), ("dc", True)):
        app_ctx.actor = office[who]
        tab = tab_module.make_tab(app_ctx)
        qtbot.addWidget(tab)
        assert tab.show_record("supervision", office["item"])
        assert tab.select_task(task.id)
        assert tab.edit_task_button.isEnabled() is may
        assert ("应由督查室的科长或副科长" in tab.edit_task_button.toolTip()) is not may


def _paper(office) -> str:
    from officedesk.printing import forms

    data = forms.get("supervision-item").build([office["item"]], CLI_ACTOR)
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        return "".join(page.get_text() for page in pdf).replace("\n", "")


def test_a_reopened_item_is_closed_again_not_before_the_reopening(office):
    """重新打开 undoes the 办结: a new 办结 is dated from the reopening on (not back-dated to
    turn 按期 again), and the 交办单 names no 办结人 until the item is closed again."""
    steps.perform("supervision", office["item"], "任务办结", {"办结情况": "已完成"}, office["dfk"],
                  on="2026-11-14")
    steps.perform("supervision", office["item"], "办结", {"办结报告": "已办结"}, office["dc"],
                  on="2026-11-16")
    assert "办结人何斌" in _paper(office)
    steps.perform("supervision", office["item"], "重新打开", {"原因": "材料不实"}, office["dc"])
    assert "办结人何斌" not in _paper(office)  # the undone 办结's signer
    with pytest.raises(ValidationError, match="不能早于重新打开日期（2026-12-01）"):
        steps.perform("supervision", office["item"], "办结", {"办结报告": "重新核查后办结"},
                      office["dc"], on="2026-11-16")
    assert sv.get_item(office["item"], CLI_ACTOR).status == sv.OPEN
    steps.perform("supervision", office["item"], "办结", {"办结报告": "重新核查后办结"},
                  office["dc"], on="2026-12-01")
    assert sv.get_item(office["item"], CLI_ACTOR).status == sv.DONE_LATE
    assert "办结人何斌" in _paper(office)


@pytest.mark.parametrize("step, values", [
    ("延期", {"办结时限": "2026-12-31", "延期理由": "单位申请"}),
    ("任务办结", {"办结情况": "已完成"}),
])
def test_a_person_given_to_a_step_of_the_splitters_is_whose_decision_it_is(office, step, values):
    """延期 and 任务办结 are decisions of 分解's holders: a clerk with the 代录 right names the one
    who decided (no field for it: --person, the 经办人); someone else is refused saying who
    decides — not pointing to a field the step does not have."""
    clerk = make_staff([("dl", "张晓燕", "clerk", "秘书科", "科员", "", True)])["dl"]
    with pytest.raises(ProcedureError) as refused:
        steps.perform("supervision", office["item"], step, values, clerk, person="徐明")
    message = str(refused.value)
    assert "该步骤的字段" not in message
    assert f"徐明不能“{step}”：" in message and "应由督查室的科长或副科长（何斌、马丽）办理" in message
    assert sv.tasks.get_task(sv.tasks_of(office["item"], CLI_ACTOR)[0].id,
                             CLI_ACTOR).status == sv.TASK_OPEN
    steps.perform("supervision", office["item"], step, values, clerk, person="何斌")
    assert responsibility.last_sign("supervision", office["item"], step).person == "何斌"


def test_a_person_given_to_a_step_without_one_says_what_to_do(office):
    """反馈 names nobody (no field for it, no 代录): --person is refused saying so."""
    with pytest.raises(ValidationError, match="“反馈”不接受 --person（不能代他人录入）：请去掉 --person"):
        steps.perform("supervision", office["item"], "反馈", {"进展情况": "已开工"}, office["dc"],
                      person="何斌")


def test_a_chase_dated_before_the_item_was_set_up_says_so(office):
    """催办 --on a day before the 立项日期 said only 没有需要催办的任务 (nothing to chase then), which
    sent the clerk looking at the tasks, not at the date he typed."""
    with pytest.raises(ValidationError, match=r"催办日期（2026-10-20）不能早于立项日期（2026-11-02）"):
        steps.perform("supervision", office["item"], "催办", {}, office["dfk"], on="2026-10-20")
    assert sv.reminders.reminders_of(office["item"], CLI_ACTOR) == []
