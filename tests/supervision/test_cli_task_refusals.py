"""The command line refuses a 督查 立项日期 or 交办日期 after today, and a second 任务办结 points
to the item's 办结."""

from __future__ import annotations

from .test_cli import run_here as run  # in this process: the family's real one is test_cli.py's
from .test_cli_unit_rename import _init


def test_cli_future_dates_are_refused(tmp_path):
    _init(tmp_path)
    bad = run(tmp_path, "add", "supervision", "事项名称=测试未来立项", "来源=领导批示",
              "事项内容=x", "立项日期=2026-03-10", check=1)
    assert "立项日期（2026-03-10）不能晚于今天" in bad.stdout + bad.stderr
    run(tmp_path, "add", "supervision", "事项名称=测试", "来源=领导批示", "事项内容=x",
        "办结时限=2026-03-31")
    bad = run(tmp_path, "step", "supervision", "1", "分解", "牵头单位=县委统战部", "时限=2026-03-12",
              "交办日期=2026-03-05", check=1)
    assert "交办日期（2026-03-05）不能晚于今天" in bad.stdout + bad.stderr


def test_cli_a_second_task_close_points_to_the_items_close(tmp_path):
    _init(tmp_path)
    run(tmp_path, "add", "supervision", "事项名称=测试", "来源=领导批示", "事项内容=x",
        "牵头单位=县委统战部", "办结时限=2026-03-31")
    run(tmp_path, "step", "supervision", "1", "任务办结", "办结情况=已完成")
    again = run(tmp_path, "step", "supervision", "1", "任务办结", "办结情况=已完成", check=None)
    assert again.returncode != 0
    said = again.stdout + again.stderr
    assert "各项任务都已办结" in said and "办结" in said and "分解" not in said
