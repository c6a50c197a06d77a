"""The 办理过程 says what happened: 编发 places the item in an issue being edited (编入 it, no
采用 yet), and its 县级采用 comes on the issue's 印发 day. Both rows read “采用 … 县级 …”, as if
the item were adopted twice."""

from __future__ import annotations

import datetime as dt

from officedesk.core import info
from officedesk.core.info import history, procedure

D = dt.date


def test_the_history_says_placed_then_adopted(report, advance, issue_out, admin, fixed_today):
    fixed_today(D(2026, 5, 6))
    item = advance(report(), on=D(2026, 5, 6))
    label = item.issue_label
    fixed_today(D(2026, 5, 8))
    item = issue_out(item, on=D(2026, 5, 8))
    rows = [(a.on, history.own_words(a)) for a in procedure.actions_of(item.id, admin)
            if a.kind == "采用"]
    assert [(on, str(words)) for on, words in rows] == [
        (D(2026, 5, 6), f"编发（{admin.label}）：编入{label}"),
        (D(2026, 5, 8), f"县级采用（{admin.label}）：{label}印发"),
    ]
    # the other rows keep the window's own line (kind, person, level, periodical, content)
    assert all(history.own_words(a) is None for a in procedure.actions_of(item.id, admin)
               if a.kind != "采用")
    assert info.get(item.id, admin).adopted_level == "县"


def test_a_higher_level_s_adoption_is_said_as_before(report, advance, issue_out, admin, fixed_today):
    fixed_today(D(2026, 5, 6))
    item = advance(report(), on=D(2026, 5, 6))
    fixed_today(D(2026, 5, 8))
    item = issue_out(item, on=D(2026, 5, 7))
    item = procedure.adopt(item.id, item.version, admin, "市", "市委办《每日要情》第12期", D(2026, 5, 8))
    city = [a for a in procedure.actions_of(item.id, admin) if a.level == "市"]
    assert len(city) == 1 and history.own_words(city[0]) is None

