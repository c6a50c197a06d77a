"""登记信访 in English: a petitioner's sex typed as the window shows it (“Female”, “male”) is
registered, as 女 / 男; it was refused with “The sex of Petitioner can only be “男” or “女”.” —
the clerk had to type Chinese in an English window. Chinese typing is kept as it was."""

from __future__ import annotations

import pytest

from officedesk.store.petitions import Petitioner
from tests.ui.forms import shown


@pytest.mark.parametrize(("language", "typed", "stored"),
                         [("en", "Female", "女"), ("en", "male", "男"), ("en", "女", "女"),
                          ("zh_CN", "男", "男")],
                         indirect=["language"])
def test_the_sex_typed_as_shown_is_registered(language, typed, stored, app_ctx, qtbot):
    from officedesk.ui.petitions.register_dialog import RegistrationDialog

    dialog = shown(RegistrationDialog(app_ctx), qtbot)
    dialog.set_petitioner(0, name="王小明", gender=typed)
    inputs = dialog.panel.inputs
    inputs["form"].set_value("来信")
    inputs["category"].set_value("劳动社保")
    inputs["content"].set_value("反映工资被拖欠问题")
    assert dialog.try_save(), dialog.people_error.text()
    assert Petitioner.get(Petitioner.petition == dialog.saved_record.id).gender == stored
