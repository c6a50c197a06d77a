"""Chinese the GUI review found left in the English interface: form titles, print preview
titles, 系统设置 labels, help and choices, the meeting time hint, the 代理 table's headers,
a step's time limit and title, the start-up holiday notice."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

import officedesk
from officedesk.core import registry
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.i18n import display

CJK = re.compile(r"[\u3400-\u9fff]")


def _declare_everything() -> None:
    """Every module below the GUI, so that every setting, registry and form is declared."""
    for module in pkgutil.walk_packages(officedesk.__path__, "officedesk."):
        if ".ui" in module.name or module.name.endswith("__main__"):
            continue
        importlib.import_module(module.name)
    from officedesk.printing import forms

    forms.load_all()


def test_every_registry_s_form_title_is_english(english, app_ctx, qtbot):
    from officedesk.ui.widgets.record_form import RecordFormDialog, form_title

    _declare_everything()
    titles = [form_title(spec, editing) for spec in registry.all_registries()
              for editing in (False, True)]
    assert [t for t in titles if CJK.search(t)] == []
    assert "New person" in titles and "Edit unit" in titles and "Edit complaint" in titles
    dialog = RecordFormDialog(app_ctx, registry.get("ranks"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New rank"


def test_form_titles_stay_as_they_were_in_chinese(app_ctx):
    from officedesk.ui.widgets.record_form import form_title

    _declare_everything()
    assert form_title(registry.get("people"), editing=False) == "新建人员"
    assert form_title(registry.get("complaints"), editing=True) == "修改效能投诉"


def test_print_preview_titles_name_every_form_in_english(english, qtbot):
    from reportlab.pdfgen.canvas import Canvas

    from officedesk.printing import forms
    from officedesk.ui.print_preview import PrintPreviewDialog

    _declare_everything()
    import io

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.showPage()
    canvas.save()
    titles = []
    for form in forms.all_forms():
        dialog = PrintPreviewDialog(buffer.getvalue(), form.label)
        qtbot.addWidget(dialog)
        titles.append(dialog.windowTitle())
        assert dialog.file_name == form.label  # 另存为 keeps the paper's Chinese name
    assert titles and [t for t in titles if CJK.search(t)] == []
    assert "Print preview — Handling slip" in titles


def test_every_setting_shown_has_english_label_help_and_choices(english):
    from officedesk.core import settings
    from officedesk.ui.settings_dialog import CHOICE_WORDS, OWN_DIALOG_GROUPS

    _declare_everything()
    untranslated = []
    for setting in settings.declared():
        if setting.group in OWN_DIALOG_GROUPS:
            continue
        words = [setting.label, setting.help or ""]
        words += [CHOICE_WORDS.get(str(c), str(c)) for c in setting.choices or ()]
        # translated: no longer the Chinese (an English text may quote Chinese examples)
        untranslated += [(setting.key, w) for w in words if CJK.search(w) and display(w) == w]
    assert untranslated == []


def test_every_steps_help_reads_in_english(english):
    """A step dialog's first line is its help (StepSpec.help): the 联合发文 送会签, 协调 and 签发
    and the 信访 复查申请 helps written today stayed Chinese, and 删除任务's since it was made."""
    from officedesk.core import registry, steps
    from officedesk.core.i18n import tr

    registry.load_all()
    steps.load_all()
    untranslated = [(p.registry, s.name) for p in steps.procedures() for s in p.steps
                    if s.help and tr(s.help) == s.help]
    assert untranslated == []


def test_meeting_time_hint_and_substitute_headers_are_english(english, app_ctx, qtbot):
    from officedesk.ui.meetings.dialog import MeetingDialog
    from officedesk.ui.posts_dialogs import DelegationDialog

    meeting = MeetingDialog(app_ctx)
    qtbot.addWidget(meeting)
    for edit in (meeting.start_edit, meeting.end_edit, meeting.checkin_edit):
        assert edit.placeholderText() and not CJK.search(edit.placeholderText())
    substitutes = DelegationDialog(CLI_ACTOR)
    qtbot.addWidget(substitutes)
    model = substitutes.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Absent official", "Substitute", "From", "To", "Note"]


def test_a_petition_step_s_limit_and_title_are_english(english, db, admin, qtbot, fixed_today):
    from officedesk.core import petitions
    from officedesk.ui.widgets.step_form import SpecStepDialog

    fixed_today(dt.date(2026, 11, 16))
    petition = petitions.register_petition(
        {"信访形式": "来信", "信访人": "张某", "问题类别": "劳动社保", "反映内容": "欠薪"},
        None, admin)
    dialog = SpecStepDialog(admin, "petitions", petition, "延期")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Petitions: Extension"
    intro = [label.text() for label in dialog.findChildren(QLabel) if label.accessibleName() == "Note"]
    assert intro and "Can be extended once only, by 30 days" in intro[0]
    assert not CJK.search(intro[0])


def test_an_info_item_s_review_limit_is_english(english, db, admin, qtbot, fixed_today):
    from officedesk.core import info, records, steps
    from officedesk.ui.widgets.step_form import SpecStepDialog

    fixed_today(dt.date(2026, 11, 16))
    item = records.create(info.SPEC, {
        "title": "县林业局开展森林防火检查", "unit": "县林业局", "reporter": "李明",
        "phone": "13812345678", "category": "工作动态", "content": "近日开展防火检查。",
        "reported_at": "2026-11-15 16:00"}, admin)
    steps.perform("info", item.id, "接收", {}, admin)
    dialog = SpecStepDialog(admin, "info", info.get(item.id, admin), "初审")
    qtbot.addWidget(dialog)
    intro = [label.text() for label in dialog.findChildren(QLabel) if label.accessibleName() == "Note"]
    assert intro and "1 day" in intro[0], intro
    assert not CJK.search(intro[0]), intro


def test_the_start_up_holiday_notice_is_in_the_interface_s_language(
        english, db, qtbot, monkeypatch, fixed_today):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from officedesk import app
    from officedesk.core import dashboard
    from officedesk.printing import warm_up

    fixed_today(dt.date(2026, 11, 30))
    notice = dashboard.calendar_notice(CLI_ACTOR)
    if not notice:
        pytest.skip("the built-in holiday table knows every year near this date")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(warm_up, "in_background", lambda: None)
    window = QWidget()
    qtbot.addWidget(window)
    app._after_start(window, CLI_ACTOR)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert shown[0] != str(notice) and not CJK.search(shown[0].replace("“暂按”", ""))

