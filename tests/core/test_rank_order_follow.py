"""A person's 级别 (and a meeting's 参会人员's, copied from the person) is kept as its 职级's 排序
number: seating and lists order by it. Changing a 职级's 排序 left its holders with a bare number
("7") and gave new holders another; deleting a 职级 people hold did the same. Now the holders
follow the new 排序 in the same save (one audit entry per person and per meeting, as a unit's
rename is followed), an 排序 that would merge two 级别 is refused, and a 职级 people hold is not
deleted: the refusal says how many hold it and what to do."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import accounts, integrity, records, registry, users
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.ranks import NO_RANK, rank_name
from officedesk.store.db import write_transaction
from officedesk.store.meetings import MeetingAttendee
from officedesk.store.models import AuditEntry, Person, Rank


@pytest.fixture
def office(db, admin):
    people = registry.get("people")
    for name, rank in (("甲", "正科级"), ("乙", "正科级"), ("丙", "副科级")):
        records.create(people, {"姓名": name, "级别": rank}, admin)
    return admin


def _rank(name: str) -> Rank:
    return Rank.get(Rank.name == name)


def _shown(person_name: str) -> str:
    return rank_name(Person.get(Person.name == person_name).rank)


def _entries(registry_name: str, record_id: int) -> list[AuditEntry]:
    return list(AuditEntry.select().where((AuditEntry.registry == registry_name)
                                          & (AuditEntry.record_id == record_id)
                                          & AuditEntry.summary.contains("职级")))


def _meeting(admin, secrecy: str = "非密") -> int:
    meeting = records.create(registry.get("meetings"), {
        "会议名称": "全县工作会", "会议类型": "工作会议", "密级": secrecy,
        "开始时间": "2026-03-10 09:00", "结束时间": "2026-03-10 11:00"}, admin)
    for seq, (name, rank) in enumerate((("甲", 7), ("丙", 8))):
        MeetingAttendee.create(meeting=meeting.id, role="出席", seq=seq, name=name, rank=rank)
    return int(meeting.id)


def test_people_follow_a_new_order_of_their_rank(office):
    ranks = registry.get("ranks")
    rank = _rank("正科级")
    records.update(ranks, rank.id, {"排序": 12}, rank.version, office)
    assert [Person.get(Person.name == n).rank for n in ("甲", "乙", "丙")] == [12, 12, 8]
    assert (_shown("甲"), _shown("乙"), _shown("丙")) == ("正科级", "正科级", "副科级")
    # a new holder gets the same number, so the list sorts them together
    new = records.create(registry.get("people"), {"姓名": "丁", "级别": "正科级"}, office)
    assert Person.get_by_id(new.id).rank == 12
    for name in ("甲", "乙"):
        said = _entries("people", Person.get(Person.name == name).id)
        assert len(said) == 1 and "正科级" in said[0].summary and "12" in said[0].summary
    assert not _entries("people", Person.get(Person.name == "丙").id)
    assert not list(integrity.check_rows())


def test_a_step_like_save_of_the_order_is_followed_too(office):
    ranks = registry.get("ranks")
    rank = _rank("副科级")
    with write_transaction():
        records.save_changes(ranks, rank, {"sort_order": 15}, rank.version, office)
    assert Person.get(Person.name == "丙").rank == 15 and _shown("丙") == "副科级"


def test_meeting_attendees_follow_with_one_entry_a_meeting(office):
    meeting = _meeting(office)
    rank = _rank("正科级")
    records.update(registry.get("ranks"), rank.id, {"排序": 12}, rank.version, office)
    ranks_now = {a.name: a.rank for a in MeetingAttendee.select()}
    assert ranks_now == {"甲": 12, "丙": 8}
    assert len(_entries("meetings", meeting)) == 1
    assert not list(integrity.check_rows())


def test_an_attendee_in_a_meeting_above_the_changers_clearance_refuses_it(office, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    _meeting(office, "机密")
    accounts.create_user("adm2", "pass12345678", "admin", office, display_name="秘密管理员",
                         clearance=1)
    low = users.authenticate("adm2", "pass12345678")
    rank = _rank("正科级")
    with pytest.raises(ValidationError, match="密级"):
        records.update(registry.get("ranks"), rank.id, {"排序": 12}, rank.version, low)
    assert _rank("正科级").sort_order == 7
    assert Person.get(Person.name == "甲").rank == 7
    assert {a.rank for a in MeetingAttendee.select()} == {7, 8}


def test_an_order_that_would_merge_two_ranks_is_refused(office):
    ranks = registry.get("ranks")
    rank = _rank("正科级")
    with pytest.raises(ValidationError, match="已有排序相同的职级"):  # another 职级's 排序
        records.update(ranks, rank.id, {"排序": 8}, rank.version, office)
    # people holding a bare 级别 number (an old import) would become 正科级
    records.create(registry.get("people"), {"姓名": "戊", "级别": 40}, office)
    with pytest.raises(ValidationError, match="1 人"):
        records.update(ranks, rank.id, {"排序": 40}, rank.version, office)
    # 99 is "no 级别 given": a 职级 there would vanish from its holders
    with pytest.raises(ValidationError, match="排序"):
        records.update(ranks, rank.id, {"排序": NO_RANK}, rank.version, office)
    with pytest.raises(ValidationError, match="排序"):
        records.create(ranks, {"职级名称": "待定", "排序": NO_RANK}, office)
    assert _rank("正科级").sort_order == 7 and Person.get(Person.name == "甲").rank == 7


def test_a_rank_people_hold_is_not_deleted(office):
    ranks = registry.get("ranks")
    rank = _rank("正科级")
    with pytest.raises(ValidationError) as caught:
        records.delete(ranks, rank.id, rank.version, office)
    said = caught.value.message
    assert "2 人" in said and "级别" in said and "正科级" in said
    assert _rank("正科级") and _shown("甲") == "正科级"
    unheld = _rank("办事员")  # nobody holds it: deleted as before
    records.delete(ranks, unheld.id, unheld.version, office)
    assert Rank.get_or_none(Rank.name == "办事员") is None


def test_a_rank_only_meeting_attendees_hold_is_not_deleted(office):
    """The 参会人员 of a meeting keep their 级别 as the 职级's 排序 (probe139): deleted, the rank
    left them a bare number, which the next 职级 given that 排序 would silently become."""
    ranks = registry.get("ranks")
    rank = _rank("办事员")
    meeting = _meeting(office, secrecy="机密")
    MeetingAttendee.create(meeting=meeting, role="列席", seq=5, name="戊", rank=rank.sort_order)
    clerkless = Actor(username="admin2", role="admin", clearance=0, display_name="管理员")
    with pytest.raises(ValidationError) as caught:
        records.delete(ranks, rank.id, rank.version, clerkless)
    said = caught.value.message
    assert "办事员" in said and "会议 1 条" in said and "无权查看" in said and "全县工作会" not in said
    assert _rank("办事员")
