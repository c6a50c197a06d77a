"""A task split by mistake is deleted by a declared step (the window's 删除任务 and `officedesk
step … 删除任务` alike); then the item, misregistered, can be voided as the refusal says."""

from __future__ import annotations

from tests.cli_office import Office, office  # noqa: F401 (the fixture)


def test_the_command_line_deletes_a_task_and_the_item_is_then_voided(office: Office):  # noqa: F811
    item = office.json("add", "supervision", "事项名称=推进冬季清洁取暖", "来源=领导批示", "事项内容=略",
                       "立项日期=2026-11-16", "办结时限=2026-12-25")["id"]
    office.step("supervision", item, "分解", "牵头单位=县住房和城乡建设局", "时限=2026-12-20")
    _, err = office("void", "supervision", str(item), "--reason", "误登记", code=1)
    assert f"officedesk step supervision {item} 删除任务 任务序号=N" in err
    steps = [s["step"] for s in office.json("steps", "supervision", str(item))["steps"]]
    assert "删除任务" in steps
    office.step("supervision", item, "删除任务", "任务序号=1")
    out, _ = office("void", "supervision", str(item), "--reason", "误登记")
    assert "作废" in out
