"""People added to a meeting after its 通知 went out never got it (defect: the 修改 said
nothing, and the notice printed looked as if they had been in it). The 修改 step's outcome —
the command line's and the window's — names them and says the notice must still reach them;
发通知 keeps who the notice went to, so a later 修改 names only those it never went to."""

from __future__ import annotations

from officedesk.core import meetings as m
from officedesk.core import steps
from tests.meetings.conftest import make_draft

PEOPLE = ["李建国", "王海涛", "陈志明"]


def _notified(admin):
    made = m.save_meeting(make_draft(attendees=PEOPLE), admin)
    steps.perform("meetings", made.id, "发通知", {}, admin)
    return made


def test_people_added_after_the_notice_are_named(directory_data, admin, on_day):
    made = _notified(admin)
    outcome = steps.perform("meetings", made.id, "修改", {"出席人员": "李建国、王海涛、陈志明、刘芳"}, admin)
    note = str(outcome.extra["added_after_notice"])
    assert "刘芳" in note and "通知" in note and "送达" in note
    assert "李建国" not in note


def test_a_later_change_still_names_only_those_the_notice_never_went_to(directory_data, admin, on_day):
    made = _notified(admin)
    steps.perform("meetings", made.id, "修改", {"出席人员": "李建国、王海涛、刘芳"}, admin)
    # 陈志明 taken off and put back: the notice went to him
    outcome = steps.perform("meetings", made.id, "修改", {"出席人员": "李建国、王海涛、陈志明、刘芳"}, admin)
    assert "added_after_notice" not in outcome.extra


def test_a_change_of_people_before_the_notice_says_nothing(directory_data, admin, on_day):
    made = m.save_meeting(make_draft(attendees=PEOPLE), admin)
    outcome = steps.perform("meetings", made.id, "修改", {"出席人员": "李建国、王海涛、陈志明、刘芳"}, admin)
    assert "added_after_notice" not in outcome.extra


def test_a_change_that_adds_nobody_says_nothing(directory_data, admin, on_day):
    made = _notified(admin)
    outcome = steps.perform("meetings", made.id, "修改", {"出席人员": "李建国、王海涛"}, admin)
    assert "added_after_notice" not in outcome.extra


def test_the_window_tells_of_people_added_after_the_notice(directory_data, admin, on_day, app_ctx,
                                                           qtbot, monkeypatch):
    """The 修改 dialog shows core's note, as it shows the 请假 kept after a move."""
    from officedesk.ui.meetings import dialog as dialog_module

    made = _notified(admin)
    shown: list[str] = []
    monkeypatch.setattr(dialog_module, "info", lambda parent, title, text: shown.append(text))
    dialog = dialog_module.MeetingDialog(app_ctx, m.get(made.id, admin))
    qtbot.addWidget(dialog)
    editor = dialog.people["attendees_text"]
    editor.set_entries([*editor.entries, m.resolve_person("刘芳")])
    assert dialog.try_save()
    assert len(shown) == 1 and "刘芳" in shown[0] and "送达" in shown[0], shown


def test_an_import_update_is_told_by_the_notice_record(directory_data, admin, on_day):
    """`import --update` tells what 修改 tells (update_notes): without the names before the
    change, those no notice went to."""
    made = _notified(admin)
    before = m.get(made.id, admin)
    steps.perform("meetings", made.id, "修改", {"出席人员": "李建国、王海涛、陈志明、刘芳"}, admin)
    notes = m.update_notes(before, m.get(made.id, admin))
    assert "刘芳" in str(notes["added_after_notice"]) and "李建国" not in str(notes["added_after_notice"])
