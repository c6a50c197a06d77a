"""工具 → 设置代理… is offered to whoever may write, not to a read-only account (core refuses it)."""

from __future__ import annotations

import pytest

from officedesk.core import users
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.widgets.mnemonics import plain


def _visible_texts(app_ctx, qtbot, actor):
    from officedesk.ui.main_window import MainWindow

    app_ctx.actor = actor
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    return [plain(a.text()) for menu in window.menuBar().actions() for a in menu.menu().actions()
            if a.isVisible()]


@pytest.mark.parametrize(("role", "offered"), [("readonly", False), ("clerk", True)])
def test_only_who_may_write_is_offered_a_delegation(app_ctx, qtbot, db, role, offered):
    users.create_user("u1", "Yunling2026!", role, CLI_ACTOR, display_name="某人")
    actor = users.authenticate("u1", "Yunling2026!")
    assert ("设置代理…" in _visible_texts(app_ctx, qtbot, actor)) is offered
