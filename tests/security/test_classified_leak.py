"""Issue 10 point 2: a 机密 收文 turned 督查 is found by nobody below 机密, by any path
(list, search, export, print, 工作台, stats and charts, history, linked-record views)."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz
import pytest
from openpyxl import load_workbook

from officedesk.core import audit, dashboard, records, stats
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import incoming
from officedesk.core.errors import (
    NotFoundError,
    OfficeDeskError,
    PermissionDeniedError,
    ValidationError,
)
from officedesk.exchange import xlsx
from officedesk.printing import forms
from officedesk.store import search_index

SECRET_TITLE = "关于绝密水库迁建选址的请示"
INSTRUCTION = "请水利局秘密勘察三号坝址"
CLERK0 = Actor(username="clerk0", role="clerk", clearance=0, display_name="科员甲")
READER1 = Actor(username="reader1", role="readonly", clearance=1, display_name="只读乙")


def classified_item(fixed_today) -> tuple[int, int]:
    """A 机密 收文 with a leader's 批示, turned 督查, split to a unit, overdue: (doc id, item id)."""
    fixed_today(dt.date(2026, 3, 2))
    admin = CLI_ACTOR
    doc = incoming.sign_in(
        {"收文日期": "2026-03-02", "来文机关": "省水利厅", "来文字号": "省水发〔2026〕3号",
         "标题": SECRET_TITLE, "文种": "请示", "密级": "机密", "保密期限": "10年",
         "紧急程度": "加急", "份数": "1"}, admin)
    doc = incoming.register_doc(doc.id, doc.version, {}, admin)
    doc = incoming.review(doc.id, doc.version, admin)
    doc = incoming.propose(doc.id, doc.version, admin, "拟请主任阅示。")
    doc = incoming.instruct(doc.id, doc.version, admin, INSTRUCTION, "王建国")
    doc = incoming.to_supervision(doc.id, doc.version, admin, deadline=dt.date(2026, 3, 20))
    item_id = doc.supervision_id
    sv.add_task(item_id, {"lead_unit": "县水利局", "deadline": dt.date(2026, 3, 10),
                          "assigned_on": dt.date(2026, 3, 2)}, admin)
    fixed_today(dt.date(2026, 3, 15))  # the task is overdue: bulletin, reminders, 工作台
    return doc.id, item_id


def pdf_text(pdf: bytes) -> str:
    with fitz.open(stream=pdf, filetype="pdf") as document:
        return "".join(page.get_text() for page in document)


def assert_nothing_found(actor: Actor, doc_id: int, item_id: int, tmp_path) -> None:
    spec = sv.SPEC
    assert item_id not in records.list_ids(spec, actor)
    assert records.count(spec, actor) == 0
    assert records.list_ids(spec, actor, text="水库") == []
    assert records.list_ids(spec, actor, text="坝址") == []
    for word in ("水库", "迁建", "坝址", "水"):
        assert search_index.search(word, actor.clearance) == []
    with pytest.raises(PermissionDeniedError):
        sv.get_item(item_id, actor)
    # export
    path = tmp_path / f"督查-{actor.username}.xlsx"
    xlsx.export(spec, path, actor)
    cells = [str(c) for row in load_workbook(path).active.iter_rows(values_only=True) for c in row]
    assert not any("水库" in c or "坝址" in c for c in cells)
    # print: the item refused; bulletin and reminders name nothing of it
    with pytest.raises(PermissionDeniedError):
        forms.get("supervision-item").build([item_id], actor)
    bulletin = pdf_text(forms.get("bulletin").build([], actor, date_from="2026-01-01",
                                                    date_to="2026-03-15"))
    assert "水库" not in bulletin and "县水利局" not in bulletin
    with pytest.raises(ValidationError):  # nothing overdue that this actor may see
        forms.get("supervision-reminder").build([], actor)
    assert sv.overdue_chases(actor=actor) == []
    # 工作台, stats and charts
    assert [i for i in dashboard.due_items(actor) if i.registry in ("supervision", "incoming")] == []
    figures = stats.collect(actor, 2026)["supervision"]
    assert figures["督查事项"] == 0 and figures["按单位"] == [] and figures["逾期任务"] == 0
    # history and the linked-record view
    with pytest.raises(PermissionDeniedError):
        audit.history("supervision", item_id, actor)
    with pytest.raises(PermissionDeniedError):
        audit.history("incoming", doc_id, actor)
    assert sv.items_for_source("incoming", doc_id, actor) == []


def check_paths(tmp_path, fixed_today) -> None:
    doc_id, item_id = classified_item(fixed_today)
    item = sv.get_item(item_id, CLI_ACTOR)
    assert item.secrecy == "机密"  # inherited from the 收文
    for actor in (CLERK0, READER1):
        assert_nothing_found(actor, doc_id, item_id, tmp_path)
    # the same paths do show it to someone cleared for 机密 (so the test can fail)
    cleared = Actor(username="jiyao", role="clerk", clearance=2)
    assert records.list_ids(sv.SPEC, cleared) == [item_id]
    assert {h.registry for h in search_index.search("水库", 2)} == {"incoming", "supervision"}
    assert any(i.record_id == item_id for i in dashboard.due_items(cleared))
    assert stats.collect(cleared, 2026)["supervision"]["督查事项"] == 1
    assert "水库" in pdf_text(forms.get("supervision-item").build([item_id], cleared))
    assert len(audit.history("supervision", item_id, cleared)) >= 1
    # a derived item cannot be lowered below its source
    with pytest.raises(ValidationError):
        records.update(sv.SPEC, item_id, {"密级": "非密"}, item.version, CLI_ACTOR)


def test_classified_incoming_to_supervision_hidden_sqlite(db, tmp_path, fixed_today):
    check_paths(tmp_path, fixed_today)


@pytest.mark.postgres
def test_classified_incoming_to_supervision_hidden_postgres(pg_db, tmp_path, fixed_today):
    check_paths(tmp_path, fixed_today)


def test_meeting_and_petition_sources_pass_their_secrecy(db, fixed_today):
    from officedesk.core import petitions

    fixed_today(dt.date(2026, 3, 2))
    petition = petitions.register_petition(
        {"登记日期": "2026-03-02", "信访形式": "来信", "信访人": "张三", "问题类别": "征地拆迁",
         "反映内容": "反映征地补偿问题", "密级": "秘密"}, None, CLI_ACTOR)
    item = petitions.to_supervision(petition.id, CLI_ACTOR)
    assert item.secrecy == "秘密"
    assert records.list_ids(sv.SPEC, CLERK0) == []
    assert records.list_ids(petitions.SPEC, CLERK0) == []
    # raising the source's 密级 raises the item made from it
    petition = petitions.get(petition.id, CLI_ACTOR)
    records.update(petitions.SPEC, petition.id, {"密级": "绝密"}, petition.version, CLI_ACTOR)
    assert sv.get_item(item.id, CLI_ACTOR).secrecy == "绝密"
    assert records.list_ids(sv.SPEC, Actor("c2", "clerk", 2)) == []


def test_history_of_a_deleted_classified_record_stays_hidden(db):
    from officedesk.core.documents import incoming as inc

    doc = inc.sign_in({"收文日期": "2026-03-02", "来文机关": "省委", "来文字号": "省委发〔2026〕1号",
                       "标题": "机密事项", "文种": "通知", "密级": "机密", "份数": "1"}, CLI_ACTOR)
    records.delete(inc.INCOMING, doc.id, doc.version, CLI_ACTOR)
    with pytest.raises(OfficeDeskError):
        audit.history("incoming", doc.id, CLERK0)
    assert audit.history("incoming", doc.id, CLI_ACTOR)


def test_classified_meeting_and_petition_papers_are_refused(db, fixed_today):
    from officedesk.core import meetings, petitions

    fixed_today(dt.date(2026, 3, 2))
    petition = petitions.register_petition(
        {"登记日期": "2026-03-02", "信访形式": "来信", "信访人": "李四", "问题类别": "征地拆迁",
         "反映内容": "反映涉密工程征地", "密级": "机密"}, None, CLI_ACTOR)
    petition = petitions.get(petition.id, CLI_ACTOR)
    for name in ("petition-notice", "petition-transfer", "petition-reply", "petition-extension"):
        with pytest.raises(PermissionDeniedError):
                forms.get(name).build([petition.id], CLERK0)
    draft = meetings.draft_from_labels({"会议名称": "涉密专题会", "会议类型": "专题会议",
                                        "开始时间": "2026-03-05 09:00", "结束时间": "2026-03-05 10:00",
                                        "地点": "机要室", "密级": "机密"})
    meeting = meetings.save_meeting(draft, CLI_ACTOR)
    assert meeting.secrecy == "机密"
    for name in ("notice", "signin", "seating", "namecards", "agenda", "minutes"):
        with pytest.raises(PermissionDeniedError):
            forms.get(name).build([meeting.id], CLERK0)
    march = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert meeting.id not in [m.id for m in meetings.reports.between(*march, actor=CLERK0)]
    with pytest.raises(TypeError):  # no calendar of every meeting by leaving the reader out
        meetings.reports.between(*march)  # type: ignore[call-arg]
    assert [m.id for m in meetings.reports.between(*march, actor=CLI_ACTOR)] == [meeting.id]
    assert stats.collect(CLERK0, 2026)["meetings"]["total"] == 0
    assert stats.collect(CLERK0, 2026)["petitions"]["total"] == 0
    assert stats.collect(CLI_ACTOR, 2026)["petitions"]["total"] == 1


def test_a_room_conflict_does_not_name_a_classified_meeting(db, fixed_today):
    from officedesk.core import meetings, records
    from officedesk.core.directory import ROOMS

    fixed_today(dt.date(2026, 3, 2))
    records.create(ROOMS, {"名称": "第一会议室", "容量": "30"}, CLI_ACTOR)
    secret = {"会议名称": "水库迁建涉密专题会", "会议类型": "专题会议", "开始时间": "2026-03-05 09:00",
              "结束时间": "2026-03-05 10:00", "地点": "第一会议室", "密级": "机密"}
    meetings.save_meeting(meetings.draft_from_labels(secret), CLI_ACTOR)
    mine = dict(secret, 会议名称="周例会", 密级="非密")
    found = meetings.check_conflicts(meetings.draft_from_labels(mine), None, CLERK0)
    assert found and all("水库" not in c.message for c in found)
    # the room is only said to be taken then (ARCHITECTURE: 会议 conflicts)
    assert "第一会议室在本次会议时段" in found[0].message and "已被占用" in found[0].message
    assert "水库" in meetings.check_conflicts(meetings.draft_from_labels(mine), None, CLI_ACTOR)[0].message


def test_every_paper_of_every_registry_refuses_a_classified_record(db, fixed_today):
    """Each printed form that takes record ids refuses one above the actor's clearance."""
    from officedesk.core import meetings, petitions
    from officedesk.core.documents import outgoing
    from tests.documents.helpers import outgoing_to_distributed

    doc_id, item_id = classified_item(fixed_today)
    out = outgoing_to_distributed(CLI_ACTOR, 密级="机密", 保密期限="10年")
    petition = petitions.register_petition(
        {"登记日期": "2026-03-02", "信访形式": "来信", "信访人": "李四", "问题类别": "征地拆迁",
         "反映内容": "涉密工程征地", "密级": "机密"}, None, CLI_ACTOR)
    meeting = meetings.save_meeting(meetings.draft_from_labels(
        {"会议名称": "涉密专题会", "会议类型": "专题会议", "开始时间": "2026-03-05 09:00",
         "结束时间": "2026-03-05 10:00", "地点": "机要室", "密级": "机密"}), CLI_ACTOR)
    ids = {"incoming": doc_id, "outgoing": out.id, "petitions": petition.id,
           "meetings": meeting.id, "supervision": item_id}
    assert outgoing.OUTGOING.model.get_by_id(out.id).secrecy == "机密"
    checked = []
    for paper in forms.all_forms():
        if not paper.needs_ids or paper.registry not in ids:
            continue
        with pytest.raises(PermissionDeniedError) as hidden:
            paper.build([ids[paper.registry]], CLERK0)
        # answered as an id that does not exist: whoever catches not-found treats both alike
        with pytest.raises(NotFoundError) as missing:
            paper.build([ids[paper.registry] + 10_000], CLERK0)
        assert isinstance(hidden.value, NotFoundError), paper.name
        assert hidden.value.message.replace(str(ids[paper.registry]), "N") \
            == missing.value.message.replace(str(ids[paper.registry] + 10_000), "N"), paper.name
        checked.append(paper.name)
    assert len(checked) >= 12, checked
