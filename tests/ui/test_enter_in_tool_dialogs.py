"""Enter in the field a tool dialog opens on does that dialog's harmless default: it never
records anything (a 催办 of every unit, escalated up to 通报) nor opens a form the clerk did
not ask for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from officedesk.core import clock
from officedesk.store.models import AuditEntry
from tests.ui.forms import shown


def test_enter_in_the_reminder_dialogs_unit_records_no_reminder(demo_filled, app_ctx, qtbot,
                                                                 monkeypatch, fixed_today):
    from officedesk.ui.supervision.dialogs import ReminderDialog

    demo_filled(6)  # the demo most tests ask for: made once a run
    fixed_today(clock.today() + dt.timedelta(days=20))  # tasks due a 催办 (first, again, 通报)
    previews: list[str | None] = []
    monkeypatch.setattr(ReminderDialog, "print_unit",
                        lambda self: previews.append(self.current_unit()))
    dialog = shown(ReminderDialog(app_ctx), qtbot)
    assert dialog.generate_button.isEnabled() and dialog.unit_combo.count() > 1
    assert dialog.focusWidget() is dialog.unit_combo
    before = AuditEntry.select().count()
    qtbot.keyClick(dialog.unit_combo, Qt.Key.Key_Down)  # the clerk picks a unit …
    qtbot.keyClick(dialog.unit_combo, Qt.Key.Key_Return)  # … and presses Enter
    assert AuditEntry.select().count() == before  # no 催办 recorded for every unit
    assert previews == [dialog.current_unit()]  # Enter previews that unit's notice
    assert dialog.isVisible()
    # 生成催办记录 is still one Tab and Enter away, as a button the clerk chose
    dialog.generate_button.setFocus()
    qtbot.keyClick(dialog.generate_button, Qt.Key.Key_Return)
    assert AuditEntry.select().count() > before


def test_enter_on_an_attachment_opens_it_and_nothing_else(app_ctx, qtbot, admin, tmp_path,
                                                          monkeypatch):
    import officedesk.core.documents  # noqa: F401  (registers the specs)
    from officedesk.core.documents import incoming
    from officedesk.ui.documents.attachments import AttachmentsDialog

    record = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "带附件的通知"}, admin)
    source = tmp_path / "实施方案.docx"
    source.write_bytes(b"PK\x03\x04 demo")
    opened: list[str] = []
    monkeypatch.setattr(AttachmentsDialog, "open_selected",
                        lambda self: opened.append(self._selected_name()))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileNames",
                        lambda *a, **k: opened.append("选择附件") or ([], ""))
    dialog = AttachmentsDialog(app_ctx, incoming.INCOMING, record.id)
    dialog.add_files([source])
    shown(dialog, qtbot)
    dialog.files.setFocus()
    dialog.files.setCurrentRow(0)
    qtbot.keyClick(dialog.files, Qt.Key.Key_Return)
    assert opened == ["实施方案.docx"]  # the file, not also the chooser of 添加…
    assert dialog.isVisible()


def test_enter_on_a_user_opens_no_new_user_form(app_ctx, qtbot, monkeypatch):
    from officedesk.core import users
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.ui import admin

    users.create_user("k1", "pass1234", "clerk", CLI_ACTOR, display_name="张科员")
    asked: list[str] = []
    monkeypatch.setattr(admin.UsersDialog, "add", lambda self: asked.append("新建用户"))
    dialog = shown(admin.UsersDialog(app_ctx), qtbot)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.table)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert asked == []  # Enter on 张科员 made no 新建用户 form
    assert dialog.isVisible()


def test_enter_on_an_issue_opens_no_periodical_settings(demo_filled, app_ctx, qtbot, monkeypatch):
    from officedesk.ui.info.dialogs import IssuesDialog

    demo_filled(6)
    asked: list[str] = []
    monkeypatch.setattr(IssuesDialog, "edit_periodical", lambda self: asked.append("刊物设置"))
    printed: list[int] = []
    dialog = shown(IssuesDialog(app_ctx, lambda form, ids: printed.extend(ids)), qtbot)
    assert dialog.table.rowCount() > 1 and dialog.setup_button.isVisible()
    assert dialog.focusWidget() is dialog.periodical  # where the dialog opens
    qtbot.keyClick(dialog.periodical, Qt.Key.Key_Return)
    assert asked == [] and printed == [dialog.current().id]  # Enter previews the issue chosen
    dialog.table.setFocus()
    dialog.table.selectRow(1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert asked == []  # Enter on an issue did not open the 刊物设置 form
    assert printed[1:] == [dialog.issues[1].id]  # but previews that issue
    assert dialog.isVisible()


def test_enter_in_the_substitute_form_moves_on_and_names_no_substitute(db, qtbot, monkeypatch):
    """设置代理 opened on 被代理人 with every field filled (today + 4 days, the first other
    user): Enter there named a 代理人 at once, who then acted with that leader's rights."""
    from officedesk.core import passwords, positions, users
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.ui.posts_dialogs import DelegationDialog

    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    for username, name in (("zhuren", "孙主任"), ("fuzhuren", "赵副主任")):
        users.create_user(username, "pass1234", "leader", CLI_ACTOR, display_name=name, clearance=3)
    dialog = shown(DelegationDialog(CLI_ACTOR), qtbot)
    assert dialog.focusWidget() is dialog.principal
    qtbot.keyClick(dialog.principal, Qt.Key.Key_Return)
    assert positions.delegations() == []  # no 代理 named by a stray Enter
    assert dialog.focusWidget() is dialog.substitute  # Enter moved on, as in every form
    # both chosen by the clerk (they open on 请选择 now: no first user named unasked)
    dialog.principal.setCurrentIndex(dialog.principal.findData("zhuren"))
    dialog.substitute.setCurrentIndex(dialog.substitute.findData("fuzhuren"))
    dialog.end.set_value(dialog.start.value())  # asked too (it opens empty)
    add = next(b for b in dialog.findChildren(QPushButton) if b.accessibleName() == "添加代理")
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Return)  # the button chosen adds it
    assert len(positions.delegations()) == 1


def test_enter_after_a_year_typed_keeps_the_figures_open(app_ctx, qtbot, monkeypatch):
    """信访统计 and 信息工作排名 open on their 年度 box: a year typed and Enter closed the
    statistics (关闭, the default) and opened the ranking's 通报 preview (打印通报)."""
    from officedesk.ui.info.dialogs import RankingDialog
    from officedesk.ui.petitions.stats_dialog import StatsDialog

    previews: list[str] = []
    monkeypatch.setattr(RankingDialog, "print_ranking", lambda self: previews.append("通报"))
    stats = shown(StatsDialog(app_ctx), qtbot)
    ranking = shown(RankingDialog(app_ctx, lambda *a, **k: None), qtbot)
    for dialog in (stats, ranking):
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: d.isActiveWindow())
        year = dialog.year
        year.setFocus()
        year.selectAll()
        qtbot.keyClicks(year, "2025")
        qtbot.keyClick(year, Qt.Key.Key_Return)
        assert dialog.isVisible() and year.value() == 2025
    assert previews == []


def test_the_reminder_dialogs_summary_sits_at_its_top(demo_filled, app_ctx, qtbot, fixed_today):
    """The room the dialog has beyond its rows goes below them, above the buttons: it went
    above the summary, which then floated in a blank band (seen at 1366×768)."""
    from officedesk.ui.supervision.dialogs import ReminderDialog

    demo_filled(6)  # the demo most tests ask for: made once a run
    fixed_today(clock.today() + dt.timedelta(days=20))
    dialog = shown(ReminderDialog(app_ctx), qtbot)
    dialog.resize(620, 240)
    qtbot.wait(10)
    summary_text_top = dialog.summary.geometry().top() + (
        dialog.summary.height() - dialog.summary.heightForWidth(dialog.summary.width())) // 2
    assert summary_text_top < 30
    assert dialog.unit_combo.geometry().bottom() < 110
