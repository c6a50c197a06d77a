"""A unit renamed in the 通讯录 (the window's 修改: records.update of UNITS) is followed by every
record that keeps the unit by its 名称 as text — users' 岗位 (单位, 分管), 收文 承办/协办单位,
发文 拟稿单位 and 会签单位, 会议 主办单位 and the units of its 参会人员/议题/议定事项, 信息 报送单位,
效能投诉 被投诉单位/核查单位, 信访 去向单位 — open and closed alike, in the rename's transaction,
with one audit entry per record (per user) naming the old and the new 名称, and `check` clean."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import (
    accounts,
    directory,
    info,
    integrity,
    positions,
    records,
    registry,
    steps,
)
from officedesk.core.info.scoring import unit_scores
from officedesk.store.documents import Countersign, IncomingDoc, OutgoingDoc
from officedesk.store.efficiency import EfficiencyComplaint
from officedesk.store.info import InfoItem
from officedesk.store.meetings import AgendaItem, Meeting, MeetingAttendee, MeetingDecision
from officedesk.store.models import AuditEntry, User
from officedesk.store.petitions import Petition

OLD, NEW = "县委办公室秘书科", "县委办公室文秘科"
# a unit whose 名称 contains the old one: a list naming it is left alone
LONGER = "县委办公室秘书科档案室"


@pytest.fixture
def office(db, admin):
    registry.load_all()
    for name, short in ((OLD, "秘书科"), ("县委办公室综合科", "综合科"), ("县财政局", "财政局"),
                        (LONGER, "")):
        records.create(directory.UNITS, {"单位名称": name, "简称": short}, admin)
    return admin


def _rename(admin, old=OLD, new=NEW):
    unit = directory.unit_by_name(old)
    records.update(directory.UNITS, unit.id, {"单位名称": new}, unit.version, admin)


def _entries(registry_name, record_id):
    return [e for e in AuditEntry.select().where((AuditEntry.registry == registry_name)
                                                 & (AuditEntry.record_id == record_id))
            if "更名" in e.summary]


def test_users_posts_follow_the_rename(office):
    admin = office
    accounts.create_user("wzy", "Abc12345678", "clerk", admin, display_name="王志远")
    accounts.create_user("wzg", "Abc12345678", "leader", admin, display_name="王志刚")
    accounts.create_user("csy", "Abc12345678", "clerk", admin, display_name="陈思雨")
    positions.set_post("wzy", admin, unit=OLD, position="科长")
    positions.set_post("wzg", admin, unit="县委办公室综合科", position="副主任",
                       in_charge=f"{OLD}、{LONGER}、县委办公室综合科")
    positions.set_post("csy", admin, unit="县委办公室综合科", position="科长")
    _rename(admin)
    assert positions.post_of("wzy").unit == NEW
    assert positions.post_of("wzg").in_charge == (NEW, LONGER, "县委办公室综合科")
    assert positions.post_of("csy").unit == "县委办公室综合科"
    # one entry per user changed (each user's row is checked against its own last entry)
    for username in ("wzy", "wzg"):
        user = User.get(User.username == username)
        said = _entries("users", user.id)
        assert len(said) == 1 and OLD in said[0].summary and NEW in said[0].summary
    assert not _entries("users", User.get(User.username == "csy").id)
    # the old name is no longer a unit the 岗位 offer
    assert OLD not in directory._read_post_units()
    assert not list(integrity.check_rows())


def test_documents_follow_the_rename(office):
    admin = office
    spec_in, spec_out = registry.get("incoming"), registry.get("outgoing")
    incoming = records.create(spec_in, {"收文日期": "2026-01-05", "来文机关": "市委办", "标题": "甲",
                                        "承办单位": OLD, "协办单位": f"县财政局、{OLD}、{LONGER}"}, admin)
    other = records.create(spec_in, {"收文日期": "2026-01-05", "来文机关": "市委办", "标题": "乙",
                                     "承办单位": "县财政局", "协办单位": LONGER}, admin)
    outgoing = records.create(spec_out, {"文种": "通知", "标题": "丙", "拟稿单位": OLD}, admin)
    signing = records.create(spec_out, {"文种": "通知", "标题": "丁", "拟稿单位": "县财政局"}, admin)
    Countersign.create(doc_id=signing.id, seq=1, unit=OLD)
    Countersign.create(doc_id=signing.id, seq=2, unit=LONGER)
    _rename(admin)
    got = IncomingDoc.get_by_id(incoming.id)
    assert (got.handler_unit, got.co_units) == (NEW, f"县财政局、{NEW}、{LONGER}")
    assert IncomingDoc.get_by_id(other.id).co_units == LONGER
    assert OutgoingDoc.get_by_id(outgoing.id).drafting_unit == NEW
    assert [c.unit for c in Countersign.select().where(Countersign.doc_id == signing.id)
            .order_by(Countersign.seq)] == [NEW, LONGER]
    assert len(_entries("incoming", incoming.id)) == 1 and not _entries("incoming", other.id)
    assert len(_entries("outgoing", outgoing.id)) == 1 and len(_entries("outgoing", signing.id)) == 1
    assert not list(integrity.check_rows())


def test_meetings_follow_the_rename(office):
    admin = office
    meeting = records.create(registry.get("meetings"), {
        "会议名称": "全县工作会", "会议类型": "工作会议", "主办单位": OLD,
        "开始时间": "2026-03-10 09:00", "结束时间": "2026-03-10 11:00"}, admin)
    MeetingAttendee.create(meeting=meeting.id, role="出席", name="王志远", unit=OLD)
    AgendaItem.create(meeting=meeting.id, topic="议题", unit=OLD)
    MeetingDecision.create(meeting=meeting.id, content="议定", lead_unit=OLD)
    _rename(admin)
    assert Meeting.get_by_id(meeting.id).host_unit == NEW
    assert [a.unit for a in MeetingAttendee.select()] == [NEW]
    assert [a.unit for a in AgendaItem.select()] == [NEW]
    assert [d.lead_unit for d in MeetingDecision.select()] == [NEW]
    assert len(_entries("meetings", meeting.id)) == 1
    assert not list(integrity.check_rows())


def test_info_ranking_counts_the_renamed_unit_once(office, fixed_today):
    admin = office
    fixed_today(dt.date(2026, 3, 10))
    values = {"标题": "秘书科信息", "报送单位": OLD, "类别": "工作动态", "正文": "内容",
              "报送时间": "2026-03-09 16:00"}
    past = records.create(info.SPEC, values, admin)  # a past item, counted in the ranking
    _rename(admin)
    later = records.create(info.SPEC, {**values, "报送单位": NEW}, admin)
    assert InfoItem.get_by_id(past.id).unit == NEW
    rows = unit_scores(admin, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [(r.unit, r.reported) for r in rows] == [(NEW, 2)]
    assert len(_entries("info", past.id)) == 1 and not _entries("info", later.id)
    assert not list(integrity.check_rows())


def test_complaints_and_petitions_follow_the_rename(office):
    admin = office
    complaint = records.create(registry.get("complaints"), {
        "被投诉单位": OLD, "投诉内容": "x", "投诉方式": "电话", "投诉人": "张某", "投诉类别": "其他"}, admin)
    verified = records.create(registry.get("complaints"), {
        "被投诉单位": "县财政局", "投诉内容": "y", "投诉方式": "电话", "投诉人": "李某", "投诉类别": "其他"}, admin)
    EfficiencyComplaint.update(verifier_unit=OLD).where(EfficiencyComplaint.id == verified.id).execute()
    petition = records.create(registry.get("petitions"), {
        "信访形式": "来信", "信访人": "张某某", "问题类别": "劳动社保", "反映内容": "x"}, admin)
    steps.perform("petitions", petition.id, "处理", {"处理方式": "转送", "去向单位": "秘书科"}, admin)
    assert Petition.get_by_id(petition.id).target_unit == OLD
    # the row written behind the trail above (the test's shortcut) is audited by the rename
    _rename(admin)
    assert EfficiencyComplaint.get_by_id(complaint.id).unit == NEW
    assert EfficiencyComplaint.get_by_id(verified.id).verifier_unit == NEW
    assert Petition.get_by_id(petition.id).target_unit == NEW
    for name, record_id in (("complaints", complaint.id), ("complaints", verified.id),
                            ("petitions", petition.id)):
        said = _entries(name, record_id)
        assert len(said) == 1 and OLD in said[0].summary and NEW in said[0].summary
    assert not list(integrity.check_rows())


def test_a_unit_whose_name_contains_the_old_one_is_left_alone(office):
    admin = office
    spec_in = registry.get("incoming")
    doc = records.create(spec_in, {"收文日期": "2026-01-05", "来文机关": "市委办", "标题": "甲",
                                   "承办单位": LONGER}, admin)
    _rename(admin)
    assert IncomingDoc.get_by_id(doc.id).handler_unit == LONGER
    assert not _entries("incoming", doc.id)
