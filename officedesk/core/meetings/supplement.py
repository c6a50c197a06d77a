"""补发: the meeting notice handed to the people added after it went out.

发通知 keeps whom the notice went to (``notices.stamp``: its ``people``), as an import in
已发通知 does (the people its row lists: ``imported.put_in_values``), each 更正通知 printed and
each 补发; a person added later by 修改 or an import's update holds no notice
(the 修改 says so: ``steps_spec._added_after_notice``). ``supplement_to`` names them, and the
notice printed for them alone (``print notice ID --added``, the window's 打印 → 补发会议通知)
says in its 附注 that it is a 补发 to them; handed out, ``record_supplement`` adds them to the
people the notice went to, so a later 补发 names only those added after it.

A meeting notified before the names were kept (schema 19's stamp without ``people``, or one
imported as 已发通知 before the import kept them, where the audit trail could not tell them to
migration 37: core.meetings.imported_notice) has no list: nothing tells who was added since, so
the 补发 is refused, saying so, rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import clock, i18n, records
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError
from officedesk.core.meetings import notices
from officedesk.core.meetings.service import _attendees_of, get
from officedesk.core.meetings.spec import CANCELLED, HELD, NOTIFIED, SPEC
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.meetings import Meeting

SUPPLEMENT = "会议通知（补发）"


def added_since_notice(meeting: Any) -> list[str] | None:
    """The names of the meeting's people (in its order) whom no notice issued went to; None
    when the notice's people were not recorded (no notice sent, or sent before they were kept)."""
    notified = notices.notified_people(meeting)
    if notified is None:
        return None
    return [row.name for row in _attendees_of(meeting.id) if row.name not in notified]


def supplement_refusal(meeting: Any) -> str:
    """Why no 补发 of `meeting`'s notice is printed now; "" when there are people to send it to."""
    title = meeting.title
    if meeting.status == CANCELLED:
        return i18n.text("会议“%1”已取消，不再补发会议通知。", title)
    if meeting.status == HELD:
        return i18n.text("会议“%1”已召开，不再补发会议通知。", title)
    if meeting.status != NOTIFIED:
        return i18n.text("会议“%1”的通知还没有发出，不需要补发：请打印会议通知，发出后标记“已发通知”。",
                         title)
    if notices.change_since_sent(meeting) is not None:
        return i18n.text("会议“%1”的时间或地点在通知发出后有改动：请先印发更正通知，送达全部参会人员"
                         "（包括后来加入的人员）。", title)
    added = added_since_notice(meeting)
    if added is None:
        return i18n.text("会议“%1”的通知发出时还没有记录送达名单，无法判断哪些人员是通知发出后加入的："
                         "请核对后打印完整的会议通知送达未收到通知的人员。", title)
    if not added:
        return i18n.text("会议“%1”的参会人员都已收到会议通知，没有需要补发的人员。", title)
    return ""


def supplement_to(meeting: Any) -> list[str]:
    """The names the 补发 goes to: the people added since the notice went out; refused with
    ``supplement_refusal``'s words when there is none to send it to or nothing tells."""
    refusal = supplement_refusal(meeting)
    if refusal:
        raise ProcedureError(refusal)
    return added_since_notice(meeting) or []


def supplement_signup(meeting: Any) -> dt.datetime | None:
    """The 报名截止 a 补发 made now asks the added people to report by: the meeting's while it
    is still ahead. None when none is set or it has passed (``notices.signup_closed`` for a
    paper made now — judged by the day of the 补发, not the notice's 成文日期 the 补发 keeps,
    which is before it): the paper then leaves the 报名 line out, as nobody can report by a
    time gone, and ``supplement_signup_note`` tells the clerk."""
    deadline = meeting.signup_deadline
    if deadline is None or notices.signup_closed(deadline, clock.today(), clock.now()):
        return None
    return deadline


def supplement_signup_note(meeting: Any) -> str:
    """What the clerk is told of a 补发 made after the 报名截止 (the command line's 注意, the
    note over the window's preview); "" when the 补发 asks for it, or none is set."""
    deadline = meeting.signup_deadline
    if deadline is None or supplement_signup(meeting) is not None:
        return ""
    return i18n.text("报名截止时间（%1）已过，补发的会议通知不再要求按期报名。",
                     f"{deadline:%Y-%m-%d %H:%M}")


def record_supplement(meeting_id: int, actor: Actor, names: list[str]) -> Meeting | None:
    """A 补发 handed out (``print notice ID --added``, the window's 补发会议通知): the notice
    went to `names` too (those it was printed for), kept with the notices so a later 补发 leaves
    them out. None when it reached nobody new, or the actor may not write (a copy for reading)."""
    if not actor.can_write:
        return None
    with guarded("保存"), write_transaction():
        meeting = get(meeting_id, actor)
        notified = notices.notified_people(meeting)
        if notified is None or meeting.status != NOTIFIED:
            return None
        new = [name for name in names if name not in notified]
        if not new:
            return None
        return records.save_changes(
            SPEC, meeting, {"notice_sent": notices.with_supplement(meeting, new)},
            meeting.version, actor, action="step",
            summary=trail_text("会议“%1”补发会议通知（送：%2）", meeting.title, "、".join(new)))
