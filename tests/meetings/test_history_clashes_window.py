"""The window's import of a past 台账 of meetings (按往年台账导入): the plain check refuses the rows
whose meetings clash and offers to check it as a past register; checked so, the rows are taken,
the confirmation and the result name each clash by row (tests/meetings/test_history_clashes.py)."""

from __future__ import annotations

import datetime as dt

from officedesk.core import meetings as m
from officedesk.store.meetings import Meeting
from tests.meetings.test_history_clashes import PAST, _sheet


def test_the_window_takes_the_past_register_and_names_the_clashes(directory_data, fixed_today, tmp_path,
                                                                 main_window, qtbot, monkeypatch):
    from officedesk.ui import actions

    fixed_today(dt.date(2026, 11, 30), dt.time(8, 0))
    path = _sheet(tmp_path, PAST)
    offered, confirmed, infos = [], [], []

    def answer(window, title, summary, lines, choices, reject_text, warning=True, tips=None):
        offered.append([value for _text, value in choices])
        return "history" if "history" in offered[-1] else None

    def confirm(window, summary, changes, spec=None, history=False):
        confirmed.append((summary, history))
        return "import"

    monkeypatch.setattr(actions, "ask_over_list", answer)
    monkeypatch.setattr(actions, "confirm_import", confirm)
    monkeypatch.setattr(actions, "info", lambda window, title, text: infos.append(text))
    actions.check_then_import(main_window, m.SPEC, str(path), "refuse")
    qtbot.waitUntil(lambda: bool(infos) or len(offered) > 1, timeout=20000)
    assert "history" in offered[0] and len(offered) == 1, offered
    (summary, history), = confirmed
    assert history and "第 3 行“全县安全生产工作会议”" in summary and "第 5 行“专题会”" in summary
    assert "第 3 行" in infos[0] and Meeting.select().count() == 4
