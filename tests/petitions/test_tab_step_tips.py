"""The 信访 tab's step buttons, as the 督查 tab's: one core does not offer now is greyed out
and its tool tip is core's reason (`step` would say the same), not an empty tip. (`tab`: the
信访 tab on screen, conftest.)"""

from __future__ import annotations

from officedesk.core import steps
from officedesk.core.i18n import display


def test_a_greyed_out_step_says_why(tab, register, app_ctx):
    record = register()
    tab.list.refresh()
    assert tab.list.select_record(record.id)
    tab.update_current()
    proc = steps.procedure("petitions")
    buttons = {**tab.buttons, "标为重复件": tab.repeat_button, "转督查": tab.supervise_button}
    greyed = {step: b for step, b in buttons.items() if not b.isEnabled()}
    assert "答复" in greyed and "办结" in greyed  # a new registration: 处理 first
    assert any(b.isEnabled() for b in buttons.values())
    for step, button in greyed.items():
        reason = steps.refusal(proc, proc.find(step), record, app_ctx.actor)
        assert reason, step
        assert button.toolTip() == display(reason), (step, button.toolTip())
    for button in buttons.values():
        if button.isEnabled():
            assert button.toolTip() == str(button.property("tip") or "")
