"""What `--force 理由` overrode is what this command wrote (`overridden.watched` reads back
the `conflict_override` entries it wrote itself, `changes.noting`), not every override of the
same account since the command began: a second command of the same user at the same moment
(another shell, a window, a script) is not told as this one's."""

from __future__ import annotations

import contextvars

from officedesk.core import meetings as m
from officedesk.core.meetings import overridden
from officedesk.core.meetings.service import forcing
from officedesk.exchange import xlsx
from tests.exchange.sheets import write_sheet
from tests.meetings.conftest import make_draft


def _booked(admin):
    m.save_meeting(make_draft(title="专题会一", place="第二会议室", start="2026-12-11 09:00",
                              end="2026-12-11 10:00", attendees=["李建国"]), admin)


def _another_command(admin, title, reason):
    """The same account's override written meanwhile by another command: its own context."""
    draft = make_draft(title=title, place="县宾馆", start="2026-12-11 09:20",
                       end="2026-12-11 10:20", attendees=["李建国"])
    contextvars.Context().run(m.save_meeting, draft, admin, override_reason=reason)


def test_a_save_tells_only_its_own_override(directory_data, admin):
    _booked(admin)
    with overridden.watched(admin) as watch:
        _another_command(admin, "别人的会", "另一条命令的理由")
        mine = m.save_meeting(make_draft(title="我的会", place="县委大楼五楼", start="2026-12-11 09:30",
                                         end="2026-12-11 10:30", attendees=["李建国"]),
                              admin, override_reason="本命令的理由")
        _another_command(admin, "别人的会二", "又一条命令的理由")
    assert [(o.record_id, o.reason) for o in watch.overridden] == [(mine.id, "本命令的理由")]


def test_an_import_tells_only_its_own_overrides(directory_data, admin, tmp_path):
    _booked(admin)
    row = {"会议类型": "专题会议", "主办单位": "市委办公室", "出席人员": "李建国"}
    path = write_sheet(m.SPEC, tmp_path / "会议.xlsx", [
        {**row, "会议名称": "撞会", "开始时间": "2026-12-11 09:30", "结束时间": "2026-12-11 10:30",
         "地点": "县委大楼五楼"}])
    with overridden.watched(admin) as watch, forcing("书记定"):
        _another_command(admin, "别人的会", "另一条命令的理由")
        report = xlsx.import_file(m.SPEC, path, admin)
    assert report.imported == 1
    assert [(o.summary, o.reason) for o in watch.overridden] == [
        ("存在冲突仍保存会议“撞会”，原因：书记定", "书记定")]
