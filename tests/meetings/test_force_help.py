"""What `steps meetings N` and the README say of --force for 修改 is what it does: a room booked
twice is always refused (--force does not get past it); a leader due at two meetings at once or
a room too small goes on with --force 理由."""

from __future__ import annotations

from pathlib import Path

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.errors import ConflictError
from officedesk.core.meetings.steps_spec import STEPS
from tests.meetings.conftest import make_draft

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_help_of_edit_says_a_room_booked_twice_is_refused():
    edit = next(step for step in STEPS if step.name == "修改")
    assert "会议室或领导时间冲突须 --force" not in edit.help
    assert "会议室已被占用的一律不能保存" in edit.help
    assert "领导同一时间另有会议或会议室坐不下的，须写明理由（命令行：--force 理由）" in edit.help


def test_the_readme_says_force_is_not_for_a_room_booked_twice():
    text = README.read_text(encoding="utf-8")
    at = text.index("`--force 理由` goes on despite a conflict")
    sentence = text[at:text.index("- `--json` prints", at)]
    assert "room or a leader booked twice" not in sentence
    assert "A room booked" in sentence and "always refused" in sentence


def test_force_does_not_book_a_room_twice(directory_data, admin, on_day):
    m.save_meeting(make_draft(attendees=["李建国"]), admin)
    other = m.save_meeting(make_draft(title="另一会议", start="2026-12-03 14:00",
                                      end="2026-12-03 15:00", attendees=["王海涛"]), admin)
    with pytest.raises(ConflictError, match="常委会议室"):
        steps.perform("meetings", other.id, "修改", {"开始时间": "2026-12-03 10:00"}, admin,
                      force="书记要求")
