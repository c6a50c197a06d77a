"""A petition marked 重复件 by mistake: no step took the mark away (core could, nobody could ask
it). 取消重复件 is a step as 标为重复件 is — offered by `steps` and the window alike, its 理由 kept
in the history — and only of a petition marked so."""

from __future__ import annotations

import pytest

from officedesk.core import audit, steps
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.store.petitions import Petition


def _marked(register, admin):
    first = register(registered_on="2026-03-02")
    second = register(registered_on="2026-03-05")
    steps.perform("petitions", second.id, "标为重复件", {"original": first.number}, admin)
    return first, Petition.get_by_id(second.id)


def test_a_mark_made_by_mistake_is_taken_away_with_its_reason(register, admin):
    first, second = _marked(register, admin)
    assert second.repeat_of == first.id
    offered = {s.name for s in steps.available_steps("petitions", second.id, admin)}
    assert "取消重复件" in offered
    with pytest.raises(ValidationError):  # the reason is asked
        steps.perform("petitions", second.id, "取消重复件", {}, admin)
    steps.perform("petitions", second.id, "取消重复件", {"reason": "信访人不同，误标"}, admin)
    assert Petition.get_by_id(second.id).repeat_of is None
    history = " ".join(e.summary for e in audit.history("petitions", second.id))
    assert f"取消重复件关联，原件 {first.number}：信访人不同，误标" in history, history
    assert audit.verify_chain() == []


def test_only_a_petition_marked_so_offers_it(register, admin):
    first, _second = _marked(register, admin)
    assert "取消重复件" not in {s.name for s in steps.available_steps("petitions", first.id, admin)}
    with pytest.raises(ProcedureError, match="没有标为重复件"):
        steps.perform("petitions", first.id, "取消重复件", {"reason": "误标"}, admin)


def test_the_window_offers_it_through_the_step_s_dialog(register, admin, app_ctx, qtbot):
    from officedesk.ui.petitions.tab import PetitionsTab

    first, second = _marked(register, admin)
    tab = PetitionsTab(app_ctx)
    qtbot.addWidget(tab)
    tab.list.refresh()
    assert tab.list.select_record(first.id)
    tab.update_current()
    assert not tab.buttons["取消重复件"].isEnabled()  # the original is no 重复件
    assert tab.list.select_record(second.id)
    tab.update_current()
    assert tab.buttons["取消重复件"].isEnabled()
    dialog = tab.step_dialog("取消重复件")
    qtbot.addWidget(dialog)
    dialog.set_value("reason", "误标")
    assert dialog.try_submit()
    assert Petition.get_by_id(second.id).repeat_of is None
