"""`--force` on the command line is never taken silently: `add` and `import` refuse it for a
registry with no conflict a reason overrides (人员 …); where it overrode conflicts (`add`,
`import`, `step … 修改`) the command says which, as the audit trail recorded them, and where it
overrode nothing it says the reason went unused; `backup --force` says it replaced a file."""

from __future__ import annotations

import json

from officedesk.core import meetings as m
from officedesk.store import db as store_db
from officedesk.store.meetings import Meeting
from tests.exchange.sheets import write_sheet

BASE = ["会议类型=专题会议", "出席人员=李建国、马俊"]


def _run(tmp_path, capsys, *args):
    from officedesk import cli

    capsys.readouterr()
    code = cli.main(["--db", str(tmp_path / "officedesk.db"), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _add(tmp_path, capsys, title, start, end, *extra):
    return _run(tmp_path, capsys, "add", "meetings", f"会议名称={title}", f"开始时间={start}",
                f"结束时间={end}", *BASE, *extra)


def _booked(tmp_path, capsys):
    code, _out, _err = _add(tmp_path, capsys, "专题会一", "2026-12-11 09:00", "2026-12-11 10:00",
                            "地点=第二会议室")
    assert code == 0


def test_add_refuses_force_where_nothing_is_overridden(directory_data, tmp_path, capsys):
    code, out, err = _run(tmp_path, capsys, "add", "people", "姓名=张新", "单位=市委办公室",
                          "--force", "不需要")
    assert code == 2 and out == ""
    assert "人员没有可以强行通过的冲突，不接受 --force" in err
    code, _out, err = _run(tmp_path, capsys, "import", "people", str(tmp_path / "无.xlsx"),
                           "--force", "不需要")
    assert code == 2 and "不接受 --force" in err


def test_add_says_which_conflicts_its_reason_overrode(directory_data, tmp_path, capsys):
    _booked(tmp_path, capsys)
    code, out, _err = _add(tmp_path, capsys, "专题会二", "2026-12-11 09:30", "2026-12-11 11:00",
                           "地点=县委大楼五楼", "--force", "李建国同志只出席后半程")
    assert code == 0
    assert "存在冲突仍保存会议“专题会二”，原因：李建国同志只出席后半程" in out
    assert "冲突：李建国在 2026-12-11 09:00–10:00 要出席“专题会一”" in out
    code, out, _err = _add(tmp_path, capsys, "专题会三", "2026-12-11 09:40", "2026-12-11 11:00",
                           "地点=县宾馆", "--force", "照开", "--json")
    told = json.loads(out)
    assert code == 0 and [o["reason"] for o in told["overridden"]] == ["照开"]
    assert told["overridden"][0]["id"] == told["id"]
    assert any("专题会一" in c for c in told["overridden"][0]["conflicts"])


def test_add_says_a_reason_with_no_conflict_went_unused(directory_data, tmp_path, capsys):
    code, out, _err = _add(tmp_path, capsys, "专题会一", "2026-12-11 09:00", "2026-12-11 10:00",
                           "地点=第二会议室", "--force", "以防万一")
    assert code == 0
    assert "没有需要强行通过的冲突，--force 的理由“以防万一”没有用上，未记入审计" in out
    code, out, _err = _add(tmp_path, capsys, "专题会二", "2026-12-12 09:00", "2026-12-12 10:00",
                           "地点=第二会议室", "--force", "以防万一", "--json")
    assert code == 0 and json.loads(out)["force_unused"] is True


def test_step_edit_says_what_its_reason_overrode(directory_data, tmp_path, capsys):
    _booked(tmp_path, capsys)
    code, out, _err = _add(tmp_path, capsys, "专题会二", "2026-12-12 09:00", "2026-12-12 10:00",
                           "地点=县宾馆", "--json")
    meeting = str(json.loads(out)["id"])
    code, out, _err = _run(tmp_path, capsys, "step", "meetings", meeting, "修改", "备注=改备注",
                           "--force", "以防万一")
    assert code == 0 and "--force 的理由“以防万一”没有用上" in out
    code, out, _err = _run(tmp_path, capsys, "step", "meetings", meeting, "修改",
                           "开始时间=2026-12-11 09:30", "结束时间=2026-12-11 10:30",
                           "--force", "书记定")
    assert code == 0
    assert "存在冲突仍保存会议“专题会二”，原因：书记定" in out
    assert "冲突：李建国在 2026-12-11 09:00–10:00 要出席“专题会一”" in out


def test_import_says_which_rows_its_reason_overrode(directory_data, tmp_path, capsys):
    _booked(tmp_path, capsys)
    row = {"会议类型": "专题会议", "主办单位": "市委办公室", "出席人员": "李建国"}
    path = write_sheet(m.SPEC, tmp_path / "会议.xlsx", [
        {**row, "会议名称": "撞会", "开始时间": "2026-12-11 09:30", "结束时间": "2026-12-11 10:30",
         "地点": "县宾馆"},
        {**row, "会议名称": "不撞", "开始时间": "2026-12-14 09:00", "结束时间": "2026-12-14 10:00",
         "地点": "县宾馆"}])
    code, out, _err = _run(tmp_path, capsys, "import", "meetings", str(path), "--force", "书记定",
                           "--dry-run")
    assert code == 0 and "存在冲突仍保存" not in out and "没有用上" not in out  # nothing saved
    code, out, _err = _run(tmp_path, capsys, "import", "meetings", str(path), "--force", "书记定")
    assert code == 0
    assert "存在冲突仍保存会议“撞会”，原因：书记定" in out and "“不撞”" not in out
    assert "冲突：李建国在 2026-12-11 09:00–10:00 要出席“专题会一”" in out
    store_db.open_database(str(tmp_path / "officedesk.db"))
    assert f"id {Meeting.get(Meeting.title == '撞会').id}" in out


def test_backup_says_force_replaced_a_file(db, tmp_path, capsys):
    target = tmp_path / "备份.db"
    code, out, _err = _run(tmp_path, capsys, "backup", str(target), "--force")
    assert code == 0 and "替换" not in out  # no file was there
    code, out, _err = _run(tmp_path, capsys, "backup", str(target), "--force")
    assert code == 0 and "已替换原有的同名文件" in out
