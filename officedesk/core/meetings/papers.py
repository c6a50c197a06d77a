"""Which of a meeting's papers the office prints now, and why not (the window greys a paper out
with these words, `print` refuses with them): a cancelled meeting has none — its notice, a
更正通知 too, would call people to a meeting that will not be held, and its 签到表, 座次表,
桌签 and 议程 are for a sitting that never takes place; a 纪要 records a meeting that was held."""

from __future__ import annotations

from typing import Any

from officedesk.core.errors import ProcedureError
from officedesk.core.meetings.proceedings import not_held
from officedesk.core.meetings.spec import CANCELLED

PAPERS = {"notice": "会议通知", "signin": "签到表", "seating": "座次表", "namecards": "桌签",
          "agenda": "会议议程", "minutes": "会议纪要"}


def paper_refusal(paper: str, meeting: Any) -> str:
    """Why no `paper` (a key of PAPERS) of `meeting` is printed now; "" when it is."""
    name = PAPERS[paper]
    if meeting.status == CANCELLED:
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
