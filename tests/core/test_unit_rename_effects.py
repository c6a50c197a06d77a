"""Before a unit's rename is saved the form names what follows it: unit_renaming.rename_effects
counts, reading only, the users whose 岗位 name the unit and per registry the records that do —
from the same declared columns the rename writes by (unit_renames.FOLLOWERS), so the numbers
are the records the rename then changes (a list naming a longer 名称 is not one of them)."""

from __future__ import annotations

import datetime as dt

from officedesk.core import accounts, positions, records, registry, unit_renaming
from officedesk.core import supervision as sv
from officedesk.store.documents import Countersign
from officedesk.store.meetings import AgendaItem, MeetingAttendee
from officedesk.store.models import AuditEntry
from tests.core.test_unit_rename_follow import LONGER, NEW, OLD, _rename, office  # noqa: F401


def _incoming(admin, handler, co=""):
    return records.create(registry.get("incoming"), {
        "收文日期": "2026-01-05", "来文机关": "市委办", "标题": "甲", "承办单位": handler,
        "协办单位": co}, admin)


def test_the_counts_are_what_the_rename_then_changes(office, fixed_today):  # noqa: F811
    admin = office
    fixed_today(dt.date(2026, 3, 10))
    accounts.create_user("wzy", "Abc12345678", "clerk", admin, display_name="王志远")
    accounts.create_user("wzg", "Abc12345678", "leader", admin, display_name="王志刚")
    accounts.create_user("csy", "Abc12345678", "clerk", admin, display_name="陈思雨")
    positions.set_post("wzy", admin, unit=OLD, position="科长")
    positions.set_post("wzg", admin, unit="县委办公室综合科", position="副主任",
                       in_charge=f"{OLD}、县委办公室综合科")
    positions.set_post("csy", admin, unit=LONGER, position="科员")
    _incoming(admin, OLD)
    _incoming(admin, "县财政局", f"县财政局、{OLD}")
    _incoming(admin, "县财政局", LONGER)  # names a longer 名称 only: not counted
    signing = records.create(registry.get("outgoing"), {"文种": "通知", "标题": "丁",
                                                       "拟稿单位": OLD}, admin)
    Countersign.create(doc_id=signing.id, seq=1, unit=OLD)  # the same document: counted once
    meeting = records.create(registry.get("meetings"), {
        "会议名称": "全县工作会", "会议类型": "工作会议", "主办单位": "县财政局",
        "开始时间": "2026-03-10 09:00", "结束时间": "2026-03-10 11:00"}, admin)
    MeetingAttendee.create(meeting=meeting.id, role="出席", name="王志远", unit=OLD)
    AgendaItem.create(meeting=meeting.id, topic="议题", unit=OLD)
    item = sv.create_item_from_source("meeting", 13, "事项", "内容", admin,
                                      deadline=dt.date(2026, 4, 30))
    sv.add_task(item.id, {"牵头单位": "县财政局", "协办单位": f"{OLD}、县委办公室综合科",
                          "时限": "2026-03-31"}, admin)
    sv.add_task(item.id, {"牵头单位": OLD, "时限": "2026-03-31"}, admin)  # one item: once
    entries = AuditEntry.select().count()

    effects = unit_renaming.rename_effects(OLD, admin)

    assert AuditEntry.select().count() == entries  # it reads only
    assert effects.posts == 2
    label = {name: registry.get(name).label for name in ("incoming", "outgoing", "meetings",
                                                          "supervision")}
    assert sorted(effects.records) == sorted([(label["incoming"], 2), (label["outgoing"], 1),
                                              (label["meetings"], 1), (label["supervision"], 1)])
    # nothing renamed yet; and the rename changes exactly these
    assert unit_renaming.rename_effects(NEW, admin) == unit_renaming.RenameEffects(0, [])
    _rename(admin)
    assert unit_renaming.rename_effects(OLD, admin) == unit_renaming.RenameEffects(0, [])
    after = unit_renaming.rename_effects(NEW, admin)
    assert after.posts == 2 and sorted(after.records) == sorted(effects.records)
