"""删除任务 and 延期 undo or move what 分解 decided: they are for 分解's holders (督查室 科长、副科长),
their 代理 and the administrator — a 科员 of another section deleted every task and then voided
the item, or moved an overdue item's limit a year on."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import responsibility, steps
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError
from tests.staff import make_staff


@pytest.fixture
def office(staffed):
    more = make_staff([("dc", "何斌", "clerk", "督查室", "科长", "", False),
                       ("dk", "郭阳", "clerk", "督查室", "科员", "", False)])
    item = sv.create_item({"事项名称": "推进冬季清洁取暖", "来源": "领导批示", "事项内容": "略",
                           "立项日期": "2026-11-02", "办结时限": "2026-12-25"}, CLI_ACTOR)
    steps.perform("supervision", item.id, "分解", {"牵头单位": "综合处", "时限": "2026-12-20"}, more["dc"])
    return {**staffed, **more, "item": item.id}


@pytest.mark.parametrize("who", ["kuiyuan", "dk"])
@pytest.mark.parametrize("step, values", [("删除任务", {"任务序号": "1"}),
                                          ("延期", {"办结时限": "2027-06-30", "延期理由": "需协调"})])
def test_others_may_not_undo_or_move_a_split(office, who, step, values):
    assert step not in [s.name for s in steps.available_steps("supervision", office["item"], office[who])]
    with pytest.raises(ProcedureError, match=f"“{step}”与“分解”一样，应由督查室的科长或副科长"):
        steps.perform("supervision", office["item"], step, values, office[who])
    assert len(sv.tasks_of(office["item"], CLI_ACTOR)) == 1
    assert sv.get_item(office["item"], CLI_ACTOR).deadline == dt.date(2026, 12, 25)


def test_the_splitter_may(office):
    steps.perform("supervision", office["item"], "延期", {"办结时限": "2027-01-31", "延期理由": "需协调"},
                  office["dc"])
    steps.perform("supervision", office["item"], "删除任务", {"任务序号": "1"}, office["dc"])
    assert sv.tasks_of(office["item"], CLI_ACTOR) == []


@pytest.mark.parametrize("step, values", [("删除任务", {"任务序号": "1"}),
                                          ("延期", {"办结时限": "2027-06-30", "延期理由": "需协调"})])
def test_a_clerk_with_the_proxy_right_records_it_naming_the_splitter(office, step, values):
    assert step in [s.name for s in steps.available_steps("supervision", office["item"], office["wenshu"])]
    with pytest.raises(ProcedureError, match=f"“{step}”与“分解”一样，应由督查室的科长或副科长.*代录时请写明代谁录入"):
        steps.perform("supervision", office["item"], step, values, office["wenshu"])
    with pytest.raises(ProcedureError, match=f"张科员不能“{step}”"):
        steps.perform("supervision", office["item"], step, values, office["wenshu"], person="张科员")
    assert len(sv.tasks_of(office["item"], CLI_ACTOR)) == 1
    steps.perform("supervision", office["item"], step, values, office["wenshu"], person="何斌")
    assert responsibility.last_sign("supervision", office["item"], step).mode == "代录"
