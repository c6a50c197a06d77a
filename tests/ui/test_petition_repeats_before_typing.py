"""登记信访's 可能的重复件 before anything is typed: the line above the table said nothing and
stood as a blank line (and once the typing was cleared it said 未发现重复信访, though nothing had
been looked for). Now one short line says what the panel will show."""

from __future__ import annotations

import pytest

from tests.ui.forms import shown


@pytest.fixture
def dialog(app_ctx, qtbot, language):
    from officedesk.ui.petitions.register_dialog import RegistrationDialog

    return shown(RegistrationDialog(app_ctx), qtbot)


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_repeats_panel_says_what_it_will_show_before_anything_is_typed(dialog):
    line = dialog.person_count
    assert line.isVisible()
    said = line.text().strip()
    assert said, "a blank line above the table"
    assert "\n" not in said
    assert line.fontMetrics().horizontalAdvance(said) <= line.width()  # one short line
    assert dialog.repeat_table.rowCount() == 0


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_cleared_typing_says_it_again_not_that_nothing_was_found(dialog, qtbot):
    before = dialog.person_count.text()
    dialog.set_petitioner(0, name="张秀英")
    dialog.refresh_repeats()
    assert dialog.person_count.text() != before
    dialog.set_petitioner(0, name="")
    dialog.refresh_repeats()
    assert dialog.person_count.text() == before
    assert "未发现" not in dialog.person_count.text()
