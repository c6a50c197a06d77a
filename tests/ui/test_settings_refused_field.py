"""系统设置 over a kept value core refuses (a 办结时限 of 0 days from before its bound): the box
shows the default core reads, the field says the kept value was refused and why, and 保存
stores the box's value over it — before, the box showed the bound (1) silently and a change
was refused as another administrator's."""

from __future__ import annotations

import json

import pytest

from officedesk.core import settings, settings_refused
from officedesk.core.actor import CLI_ACTOR
from officedesk.store.models import AppSetting

CLOSE_DAYS = "efficiency.complaint.close_days"


@pytest.fixture(autouse=True)
def said(monkeypatch):
    """The boxes 保存 shows (an error, what followed), recorded instead of waiting for OK."""
    from officedesk.ui import settings_dialog

    shown: list[str] = []
    monkeypatch.setattr(settings_dialog, "show_error", lambda _parent, exc: shown.append(str(exc)))
    monkeypatch.setattr(settings_dialog, "info", lambda _parent, _title, text: shown.append(text))
    return shown


def test_the_dialog_says_the_kept_value_was_refused_and_saves_over_it(db, qtbot, said):
    from officedesk.ui.settings_dialog import SettingsDialog

    AppSetting.insert(key=CLOSE_DAYS, value=json.dumps(0)).execute()
    settings.forget_cache()
    dialog = SettingsDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    assert dialog.inputs[CLOSE_DAYS].value() == 20
    note = dialog.refused_notes[CLOSE_DAYS]
    assert "保存的值 0 不被接受" in note.text() and "1 到 365" in note.text()
    assert set(dialog.refused_notes) == {CLOSE_DAYS}  # the others are kept right
    dialog.inputs[CLOSE_DAYS].setValue(30)
    dialog.save()
    assert said == []
    assert settings.get(CLOSE_DAYS) == 30 and settings_refused.refused() == []


def test_saving_the_default_shown_mends_the_kept_value(db, qtbot, said):
    from officedesk.ui.settings_dialog import SettingsDialog

    AppSetting.insert(key="deadlines.day_kind", value=json.dumps("weekdays")).execute()
    settings.forget_cache()
    dialog = SettingsDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.save()  # nothing typed: the box's 自然日 is stored over “weekdays”
    assert said == []
    assert json.loads(AppSetting.get(AppSetting.key == "deadlines.day_kind").value) == "calendar"
    assert settings_refused.refused() == []
