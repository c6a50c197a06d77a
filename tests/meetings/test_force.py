"""Rule 11: a leader booked into two meetings at once is a conflict on the command line as in
the window: `add` refuses it unless `--force 理由`, and the reason is kept."""

from __future__ import annotations

from officedesk.core import audit
from officedesk.store import db as store_db
from officedesk.store.meetings import Meeting


def _add(tmp_path, title, start, end, *extra):
    from officedesk import cli

    return cli.main(
        [
            "--db",
            str(tmp_path / "officedesk.db"),
            "add",
            "meetings",
            f"会议名称={title}",
            "会议类型=专题会议",
            f"开始时间={start}",
            f"结束时间={end}",
            "出席人员=李建国、马俊",
            *extra,
        ]
    )


def test_a_busy_leader_is_refused_unless_forced_with_a_reason(
    directory_data, admin, tmp_path, capsys
):
    assert _add(tmp_path, "专题会一", "2026-12-11 09:00", "2026-12-11 10:00", "地点=第二会议室") == 0
    capsys.readouterr()
    code = _add(tmp_path, "专题会二", "2026-12-11 09:30", "2026-12-11 11:00", "地点=县委大楼五楼")
    err = capsys.readouterr().err
    assert code == 1 and "李建国在 2026-12-11 09:00–10:00 要出席“专题会一”" in err
    assert "--force 理由" in err
    store_db.open_database(str(tmp_path / "officedesk.db"))
    assert not Meeting.select().where(Meeting.title == "专题会二").exists()
    code = _add(
        tmp_path,
        "专题会二",
        "2026-12-11 09:30",
        "2026-12-11 11:00",
        "地点=县委大楼五楼",
        "--force",
        "李建国同志只出席后半程",
    )
    assert code == 0
    store_db.open_database(str(tmp_path / "officedesk.db"))
    meeting = Meeting.get(Meeting.title == "专题会二")
    kept = [e for e in audit.history("meetings", meeting.id) if e.action == "conflict_override"]
    assert kept and "李建国同志只出席后半程" in kept[0].summary
