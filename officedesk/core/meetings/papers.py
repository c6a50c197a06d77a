"""Which of a meeting's papers the office prints now, and why not (the window greys a paper out
with these words, `print` refuses with them): a cancelled meeting has none — its 签到表, 座次表,
桌签 and 议程 are for a sitting that never takes place, a 纪要 records a meeting that was held —
but one: when its notice went out, its 会议通知 is the 取消通知 (``cancellation_to_print``),
which tells those who hold the notice (a 更正通知 too) that the meeting will not take place.
Never notified, there is nothing to tell and the notice is refused like the rest."""

from __future__ import annotations

from typing import Any

from officedesk.core import records
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError
from officedesk.core.meetings import notices
from officedesk.core.meetings.notices import signup_closed  # noqa: F401 (its name here too)
from officedesk.core.meetings.proceedings import not_held
from officedesk.core.meetings.service import get
from officedesk.core.meetings.spec import CANCELLED, SPEC
from officedesk.core.meetings.supplement import SUPPLEMENT, supplement_refusal
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.meetings import Meeting

# the names the 会议通知 prints under (notice_name): of a moved meeting, of a cancelled one
NOTICE = "会议通知"
CORRECTION = "更正通知"
CANCELLATION = "取消通知"

PAPERS = {"notice": NOTICE, "signin": "签到表", "seating": "座次表", "namecards": "桌签",
          "agenda": "会议议程", "minutes": "会议纪要",
          "supplement": SUPPLEMENT}  # the notice for the people added since (core.supplement)


def cancellation_to_print(meeting: Any) -> notices.SentNotice | None:
    """The notice a cancelled meeting's 取消通知 takes back: the last one issued (what people
    hold, a 更正通知 too), not the meeting's time and place now; None when the meeting is not
    cancelled or no notice was recorded as sent (nothing to tell)."""
    if meeting.status != CANCELLED:
        return None
    return notices.sent_notice(meeting)


def notice_name(meeting: Any) -> str:
    """What the meeting's 会议通知 printed now is called — 取消通知 (cancelled after it went
    out), 更正通知 (its time or place changed since, or the last 更正通知 printed again), else
    会议通知 — as the paper itself says it (its title): the window's preview and the command
    line's message name it so."""
    if cancellation_to_print(meeting) is not None:
        return CANCELLATION
    if notices.correction_to_print(meeting) is not None:
        return CORRECTION
    return NOTICE


def notices_name(meetings: Any) -> str:
    """The name of one file holding the notices of `meetings`: their one name when they are
    alike, else each kind once in order (会议通知、取消通知)."""
    names = list(dict.fromkeys(notice_name(meeting) for meeting in meetings))
    return "、".join(names) if names else NOTICE


def cancel_reason(meeting: Any) -> str:
    """The reason as a 取消通知 says it after 因: 领导另有安排 (a typed 因…。 not doubled)."""
    reason = (meeting.cancel_reason or "").strip().rstrip("。.，,；;！!")
    for lead in ("因为", "由于", "因"):
        if reason.startswith(lead):
            return reason.removeprefix(lead).strip()
    return reason


def paper_refusal(paper: str, meeting: Any) -> str:
    """Why no `paper` (a key of PAPERS) of `meeting` is printed now; "" when it is."""
    name = PAPERS[paper]
    if paper == "supplement":
        return supplement_refusal(meeting)
    if meeting.status == CANCELLED:
        if paper == "notice" and cancellation_to_print(meeting) is not None:
            return ""  # the 取消通知
        reason = (meeting.cancel_reason or "").strip()
        because = f"（取消原因：{reason}）" if reason else ""
        return f"会议“{meeting.title}”已取消{because}，不再印发{name}。"
    if paper == "minutes":
        return not_held(meeting, f"打印“{meeting.title}”的纪要") or ""
    return ""


def refuse_paper(paper: str, meetings: Any) -> None:
    """Printing refuses the first of `meetings` that has no such paper now, with its reason."""
    for meeting in meetings:
        refusal = paper_refusal(paper, meeting)
        if refusal:
            raise ProcedureError(refusal)


def record_cancellation(meeting_id: int, actor: Actor, reason: str) -> Meeting | None:
    """A 取消通知 handed out (``print notice``, the window's 打印 → 会议通知), as a 更正通知 is
    recorded: the reason it gave is kept with the notices and the history says it went out.
    None when it was handed out before with the same words (a reprint is the same paper), there
    is no notice to take back, or the actor may not write (a copy for reading)."""
    if not actor.can_write:
        return None
    with guarded("保存"), write_transaction():
        meeting = get(meeting_id, actor)
        if cancellation_to_print(meeting) is None or notices.cancellation_issued(meeting) == reason:
            return None
        return records.save_changes(
            SPEC, meeting, {"notice_sent": notices.with_cancellation(meeting, reason)},
            meeting.version, actor, action="step", summary=trail_text("会议“%1”印发取消通知", meeting.title))
