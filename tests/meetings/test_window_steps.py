"""The window's 签到 sheet, 纪要 editor and meeting form (修改) go through core's step runner,
as `officedesk step meetings ID …` does: done on one meeting in the window and on its twin on
the command line, they leave the same audit entries and the same step signatures (StepSign),
and the meetings come out alike."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import fn
from PySide6.QtCore import Qt

from officedesk import cli
from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.store import db as store_db
from officedesk.store.chain import StepSign
from officedesk.store.models import AuditEntry
from tests.meetings.conftest import make_draft
from tests.ui.conftest import english  # noqa: F401  (the fixture)
from tests.ui.forms import answer_discard, shown

PEOPLE = ["李建国", "王海涛", "陈志明", "刘芳"]


@pytest.fixture
def twins(directory_data, admin, on_day, fixed_today):
    """The same meeting twice, a day apart (so neither clashes with the other)."""
    made = []
    for day in ("03", "04"):
        made.append(m.save_meeting(make_draft(start=f"2026-12-{day} 09:00",
                                              end=f"2026-12-{day} 11:30", attendees=PEOPLE,
                                              nonvoting=["马俊"], note="请提前10分钟到场"), admin))
    fixed_today(dt.date(2026, 12, 4))  # set ahead; signed in once both days have come
    return made


class Trail:
    """What a meeting's steps leave from now on: its audit entries and step signatures."""

    def __init__(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.audit_from = AuditEntry.select(fn.MAX(AuditEntry.id)).scalar() or 0
        self.signs_from = StepSign.select(fn.MAX(StepSign.id)).scalar() or 0

    def rows(self) -> tuple[list, list]:
        entries = [(e.action, e.actor, e.summary, e.before, e.after) for e in AuditEntry.select()
                   .where((AuditEntry.registry == "meetings") & (AuditEntry.id > self.audit_from)
                          & (AuditEntry.record_id == self.meeting_id)).order_by(AuditEntry.id)]
        signs = []
        for sign in StepSign.select().where((StepSign.registry == "meetings")
                                            & (StepSign.id > self.signs_from)
                                            & (StepSign.record_id == self.meeting_id)
                                            ).order_by(StepSign.id):
            written = AuditEntry.get_or_none(AuditEntry.id == sign.audit_id)
            signs.append((sign.step, sign.mode, sign.actor, sign.person, sign.state_from,
                          sign.state_to, sign.reason, written.action if written else None))
        return entries, signs


def _cli(tmp_path, meeting_id: int, step: str, *values: str) -> None:
    """`officedesk step meetings ID STEP 字段=值 …`, in-process; the test's database reopened."""
    code = cli.main(["--db", str(tmp_path / "officedesk.db"), "step", "meetings", str(meeting_id),
                     step, *values])
    store_db.open_database(str(tmp_path / "officedesk.db"))
    assert code == 0, f"{step} refused on the command line"


def _alike(window: Trail, command_line: Trail, steps: list[str]) -> None:
    entries, signs = window.rows()
    assert [s[0] for s in signs] == steps  # each save in the window is its declared step
    assert (entries, signs) == command_line.rows()


def _row(dialog, name: str) -> int:
    return next(i for i, row in enumerate(dialog.rows) if row.name == name)


def test_the_sign_in_sheet_is_the_declared_sheet_step(twins, app_ctx, qtbot, tmp_path, admin):
    from officedesk.ui.meetings.attendance import REASON_COLUMN, AttendanceDialog

    seen, typed = twins
    window, command_line = Trail(seen.id), Trail(typed.id)
    sheet = AttendanceDialog(app_ctx, seen)
    qtbot.addWidget(sheet)
    for name, status, reason in (("李建国", m.PRESENT, ""), ("王海涛", m.PRESENT, ""),
                                 ("陈志明", m.LEAVE, "在省委党校学习"), ("刘芳", m.LEAVE, "出差"),
                                 ("马俊", m.ABSENT, "")):
        row = _row(sheet, name)
        sheet.set_status(row, status)
        sheet.table.item(row, REASON_COLUMN).setText(reason)
    assert sheet.try_save()
    # the next day: 马俊's mark taken back, 刘芳's reason corrected, the rest left as they were
    again = AttendanceDialog(app_ctx, m.get(seen.id, admin))
    qtbot.addWidget(again)
    again.set_status(_row(again, "马俊"), "")
    again.table.item(_row(again, "刘芳"), REASON_COLUMN).setText("赴省里开会")
    assert again.try_save()
    _cli(tmp_path, typed.id, "登记签到", "已到=李建国、王海涛",
         "请假=陈志明：在省委党校学习\n刘芳：出差", "缺席=马俊")
    _cli(tmp_path, typed.id, "登记签到", "请假=刘芳：赴省里开会", "未签到=马俊")
    _alike(window, command_line, ["登记签到", "登记签到"])
    marks = [[(r.name, r.attendance, r.leave_reason) for r in m.attendees(meeting.id, admin)]
             for meeting in twins]
    assert marks[0] == marks[1] and ("马俊", "", "") in marks[0]
    assert m.get(seen.id, admin).status == m.get(typed.id, admin).status == m.HELD


def test_the_minutes_editor_is_the_declared_minutes_step(twins, app_ctx, qtbot, tmp_path, admin):
    from officedesk.ui.meetings.minutes import CONTENT, MinutesDialog

    seen, typed = twins
    for held in twins:  # a 纪要 is of a meeting held
        steps.perform("meetings", held.id, "召开", {}, admin)
    seen = m.get(seen.id, admin)
    window, command_line = Trail(seen.id), Trail(typed.id)
    editor = MinutesDialog(app_ctx, seen)
    qtbot.addWidget(editor)
    editor.text_edit.setPlainText("会议研究了有关事项。")
    for content, unit, deadline in (("甲事项", "市财政局", "2026-12-31"), ("乙事项", "", "")):
        editor.decision_edit.setText(content)
        editor.lead_edit.setText(unit)
        editor.deadline_edit.setText(deadline)
        editor.add_decision()
    assert editor.save()
    _cli(tmp_path, typed.id, "纪要", "纪要正文=会议研究了有关事项。",
         "议定事项=甲事项｜市财政局｜2026-12-31\n乙事项")
    second = m.decisions(seen.id, admin)[1].id
    editor.table.item(1, CONTENT).setText("乙事项（修改）")  # kept as the same decision
    editor.issue_edit.setText("第3期")
    assert editor.save()
    _cli(tmp_path, typed.id, "纪要", "议定事项=甲事项｜市财政局｜2026-12-31｜1\n乙事项（修改）｜｜｜2",
         "期号=第3期")
    assert m.decisions(seen.id, admin)[1].id == second
    decided = [[(d.seq, d.content, d.lead_unit, d.deadline) for d in m.decisions(meeting.id, admin)]
               for meeting in twins]
    assert decided[0] == decided[1] and decided[0][1][1] == "乙事项（修改）"
    for _ in range(2):  # the meeting decided nothing after all
        editor.table.setCurrentCell(0, CONTENT)
        editor.remove_decision()
    assert editor.save()
    _cli(tmp_path, typed.id, "纪要", "清空=议定事项")
    _alike(window, command_line, ["纪要", "纪要", "纪要"])
    assert m.decisions(seen.id, admin) == m.decisions(typed.id, admin) == []
    assert m.get(seen.id, admin).minutes_issue == m.get(typed.id, admin).minutes_issue == "第3期"


def test_the_meeting_form_s_edit_is_the_declared_edit_step(twins, app_ctx, qtbot, tmp_path, admin):
    from officedesk.ui.meetings.dialog import MeetingDialog

    seen, typed = twins
    window, command_line = Trail(seen.id), Trail(typed.id)
    form = MeetingDialog(app_ctx, seen)
    qtbot.addWidget(form)
    form.title_edit.setText("市委常委会第12次会议（扩大）")
    form.secrecy_combo.setCurrentIndex(form.secrecy_combo.findData("秘密"))
    form.note_edit.setPlainText("")
    form.contact_edit.setText("王敏")
    form.podium_spin.setValue(3)
    guests = form.people["nonvoting_text"]
    guests.edit.setText("高静")
    guests.add_from_edit()
    form.agenda.set_items([m.AgendaEntry("审议预算（草案）", "市财政局", "高静", 40),
                           m.AgendaEntry("听取汇报", "", "郑小燕", 0)])
    assert form.try_save()
    assert form.saved_record.title == "市委常委会第12次会议（扩大）"
    _cli(tmp_path, typed.id, "修改", "会议名称=市委常委会第12次会议（扩大）", "密级=秘密",
         "联系人=王敏", "主席台人数=3", "列席人员=马俊、高静",
         "议程=审议预算（草案）｜市财政局｜高静｜40\n听取汇报｜｜郑小燕｜", "清空=备注")
    _alike(window, command_line, ["修改"])
    edited = [m.get(meeting.id, admin) for meeting in twins]
    assert [(e.title, e.secrecy, e.note, e.contact, e.podium_count, e.agenda_text,
             e.nonvoting_text) for e in edited] == [
        ("市委常委会第12次会议（扩大）", "秘密", "", "王敏", 3,
         "1. 审议预算（草案）（市财政局 高静，40分钟）\n2. 听取汇报（郑小燕）", "马俊、高静")] * 2


def test_a_refused_edit_keeps_what_was_typed(twins, app_ctx, qtbot):
    """A leader due elsewhere: the form asks a reason; given, it goes to the step as --force."""
    from officedesk.ui.meetings.dialog import MeetingDialog

    seen, typed = twins
    form = MeetingDialog(app_ctx, typed)
    qtbot.addWidget(form)
    form.start_edit.setText("2026-12-03 10:00")
    form.end_edit.setText("2026-12-03 11:00")
    form.place_edit.setText("市会展中心")
    assert not form.try_save()
    assert not form.reason_error.isHidden() and form.start_edit.text() == "2026-12-03 10:00"
    form.reason_edit.setText("书记只参加前半小时")
    assert form.try_save()
    override = AuditEntry.get((AuditEntry.action == "conflict_override")
                              & (AuditEntry.record_id == typed.id))
    assert "书记只参加前半小时" in override.summary
    assert StepSign.get(StepSign.record_id == typed.id).step == "修改"


def test_an_unchanged_sheet_records_no_step(twins, app_ctx, qtbot):
    from officedesk.ui.meetings.attendance import AttendanceDialog

    seen, _typed = twins
    sheet = AttendanceDialog(app_ctx, seen)
    qtbot.addWidget(sheet)
    assert sheet.try_save()
    assert not StepSign.select().where(StepSign.record_id == seen.id).exists()


def test_a_leave_without_reason_is_shown_at_its_cell(twins, app_ctx, qtbot):
    from officedesk.ui.meetings.attendance import REASON_COLUMN, AttendanceDialog

    seen, _typed = twins
    sheet = AttendanceDialog(app_ctx, seen)
    qtbot.addWidget(sheet)
    row = _row(sheet, "陈志明")
    sheet.set_status(row, m.LEAVE)
    assert not sheet.try_save()
    assert "陈志明请假，请写明请假原因" in sheet.error.text()
    assert (sheet.table.currentRow(), sheet.table.currentColumn()) == (row, REASON_COLUMN)
    assert sheet.table.item(row, 4).data(Qt.ItemDataRole.UserRole) == m.LEAVE  # kept


def test_the_sign_in_sheet_shows_roles_and_marks_in_english(twins, app_ctx, qtbot, admin, english):  # noqa: F811
    """The 签到 sheet's 角色 and 签到 columns are core's words: English in the English window."""
    from officedesk.ui.meetings.attendance import STATUS_COLUMN, AttendanceDialog

    seen, _typed = twins
    sheet = AttendanceDialog(app_ctx, seen)
    qtbot.addWidget(sheet)
    sheet.set_status(_row(sheet, "李建国"), m.PRESENT)
    assert sheet.try_save()
    again = AttendanceDialog(app_ctx, m.get(seen.id, admin))
    qtbot.addWidget(again)
    roles = {again.table.item(r, 1).text() for r in range(again.table.rowCount())}
    assert roles == {"Attending", "Non-voting"}
    assert again.table.item(_row(again, "李建国"), STATUS_COLUMN).text() == "Present"
    again.set_status(_row(again, "马俊"), m.LEAVE)
    assert again.table.item(_row(again, "马俊"), STATUS_COLUMN).text() == "On leave"


def test_the_sign_in_sheet_asks_before_esc_or_cancel_drop_the_marks(twins, app_ctx, qtbot):
    """The README: Esc, 取消 or closing a form with typed content asks first; the sheet too."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from officedesk.ui.meetings.attendance import AttendanceDialog
    from officedesk.ui.widgets.dialog_buttons import Button

    seen, _typed = twins
    sheet = shown(AttendanceDialog(app_ctx, seen), qtbot)
    sheet.table.setFocus()
    sheet.table.setCurrentCell(_row(sheet, "李建国"), 0)
    qtbot.keyClick(sheet.table, Qt.Key.Key_1)  # 已到
    answers: list[str] = []
    answer_discard(QMessageBox.StandardButton.Cancel, answers)  # 继续填写
    qtbot.keyClick(sheet.table, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert answers == ["放弃填写的内容？"]
    assert sheet.isVisible() and sheet.status_at(_row(sheet, "李建国")) == m.PRESENT
    answer_discard(QMessageBox.StandardButton.Cancel, answers)
    sheet.findChild(QDialogButtonBox).button(Button.Cancel).click()
    qtbot.wait(50)
    assert len(answers) == 2 and sheet.isVisible()
    answer_discard(QMessageBox.StandardButton.Discard, answers)
    qtbot.keyClick(sheet.table, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert len(answers) == 3 and not sheet.isVisible()
    assert not StepSign.select().where(StepSign.record_id == seen.id).exists()


def test_an_untouched_sign_in_sheet_closes_on_esc_at_once(twins, app_ctx, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from officedesk.ui.meetings.attendance import AttendanceDialog

    seen, _typed = twins
    sheet = shown(AttendanceDialog(app_ctx, seen), qtbot)
    answers: list[str] = []
    answer_discard(QMessageBox.StandardButton.Cancel, answers)
    qtbot.keyClick(sheet.table, Qt.Key.Key_Escape)
    assert not sheet.isVisible()
    qtbot.wait(300)  # the answerer gives up
    assert answers == []
