"""Actions that cannot be taken back ask first, name what they act on, and 取消 is the default:
信访 转督查 (a 督查编号 is issued), deleting an attachment, a holiday adjustment, a 代理."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from officedesk.core import passwords, positions, users, workdays
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.widgets.mnemonics import plain

CANCEL, OK = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes


class Answer:
    """Answers the next question boxes with `buttons`, one box each; remembers their texts and
    default buttons. A box without the expected button is closed (and counted as unexpected);
    with no box for a few seconds it stops looking."""

    def __init__(self, *buttons: QMessageBox.StandardButton) -> None:
        self.buttons = list(buttons)
        self.texts: list[str] = []
        self.defaults: list[str] = []
        self.unexpected: list[str] = []
        self.deadline = time.monotonic() + 5
        QTimer.singleShot(0, self._act)

    def _act(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            if time.monotonic() < self.deadline:
                QTimer.singleShot(10, self._act)  # not shown yet
            return
        button = box.button(self.buttons[0])
        if button is None:
            self.unexpected.append(box.text())
            box.reject()
        else:
            self.buttons.pop(0)
            self.texts.append(box.text())
            default = box.defaultButton()
            self.defaults.append(plain(default.text()) if default is not None else "")
            button.click()
        if self.buttons:
            self.deadline = time.monotonic() + 5
            QTimer.singleShot(10, self._act)


def _supervision_count() -> int:
    from officedesk.store.supervision import SupervisionItem

    return SupervisionItem.select().count()


def test_petition_to_supervision_asks_first(app_ctx, qtbot, admin):
    from officedesk.core import petitions
    from officedesk.ui.petitions import make_tab

    petition = petitions.register_petition(
        {"registered_on": "2026-03-02", "form": "来信", "name": "张建国",
         "category": "征地拆迁", "content": "反映补偿款未足额发放。"},
        None, admin,
    )
    tab = make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.list.refresh()
    assert tab.list.select_record(petition.id)
    tab.update_current()

    # the step's dialog (批示领导, 批示内容, 督查时限) asks before it is sent
    dialog = tab.supervision_dialog()
    qtbot.addWidget(dialog)
    dialog.set_value("instruction", "请督查室跟踪办理")
    answer = Answer(CANCEL)
    assert not dialog.try_submit()
    assert answer.unexpected == [] and answer.texts and petition.number in answer.texts[0]
    assert _supervision_count() == 0 and dialog.value("instruction") == "请督查室跟踪办理"
    dialog.reject()

    def press_ok() -> None:  # 确定 in the step's dialog, once it is shown
        shown = QApplication.activeModalWidget()
        if shown is None or not hasattr(shown, "ok_button"):
            QTimer.singleShot(10, press_ok)
            return
        shown.ok_button.click()

    QTimer.singleShot(0, press_ok)
    answer = Answer(OK, QMessageBox.StandardButton.Ok)  # then "已转为督查事项：…"
    tab.to_supervision()
    assert _supervision_count() == 1 and len(answer.texts) == 2


def test_removing_an_attachment_asks_with_its_name(app_ctx, qtbot, admin, tmp_path):
    import officedesk.core.documents  # noqa: F401  (registers the specs)
    from officedesk.core.documents import attachments, incoming
    from officedesk.ui.documents.attachments import AttachmentsDialog

    record = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "带附件的通知"}, admin)
    source = tmp_path / "实施方案.docx"
    source.write_bytes(b"PK\x03\x04 demo")
    dialog = AttachmentsDialog(app_ctx, incoming.INCOMING, record.id)
    qtbot.addWidget(dialog)
    dialog.add_files([source])
    dialog.files.setCurrentRow(0)

    answer = Answer(CANCEL)
    dialog.remove_selected()
    assert answer.texts and "实施方案.docx" in answer.texts[0]
    assert answer.defaults == ["取消"]
    assert len(attachments.attachments("incoming", record.id, admin)) == 1

    Answer(OK)
    dialog.remove_selected()
    assert attachments.attachments("incoming", record.id, admin) == [] and dialog.files.count() == 0


def test_removing_a_holiday_adjustment_asks_with_the_day(db, qtbot):
    from officedesk.ui.admin import HolidaysDialog

    workdays.set_override(dt.date(2027, 10, 8), False, "国庆节", CLI_ACTOR)
    dialog = HolidaysDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.table.setCurrentCell(0, 0)

    answer = Answer(CANCEL)
    dialog.remove()
    assert answer.texts and "2027-10-08" in answer.texts[0] and answer.defaults == ["取消"]
    assert dialog.table.rowCount() == 1

    Answer(OK)
    dialog.remove()
    assert dialog.table.rowCount() == 0


@pytest.fixture
def two_leaders(db, monkeypatch):
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    for username, name in (("zhuren", "孙主任"), ("fuzhuren", "赵副主任")):
        users.create_user(username, "pass1234", "leader", CLI_ACTOR, display_name=name, clearance=3)


def test_ending_a_substitute_asks_with_both_names(two_leaders, qtbot, fixed_today):
    from officedesk.ui.posts_dialogs import DelegationDialog

    fixed_today(dt.date(2026, 11, 16))
    dialog = DelegationDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.principal.setCurrentIndex(dialog.principal.findData("zhuren"))
    dialog.substitute.setCurrentIndex(dialog.substitute.findData("fuzhuren"))
    dialog.start.set_value(dt.date(2026, 11, 16))
    dialog.end.set_value(dt.date(2026, 11, 18))
    dialog.add()
    dialog.table.setCurrentCell(0, 0)

    answer = Answer(CANCEL)
    dialog.end_selected()
    assert answer.texts and "zhuren" in answer.texts[0] and "fuzhuren" in answer.texts[0]
    assert answer.defaults == ["取消"]
    assert [d.principal for d in positions.delegations()] == ["zhuren"]

    Answer(OK)
    dialog.end_selected()
    assert positions.delegations() == []


def test_a_holiday_change_in_the_window_says_how_many_deadlines_moved(db, qtbot, monkeypatch):
    """The administrator is told what his change did, as `officedesk holidays` tells him."""
    from officedesk.ui.admin import HolidaysDialog

    counts = iter([3, 2])
    monkeypatch.setattr(workdays, "_recomputers", [lambda year, actor: next(counts)])
    dialog = HolidaysDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.day.set_value(dt.date(2027, 10, 8))
    dialog.kind.setCurrentIndex(0)  # 放假, chosen (the box opens on 请选择)
    dialog.add()
    assert dialog.table.rowCount() == 1
    assert "2027-10-08" in dialog.outcome.text() and "重算期限 3 件" in dialog.outcome.text()
    dialog.table.setCurrentCell(0, 0)
    Answer(OK)
    dialog.remove()
    assert dialog.table.rowCount() == 0 and "重算期限 2 件" in dialog.outcome.text()
