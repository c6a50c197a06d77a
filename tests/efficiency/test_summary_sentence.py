"""The 效能通报's opening figures: 办件/完成 count the period's own items, 逾期未办 is what stands
overdue at its end (also items begun before it): said so, and never left out when nothing was
begun or completed in the period (a unit with ten overdue 发文 read “本期无办结事项”)."""

from __future__ import annotations

from officedesk.printing.efficiency_forms import _summary


def _figures(volume: int, completed: int, overdue: int) -> dict:
    total = {"volume": volume, "completed": completed, "median": None, "on_time_rate": None,
             "overdue": overdue, "change_last_year": {"on_time_rate": None}}
    return {"procedures": {"outgoing": {"label": "发文", "total": total}}}


def test_overdue_is_said_to_stand_at_the_periods_end():
    assert _summary(_figures(3, 0, 10)) == "发文本期办件3件、完成0件，截至期末逾期未办10件。"


def test_overdue_alone_is_not_left_out():
    assert _summary(_figures(0, 0, 4)) == "发文本期办件0件、完成0件，截至期末逾期未办4件。"
    assert _summary(_figures(0, 0, 0)) == "本期无办结事项。"
