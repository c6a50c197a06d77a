"""The conflict check's words reach the English window (defect: every conflict was shown in
Chinese there — its kind, 会议室已被占用 / 会议室容量不足 / 人员时间冲突, had no English, and its
message was made whole in core, so no catalogue entry could ever match it). Each kind and each
message is a catalogue pattern with an English in the glossary, its Chinese unchanged."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from officedesk.core import meetings as m
from officedesk.core.actor import Actor
from officedesk.core.i18n import Text
from tests.meetings.conftest import PEOPLE, make_draft

ROOT = Path(__file__).resolve().parents[2]
K0 = Actor(username="k0", role="clerk", clearance=0, display_name="低密科员")


@pytest.fixture
def glossary():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import fill_translations
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return fill_translations.load_glossary()


def _every_kind(admin):
    """Conflicts of every shape: a room booked (named, and hidden above the clearance), a room
    too small, someone due elsewhere (in a room, at no place, hidden)."""
    m.save_meeting(make_draft(title="甲会", place="第二会议室", start="2026-12-03 09:00",
                              end="2026-12-03 10:00", attendees=["李建国"]), admin)
    m.save_meeting(make_draft(title="乙会", place="", start="2026-12-03 09:00",
                              end="2026-12-03 10:00", attendees=["王海涛"]), admin)
    m.save_meeting(make_draft(title="丙会", place="", start="2026-12-03 09:00",
                              end="2026-12-03 10:00", attendees=["马俊"], chair="高静"), admin)
    m.save_meeting(make_draft(title="机密会", place="第一会议室", start="2026-12-03 09:00",
                              end="2026-12-03 10:00", attendees=["林涛"], secrecy="机密"), admin)
    people = ["李建国", "王海涛", "高静", "林涛", *[p[0] for p in PEOPLE[4:12]], "徐明"]
    crowded = make_draft(title="丁会", place="第二会议室", start="2026-12-03 09:30",
                         end="2026-12-03 11:00", attendees=people)
    hidden_room = make_draft(title="戊会", place="第一会议室", start="2026-12-03 09:30",
                             end="2026-12-03 11:00", attendees=["徐明"])
    return (m.check_conflicts(crowded, None, K0) + m.check_conflicts(crowded, None, admin)
            + m.check_conflicts(hidden_room, None, K0))


def test_every_conflict_has_its_english(directory_data, admin, on_day, glossary):
    found = _every_kind(admin)
    assert {c.kind for c in found} == {m.ROOM_BOOKED, m.ROOM_SMALL, m.PERSON_BUSY}
    shapes = set()
    for conflict in found:
        assert conflict.label in glossary, conflict.label
        assert isinstance(conflict.message, Text), conflict.message
        assert conflict.message.pattern in glossary, conflict.message.pattern
        shapes.add(conflict.message.pattern)
    assert len(shapes) == 6  # booked / booked (hidden) / small / busy at a place / busy / engaged
    said = [c.message for c in found]  # the Chinese as before
    assert "第二会议室只能坐 12 人，本次会议有 13 人。" in said
    assert "李建国在 2026-12-03 09:00–10:00 要出席“甲会”，地点：第二会议室。" in said
    assert "王海涛在 2026-12-03 09:00–10:00 要出席“乙会”。" in said
    assert "高静在 2026-12-03 09:00–10:00 要出席“丙会”。" in said  # the chair attends
    assert "林涛在本次会议时段（2026-12-03 09:30–11:00）另有安排。" in said
    assert ("第一会议室在本次会议时段（2026-12-03 09:30–11:00）已被占用，请换一个会议室或改时间。"
            in said)
