"""An agenda item's minutes are bounded (1 … 600, a 10-hour day): a huge
number typed in the 议程 column is refused in Chinese, not stored (it overflowed the store, or
printed “999999999分钟 9:00—19:39”)."""

from __future__ import annotations

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.errors import ValidationError
from officedesk.core.meetings.parsing import parse_agenda, parse_agenda_rows
from tests.meetings.conftest import make_draft


@pytest.fixture
def meeting(directory_data, admin, on_day):
    return m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), admin)


@pytest.mark.parametrize("minutes", ["99999999999999999999", "999999999", "601", "0"])
def test_the_step_refuses_minutes_out_of_bounds_and_changes_nothing(meeting, admin, minutes):
    before = [(a.topic, a.minutes) for a in m.agenda(meeting.id, admin)]
    with pytest.raises(ValidationError, match="时长 .* 分钟不合理：应在 1 到 600 分钟之间"):
        steps.perform("meetings", meeting.id, "修改",
                      {"议程": f"议题一｜市委办公室｜郑小燕｜{minutes}"}, admin)
    assert [(a.topic, a.minutes) for a in m.agenda(meeting.id, admin)] == before
    assert m.get(meeting.id, admin).version == meeting.version


def test_the_bound_itself_is_accepted(meeting, admin):
    steps.perform("meetings", meeting.id, "修改",
                  {"议程": "议题一｜市委办公室｜郑小燕｜600"}, admin)
    assert [a.minutes for a in m.agenda(meeting.id, admin)] == [600]


def test_both_ways_of_writing_an_agenda_share_the_bound():
    assert parse_agenda_rows("议题一｜｜｜600")[0].minutes == 600
    assert parse_agenda("议题一（600分钟）")[0].minutes == 600
    for text in ("议题一｜｜｜601", "议题一（601分钟）", "议题一（99999999999999999999分钟）"):
        with pytest.raises(ValidationError, match="应在 1 到 600 分钟之间"):
            parse_agenda_rows(text)


def test_a_draft_from_the_window_table_is_bounded_too(directory_data, admin, on_day):
    # the window's agenda table builds entries itself; saving goes through the same check
    draft = make_draft(agenda=[m.AgendaEntry("议题一", "市委办公室", "郑小燕", 10**20)])
    with pytest.raises(ValidationError, match="应在 1 到 600 分钟之间"):
        m.save_meeting(draft, admin)
