"""A 补发会议通知 made after the 报名截止 asks the added people for nothing by it (defect: the
补发 keeps the notice's 成文日期, the day it first went out, and the deadline was judged by that
day, so the paper told them to 报名 by a day gone by). Core judges it by the day the 补发 is
made (``supplement_signup``): past it the paper leaves the 报名 line out (the 有关事项 numbered on
without a gap) and the clerk is told why (``supplement_signup_note``: the command line says it,
the window shows it over the preview). Before the deadline the 补发 asks for it as the notice
did."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.i18n import display
from officedesk.printing import forms
from tests.meetings.conftest import (
    SIGNUP_ASKED,
    notified_with_signup,
    pdf_text,
    tab_with_selected,
)
from tests.ui.conftest import english  # noqa: F401 (the fixture)

ASKED = SIGNUP_ASKED
TOLD = "报名截止时间（2026-12-01 17:00）已过"


@pytest.fixture
def notified(directory_data, admin, fixed_today):
    return notified_with_signup(admin, fixed_today)


def _at(monkeypatch, fixed_today, moment: dt.datetime) -> None:
    from officedesk.core import clock

    fixed_today(moment.date())
    monkeypatch.setattr(clock, "now", lambda: moment)


def _add_gao(meeting_id: int, admin) -> None:
    steps.perform("meetings", meeting_id, "修改", {"出席人员": "李建国、王海涛、高静"}, admin)


def _matters(text: str) -> list[str]:
    part = text.split("、有关事项", 1)[1].split("联系人", 1)[0]
    return re.findall(r"(\d+)\.(?=\D)", part)


def test_a_supplement_after_the_deadline_asks_nothing_by_it(notified, admin, fixed_today,
                                                            monkeypatch):
    _at(monkeypatch, fixed_today, dt.datetime(2026, 12, 2, 9, 0))
    _add_gao(notified.id, admin)
    assert TOLD in m.supplement_signup_note(m.get(notified.id, admin))
    pdf = forms.get("notice").build([notified.id], admin, added=True)
    text = pdf_text(pdf)
    assert "增加的参会人员高静" in text
    assert "报送" not in text and "2026年12月1日（星期二）17:00" not in text
    assert "1.请参会人员于2026年12月3日（星期四）8:30报到" in text
    assert _matters(text) == ["1", "2", "3"]
    assert any(TOLD in note for note in pdf.notes)


def test_on_the_deadline_day_past_its_hour_too(notified, admin, fixed_today, monkeypatch):
    _at(monkeypatch, fixed_today, dt.datetime(2026, 12, 1, 17, 30))
    _add_gao(notified.id, admin)
    text = pdf_text(forms.get("notice").build([notified.id], admin, added=True))
    assert "报送" not in text


def test_a_supplement_before_the_deadline_asks_for_it(notified, admin, fixed_today, monkeypatch):
    _at(monkeypatch, fixed_today, dt.datetime(2026, 12, 1, 16, 0))
    _add_gao(notified.id, admin)
    assert m.supplement_signup_note(m.get(notified.id, admin)) == ""
    pdf = forms.get("notice").build([notified.id], admin, added=True)
    assert ASKED in pdf_text(pdf) and not pdf.notes


def test_the_command_line_says_it(notified, admin, fixed_today, monkeypatch, tmp_path, capsys):
    from officedesk import cli

    _at(monkeypatch, fixed_today, dt.datetime(2026, 12, 2, 9, 0))
    _add_gao(notified.id, admin)
    out = tmp_path / "s.pdf"
    assert cli.main(["--db", str(tmp_path / "officedesk.db"), "print", "notice",
                     str(notified.id), "--added", "-o", str(out)]) == 0
    assert TOLD in capsys.readouterr().err
    assert "报送" not in pdf_text(out.read_bytes())


def test_the_window_shows_it_over_the_preview(notified, admin, app_ctx, qtbot, fixed_today,
                                              monkeypatch):
    _at(monkeypatch, fixed_today, dt.datetime(2026, 12, 2, 9, 0))
    _add_gao(notified.id, admin)
    tab = tab_with_selected(app_ctx, qtbot, notified.id)
    tab.update_buttons()
    preview = tab.print_form("supplement")
    qtbot.addWidget(preview)
    assert "报送" not in pdf_text(preview.pdf_bytes)
    assert TOLD in preview.notes_label.text()


def test_the_note_is_english(english, notified, admin, fixed_today, monkeypatch):  # noqa: F811
    _at(monkeypatch, fixed_today, dt.datetime(2026, 12, 2, 9, 0))
    _add_gao(notified.id, admin)
    note = display(m.supplement_signup_note(m.get(notified.id, admin)))
    assert "2026-12-01 17:00" in note and not re.search(r"[\u3400-\u9fff]", note), note
