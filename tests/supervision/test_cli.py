"""The command line for 督查: add (with its 牵头单位 as a task), export and re-import, the
催办通知单 for a unit once the clock has passed the deadline, the 通报 for a period, stats."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[2]


def run(
    tmp_path: Path, *args: str, today: str = "2026-03-02", check: int | None = 0
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OFFICEDESK_")}
    env.update(
        {
            "OFFICEDESK_HOME": str(tmp_path / "home"),
            "OFFICEDESK_TODAY": today,
            "PYTHONPATH": str(ROOT),
            "PYTHONIOENCODING": "utf-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    result = subprocess.run(
        [sys.executable, "-m", "officedesk", *args, "--db", str(tmp_path / "x.db")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    if check is not None:
        assert result.returncode == check, (result.returncode, result.stdout, result.stderr)
    return result


def run_here(
    tmp_path: Path, *args: str, today: str = "2026-03-02", check: int | None = 0
) -> subprocess.CompletedProcess:
    """`run`'s command in this process (tests/test_cli.py's Cli here=True: cli.main with the
    command's OFFICEDESK_* and clock): for the tests of what a command does and says, the
    family's real processes tried by test_cli_add_print_export_import_stats below."""
    from tests.test_cli import Cli

    cli = Cli(tmp_path, here=True)
    cli.db = tmp_path / "x.db"
    cli.env["OFFICEDESK_TODAY"] = today
    del cli.env["OFFICEDESK_ADMIN_PASSWORD"]  # as `run`'s: init is given --password
    return cli(*args, check=check)


def text_of(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return "".join(page.get_text() for page in doc).replace(" ", "").replace("\n", "")


def test_cli_add_print_export_import_stats(tmp_path):
    run(
        tmp_path,
        "init",
        "--org",
        "中共云岭县委办公室",
        "--code",
        "云委办",
        "--password",
        "Abc12345678",
    )
    added = json.loads(
        run(
            tmp_path,
            "add",
            "supervision",
            "事项名称=整治县城背街小巷环境卫生",
            "来源=领导批示",
            "批示领导=陈志远",
            "牵头单位=县住房和城乡建设局",
            "责任人=王磊",
            "办结时限=2026-03-20",
            "--json",
        ).stdout
    )
    assert added["number"] == "督〔2026〕1号"
    bad = run(tmp_path, "add", "supervision", "事项名称=x", "来源=其他", "办结时限=2026-01-01", check=1)
    assert "不能早于立项日期" in bad.stdout + bad.stderr

    # nothing overdue yet: the notice is refused with a clear message
    early = run(
        tmp_path,
        "print",
        "supervision-reminder",
        "--unit",
        "县住房和城乡建设局",
        "-o",
        str(tmp_path / "r.pdf"),
        check=1,
    )
    assert "没有逾期" in early.stdout + early.stderr
    # the clock passes the deadline: not chased yet, the notice is refused, saying what to do
    unrecorded = run(tmp_path, "print", "supervision-reminder", "--unit", "县住房和城乡建设局",
                     "-o", str(tmp_path / "r.pdf"), check=1, today="2026-03-25")
    assert "还没有登记催办" in unrecorded.stdout + unrecorded.stderr
    assert "officedesk step supervision" in unrecorded.stdout + unrecorded.stderr
    # the 催办 recorded: the unit's 催办通知单 names the item
    run(tmp_path, "step", "supervision", str(added["id"]), "催办", today="2026-03-25")
    run(
        tmp_path,
        "print",
        "supervision-reminder",
        "--unit",
        "县住房和城乡建设局",
        "-o",
        str(tmp_path / "r.pdf"),
        today="2026-03-25",
    )
    notice = text_of(tmp_path / "r.pdf")
    assert (
        "督查催办通知单" in notice and "整治县城背街小巷环境卫生" in notice and "逾期5天" in notice
    )
    run(
        tmp_path,
        "print",
        "bulletin",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "-o",
        str(tmp_path / "b.pdf"),
        today="2026-03-25",
    )
    bulletin = text_of(tmp_path / "b.pdf")
    assert (
        "督查工作情况的通报" in bulletin
        and "县住房和城乡建设局" in bulletin
        and "逾期未办结事项" in bulletin
    )

    run(tmp_path, "export", "supervision", str(tmp_path / "out.xlsx"))
    again = run(tmp_path, "import", "supervision", str(tmp_path / "out.xlsx"), check=None)
    assert (
        again.returncode != 0 and "第 2 行" in again.stderr and "重复（督查编号相同）" in again.stderr
    )  # the same 督查编号 is not registered twice
    stats = json.loads(
        run(tmp_path, "stats", "--year", "2026", "--json", today="2026-03-25").stdout
    )
    assert stats["supervision"]["督查事项"] == 1 and stats["supervision"]["逾期件数"] == 1
