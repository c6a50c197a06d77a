"""The 刊物 dialog's 调整顺序: the issue's items moved up and down and saved through core with
the order the dialog opened on; a save after another workstation reordered the issue is
refused and shown, the order typed kept in the dialog, the other's order kept in the issue;
重新读取 takes the order as it stands. Offered only for an issue still being edited."""

from __future__ import annotations

import pytest

from officedesk.core.info import periodicals

from .test_chain import TODAY


@pytest.fixture
def shown(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr("officedesk.ui.info.order_dialog.show_error",
                        lambda parent, exc: said.append(str(exc)))
    return said


_KEPT: list = []  # each test's 刊物 dialogs, the order dialogs' parents, alive while it runs


def _order_dialog(app_ctx, qtbot):
    from officedesk.ui.info.dialogs import IssuesDialog

    issues = IssuesDialog(app_ctx, lambda *a, **k: None)
    qtbot.addWidget(issues)
    _KEPT.append(issues)
    assert issues.order_button.isEnabled()
    dialog = issues.order_dialog(issues.current())
    assert dialog.load()
    return dialog


def test_a_stale_order_is_refused_and_kept_in_the_dialog(report, advance, app_ctx, qtbot,
                                                         fixed_today, admin, shown):
    _KEPT.clear()
    fixed_today(TODAY)
    a, b, c = (advance(report(title=t)) for t in ("甲", "乙", "丙"))
    here, there = _order_dialog(app_ctx, qtbot), _order_dialog(app_ctx, qtbot)
    there.items.setCurrentRow(2)
    there.up.click()  # 甲 丙 乙
    there.save()
    assert shown == [] and [i.id for i in periodicals.items_of(a.issue, admin)] == [a.id, c.id, b.id]
    here.items.setCurrentRow(0)
    here.down.click()  # 乙 甲 丙, from 甲 乙 丙 as it opened
    here.save()
    assert len(shown) == 1 and "已被他人调整" in shown[0]
    assert here.order() == [b.id, a.id, c.id]  # what was typed stays
    assert [i.id for i in periodicals.items_of(a.issue, admin)] == [a.id, c.id, b.id]
    here.reload.click()
    assert here.order() == [a.id, c.id, b.id]
    here.items.setCurrentRow(1)
    here.up.click()
    here.save()
    assert len(shown) == 1
    assert [i.id for i in periodicals.items_of(a.issue, admin)] == [c.id, a.id, b.id]
    _KEPT.clear()


def test_offered_only_while_the_issue_is_edited(report, advance, app_ctx, qtbot, fixed_today, admin):
    from officedesk.ui.info.dialogs import IssuesDialog

    fixed_today(TODAY)
    issue_id = advance(report()).issue
    periodicals.publish(issue_id, admin)
    issues = IssuesDialog(app_ctx, lambda *a, **k: None)
    qtbot.addWidget(issues)
    assert issues.current().id == issue_id and not issues.order_button.isEnabled()
