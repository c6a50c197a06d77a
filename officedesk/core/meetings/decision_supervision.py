"""A meeting's 议定事项 sent to 督查 (立项 from the decision, linked both ways), and the way
back from the 督查 item to its meeting and decision."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import audit, clock, i18n, records
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.meetings.service import get
from officedesk.core.meetings.spec import CANCELLED, SPEC
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.meetings import Meeting, MeetingDecision

CLAUSE_ENDS = "，；。！？"


def _item_title(meeting_title: str, decision: str) -> str:
    """The item is named by the decision as the meeting wrote it: whole when it fits the item's
    事项名称, else its whole clauses that fit and “等” (a 督查 title cut inside a word misleads)."""
    from officedesk.core.supervision.items import SPEC as ITEM_SPEC

    limit = ITEM_SPEC.field("title").max_length or 300
    head = f"{meeting_title}议定事项："
    text = " ".join(decision.split()).rstrip(CLAUSE_ENDS)
    if len(head) + len(text) <= limit:
        return head + text
    room = text[: max(limit - len(head) - 1, 0)]
    ends = [room.rfind(mark) for mark in CLAUSE_ENDS]
    cut = max(ends)
    kept = room[:cut] if cut > 0 else room  # one clause longer than the room: cut at the room
    return head + kept + "等"


def send_to_supervision(
    decision_id: int,
    actor: Actor,
    leader: str = "",
    instruction: str = "",
    deadline: dt.date | None = None,
) -> Any:
    """Make a 督查 item from one decision, in one step; the two are linked both ways. Without
    a `deadline` the item takes the decision's 时限 while it is still ahead; one gone by (a
    decision sent late) is said in the item's 内容 and the item gets 督查's default (立项日期
    + the set days): its 办结时限 may not be before its 立项日期, today."""
    from officedesk.core import supervision

    records.require_writer(actor)
    with guarded("转督查"), write_transaction():
        decision = MeetingDecision.get_or_none(MeetingDecision.id == decision_id)
        # before saying anything of it: a decision of a meeting above the actor's clearance is
        # answered as one that is not there (not by the hidden meeting's id)
        meeting = records.shown(SPEC, decision.__data__["meeting"], actor) if decision is not None else None
        if decision is None or meeting is None:
            raise ValidationError(i18n.text("没有找到第 %1 号议定事项。", decision_id), "decisions")
        if decision.supervision_id is not None:  # its item named only to one who may see it
            shown = records.linked_id("supervision", decision.supervision_id, actor)
            raise ProcedureError(i18n.text("这项议定事项已经转督查（督查事项 %1）。", shown) if shown is not None
                                 else "这项议定事项已经转督查。")
        if meeting.status == CANCELLED:
            raise ProcedureError("会议已取消，其议定事项不能转督查。")
        content = decision.content.strip()
        if decision.lead_unit:
            content += f"\n牵头单位：{decision.lead_unit}"
        own_deadline = decision.deadline
        if own_deadline is not None and own_deadline < clock.today():
            content += f"\n议定时限：{own_deadline.isoformat()}（转督查时已过）"
            own_deadline = None
        item = supervision.create_item_from_source(
            source_kind="meeting",
            source_id=meeting.id,
            title=_item_title(meeting.title, decision.content),
            content=content,
            actor=actor,
            leader=leader or meeting.chair or "",
            instruction=instruction,
            deadline=deadline or own_deadline,
        )
        # only while it has no item: another workstation's transfer committed meanwhile (read
        # committed, PostgreSQL) is not written over — this one's item goes back with the refusal
        linked = MeetingDecision.update(
            supervision_id=item.id,
            sent_at=clock.now(),
            sent_by=actor.username,
            updated_at=clock.now(),
            updated_by=actor.username,
            version=decision.version + 1,
        ).where((MeetingDecision.id == decision.id)
                & MeetingDecision.supervision_id.is_null()).execute()
        if linked != 1:
            raise ProcedureError("这项议定事项已经转督查（另一台电脑刚刚办理），本次没有立项。请刷新后查看。")
        audit.record(
            actor,
            "to_supervision",
            SPEC.name,
            meeting.id,
            None,
            {"议定事项": decision.content, "督查事项": item.id},
            trail_text("会议“%1”第 %2 项议定事项转督查", meeting.title, decision.seq),
        )
    return item


def release_voided(supervision_id: int, actor: Actor, number: str) -> None:
    """The 督查 item made from a decision was voided (误转: a numbered item cannot be deleted):
    its decision is open again — to be corrected, deleted or sent anew — and the meeting's
    trail says so. Called inside the 作废's transaction (lifecycle.void_record)."""
    decision = MeetingDecision.get_or_none(MeetingDecision.supervision_id == supervision_id)
    if decision is None:
        return
    meeting = Meeting.get_by_id(decision.__data__["meeting"])
    MeetingDecision.update(
        supervision_id=None, sent_at=None, sent_by="", updated_at=clock.now(),
        updated_by=actor.username, version=decision.version + 1,
    ).where(MeetingDecision.id == decision.id).execute()
    audit.record(
        actor, "step", SPEC.name, meeting.id,
        {"议定事项": decision.content, "督查事项": supervision_id}, {"议定事项": decision.content},
        trail_text("会议“%1”第 %2 项议定事项转成的督查事项 %3 已作废，可重新转督查",
                   meeting.title, decision.seq, number),
    )


def meeting_of_supervision(
    supervision_id: int, actor: Actor
) -> tuple[Meeting, MeetingDecision] | None:
    """The way back: the meeting and decision a 督查 item came from, read for `actor` (the item
    or the meeting above its clearance is refused)."""
    from officedesk.core import supervision

    supervision.get_item(supervision_id, actor)
    decision = MeetingDecision.get_or_none(MeetingDecision.supervision_id == supervision_id)
    if decision is None:
        return None
    return get(decision.__data__["meeting"], actor), decision


def item_named(supervision_id: int | None, actor: Actor) -> Any:
    """How the window names a decision's 督查 item: its 督查编号 (督〔2026〕26号), what the 督查
    list shows and finds it by, as core's refusals name it (its id was a number found nowhere);
    督查事项第 N 号 while it has none. None when there is none or it lies above the actor's
    clearance: only 已转督查 is said."""
    from officedesk.core import supervision

    item = records.shown(supervision.SPEC, supervision_id, actor)
    if item is None:
        return None
    return item.number or i18n.text("督查事项第 %1 号", item.id)
