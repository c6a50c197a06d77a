"""通讯录 → 单位 → 修改 with a new 单位名称: before saving, the form asks, naming what follows the
unit to its new 名称 (the users' 岗位, per registry the records: core's rename_effects), 取消 the
default; on 取消 nothing is saved and the form stays as typed. A correction that keeps the 名称
(its 简称, or the 名称 typed again with spaces) saves unasked."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from officedesk.core import accounts, directory, positions, records, registry
from officedesk.ui.widgets.record_form import RecordFormDialog
from tests.ui.forms import shown

OLD, NEW = "县委办公室秘书科", "县委办公室文秘科"
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def answer(button, seen: list) -> None:
    def act(tries: int = 40) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.text(), box.standardButton(box.defaultButton())))
            box.button(button).click()
        elif tries:
            QTimer.singleShot(10, lambda: act(tries - 1))

    QTimer.singleShot(0, act)


def _office(admin):
    registry.load_all()
    records.create(directory.UNITS, {"单位名称": OLD, "简称": "秘书科"}, admin)
    accounts.create_user("wzy", "Abc12345678", "clerk", admin, display_name="王志远")
    positions.set_post("wzy", admin, unit=OLD, position="科长")
    spec = registry.get("incoming")
    for title in ("甲", "乙"):
        records.create(spec, {"收文日期": "2026-01-05", "来文机关": "市委办", "标题": title,
                              "承办单位": OLD}, admin)


def _form(app_ctx, qtbot):
    unit = directory.unit_by_name(OLD)
    return shown(RecordFormDialog(app_ctx, directory.UNITS, record=unit), qtbot)


def _asked_and_cancelled(app_ctx, qtbot):
    """OLD renamed NEW in the form, the question answered 取消: (the form, [(text, default)])."""
    form = _form(app_ctx, qtbot)
    form.panel.inputs["name"].widget.setText(NEW)
    seen: list = []
    answer(No, seen)
    assert not form.try_save()
    assert len(seen) == 1
    return form, seen


def test_a_rename_asks_naming_what_follows_and_saves_nothing_on_cancel(db, app_ctx, qtbot, admin):
    _office(admin)
    form, seen = _asked_and_cancelled(app_ctx, qtbot)
    text, default = seen[0]
    assert default == No
    label = registry.get("incoming").label
    assert "1 个岗位（单位或分管）" in text and f"{label} 2 件" in text, text
    assert OLD in text and NEW in text
    assert directory.unit_by_name(OLD) is not None and positions.post_of("wzy").unit == OLD
    assert form.isVisible() and form.panel.inputs["name"].widget.text() == NEW
    answer(Yes, seen)
    assert form.try_save()
    assert len(seen) == 2
    assert directory.unit_by_name(NEW) is not None and positions.post_of("wzy").unit == NEW


def test_a_correction_keeping_the_name_is_not_asked(db, app_ctx, qtbot, admin):
    _office(admin)
    form = _form(app_ctx, qtbot)
    form.panel.inputs["short_name"].widget.setText("秘书")
    form.panel.inputs["name"].widget.setText(f" {OLD} ")
    seen: list = []
    answer(No, seen)
    assert form.try_save()
    qtbot.wait(50)
    assert not seen
    assert directory.unit_by_name(OLD).short_name == "秘书"


def test_the_question_names_the_settings_that_follow(db, app_ctx, qtbot, admin):
    from officedesk.core import settings

    registry.load_all()
    records.create(directory.UNITS, {"单位名称": OLD}, admin)  # no post nor record names it
    settings.put("info.section", OLD, admin)
    form, seen = _asked_and_cancelled(app_ctx, qtbot)
    # the default 收文 chain's `@秘书科` meant this unit too (the only 秘书科): it follows as well
    assert f"系统设置（{settings.setting('info.section').label}、" in seen[0][0], seen[0][0]
    assert settings.get("info.section") == OLD
    answer(Yes, seen)
    assert form.try_save()
    assert settings.get("info.section") == NEW


def _refused_unasked(form, qtbot, words: str) -> None:
    """Saved: nothing asked, the refusal shown under 单位名称, the form open as typed."""
    typed = form.panel.inputs["name"].widget.text()
    seen: list = []
    answer(Yes, seen)  # were the question asked, it would be answered 确定
    assert not form.try_save()
    qtbot.wait(50)
    assert not seen, seen
    error = form.panel.inputs["name"].error
    assert not error.isHidden() and words in error.text(), error.text()
    assert form.isVisible() and form.panel.inputs["name"].widget.text() == typed
    assert directory.unit_by_name(OLD) is not None and positions.post_of("wzy").unit == OLD


def test_a_rename_into_a_name_core_refuses_is_not_asked(db, app_ctx, qtbot, admin):
    _office(admin)
    records.create(directory.UNITS, {"单位名称": "县委组织部"}, admin)
    form = _form(app_ctx, qtbot)
    form.panel.inputs["name"].widget.setText("县委组织部")  # another unit's 名称
    _refused_unasked(form, qtbot, "已是单位“县委组织部”的名称")
    form.panel.inputs["name"].widget.setText(NEW)  # a name core takes: asked, then saved
    seen: list = []
    answer(Yes, seen)
    assert form.try_save()
    assert len(seen) == 1 and directory.unit_by_name(NEW) is not None


def test_a_rename_a_record_above_the_renamers_clearance_refuses_is_not_asked(db, qtbot, admin,
                                                                             tmp_path,
                                                                             fixed_today):
    from PySide6.QtCore import QSettings

    from officedesk.core import supervision as sv
    from officedesk.core import users
    from officedesk.ui.context import AppContext

    fixed_today(datetime.date(2026, 3, 2))
    _office(admin)
    accounts.create_user("adm2", "pass12345678", "admin", admin, display_name="秘密管理员",
                         clearance=1)
    item = sv.create_item({"事项名称": "机密事项", "来源": "领导批示", "密级": "机密",
                           "立项日期": "2026-03-02"}, admin)
    sv.add_task(item.id, {"牵头单位": OLD, "时限": "2026-03-31", "交办日期": "2026-03-02"}, admin)
    low = AppContext(users.authenticate("adm2", "pass12345678"), str(tmp_path / "officedesk.db"),
                     QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat))
    form = _form(low, qtbot)
    form.panel.inputs["name"].widget.setText(NEW)
    _refused_unasked(form, qtbot, "涉密权限")
