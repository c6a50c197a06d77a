"""The meeting window's save (service.save_meeting, as the dialog saves) refuses a room 停用 for
a meeting to come, at the 地点 field, saying what to do (probe142)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import meetings as m
from officedesk.core import records, registry
from officedesk.core.errors import ValidationError
from officedesk.store.models import Room
from tests.meetings.conftest import _fill_directory, make_draft


def test_the_window_save_refuses_a_room_out_of_use(db, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 30))
    _fill_directory(admin)
    room = Room.get(Room.name == "常委会议室")
    records.update(registry.get("rooms"), room.id, {"停用": "是"}, room.version, admin)
    with pytest.raises(ValidationError) as refused:
        m.save_meeting(make_draft(attendees=["李建国"]), admin)
    assert refused.value.field == "place" and "常委会议室" in str(refused.value) and "停用" in str(refused.value)
    room = Room.get_by_id(room.id)
    records.update(registry.get("rooms"), room.id, {"停用": "否"}, room.version, admin)
    assert m.save_meeting(make_draft(attendees=["李建国"]), admin).room_id == room.id
