"""A 督查 item made from a 议定事项 is named by the decision as the meeting wrote it: whole when it
fits the item's 事项名称, else cut after a clause (，；。), never inside a word with “…”."""

from __future__ import annotations

import datetime as dt

from officedesk.core import meetings as m
from officedesk.core.supervision.items import SPEC as ITEM_SPEC
from tests.meetings.conftest import make_draft

LONG_CLAUSE = "加快推进城东片区老旧小区改造项目建设，确保年底前完成雨污分流和管网更新工程"


def _sent_title(admin, content: str) -> str:
    meeting = m.save_meeting(make_draft(), admin)
    m.mark_held(meeting.id, admin)
    m.save_minutes(meeting.id, "会议研究了重点项目。",
                   [m.DecisionEntry(content, "市住房和城乡建设局", "2026-12-31")], admin)
    item = m.send_to_supervision(m.decisions(meeting.id, admin)[0].id, admin)
    return item.title, meeting.title


def test_a_decision_that_fits_names_its_item_whole(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 4))
    title, meeting_title = _sent_title(admin, LONG_CLAUSE)
    assert title == f"{meeting_title}议定事项：{LONG_CLAUSE}"


def test_a_decision_too_long_is_cut_after_a_clause(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 4))
    content = "；".join([LONG_CLAUSE] * 12) + "。"
    title, meeting_title = _sent_title(admin, content)
    limit = ITEM_SPEC.field("title").max_length
    assert len(title) <= limit
    kept = title.removeprefix(f"{meeting_title}议定事项：")
    assert content.startswith(kept.rstrip("等"))
    assert kept.endswith(LONG_CLAUSE + "等")  # whole clauses, said to go on
