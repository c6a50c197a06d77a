"""The 三多 leaders' meeting load counts the people whose 级别 is not below the 职级 the
setting efficiency.leader_rank_max points at (a 级别 is its 职级's 排序 number). When the
administrator moved the 职级 down to make room for a new one, their holders followed but the
setting stayed a bare number: the 县处级副职 silently stopped counting as leaders, past
periods too. Now the setting follows the 职级 it points at in the same save, audited as a
settings change, and the 职级's history says so. A 职级's 排序 of 99 or more (99 is “no 级别
given”) is refused: it would sort after the people without a 级别."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import records, registry, settings
from officedesk.core.efficiency import sanduo
from officedesk.core.errors import ValidationError
from officedesk.core.ranks import NO_RANK
from officedesk.store.meetings import Meeting, MeetingAttendee
from officedesk.store.models import AuditEntry, Rank

KEY = "efficiency.leader_rank_max"
# (name, 职级) of the attendees of a past meeting
ATTENDEES = (("书记", "县处级正职"), ("副县长甲", "县处级副职"), ("副县长乙", "县处级副职"),
             ("局长", "正科级"), ("科员", "科员"))
FIRST, LAST = dt.date(2026, 1, 1), dt.date(2026, 11, 30)


@pytest.fixture
def office(db, admin):
    registry.load_all()
    settings.put(KEY, 6)  # 县处级 正职 and 副职 (the standard table: 5 and 6)
    meeting = Meeting.create(title="全县工作会", kind="工作会议", start=dt.datetime(2026, 3, 10, 9),
                             end=dt.datetime(2026, 3, 10, 11), host_unit="县委办公室", status="已召开")
    for seq, (name, rank) in enumerate(ATTENDEES):
        MeetingAttendee.create(meeting=meeting.id, role="出席", seq=seq, name=name,
                               rank=Rank.get(Rank.name == rank).sort_order)
    return admin


def _leaders(admin) -> list[str]:
    return sorted(row["name"] for row in sanduo._leaders(admin, FIRST, LAST))


def _move(admin, name: str, order: int) -> None:
    rank = Rank.get(Rank.name == name)
    records.update(registry.get("ranks"), rank.id, {"排序": order}, rank.version, admin)


def test_the_leaders_stay_the_same_when_the_ranks_move_down(office):
    before = _leaders(office)
    assert before == ["书记", "副县长乙", "副县长甲"]
    # room for a new 职级 above 县处级正职: each moves down one place, from the bottom up
    for rank in list(Rank.select().where(Rank.sort_order >= 5).order_by(Rank.sort_order.desc())):
        _move(office, rank.name, rank.sort_order + 1)
    assert Rank.get(Rank.name == "县处级副职").sort_order == 7
    assert _leaders(office) == before
    assert settings.get(KEY) == 7
    settings.forget_cache()
    assert settings.get(KEY) == 7  # kept in the table, not only in the cache
    # audited as a settings change, once (县处级正职's move to 6 did not take it)
    changes = [(e.before, e.after) for e in AuditEntry.select().where(
        (AuditEntry.registry == "settings") & AuditEntry.after.contains(KEY)).order_by(AuditEntry.id)]
    assert len(changes) == 2, changes  # the fixture's put, then the follow
    assert '6' in changes[-1][0] and '7' in changes[-1][1], changes
    # the 职级's save says the setting followed it
    rank = Rank.get(Rank.name == "县处级副职")
    said = [e.summary for e in AuditEntry.select().where(
        (AuditEntry.registry == "ranks") & (AuditEntry.record_id == rank.id))]
    assert any("领导" in s and "6" in s and "7" in s for s in said), said


def test_a_rank_not_pointed_at_leaves_the_setting(office):
    _move(office, "办事员", 20)
    _move(office, "正科级", 30)
    assert settings.get(KEY) == 6
    assert _leaders(office) == ["书记", "副县长乙", "副县长甲"]


def test_a_refused_move_leaves_the_setting_as_it_was(office):
    """The 职级's save and the setting's change are one transaction."""
    records.create(registry.get("people"), {"姓名": "戊", "级别": 40}, office)  # a bare number
    with pytest.raises(ValidationError):
        _move(office, "县处级副职", 40)
    assert Rank.get(Rank.name == "县处级副职").sort_order == 6
    settings.forget_cache()
    assert settings.get(KEY) == 6


@pytest.mark.parametrize("order", [NO_RANK, 100, 150])
def test_an_order_of_99_or_more_is_refused(office, order):
    ranks = registry.get("ranks")
    with pytest.raises(ValidationError) as caught:
        records.create(ranks, {"职级名称": "试用级", "排序": order}, office)
    assert caught.value.field == "sort_order"
    assert "98" in caught.value.message, caught.value.message  # says what may be used
    assert Rank.get_or_none(Rank.name == "试用级") is None
    clerk = Rank.get(Rank.name == "科员")
    with pytest.raises(ValidationError):
        records.update(ranks, clerk.id, {"排序": order}, clerk.version, office)
    assert Rank.get(Rank.name == "科员").sort_order == 9


def test_the_threshold_never_counts_the_people_without_a_rank(office):
    """99 is the 级别 of those given none: a threshold there would count them all as leaders."""
    with pytest.raises(ValidationError, match="98"):
        settings.put(KEY, NO_RANK, office)
    assert settings.get(KEY) == 6
