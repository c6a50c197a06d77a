"""The admin screens preselected what the administrator had not chosen: 新建用户 opened on 科员
and 公开 (a 领导 saved without a look could read nothing secret), 节假日调整 on 放假, 岗位设置
on the first user (his post saved over), 设置代理 on the first user and the first other one.
Each such choice opens on 请选择 and, left open, gets core's word; a true default stays (one who
is no administrator names a substitute for himself alone)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QComboBox

from officedesk.core import passwords, positions, users, workdays
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui import admin, posts_dialogs
from tests.staff import STAFF, make_staff


def _asks(combo: QComboBox) -> bool:
    return combo.currentIndex() == -1 and combo.placeholderText() == "请选择"


@pytest.fixture
def refusals(monkeypatch) -> list[str]:
    said: list[str] = []
    for module in (admin, posts_dialogs):
        monkeypatch.setattr(module, "show_error", lambda _parent, exc: said.append(exc.message))
    return said


@pytest.fixture
def staff(db, monkeypatch):
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    return make_staff(STAFF)


def test_a_new_user_s_role_and_clearance_are_chosen(db, qtbot, monkeypatch):
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    form = admin.UserDialog(CLI_ACTOR)
    qtbot.addWidget(form)
    assert _asks(form.role) and _asks(form.clearance)
    form.username.setText("wk")
    form.password.setText("Yunling2026")
    assert not form.try_save()
    assert form.error.text() == "请选择“角色”：管理员、科员、领导、只读。"
    assert form.focusWidget() is form.role
    form.role.setCurrentIndex(form.role.findData("leader"))
    assert not form.try_save() and form.error.text().startswith("请选择“密级权限”：公开、")
    assert form.focusWidget() is form.clearance
    assert not any(u.username == "wk" for u in users.list_users())
    form.clearance.setCurrentIndex(2)
    assert form.try_save()
    saved = users.get_user("wk")
    assert (saved.role, saved.clearance) == ("leader", 2)


def test_a_holiday_s_kind_is_chosen(db, qtbot, refusals):
    dialog = admin.HolidaysDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    assert _asks(dialog.kind)
    dialog.day.set_value(dt.date(2027, 10, 8))
    dialog.add()
    assert refusals == ["请选择“类型”：放假、上班（调休）。"] and workdays.overrides() == []
    dialog.kind.setCurrentIndex(1)
    dialog.add()
    assert [(o.day, o.kind) for o in workdays.overrides()] == [(dt.date(2027, 10, 8), "上班（调休）")]


def test_the_post_dialog_opens_on_no_user(staff, qtbot, refusals):
    dialog = posts_dialogs.PostDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    assert _asks(dialog.user) and dialog.unit.text() == ""
    dialog.save()
    assert refusals == ["请选择要设置岗位的“用户”。"] and dialog.result() == 0
    dialog.user.setCurrentIndex(dialog.user.findData("xinxi"))
    assert dialog.unit.text() == "信息处"  # his post, loaded once chosen


def test_an_administrator_chooses_both_people_of_a_substitution(staff, qtbot, refusals):
    dialog = posts_dialogs.DelegationDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    assert _asks(dialog.principal) and _asks(dialog.substitute)
    dialog.add()
    dialog.principal.setCurrentIndex(dialog.principal.findData("zhuren"))
    assert _asks(dialog.substitute)  # the list follows the 被代理人, still unchosen
    dialog.add()
    assert refusals == ["请选择“被代理人”。", "请选择“代理人”。"] and positions.delegations() == []
    dialog.substitute.setCurrentIndex(dialog.substitute.findData("fuzhuren"))
    dialog.end.set_value(dialog.start.value())  # asked too: it opens empty
    dialog.add()
    assert [(d.principal, d.substitute) for d in positions.delegations()] == [("zhuren", "fuzhuren")]


def test_a_leader_names_his_own_substitute_only(staff, qtbot):
    dialog = posts_dialogs.DelegationDialog(staff["zhuren"])
    qtbot.addWidget(dialog)
    assert dialog.principal.count() == 1 and dialog.principal.currentData() == "zhuren"  # a true default
    assert _asks(dialog.substitute)
