"""The registries' own readers check the reader's clearance as `records.get` does:
`meetings.get`, `supervision.get_item`, `info.get` and `petitions.get` take the actor (there
is no reading by leaving it out) and refuse a record above its clearance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from officedesk.core import info, petitions, records
from officedesk.core import meetings as m
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import PermissionDeniedError

CLERK1 = Actor(username="clerk1", role="clerk", clearance=1, display_name="科员乙")  # 秘密
CLERK2 = Actor(username="clerk2", role="clerk", clearance=2, display_name="机要员丙")  # 机密


@pytest.fixture
def secret(db, fixed_today) -> dict[str, int]:
    """One 机密 record of each of the four registries."""
    fixed_today(dt.date(2026, 3, 2))
    admin = CLI_ACTOR
    meeting = m.save_meeting(m.MeetingDraft(
        values={"title": "机密专题会", "kind": "专题会议", "secrecy": "机密",
                "start": "2026-03-10 09:00", "end": "2026-03-10 10:00", "place": "市会展中心"},
        attendees=[m.PersonEntry("李建国", "市委办公室")]), admin)
    item = sv.create_item({"事项名称": "水库迁建选址勘察", "来源": "上级决策部署", "密级": "机密",
                           "立项日期": "2026-03-02"}, admin)
    report = records.create(info.SPEC, {"title": "水库迁建动态", "unit": "县水利局",
                                        "category": "工作动态", "secrecy": "机密", "reported_at": "2026-03-01 16:00",
                                        "content": "三号坝址勘察进展。"}, admin)
    petition = petitions.register_petition(
        {"registered_on": "2026-03-02", "form": "来信", "name": "张建国", "category": "征地拆迁",
         "secrecy": "机密", "content": "反映青河村土地征收补偿款至今未足额发放。",
         "region": "青河镇人民政府"}, None, admin)
    return {"meetings": meeting.id, "supervision": item.id, "info": report.id,
            "petitions": petition.id}


GETTERS: dict[str, Callable[..., Any]] = {
    "meetings": m.get,
    "supervision": sv.get_item,
    "info": info.get,
    "petitions": petitions.get,
}


@pytest.mark.parametrize("name", list(GETTERS))
def test_a_registry_getter_refuses_a_clerk_below_the_records_level(secret, name):
    getter, record_id = GETTERS[name], secret[name]
    with pytest.raises(PermissionDeniedError, match="没有找到记录号"):
        getter(record_id, CLERK1)
    record = getter(record_id, CLERK2)  # cleared for 机密: the same call gives the record
    assert record.id == record_id and record.secrecy == "机密"


@pytest.mark.parametrize("name", list(GETTERS))
def test_a_registry_getter_cannot_be_called_without_a_reader(secret, name):
    with pytest.raises(TypeError):  # no unchecked read by leaving the actor out
        GETTERS[name](secret[name])
