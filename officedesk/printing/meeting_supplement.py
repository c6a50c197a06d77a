"""会议通知（补发）: the notice handed to the people added to a meeting after it went out.

Whom it goes to is core's (``core.meetings.supplement``: ``supplement_to``, refused with its
words when nothing tells or nobody is new). The paper is the notice as it stands — the plain
notice, never a 更正通知 (they held no notice for it to correct) — addressed (主送) to the units
of those people alone, its 附注 saying it is a 补发 to them and on which day; handed out, core
records that the notice reached them (``record_supplement``)."""

from __future__ import annotations

from collections.abc import Sequence

from officedesk.core import clock
from officedesk.core import meetings as core
from officedesk.core.actor import Actor
from officedesk.core.fields import chinese_date
from officedesk.printing import forms, print_notes
from officedesk.printing.meetings_forms import _meetings, _recipients, copy_numbers, notice_data
from officedesk.printing.notice import NoticeData, render_notices
from officedesk.store.meetings import Meeting


def supplement_note(names: Sequence[str]) -> str:
    """The 附注 of a 补发: to whom (the people added after the notice went out) and when."""
    return (f"此件为{chinese_date(clock.today())}补发，送会议通知发出后增加的参会人员"
            f"{'、'.join(names)}")


def supplement_data(meeting: Meeting, actor: Actor, names: Sequence[str],
                    copy: int | None = None) -> NoticeData:
    data = notice_data(meeting, actor, copy)
    data.correction = None  # the notice as it stands: they held none for it to correct
    data.recipients = _recipients(meeting, actor, names)
    data.note = supplement_note(names)
    # the 报名 line as the day of the 补发 allows (core): dated the notice's day, before the
    # 截止, it still asked the added people to report by a time gone
    data.registration_deadline = core.supplement_signup(meeting)
    told = core.supplement_signup_note(meeting)
    if told:
        print_notes.note(told)
    return data


def build_supplement(ids: Sequence[int], actor: Actor, options: dict[str, object]) -> bytes:
    """The 补发 of each meeting's notice to its people added since it went out (``print notice
    ID --added``; of a classified meeting ``--all-copies`` is one copy each of them)."""
    meetings = _meetings(ids, actor, "supplement")
    names = {meeting.id: core.supplement_to(meeting) for meeting in meetings}
    pdf = render_notices([
        supplement_data(meeting, actor, names[meeting.id], copy)
        for meeting in meetings
        for copy in copy_numbers(meeting, actor, options, "notice", len(names[meeting.id]))
    ])

    def record_supplements() -> None:
        for meeting in meetings:
            core.record_supplement(meeting.id, actor, names[meeting.id])

    printed = forms.issuing(pdf, record_supplements)
    printed.paper_name = core.SUPPLEMENT
    return printed
