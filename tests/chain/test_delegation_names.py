"""设置代理: the list and the question before 撤销 name people as the choices above them do —
孙主任（zhuren）—, not by their bare user names (zhuren, fuzhuren2), which a clerk does not
read as anyone."""

from __future__ import annotations

import datetime as dt

from officedesk.core import positions
from officedesk.ui import posts_dialogs


def test_the_delegations_are_listed_by_name(staffed, qtbot, monkeypatch):
    positions.set_delegation("zhuren", "fuzhuren2", dt.date(2026, 11, 16), dt.date(2026, 11, 18),
                             staffed["zhuren"], "出差")
    dialog = posts_dialogs.DelegationDialog(staffed["zhuren"])
    qtbot.addWidget(dialog)
    principal = dialog.principal.itemText(dialog.principal.findData("zhuren"))
    substitute = dialog.substitute.itemText(dialog.substitute.findData("fuzhuren2"))
    assert principal.startswith("孙主任")
    assert (dialog.table.item(0, 0).text(), dialog.table.item(0, 1).text()) == (
        principal, substitute)
    asked: list[str] = []
    monkeypatch.setattr(posts_dialogs, "confirm",
                        lambda _p, _title, text, **_kw: asked.append(text) and False)
    dialog.table.setCurrentCell(0, 0)
    dialog.end_selected()
    assert principal in asked[0] and substitute in asked[0], asked
