"""督查 and 密级: a clerk chases, and makes items from, only what it may see."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import incoming
from officedesk.core.errors import PermissionDeniedError
from officedesk.store.models import AuditEntry, IssuedNumber
from officedesk.store.supervision import SupervisionItem, SupervisionReminder

CLERK0 = Actor(username="clerk0", role="clerk", clearance=0, display_name="科员甲")
CLERK2 = Actor(username="clerk2", role="clerk", clearance=2, display_name="机要员乙")


def overdue_item(title: str, secrecy: str, unit: str) -> int:
    item = sv.create_item({"事项名称": title, "来源": "领导批示", "密级": secrecy,
                           "立项日期": "2026-03-02"}, CLI_ACTOR)
    sv.add_task(item.id, {"牵头单位": unit, "时限": "2026-03-10", "交办日期": "2026-03-02"},
                CLI_ACTOR)
    return item.id


def test_reminders_chase_only_the_items_the_actor_may_see(db, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    plain = overdue_item("落实春耕备耕工作", "非密", "县农业农村局")
    secret = overdue_item("水库迁建选址勘察", "机密", "县水利局")
    fixed_today(dt.date(2026, 3, 15))  # both tasks overdue

    made = sv.generate_reminders(CLERK0)
    assert [(r.item_id, r.unit) for r in made] == [(plain, "县农业农村局")]
    assert SupervisionReminder.select().where(SupervisionReminder.item == secret).count() == 0
    assert not AuditEntry.select().where(
        (AuditEntry.registry == "supervision") & (AuditEntry.record_id == secret)
        & (AuditEntry.action == "remind")).exists()
    assert sv.units_with_overdue(actor=CLERK0) == ["县农业农村局"]
    assert [c.item.id for c in sv.overdue_chases(actor=CLERK0)] == [plain]
    with pytest.raises(PermissionDeniedError):
        sv.reminders.reminders_of(secret, CLERK0)

    # someone cleared for 机密 chases the classified item too (so the test can fail)
    made = sv.generate_reminders(CLERK2)
    assert [(r.item_id, r.unit) for r in made] == [(secret, "县水利局")]
    assert sv.units_with_overdue(actor=CLERK2) == ["县农业农村局", "县水利局"]
    assert [r.unit for r in sv.reminders.reminders_of(secret, CLERK2)] == ["县水利局"]


def classified_incoming(title: str) -> int:
    doc = incoming.sign_in(
        {"收文日期": "2026-03-02", "来文机关": "省水利厅", "来文字号": "省水发〔2026〕3号",
         "标题": title, "文种": "通知", "密级": "机密", "保密期限": "10年", "份数": "1"},
        CLI_ACTOR)
    return doc.id


def test_an_item_cannot_be_made_from_a_source_the_actor_may_not_see(db, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    doc_id = classified_incoming("关于水库迁建选址的通知")
    numbers = IssuedNumber.select().where(IssuedNumber.kind == "supervision").count()

    with pytest.raises(PermissionDeniedError):
        sv.create_item_from_source("incoming", doc_id, "任意标题", "", CLERK0)
    with pytest.raises(PermissionDeniedError):
        sv.source_label_for("incoming", doc_id, CLERK0)
    assert SupervisionItem.select().count() == 0
    assert IssuedNumber.select().where(IssuedNumber.kind == "supervision").count() == numbers

    # cleared for 机密: the item is made, at the source's 密级, with its label
    item = sv.create_item_from_source("incoming", doc_id, "落实水库迁建", "", CLERK2)
    assert item.secrecy == "机密"
    assert "水库迁建选址" in item.source_label
    assert "水库迁建选址" in sv.source_label_for("incoming", doc_id, CLERK2)


def test_a_source_that_is_not_there_keeps_its_id_in_the_label(db, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    item = sv.create_item_from_source("meeting", 99, "推进老旧小区改造", "", CLERK0)
    assert item.source_label == "会议议定事项：第 99 号记录"
    assert sv.source_label_for("other", None, CLERK0) == "其他"


def test_the_incoming_slip_names_no_item_above_the_clearance(db, fixed_today):
    """A 非密 收文 turned into a 督查事项 later raised to 机密: its 处理笺 printed by someone below
    机密 says nothing of the item (as the linked-record views do); one cleared for it names it."""
    import pymupdf

    from officedesk.printing import forms
    from officedesk.store.documents import IncomingDoc

    fixed_today(dt.date(2026, 3, 2))
    doc = incoming.sign_in(
        {"收文日期": "2026-03-02", "来文机关": "省水利厅", "来文字号": "省水发〔2026〕4号",
         "标题": "关于水库巡查的通知", "文种": "通知", "密级": "非密", "份数": "1"}, CLI_ACTOR)
    item = sv.create_item_from_source("incoming", doc.id, "落实水库巡查", "", CLI_ACTOR)
    IncomingDoc.update(supervision_id=item.id).where(IncomingDoc.id == doc.id).execute()
    SupervisionItem.update(secrecy="机密").where(SupervisionItem.id == item.id).execute()

    def slip(actor: Actor) -> str:
        data = forms.get("incoming-slip").build([doc.id], actor)
        with pymupdf.open(stream=data, filetype="pdf") as pdf:
            return "".join(page.get_text() for page in pdf).replace("\n", "")

    assert "督查事项" not in slip(CLERK0)
    assert f"已转督查，督查事项 {item.id}" in slip(CLERK2)
