"""Three people log in in turn and take one 发文 from 拟稿 to 签发, each finding it in his own
我的待办 and offered only his own step."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from officedesk.core import records, responsibility
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.ui.context import AppContext
from officedesk.ui.login import LoginDialog
from officedesk.ui.main_window import MainWindow


def _login(qtbot, username):
    dialog = LoginDialog("test.db")
    qtbot.addWidget(dialog)
    dialog.username.setText(username)
    dialog.password.setText("pass1234")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None, dialog.error.text()
    return dialog.actor


def _window(qtbot, actor, tmp_path):
    ctx = AppContext(actor, "test.db", QSettings(str(tmp_path / f"{actor.username}.ini"),
                                                 QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _open_my_first(window):
    """The 工作台 is where the window opens; open the first line of 我的待办."""
    dashboard = window.tab_widgets["dashboard"]
    assert window.tabs.currentWidget() is dashboard
    dashboard.refresh()
    mine = dashboard.mine
    rows = [(i.record_id, i.step) for i in mine.model.items]
    mine.table.setCurrentIndex(mine.model.index(0, 2))
    QTest.keyClick(mine.table, Qt.Key.Key_Return)  # opens it, as a double-click does
    page = window.tab_widgets["documents"].outgoing
    return rows, page


def _do(qtbot, page, step):
    offered = [n for n, b in page.step_buttons.items() if not b.isHidden()]
    assert step in offered, offered
    qtbot.mouseClick(page.step_buttons[step], Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.general_error.text()
    return offered


def test_three_users_take_a_document_from_drafting_to_signing(staffed, qtbot, tmp_path):
    doc = outgoing.draft({"标题": "关于拨付防汛经费的请示", "文种": "请示", "拟稿单位": "综合处",
                          "拟稿人": "张科员", "正文": "一、经费用途", "主送": "中共云山市委"},
                         staffed["kuiyuan"]).id
    for username, step, others in (("chuzhang", "核稿", {"签发", "审核"}),
                                   ("fuzhuren", "审核", {"签发", "核稿"}),
                                   ("zhuren", "签发", {"核稿", "审核"})):
        window = _window(qtbot, _login(qtbot, username), tmp_path)
        rows, page = _open_my_first(window)
        assert rows == [(doc, step)]
        assert page.current_record().id == doc
        offered = _do(qtbot, page, step)
        assert not others & set(offered)
        dashboard = window.tab_widgets["dashboard"]
        dashboard.refresh()
        assert dashboard.mine.model.items == []
        window.close()
    record = records.get(outgoing.OUTGOING, doc, CLI_ACTOR)
    assert (record.state, record.signer) == ("已签发", "孙主任")
    modes = [(s.step, s.actor, s.mode) for s in responsibility.signs("outgoing", doc)]
    assert modes == [("核稿", "chuzhang", "本人"), ("审核", "fuzhuren", "本人"),
                     ("签发", "zhuren", "本人")]


def test_the_status_bar_shows_the_users_post(staffed, qtbot, tmp_path):
    window = _window(qtbot, staffed["fuzhuren"], tmp_path)
    assert window.user_label.text().startswith("用户：赵副主任 办公室领导副主任，分管综合处、信息处（")
    window.grab().save(str(tmp_path / "status.png"))
    plain = _window(qtbot, _login(qtbot, "kuiyuan"), tmp_path)
    assert plain.user_label.text().startswith("用户：张科员 综合处科员（")
