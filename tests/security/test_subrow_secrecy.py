"""Sub-rows are as secret as their record: the core readers of a meeting's people, agenda,
decisions and counts, a document's steps and attachments, a petition's petitioners and history,
a 督查 item's tasks and reports, an information item's history and 批示 take the actor and
refuse a record above its clearance; petitioners' ID numbers, phones and addresses are masked
unless the actor's role may see them (DESIGN: permissions live in core)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from officedesk.core import info, petitions, records
from officedesk.core import meetings as m
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import attachments, common, incoming
from officedesk.core.errors import PermissionDeniedError
from officedesk.core.idcard import make_id
from officedesk.core.info import procedure

CLERK0 = Actor(username="clerk0", role="clerk", clearance=0, display_name="科员甲")
CLERK2 = Actor(username="clerk2", role="clerk", clearance=2, display_name="机要员乙")
ID_NUMBER = make_id("110101", dt.date(1968, 3, 7), 231)
PHONE = "13812345678"
ADDRESS = "北京市东城区和平里街道12号"


@pytest.fixture
def secret(db, fixed_today, tmp_path) -> dict[str, Any]:
    """One 机密 record of each registry, each with its sub-rows."""
    fixed_today(dt.date(2026, 3, 2))
    admin = CLI_ACTOR
    meeting = m.save_meeting(m.MeetingDraft(
        values={"title": "机密专题会", "kind": "专题会议", "secrecy": "机密",
                "start": "2026-03-10 09:00", "end": "2026-03-10 10:00", "place": "市会展中心"},
        attendees=[m.PersonEntry("李建国", "市委办公室")],
        agenda=[m.AgendaEntry("研究水库迁建选址", "市水利局", "王海涛", 30)]), admin)
    fixed_today(dt.date(2026, 3, 10))  # its 纪要 is written on the meeting's day
    m.save_minutes(meeting.id, "会议研究了选址。",
                   [m.DecisionEntry("三号坝址秘密勘察", "市水利局", None)], admin)
    fixed_today(dt.date(2026, 3, 2))
    doc = incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省水利厅",
                            "标题": "关于水库迁建选址的请示", "文种": "请示", "密级": "机密",
                            "保密期限": "10年", "份数": "1"}, admin)
    attached = tmp_path / "选址图.txt"
    attached.write_text("三号坝址", encoding="utf-8")
    attachments.add_attachment(incoming.INCOMING, doc.id, attached, admin)
    petition = petitions.register_petition(
        {"registered_on": "2026-03-02", "form": "来访", "name": "张建国", "id_number": ID_NUMBER,
         "phone": PHONE, "address": ADDRESS, "category": "征地拆迁", "secrecy": "机密",
         "content": "反映青河村土地征收补偿款至今未足额发放。", "region": "青河镇人民政府"},
        None, admin)
    item = sv.create_item({"事项名称": "水库迁建选址勘察", "来源": "上级决策部署", "密级": "机密",
                           "立项日期": "2026-03-02"}, admin)
    task = sv.add_task(item.id, {"牵头单位": "县水利局", "时限": "2026-03-20",
                                 "交办日期": "2026-03-02"}, admin)
    sv.add_report(task.id, {"进度": 30, "进展情况": "已勘察三号坝址"}, admin)
    report = records.create(info.SPEC, {"title": "水库迁建动态", "unit": "县水利局",
                                        "category": "工作动态", "secrecy": "机密", "reported_at": "2026-03-01 16:00",
                                        "content": "三号坝址勘察进展。"}, admin)
    procedure.receive(report.id, report.version, admin)
    return {"meeting": meeting.id, "doc": doc.id, "petition": petition.id, "item": item.id,
            "task": task.id, "info": report.id}


READERS: dict[str, Callable[[dict[str, Any], Actor], Any]] = {
    "meetings.attendees": lambda s, a: m.attendees(s["meeting"], a),
    "meetings.agenda": lambda s, a: m.agenda(s["meeting"], a),
    "meetings.decisions": lambda s, a: m.decisions(s["meeting"], a),
    "meetings.counts": lambda s, a: m.counts(s["meeting"], a),
    "documents.steps": lambda s, a: common.steps("incoming", s["doc"], a),
    "documents.attachments": lambda s, a: attachments.attachments("incoming", s["doc"], a),
    "petitions.petitioners_of": lambda s, a: petitions.petitioners_of(s["petition"], a),
    "petitions.steps_of": lambda s, a: petitions.steps_of(s["petition"], a),
    "supervision.tasks_of": lambda s, a: sv.tasks_of(s["item"], a),
    "supervision.open_tasks": lambda s, a: sv.tasks.open_tasks(s["item"], a),
    "supervision.get_task": lambda s, a: sv.tasks.get_task(s["task"], a),
    "supervision.reports_of": lambda s, a: sv.reports_of(s["task"], a),
    "info.actions_of": lambda s, a: procedure.actions_of(s["info"], a),
    "info.latest_instruction": lambda s, a: procedure.latest_instruction(s["info"], a),
}


@pytest.mark.parametrize("reader", list(READERS))
def test_a_record_above_the_clearance_gives_none_of_its_rows(secret, reader):
    with pytest.raises(PermissionDeniedError):
        READERS[reader](secret, CLERK0)
    READERS[reader](secret, CLERK2)  # cleared for 机密: read (so the refusal is the level's)


def test_the_rows_read_are_the_record_s_own(secret):
    assert [r.name for r in m.attendees(secret["meeting"], CLERK2)] == ["李建国"]
    assert [a.topic for a in m.agenda(secret["meeting"], CLERK2)] == ["研究水库迁建选址"]
    assert m.counts(secret["meeting"], CLERK2).expected == 1
    assert [a.filename for a in attachments.attachments("incoming", secret["doc"], CLERK2)] == [
        "选址图.txt"]
    assert [r.progress_text for r in sv.reports_of(secret["task"], CLERK2)] == ["已勘察三号坝址"]
    assert [a.kind for a in procedure.actions_of(secret["info"], CLERK2)] == ["接收"]


def test_petitioners_are_masked_unless_the_role_may_see_them(secret):
    [masked] = petitions.petitioners_of(secret["petition"], CLERK2)
    assert masked.name == "张建国"
    assert (masked.id_number, masked.phone) == (ID_NUMBER[:6] + "********" + ID_NUMBER[-4:],
                                                "138****5678")
    assert masked.address.startswith("北京市") and "和平里" not in masked.address
    [whole] = petitions.petitioners_of(secret["petition"], CLI_ACTOR)  # administrator
    assert (whole.id_number, whole.phone, whole.address) == (ID_NUMBER, PHONE, ADDRESS)
