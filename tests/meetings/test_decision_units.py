"""A 纪要's 议定事项 name their 牵头单位 from the 通讯录: a 简称 is kept as the 名称 (the 督查
task and the 通报 go by it), an unknown unit is refused and nothing of the 纪要 is saved. A
decision's unit kept from before (a unit since removed) is not checked again."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import directory, records, steps
from officedesk.core import meetings as m
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.store.meetings import MeetingDecision
from tests.meetings.conftest import make_draft


@pytest.fixture
def held(directory_data, admin, fixed_today):
    records.create(directory.UNITS, {"单位名称": "市水利局", "简称": "水利局"}, admin)
    fixed_today(dt.date(2026, 12, 3))
    meeting = m.save_meeting(make_draft(), admin)
    m.mark_held(meeting.id, admin)
    return meeting


def _units(meeting) -> list[str]:
    return [d.lead_unit for d in m.decisions(meeting.id, CLI_ACTOR)]


def test_a_short_name_is_kept_as_the_full_name(held, admin):
    steps.perform("meetings", held.id, "纪要",
                  {"议定事项": "加固病险水库｜水利局｜2026-12-15\n编制预算｜市财政局"}, admin)
    assert _units(held) == ["市水利局", "市财政局"]


def test_a_decision_led_by_two_units_names_both(held, admin):
    """“县应急管理局、县财政局” was refused as not in the 通讯录, suggesting itself."""
    steps.perform("meetings", held.id, "纪要",
                  {"议定事项": "加固病险水库｜水利局、市财政局｜2026-12-15"}, admin)
    assert _units(held) == ["市水利局、市财政局"]


def test_an_unknown_unit_is_refused(held, admin):
    with pytest.raises(ValidationError, match="第 2 项议定事项的牵头单位“不存在单位”不在通讯录中"):
        steps.perform("meetings", held.id, "纪要",
                      {"纪要正文": "会议研究了有关事项。",
                       "议定事项": "编制预算｜市财政局\n某某工作｜不存在单位｜2026-12-15"}, admin)
    assert _units(held) == [] and not m.get(held.id, admin).minutes_text


def test_an_unchanged_old_unit_is_not_checked_again(held, admin):
    m.save_minutes(held.id, "纪要", [m.DecisionEntry("编制预算", "市财政局")], admin)
    # a unit the 通讯录 no longer holds (renamed, merged) stays on the decision already saved
    MeetingDecision.update(lead_unit="原市财政局").execute()
    steps.perform("meetings", held.id, "纪要",
                  {"议定事项": "编制预算｜原市财政局｜｜1\n加固水库｜水利局"}, admin)
    assert _units(held) == ["原市财政局", "市水利局"]


def test_the_host_unit_is_a_unit_of_the_directory(directory_data, admin):
    """The 三多 figures count meetings by 主办单位: kept by its 名称, an unknown one refused."""
    records.create(directory.UNITS, {"单位名称": "市水利局", "简称": "水利局"}, admin)
    meeting = m.save_meeting(make_draft(host_unit="水利局"), admin)
    assert meeting.host_unit == "市水利局"
    with pytest.raises(ValidationError, match="主办单位“不存在单位”不在通讯录中"):
        m.save_meeting(make_draft(title="另一会议", host_unit="不存在单位"), admin)
