"""保密 of a meeting's trail: the conflicts it was saved despite are kept as told to whoever
saved it — another meeting's title, time and place. A reader below that other meeting's 密级
(the saver was cleared higher, or it was raised since) reads them as the conflicts tell one
above him: the person engaged during the meeting's time, nothing of that meeting."""

from __future__ import annotations

from officedesk.core import audit, records
from officedesk.core import meetings as m
from officedesk.core.actor import Actor
from tests.meetings.conftest import make_draft

K0 = Actor(username="k0", role="clerk", clearance=0, display_name="公开科员")
K2 = Actor(username="k2", role="clerk", clearance=2, display_name="机密科员")


def _override_text(meeting_id, reader):
    entries = [e for e in audit.history("meetings", meeting_id, reader) if e.action == "conflict_override"]
    assert len(entries) == 1
    return entries[0].summary + entries[0].before + entries[0].after


def _secret_then_ordinary(admin, secrecy="机密"):
    secret = m.save_meeting(make_draft(title="机密会议SECRETMTG", place="第一会议室",
                                       start="2026-12-03 09:00", end="2026-12-03 11:00",
                                       attendees=["李建国"], secrecy=secrecy), admin)
    ordinary = m.save_meeting(make_draft(title="普通协调会", place="市会展中心", start="2026-12-03 10:30",
                                         end="2026-12-03 11:30", attendees=["李建国"]), admin,
                              override_reason="书记中途转场")
    return secret, ordinary


def test_a_hidden_meeting_named_in_the_override_is_told_as_engaged(directory_data, admin):
    _secret, ordinary = _secret_then_ordinary(admin)
    said = _override_text(ordinary.id, K0)
    assert "SECRETMTG" not in said and "第一会议室" not in said and "09:00" not in said
    assert "李建国在本次会议时段另有安排。" in said and "书记中途转场" in said
    full = _override_text(ordinary.id, K2)  # cleared for it: as the saver was told
    assert "李建国在 2026-12-03 09:00–11:00 要出席“机密会议SECRETMTG”，地点：第一会议室。" in full


def test_a_meeting_raised_since_is_no_longer_named(directory_data, admin):
    other, ordinary = _secret_then_ordinary(admin, secrecy="非密")
    assert "机密会议SECRETMTG" in _override_text(ordinary.id, K0)
    records.update(m.SPEC, other.id, {"密级": "机密"}, other.version, admin)
    said = _override_text(ordinary.id, K0)
    assert "SECRETMTG" not in said and "李建国在本次会议时段另有安排。" in said


def test_a_meeting_raised_and_renamed_since_is_not_taken_for_a_namesake(directory_data, admin):
    """The entry names the other meeting by title, time and place. One raised and renamed since
    is not found by its old title; a meeting the reader may see that shares that title and start
    (the saved meeting itself: a 专题会议 held at two places) is no other meeting of the entry —
    its end and place differ — and never lets the hidden one's time and place through."""
    other = m.save_meeting(make_draft(title="粮食生产专题会", place="第一会议室", start="2026-12-03 09:00",
                                      end="2026-12-03 10:00", attendees=["李建国"]), admin)
    ordinary = m.save_meeting(make_draft(title="粮食生产专题会", place="市会展中心",
                                         start="2026-12-03 09:00", end="2026-12-03 11:00",
                                         attendees=["李建国"]), admin, override_reason="书记中途转场")
    assert "地点：第一会议室" in _override_text(ordinary.id, K0)  # 非密: named to everyone
    records.update(m.SPEC, other.id, {"密级": "机密", "会议名称": "改名后的机密会议"}, other.version, admin)
    said = _override_text(ordinary.id, K0)
    assert "第一会议室" not in said and "09:00–10:00" not in said
    assert "李建国在本次会议时段另有安排。" in said


def test_a_visible_meeting_over_two_days_is_still_named(directory_data, admin):
    """Its end written with its date (2026-12-04 11:00) finds it as well."""
    m.save_meeting(make_draft(title="两天的培训班", place="第一会议室", start="2026-12-03 09:00",
                              end="2026-12-04 11:00", attendees=["李建国"]), admin)
    ordinary = m.save_meeting(make_draft(title="普通协调会", place="市会展中心", start="2026-12-04 10:30",
                                         end="2026-12-04 11:30", attendees=["李建国"]), admin,
                              override_reason="书记中途转场")
    said = _override_text(ordinary.id, K0)
    assert "李建国在 2026-12-03 09:00–2026-12-04 11:00 要出席“两天的培训班”，地点：第一会议室。" in said
