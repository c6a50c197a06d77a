"""A 会议 imported as 已发通知 (an xlsx row, `add meetings 状态=已发通知`) before the import kept
whom its notice went to: its stamp names nobody, so a person added afterwards can get no 补发
(refused: 还没有记录送达名单). Migration 37 gives it the people it listed when it was imported —
as its creation entry in the audit trail holds them (the row's people, the 主持人 added to 出席),
whatever was changed since —, audited as the system's change, so `check` stays clean. A meeting
whose recipients the trail cannot tell (notified by the 发通知 step, or a 更正通知 handed out
to people nobody kept) is left as it was."""

from __future__ import annotations

import json

import pytest

from officedesk import cli
from officedesk.core import audit, check, records, steps
from officedesk.core import meetings as m
from officedesk.core.meetings import imported_notice, notices
from officedesk.exchange import xlsx
from officedesk.printing import forms
from officedesk.store import migrations
from officedesk.store.db import database
from officedesk.store.meetings import Meeting
from officedesk.store.models import AuditEntry
from tests.exchange.sheets import write_sheet
from tests.meetings.conftest import pdf_text

ROW = {"会议名称": "全市工作会议", "会议类型": "工作会议", "开始时间": "2026-12-08 09:00",
       "结束时间": "2026-12-08 11:00", "地点": "第一会议室", "主办单位": "市委办公室",
       "主持人": "赵立新", "出席人员": "李建国、王海涛", "列席人员": "马俊",
       "特邀人员": "钱学文（省财政厅）", "旁听人员": "林涛",
       "联系人": "张敏", "联系电话": "0731-88886666", "状态": "已发通知"}
# the chair, not typed among 出席, was added to it; the guest is no 通讯录 person (listed with
# his unit): the notice went to every one of them
AT_IMPORT = ["赵立新", "李建国", "王海涛", "马俊", "钱学文", "林涛"]


@pytest.fixture
def old_import(monkeypatch):
    """The import before it kept the notice's people: its stamp gave the time and place alone."""
    kept = notices.stamp

    def stamp(meeting, people=None):
        return kept(meeting)

    def made(how, admin, tmp_path, row=ROW):
        with monkeypatch.context() as old:
            old.setattr(notices, "stamp", stamp)
            if how == "batch":
                sheet = write_sheet(m.SPEC, tmp_path / f"{row['会议名称']}.xlsx", [row])
                report = xlsx.import_file(m.SPEC, sheet, admin)
                assert report.ok and report.imported == 1
            else:  # the row path: `add meetings 字段=值 …`
                db = str(tmp_path / "officedesk.db")
                assert cli.main(["--db", db, "add", "meetings",
                                 *(f"{label}={value}" for label, value in row.items())]) == 0
        meeting = Meeting.get(Meeting.title == row["会议名称"])
        assert meeting.status == m.NOTIFIED and "people" not in json.loads(meeting.notice_sent)
        return meeting

    return made


def _upgraded() -> None:
    db = database.obj  # (the row path's command opened the file again)
    db.execute_sql("delete from schema_version where version >= 37")
    assert [p.kind for p in check.run_checks()] == [check.SCHEMA]  # sound but for the version
    assert 37 in migrations.migrate(db, backup=lambda db, version: None)


@pytest.mark.parametrize("how", ["batch", "row"])
def test_the_people_at_the_import_are_kept_and_the_person_added_since_gets_the_supplement(
        directory_data, admin, on_day, tmp_path, old_import, how):
    made = old_import(how, admin, tmp_path)
    # the clerk adds 高静 and drops 马俊 (who had the notice); the 补发 is refused
    steps.perform("meetings", made.id, "修改",
                  {"出席人员": "李建国、王海涛、高静", "列席人员": ""}, admin)
    assert "还没有记录送达名单" in m.paper_refusal("supplement", m.get(made.id, admin))
    entries = AuditEntry.select().count()

    _upgraded()
    meeting = m.get(made.id, admin)
    assert json.loads(meeting.notice_sent)["people"] == AT_IMPORT  # nobody added since is among them
    assert m.supplement_to(meeting) == ["高静"]
    [entry] = list(AuditEntry.select().where(AuditEntry.id > entries))
    assert (entry.actor, entry.registry, entry.record_id) == ("system", "meetings", made.id)
    assert "全市工作会议" in entry.summary and "钱学文" in entry.after
    assert check.run_checks() == [] and audit.verify_chain() == []

    pdf = forms.get("notice").build([made.id], admin, added=True)
    assert "送会议通知发出后增加的参会人员高静" in pdf_text(pdf)
    forms.issue(pdf)  # handed out: recorded
    assert m.added_since_notice(m.get(made.id, admin)) == []
    assert check.run_checks() == [] and audit.verify_chain() == []
    assert imported_notice.bring_up_to_date() == 0  # a second run finds nothing to do


def test_on_postgresql_too(directory_any_db, admin, on_day, tmp_path, old_import):
    made = old_import("batch", admin, tmp_path)
    steps.perform("meetings", made.id, "修改", {"出席人员": "李建国、王海涛、高静"}, admin)
    _upgraded()
    meeting = m.get(made.id, admin)
    assert sorted(notices.notified_people(meeting) or ()) == sorted(AT_IMPORT)
    assert m.supplement_to(meeting) == ["高静"]
    assert check.run_checks() == [] and audit.verify_chain() == []
    assert imported_notice.bring_up_to_date() == 0


def test_a_meeting_left_as_imported_keeps_its_people(directory_data, admin, on_day, tmp_path,
                                                     old_import):
    made = old_import("batch", admin, tmp_path)
    _upgraded()
    meeting = m.get(made.id, admin)
    assert notices.notified_people(meeting) == set(AT_IMPORT)
    assert "没有需要补发的人员" in m.paper_refusal("supplement", meeting)
    assert check.run_checks() == []


def test_what_the_trail_cannot_tell_is_left(directory_data, admin, on_day, tmp_path, old_import,
                                           monkeypatch):
    """Notified by the 发通知 step before the names were kept (the printed notice's recipients
    are nobody's record), and imported, then a 更正通知 handed out before the 更正通知's people
    were kept (who got it is not known): both still refuse the 补发, unchanged, no entry."""
    kept = notices.stamp
    with monkeypatch.context() as old:
        old.setattr(notices, "stamp", lambda meeting, people=None: kept(meeting))
        draft = m.MeetingDraft(values={"title": "专题会议", "kind": "专题会议",
                                       "start": "2026-12-09 09:00", "end": "2026-12-09 11:00",
                                       "place": "第二会议室", "host_unit": "市委办公室"},
                               attendees=[m.resolve_person("李建国")])
        stepped = m.save_meeting(draft, admin)
        m.mark_notice_sent(stepped.id, admin)
    corrected = old_import("row", admin, tmp_path, {**ROW, "会议名称": "防汛工作会议"})
    steps.perform("meetings", corrected.id, "修改", {"地点": "常委会议室"}, admin)
    moved = records.get_unchecked(m.SPEC, corrected.id)  # its 更正通知 as the old program kept it
    records.save_changes(m.SPEC, moved, {"notice_sent": notices.with_correction(moved)},
                         moved.version, admin, action="step",
                         summary="会议“防汛工作会议”印发更正通知（地点调整）")
    before = {row.id: (row.version, row.notice_sent) for row in Meeting.select()}
    entries = AuditEntry.select().count()

    _upgraded()
    assert {row.id: (row.version, row.notice_sent) for row in Meeting.select()} == before
    assert AuditEntry.select().count() == entries
    for meeting_id in (stepped.id, corrected.id):
        assert "还没有记录送达名单" in m.paper_refusal("supplement", m.get(meeting_id, admin))
    assert check.run_checks() == []


def test_a_creation_entry_without_the_people_tells_nothing(directory_data, admin, on_day,
                                                           tmp_path, old_import, monkeypatch):
    """An entry that does not hold one of the lists (here: a label it never had) gives nobody,
    rather than a list short of those it left out."""
    made = old_import("batch", admin, tmp_path)
    kept = imported_notice._labels
    monkeypatch.setattr(imported_notice, "_labels", lambda: [*kept(), "陪同人员"])
    _upgraded()
    assert notices.notified_people(m.get(made.id, admin)) is None
    assert check.run_checks() == []
