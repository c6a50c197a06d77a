"""The command line after a unit's rename in the 通讯录 (as the window saves it): its 督查 task is
reached by the new 名称 and by the 简称, counted as one unit in `stats`, and gets its 催办通知单.
(Dates after today and a second 任务办结: test_cli_task_refusals.py.)"""

from __future__ import annotations

import json
import subprocess
import sys

from .test_cli import ROOT
from .test_cli import run_here as run  # in this process: the family's real one is test_cli.py's

NEW = "县统计局（更名）"

RENAME = f"""
import sys
from officedesk.core import directory, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.store import db
db.open_database(sys.argv[1])
unit = directory.unit_by_name("县统计局")
records.update(directory.UNITS, unit.id, {{"单位名称": "{NEW}"}}, unit.version, CLI_ACTOR)
"""


def _init(tmp_path):
    run(tmp_path, "init", "--org", "中共云岭县委办公室", "--code", "云委办", "--password", "Abc12345678")
    run(tmp_path, "add", "units", "单位名称=县统计局", "简称=统计局")
    run(tmp_path, "add", "units", "单位名称=县委统战部")


def test_cli_a_renamed_units_tasks_follow_it(tmp_path):
    _init(tmp_path)
    run(tmp_path, "add", "supervision", "事项名称=统计数据质量提升", "来源=领导批示",
        "牵头单位=县统计局", "办结时限=2026-03-20")
    subprocess.run([sys.executable, "-c", RENAME, str(tmp_path / "x.db")], cwd=ROOT, check=True,
                   timeout=120)
    for named in (NEW, "统计局"):
        run(tmp_path, "step", "supervision", "1", "反馈", f"单位={named}", "进度=50",
            "进展情况=推进中", today="2026-03-05")
    run(tmp_path, "step", "supervision", "1", "分解", f"牵头单位={NEW}", "时限=2026-03-18",
        today="2026-03-05")
    stats = json.loads(run(tmp_path, "stats", "--year", "2026", "--json", today="2026-03-05").stdout)
    assert [row["单位"] for row in stats["supervision"]["按单位"]] == [NEW]
    out = tmp_path / "remind.pdf"
    run(tmp_path, "step", "supervision", "1", "催办", f"单位={NEW}", today="2026-04-01")
    run(tmp_path, "print", "supervision-reminder", "--unit", NEW, "-o", str(out), today="2026-04-01")
    assert out.exists() and out.stat().st_size > 0
