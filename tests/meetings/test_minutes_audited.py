"""Saving a 纪要 leaves an audit entry that says what it replaced: the 纪要正文, 期号 and 纪要日期
and the 议定事项 (one line each, 内容｜牵头单位｜时限) before and after, as a 修改 of the
meeting records its fields. The chain stays sound, and a reader who may not see personal data
still reads the minutes' trail unmasked (none of it is personal data)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from officedesk.core import audit, check
from officedesk.core import meetings as m
from officedesk.core.actor import Actor
from tests.meetings.conftest import make_draft


@pytest.fixture
def minuted(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 4))
    meeting = m.save_meeting(make_draft(), admin)
    m.mark_held(meeting.id, admin)
    m.save_minutes(meeting.id, "会议研究了重点项目。",
                   [m.DecisionEntry("编制重点项目计划", "市发展和改革委员会", "2026-12-31"),
                    m.DecisionEntry("提请审议预算草案", "市财政局")],
                   admin, issue="第12期", minutes_date="2026-12-03")
    return meeting


def _last(meeting, actor) -> tuple[dict, dict]:
    entry = audit.history("meetings", meeting.id, actor)[-1]
    return json.loads(entry.before or "{}"), json.loads(entry.after or "{}")


def test_the_first_minutes_are_recorded(minuted, admin):
    before, after = _last(minuted, admin)
    assert after["纪要正文"] == "会议研究了重点项目。"
    assert after["纪要期号"] == "第12期" and after["纪要日期"] == "2026-12-03"
    assert after["议定事项"] == ["1.编制重点项目计划｜市发展和改革委员会｜2026-12-31",
                              "2.提请审议预算草案｜市财政局｜"]
    assert before["纪要正文"] == "" and before["议定事项"] == []


def test_replaced_minutes_keep_what_they_replaced(minuted, admin):
    """The reviewer's case: the text rewritten and the 议定事项 emptied left {} | {}."""
    m.save_minutes(minuted.id, "（已被改写）", [], admin, issue="第13期",
                   minutes_date="2026-12-04")
    before, after = _last(minuted, admin)
    assert before == {"纪要正文": "会议研究了重点项目。", "纪要期号": "第12期",
                      "纪要日期": "2026-12-03",
                      "议定事项": ["1.编制重点项目计划｜市发展和改革委员会｜2026-12-31",
                               "2.提请审议预算草案｜市财政局｜"]}
    assert after == {"纪要正文": "（已被改写）", "纪要期号": "第13期", "纪要日期": "2026-12-04",
                     "议定事项": []}


def test_a_changed_decision_alone_is_recorded_alone(minuted, admin):
    rows = m.decisions(minuted.id, admin)
    m.save_minutes(minuted.id, "会议研究了重点项目。",
                   [m.DecisionEntry(rows[0].content, rows[0].lead_unit, "2027-01-15", rows[0].id),
                    m.DecisionEntry(rows[1].content, rows[1].lead_unit, None, rows[1].id)],
                   admin, issue="第12期")
    before, after = _last(minuted, admin)
    assert set(before) == set(after) == {"议定事项"}
    assert before["议定事项"][0].endswith("｜2026-12-31")
    assert after["议定事项"][0].endswith("｜2027-01-15")


def test_the_trail_reads_unmasked_and_the_chain_holds(minuted, admin):
    m.save_minutes(minuted.id, "改写后的纪要", [], admin)
    reader = Actor(username="kz", role="clerk", clearance=1, display_name="科员")
    assert not reader.may_see_sensitive
    assert _last(minuted, reader) == _last(minuted, admin)
    assert check.check_audit_chain() == [] and check.check_rows() == []


def test_the_history_dialog_shows_the_replaced_decisions(minuted, admin, app_ctx, qtbot):
    from officedesk.ui.widgets import history

    m.save_minutes(minuted.id, "改写后的纪要", [], admin)
    dialog = history.HistoryDialog("meetings", minuted.id, actor=admin)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(dialog.table.rowCount() - 1)
    shown = dialog.detail.toPlainText()
    assert ("议定事项：1.编制重点项目计划｜市发展和改革委员会｜2026-12-31；2.提请审议预算草案｜市财政局｜"
            " → （空）") in shown
    assert "纪要正文：会议研究了重点项目。 → 改写后的纪要" in shown
