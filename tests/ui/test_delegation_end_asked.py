"""设置代理 opens with 结束日期 empty: a guessed end (today + 4) went unnoticed by the
administrator. Core refuses a 代理 without its end, as it asks for any field left empty
(请填写“结束日期”); 开始 stays today, the common case (probe101)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, positions
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.store.chain import Delegation
from officedesk.ui import posts_dialogs
from tests.staff import staffed  # noqa: F401  (the fixture)


def test_core_refuses_a_delegation_without_its_end(staffed):  # noqa: F811
    with pytest.raises(ValidationError) as refused:
        positions.set_delegation("zhuren", "fuzhuren2", dt.date(2026, 11, 16), None, CLI_ACTOR)
    assert refused.value.message == "请填写“结束日期”。" and refused.value.field == "end"
    with pytest.raises(ValidationError) as refused:
        positions.set_delegation("zhuren", "fuzhuren2", None, dt.date(2026, 11, 16), CLI_ACTOR)
    assert refused.value.message == "请填写“开始日期”。"
    assert Delegation.select().count() == 0


def test_the_dialog_opens_with_the_end_empty_and_core_asks_for_it(staffed, qtbot, monkeypatch):  # noqa: F811
    errors = []
    monkeypatch.setattr(posts_dialogs, "show_error", lambda _p, exc: errors.append(exc.message))
    dialog = posts_dialogs.DelegationDialog(staffed["zhuren"])
    qtbot.addWidget(dialog)
    assert dialog.start.value() == clock.today() and dialog.end.is_empty()
    dialog.substitute.setCurrentIndex(dialog.substitute.findData("fuzhuren2"))
    dialog.add()
    assert errors == ["请填写“结束日期”。"] and Delegation.select().count() == 0
    dialog.end.set_value(clock.today() + dt.timedelta(days=2))
    dialog.add()
    assert Delegation.select().count() == 1
