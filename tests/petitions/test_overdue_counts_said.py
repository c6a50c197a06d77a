"""`stats`' 信访 逾期未办 counts every limit the office tracks — the receiving unit's 受理 of a
转送, a 交办回报, a 复查/复核 answer — as the list's red lights do; 效能's 逾期未办 only the office's
own 处理, 告知 and 答复. Both are right for what they count, so the summary says which it is: a
转送 whose unit has not accepted it in 15 日 is 1 there and 0 in 效能, in the same `stats`."""

from __future__ import annotations

import datetime as dt

from officedesk.cli_labels import summary_lines
from officedesk.core import petitions, stats

D = dt.date


def test_the_summary_says_the_overdue_figure_holds_the_receiving_units_limits(
        register, admin, fixed_today):
    fixed_today(D(2026, 3, 3))
    p = register(registered_on="2026-03-02")
    p = petitions.decide(p.id, p.version, admin, "转送", on="2026-03-02", target_unit="县公安局")
    p = petitions.notify(p.id, p.version, admin, on="2026-03-03")
    assert p.accept_due == D(2026, 3, 17)  # the 县公安局's 15 日 to accept it
    fixed_today(D(2026, 4, 1))
    figures = stats.collect(admin, 2026)
    assert figures["petitions"]["open_overdue"] == 1  # the 县公安局 has not accepted it
    assert figures["效能"]["procedures"]["petitions"]["total"]["overdue"] == 0  # told in time
    lines = summary_lines(figures)
    overdue = [line for line in lines if line.strip().startswith("逾期未办（件")]
    assert overdue == ["  逾期未办（件，含转送后去向单位受理、交办回报、复查复核答复逾期的；"
                       "效能只计本机关的处理、告知、答复）：1"]
