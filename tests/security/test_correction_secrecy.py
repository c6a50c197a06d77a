"""保密 by correction (records.update: the window's 修改/更正, import --update): a 密级 change needs
an actor cleared for both the old and the new level, and lowering it (降密/解密) is for a leader
or the administrator. A 秘密 clerk lowered a 秘密 收文 to 非密 (every 公开 account then listed and
printed it); a 公开 clerk raised a record above his own clearance (it left his 科长's 工作台, and
its 督查 item with it)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import records
from officedesk.core.actor import Actor
from officedesk.core.documents import incoming
from officedesk.core.errors import ValidationError

PUBLIC_CLERK = Actor(username="gk", role="clerk", clearance=0, display_name="公开科员")
SECRET_CLERK = Actor(username="mk", role="clerk", clearance=1, display_name="秘密科员")
SECRET_LEADER = Actor(username="ld", role="leader", clearance=1, display_name="秘密领导")


def _doc(admin, secrecy="非密"):
    return incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委", "来文字号": "省委发〔2026〕1号",
                             "标题": "关于做好防汛工作的通知", "文种": "通知", "密级": secrecy,
                             "份数": "1"}, admin)


def test_a_clerk_may_not_lower_the_secrecy(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    doc = _doc(admin, "秘密")
    with pytest.raises(ValidationError, match="降密或解密.*领导") as caught:
        records.update(incoming.INCOMING, doc.id, {"密级": "非密"}, doc.version, SECRET_CLERK)
    assert caught.value.field == "secrecy"
    assert records.get(incoming.INCOMING, doc.id, admin).secrecy == "秘密"
    with pytest.raises(ValidationError):  # nor by import --update's spelling of it
        records.update(incoming.INCOMING, doc.id, {"secrecy": "非密"}, doc.version, SECRET_CLERK)
    lowered = records.update(incoming.INCOMING, doc.id, {"密级": "非密"}, doc.version, SECRET_LEADER)
    assert lowered.secrecy == "非密"


def test_nobody_sets_a_level_above_his_clearance(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    doc = _doc(admin)
    for level in ("绝密", "秘密"):
        with pytest.raises(ValidationError, match="涉密权限只到“非密”"):
            records.update(incoming.INCOMING, doc.id, {"密级": level}, doc.version, PUBLIC_CLERK)
    with pytest.raises(ValidationError, match="涉密权限只到“秘密”"):
        records.update(incoming.INCOMING, doc.id, {"密级": "机密"}, doc.version, SECRET_LEADER)
    assert records.get(incoming.INCOMING, doc.id, admin).secrecy == "非密"
    # within his clearance a clerk may raise it (a record marked too low is the risk to fix)
    raised = records.update(incoming.INCOMING, doc.id, {"密级": "秘密"}, doc.version, SECRET_CLERK)
    assert raised.secrecy == "秘密"


def test_a_raised_source_still_raises_its_supervision_item(db, admin, fixed_today):
    from officedesk.core import supervision as sv

    fixed_today(dt.date(2026, 3, 2))
    doc = _doc(admin)
    doc = incoming.register_doc(doc.id, doc.version, {}, admin)
    doc = incoming.review(doc.id, doc.version, admin)
    doc = incoming.propose(doc.id, doc.version, admin, "拟请王主任阅示。")
    doc = incoming.instruct(doc.id, doc.version, admin, "请应急局牵头落实。", "王建国")
    doc = incoming.to_supervision(doc.id, doc.version, admin)
    raised = records.update(incoming.INCOMING, doc.id, {"密级": "秘密"}, doc.version, SECRET_CLERK)
    assert raised.secrecy == "秘密"
    assert sv.get_item(doc.supervision_id, admin).secrecy == "秘密"
    item = sv.get_item(doc.supervision_id, admin)
    with pytest.raises(ValidationError):  # never below its source, whoever asks
        records.update(sv.SPEC, item.id, {"密级": "非密"}, item.version, admin)


def test_the_form_offers_only_the_levels_the_user_may_set(db, admin, qtbot, tmp_path, fixed_today):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from officedesk.ui.context import AppContext
    from officedesk.ui.widgets.record_form import RecordFormDialog

    fixed_today(dt.date(2026, 3, 2))
    doc = _doc(admin, "秘密")
    holder = QWidget()  # the dialogs' parent: Qt frees them with it
    qtbot.addWidget(holder)
    offered = {}
    for who in (SECRET_CLERK, SECRET_LEADER, admin):
        ctx = AppContext(who, "db", QSettings(str(tmp_path / f"{who.username}.ini"),
                                              QSettings.Format.IniFormat))
        dialog = RecordFormDialog(ctx, incoming.INCOMING, record=doc, parent=holder)
        combo = dialog.panel.inputs["secrecy"].widget
        offered[who.username] = [combo.itemData(i) for i in range(combo.count())]
    # a blank 密级 is 非密: offered only to whoever may lower it
    assert offered == {"mk": ["秘密"], "ld": ["", "非密", "秘密"],
                       "cli-admin": ["", "非密", "秘密", "机密", "绝密"]}
