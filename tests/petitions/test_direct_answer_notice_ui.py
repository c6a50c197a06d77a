"""The window offers a 直接答复's 告知 while it is 办理中 and untold (《信访工作条例》第二十三条),
names it as the record's 期限, and offers it no more once given through the step dialog."""

from __future__ import annotations

import datetime as dt

from officedesk.core import petitions


def test_the_window_offers_a_direct_answer_s_notice(tab, register, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 3))
    p = register(registered_on="2026-03-02", form="来信")
    p = petitions.decide(p.id, p.version, admin, "直接答复", on="2026-03-03")
    tab.list.refresh()
    assert tab.list.select_record(p.id)
    tab.update_current()
    assert tab.buttons["告知"].isEnabled() and tab.buttons["答复"].isEnabled()
    assert "受理告知 2026-03-17" in tab.detail.toPlainText()
    step = tab.step_dialog("告知")
    assert step.try_submit()
    tab.after_change(p.id)
    assert petitions.get(p.id, admin).notified_on == dt.date(2026, 3, 3)
    assert not tab.buttons["告知"].isEnabled() and tab.buttons["办理"].isEnabled()
    assert "办理答复" in tab.detail.toPlainText()
