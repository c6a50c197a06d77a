"""岗位设置 and 设置代理 in the window call core.positions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from officedesk.core import positions
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui import posts_dialogs


def test_an_administrator_sets_a_post(staffed, qtbot):
    dialog = posts_dialogs.PostDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user.setCurrentIndex(dialog.user.findData("xinxi"))
    assert dialog.position.currentText() == "处长" and dialog.unit.text() == "信息处"
    dialog.position.setCurrentText("副主任")
    dialog.in_charge.setText("信息处、综合处")
    dialog.proxy.setChecked(True)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    post = positions.post_of("xinxi")
    assert (post.position, post.in_charge, post.proxy_entry) == ("副主任", ("信息处", "综合处"), True)


def test_a_leader_names_his_substitute(staffed, qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr(posts_dialogs, "show_error", lambda _p, exc: errors.append(exc.message))
    dialog = posts_dialogs.DelegationDialog(staffed["zhuren"])
    qtbot.addWidget(dialog)
    assert [dialog.principal.itemData(i) for i in range(dialog.principal.count())] == ["zhuren"]
    dialog.substitute.setCurrentIndex(dialog.substitute.findData("fuzhuren2"))
    dialog.start.set_value(dt.date(2026, 11, 16))
    dialog.end.set_value(dt.date(2026, 11, 14))
    dialog.add()
    assert errors == ["代理的结束日期 2026-11-14 早于开始日期 2026-11-16，请改正其中一个。"]
    dialog.end.set_value(dt.date(2026, 11, 18))
    dialog.note.setText("出差")
    dialog.add()
    assert dialog.table.rowCount() == 1
    assert [p.username for p in positions.principals_of("fuzhuren2", dt.date(2026, 11, 17))] == [
        "zhuren"]
    dialog.table.setCurrentCell(0, 0)
    monkeypatch.setattr(posts_dialogs, "confirm", lambda *_args, **_kw: True)  # 确定 撤销
    dialog.end_selected()
    assert positions.principals_of("fuzhuren2", dt.date(2026, 11, 17)) == []


def test_a_new_section_is_asked_about_and_saved_only_when_confirmed(staffed, qtbot, monkeypatch):
    asked = []
    answer = [False]

    def confirm(_parent, title, text, **_kw):
        asked.append((title, text))
        return answer[0]

    monkeypatch.setattr(posts_dialogs, "confirm", confirm)
    dialog = posts_dialogs.PostDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.user.setCurrentIndex(dialog.user.findData("xinxi"))
    dialog.unit.setText("信息外")  # a slip for 信息处
    dialog.save()
    assert asked[0][1].startswith("没有“信息外”这个科室，是不是“信息处”？")
    assert positions.post_of("xinxi").unit == "信息处" and dialog.result() == 0  # still open
    dialog.unit.setText("宣传科")
    answer[0] = True
    dialog.save()
    assert asked[1][1].startswith("没有“宣传科”这个科室。")
    assert positions.post_of("xinxi").unit == "宣传科" and dialog.result() == 1


def test_an_administrator_is_never_offered_one_person_for_both(staffed, qtbot):
    """Both lists opened on the same user (the first of each): 添加代理 at once named him his own
    代理人. The 代理人 list leaves out whoever is chosen as 被代理人, and follows a change."""
    dialog = posts_dialogs.DelegationDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)

    def offered() -> list[str]:
        return [dialog.substitute.itemData(i) for i in range(dialog.substitute.count())]

    principals = [dialog.principal.itemData(i) for i in range(dialog.principal.count())]
    assert len(principals) > 2
    for username in principals:
        dialog.principal.setCurrentIndex(dialog.principal.findData(username))
        assert username not in offered()
        assert dialog.substitute.currentData() != username
    # the 代理人 chosen stays when the 被代理人 changes to someone else
    dialog.principal.setCurrentIndex(dialog.principal.findData(principals[0]))
    dialog.substitute.setCurrentIndex(dialog.substitute.findData(principals[2]))
    dialog.principal.setCurrentIndex(dialog.principal.findData(principals[1]))
    assert dialog.substitute.currentData() == principals[2]
    assert len(offered()) == len(principals) - 1
