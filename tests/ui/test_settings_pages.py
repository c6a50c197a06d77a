"""系统设置 in pages: words for every choice, a chooser for font files, 恢复默认 per page, the
font file each printed face uses and 打印样张."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPushButton

from officedesk.core import settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.widgets.mnemonics import plain
from tests.ui.forms import answer_discard, shown


def _dialog(qtbot):
    import officedesk.core.meetings  # noqa: F401
    import officedesk.core.petitions  # noqa: F401
    import officedesk.core.supervision  # noqa: F401
    from officedesk.printing import fonts  # noqa: F401  (declares the font settings)
    from officedesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    return dialog


def test_settings_come_in_pages_with_words_for_choices(db, qtbot):
    dialog = _dialog(qtbot)
    titles = [dialog.pages.tabText(i) for i in range(dialog.pages.count())]
    for title in ("打印与字体", "期限", "督查", "信访", "会议与座次", "编号", "单位信息"):
        assert title in titles
    for widget in dialog.inputs.values():
        if isinstance(widget, QComboBox):
            shown = [widget.itemText(i) for i in range(widget.count())]
            assert not any(text.isascii() and text.isalpha() for text in shown), shown
    seat = dialog.inputs["meetings.seating.left_of"]
    assert seat.currentData() == "leaders" and "领导" in seat.currentText()


def test_font_files_are_chosen_with_a_file_dialog(db, qtbot, monkeypatch, tmp_path):
    dialog = _dialog(qtbot)
    font_file = tmp_path / "simfang.ttf"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(font_file), ""),
    )
    edit = dialog.inputs["print.font.fangsong"]
    browse = [b for b in edit.parentWidget().findChildren(QPushButton) if plain(b.text()) == "选择…"]
    browse[0].click()
    assert edit.text() == str(font_file)
    assert "仿宋" in dialog.font_report.text() and ".tt" in dialog.font_report.text()


def test_restore_defaults_on_one_page_only(db, qtbot, admin):
    settings.put("supervision.default_days", 45)
    settings.put("petitions.limit.handle", 50)
    dialog = _dialog(qtbot)
    assert dialog.inputs["supervision.default_days"].value() == 45
    dialog.restore_defaults("督查")
    assert dialog.inputs["supervision.default_days"].value() == 30
    assert dialog.inputs["petitions.limit.handle"].value() == 50  # another page: untouched
    dialog.save()
    assert settings.get("supervision.default_days") == 30


def test_specimen_is_a_pdf(db, qtbot, monkeypatch):
    from officedesk.printing import specimen

    pdf = specimen.render_specimen()
    assert pdf.startswith(b"%PDF")
    shown = []
    monkeypatch.setattr(
        "officedesk.ui.print_preview.show_pdf_preview",
        lambda parent, data, title, file_name=None: shown.append(title),
    )
    dialog = _dialog(qtbot)
    buttons = [b for b in dialog.findChildren(QPushButton) if plain(b.text()) == "打印样张"]
    buttons[0].click()
    assert shown == ["打印样张"]


def test_two_settings_that_move_together_are_saved_at_once(db, qtbot, monkeypatch):
    """预警 and 告警 moved together: one of them alone would break the rule against the other's
    old value (告警 above 预警), the pair does not, whichever way they move."""
    errors: list[str] = []
    monkeypatch.setattr("officedesk.ui.settings_dialog.show_error",
                        lambda parent, exc: errors.append(str(exc)))
    for warn, alert in ((40, 60), (5, 8)):
        dialog = _dialog(qtbot)
        dialog.inputs["supervision.light.lag_warn"].setValue(warn)
        dialog.inputs["supervision.light.lag_alert"].setValue(alert)
        dialog.save()
        assert errors == []
        assert (settings.get("supervision.light.lag_warn"),
                settings.get("supervision.light.lag_alert")) == (warn, alert)


def test_number_boxes_take_cores_bounds(db, qtbot):
    import officedesk.core.efficiency.sanduo  # noqa: F401  (declares 三多 ratio)
    from officedesk.printing.gbt9704 import geometry  # noqa: F401  (declares print.*)

    dialog = _dialog(qtbot)
    pitch = dialog.inputs["print.line_pitch_pt"]
    assert (pitch.minimum(), pitch.maximum()) == (20.0, 40.0)
    height = dialog.inputs["print.mark_height_mm"]
    assert height.minimum() == 5.0
    for key, widget in dialog.inputs.items():
        declared = settings.setting(key)
        if declared.kind in (int, float):
            assert widget.minimum() == declared.minimum, key
            assert widget.maximum() == declared.maximum, key


def test_save_shows_cores_refusal_and_saves_nothing(db, qtbot, admin, monkeypatch):
    import officedesk.core.info.scoring  # noqa: F401  (declares info.points)

    settings.put("org.code", "某委办")
    shown = []
    monkeypatch.setattr("officedesk.ui.settings_dialog.show_error",
                        lambda parent, exc: shown.append(str(exc)))
    dialog = _dialog(qtbot)
    dialog.inputs["org.code"].setText("")
    dialog.save()
    assert shown and "机关代字" in shown[-1] and "不能为空" in shown[-1]
    assert settings.get("org.code") == "某委办"
    dialog.inputs["org.code"].setText("某委办")
    dialog.inputs["info.points"].setPlainText("abc")
    dialog.save()
    assert "信息计分标准" in shown[-1] and "看不懂" in shown[-1]
    assert settings.get("info.points") == settings.setting("info.points").default


def test_a_font_file_that_is_not_there_is_refused_on_save(db, qtbot, monkeypatch, tmp_path):
    """The page saves through settings.put_many, whose check names the file and what to do."""
    dialog = _dialog(qtbot)
    shown: list[str] = []
    monkeypatch.setattr("officedesk.ui.settings_dialog.show_error",
                        lambda _parent, exc: shown.append(exc.message))
    dialog.inputs["print.font.fangsong"].setText(str(tmp_path / "simfang.ttf"))
    dialog.save()
    assert len(shown) == 1 and "找不到字体文件" in shown[0] and "simfang.ttf" in shown[0], shown
    assert settings.get("print.font.fangsong") == ""


def test_a_chosen_font_file_gone_since_is_shown_and_kept_on_save(db, qtbot, admin, tmp_path):
    """系统设置 → 打印与字体 with the administrator's 仿宋 file deleted since: the box shows the
    path, the page says the file cannot be found and what to do, and saving another change
    keeps the path."""
    from officedesk.printing import fonts

    mine = tmp_path / "my.ttf"
    mine.write_bytes(fonts.bundled_font_file(fonts.FANGSONG).read_bytes())
    settings.put("print.font.fangsong", str(mine))
    mine.unlink()
    settings.forget_cache()
    fonts.reset_fonts()
    dialog = _dialog(qtbot)
    assert dialog.inputs["print.font.fangsong"].text() == str(mine)
    report = dialog.font_report.text()
    assert "找不到字体文件" in report and str(mine) in report and "放回原处" in report
    dialog.inputs["org.fonds"].setText("J012")
    dialog.save()
    assert settings.get("org.fonds") == "J012"
    settings.forget_cache()
    assert settings.get("print.font.fangsong") == str(mine)


def _shown(qtbot):
    return shown(_dialog(qtbot), qtbot)


def test_esc_or_cancel_asks_before_typed_settings_are_lost(db, qtbot):
    """工具 → 系统设置 → 单位信息 → 全宗号 typed → Esc: asked first, as every form asks."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    dialog = _shown(qtbot)
    fonds = dialog.inputs["org.fonds"]
    fonds.setFocus()
    qtbot.keyClicks(fonds, "J012")
    answers: list[str] = []
    answer_discard(QMessageBox.StandardButton.Cancel, answers)  # 继续填写
    qtbot.keyClick(fonds, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert answers == ["放弃填写的内容？"] and dialog.isVisible() and fonds.text() == "J012"
    answer_discard(QMessageBox.StandardButton.Discard, answers)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.wait(50)
    assert len(answers) == 2 and not dialog.isVisible()
    assert settings.get("org.fonds") == ""


def test_esc_on_untouched_settings_closes_at_once(db, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    dialog = _shown(qtbot)
    answers: list[str] = []
    answer_discard(QMessageBox.StandardButton.Cancel, answers)
    qtbot.keyClick(dialog.inputs["org.fonds"], Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.wait(300)  # the answerer gives up
    assert answers == []


def test_saving_does_not_put_back_what_another_administrator_saved_meanwhile(db, qtbot, monkeypatch):
    """Two administrators with 系统设置 open: the first saves 机关名称; the second changes only
    机关代字 and saves. The second's form still held the old 机关名称, and 保存 compared it with
    the settings as read again — and wrote it back without a word. It sends only what he changed;
    a setting both changed is refused (the first's kept), naming it."""
    shown: list[str] = []
    monkeypatch.setattr("officedesk.ui.settings_dialog.show_error",
                        lambda _parent, exc: shown.append(exc.message))
    dialog = _dialog(qtbot)
    settings.put("org.name", "中共云岭县委办公室", CLI_ACTOR)  # the other administrator
    settings.forget_cache()  # read again, as another workstation's change is
    dialog.inputs["org.code"].setText("云委办")
    dialog.save()
    assert not shown
    assert (settings.get("org.name"), settings.get("org.code")) == ("中共云岭县委办公室", "云委办")
    second = _dialog(qtbot)
    settings.put("org.code", "岭委办", CLI_ACTOR)
    second.inputs["org.code"].setText("云岭委办")
    second.save()
    assert shown and "机关代字" in shown[-1] and "其他管理员" in shown[-1]
    assert settings.get("org.code") == "岭委办"


def test_a_list_of_one_item_a_line_is_typed_in_lines(db, qtbot, admin):
    """可签发其他公文的负责人 is read one name a line: a one-line input could hold only one, and
    “张三、李四” was refused as one name."""
    from PySide6.QtWidgets import QPlainTextEdit

    dialog = _dialog(qtbot)
    for key in ("petitions.accusation_categories", "info.reporting_units"):  # 每行一个 too
        assert isinstance(dialog.inputs[key], QPlainTextEdit), key
    signers = dialog.inputs["documents.signers"]
    assert isinstance(signers, QPlainTextEdit)
    signers.setPlainText("张三\n李四")
    dialog.save()
    assert settings.get("documents.signers").splitlines() == ["张三", "李四"]


def test_the_font_files_read_in_english_with_an_english_colon(db, qtbot, english):
    report = _dialog(qtbot).font_report.text().splitlines()
    assert report and all("：" not in line and ": " in line for line in report), report
    assert any(line.startswith("FangSong") for line in report), report
