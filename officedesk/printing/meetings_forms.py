"""The meetings registry's printed papers: 会议通知, 签到表, 座次表, 桌签, 议程, 会议纪要.

Notice, sign-in sheet and minutes map a meeting's rows onto the printing engine's dataclasses
(NoticeData, SigninData, DocumentData "minutes"); the agenda is a FormDocument; the seating
chart and the name cards are drawn in meeting_seats.py with reportlab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from officedesk.core import clock, settings
from officedesk.core import meetings as core
from officedesk.core.actor import Actor
from officedesk.core.chain_holders import same_unit
from officedesk.core.errors import ProcedureError
from officedesk.core.fields import chinese_date
from officedesk.core.meetings import notices, papers, proceedings, sitting
from officedesk.core.meetings.parsing import COUNTED_ROLES
from officedesk.printing import fonts, forms, secrecy
from officedesk.printing.common import SIZE_4, SIZE_SMALL4, Column, FormDocument, render_forms
from officedesk.printing.forms import form
from officedesk.printing.gbt9704 import DocumentData, render_documents
from officedesk.printing.meeting_seats import (  # noqa: F401 (their names stay here too)
    LAND_H,
    LAND_W,
    draw_namecard,
    render_namecards,
    render_seating,
    seating_chart,
)
from officedesk.printing.minutes_head import decision_line, minutes_head, printer_organ
from officedesk.printing.notice import Cancellation, Correction, NoticeData, render_notices
from officedesk.printing.signin import SigninData, SigninRow, render_signin_many, time_text
from officedesk.printing.words import add_names
from officedesk.store.meetings import Meeting, MeetingAttendee

NUMERALS = "一二三四五六七八九十"


def _meetings(ids: Sequence[int], actor: Actor, paper: str) -> list[Meeting]:
    """The meetings to print `paper` of: refused (core.refuse_paper) when one has none now."""
    meetings = [core.get(int(i), actor) for i in ids]
    core.refuse_paper(paper, meetings)
    for meeting in meetings:  # names typed in by hand stay whole too (议程, 纪要, 签到表)
        add_names(row.name for row in core.attendees(meeting.id, actor))
    return meetings


def org_name(meeting: Meeting) -> str:
    return str(settings.get("org.name") or "").strip() or meeting.host_unit or "办公室"


def until_text(meeting: Meeting) -> str:
    """The end after the start (14:00—16:30), its day too when another (—12月11日12:00)."""
    end = f"{meeting.end.hour}:{meeting.end.minute:02d}"
    if meeting.start.date() != meeting.end.date():
        return f"{meeting.end.month}月{meeting.end.day}日{end}"
    return end


def duration_text(meeting: Meeting) -> str:
    """会期: 半天 for a morning, days by half-days (core) over days; "" otherwise."""
    hours = core.duration_hours(meeting)
    if meeting.start.date() != meeting.end.date():
        if hours < 24:
            return ""
        return f"会期{sitting.length_text(sitting.length_days(meeting.start, meeting.end))}天"
    return "会期半天" if hours <= 4 and meeting.end.hour <= 12 else ""


def _people_lines(meeting: Meeting, actor: Actor) -> str:
    lines = []
    for role in core.ROLES:
        # by 级别, as the seats
        rows = core.ranked(core.attendees(meeting.id, actor, role), chair=meeting.chair)
        if rows:
            lines.append(f"{role}：" + "、".join(_person_text(r) for r in rows))
    return "\n".join(lines)


def _person_text(row: MeetingAttendee) -> str:
    if row.person_id is None and row.unit:
        return f"{row.name}（{row.unit}）"
    return row.name


def principal_body(meeting: Meeting) -> str:
    """The body the issuing office serves, read from its name: 中共云岭县委办公室 → 中共云岭县委,
    云岭县人民政府办公室 → 云岭县人民政府; "" for an organ that is no office of another."""
    org = org_name(meeting)
    for suffix in ("办公室", "办公厅"):
        if org.endswith(suffix) and len(org) > len(suffix):
            return org.removesuffix(suffix)
    return ""


def _organ_key(name: str) -> str:
    """中共云岭县委员会 and 中共云岭县委 are one organ."""
    name = name.strip()
    return name.removesuffix("委员会") + "委" if name.endswith("委员会") else name


def _recipients(meeting: Meeting, actor: Actor, only: Sequence[str] | None = None) -> str:
    """主送: the units of the people attending (of `only`, those named, when given: a 补发's),
    not the host, and never the office's own principal body (a notice of 县委办公室 is not
    addressed to its own 县委: its leaders are named under 参加人员)."""
    units: list[str] = []
    principal = _organ_key(principal_body(meeting))
    for row in core.attendees(meeting.id, actor):
        if only is not None and row.name not in only:
            continue
        # an observer's "unit" (群众代表, 人大代表) is no organ the notice is sent to: he is
        # named under 参加人员 and told in person
        if row.role == core.ROLE_OBSERVER:
            continue
        if principal and same_unit(_organ_key(row.unit or ""), principal):
            continue
        if row.unit and row.unit not in units and row.unit != meeting.host_unit:
            units.append(row.unit)
    if not units:
        return ""
    if len(units) > 6:
        return "各有关单位："
    return "，".join(units) + "："


def _other_host(meeting: Meeting) -> str:
    """The 主办单位 when it is not the issuing office itself (中共云岭县委办公室 is 县委办公室)."""
    host = (meeting.host_unit or "").strip()
    return "" if not host or same_unit(host, org_name(meeting)) else host


def _agenda_lines(meeting: Meeting, actor: Actor) -> list[str]:
    lines = []
    for item in core.agenda(meeting.id, actor):
        text = item.topic
        if item.reporter:
            text += f"（{item.unit}{item.reporter}同志汇报）"
        elif item.unit:
            text += f"（{item.unit}汇报）"
        lines.append(text)
    return lines


def _correction(meeting: Meeting) -> Correction | None:
    """A notice printed after its time or place changed since the last notice issued is a
    更正通知 (core.correction_to_print): it says what was 原定, its end too when that changed."""
    change = core.correction_to_print(meeting)
    if change is None:
        return None
    sent = change.sent
    until = ""
    if change.end:  # "原定于…15:00至17:00在…召开的": or a new end alone would read as no change
        clock_time = f"{sent.end.hour}:{sent.end.minute:02d}"
        until = (f"至{clock_time}" if sent.end.date() == sent.start.date()
                 else f"至{sent.end.month}月{sent.end.day}日{clock_time}")
    return Correction(sent.start, sent.place, change.time, change.place, until)


def _cancellation(meeting: Meeting) -> Cancellation | None:
    """A notified meeting cancelled: its notice is the 取消通知, taking back the notice people
    hold (papers.cancellation_to_print: the last issued, a 更正通知 too)."""
    held = papers.cancellation_to_print(meeting)
    if held is None:
        return None
    return Cancellation(held.start, held.place, papers.cancel_reason(meeting))


def notice_data(meeting: Meeting, actor: Actor, copy: int | None = None) -> NoticeData:
    """The notice of a meeting; a classified one carries 份号 (``copy``, default 000001, as a
    发文's) and 密级 top left. Printed after a change of time or place since it was sent, it
    is the 更正通知; after the meeting was cancelled, the 取消通知 (主送, 署名 and date as
    the notice's)."""
    level = secrecy.level_of(meeting)
    cancellation = _cancellation(meeting)
    if cancellation is not None:
        return NoticeData(
            org=org_name(meeting), meeting_name=meeting.title,
            recipients=_recipients(meeting, actor), signer=org_name(meeting),
            date=clock.today(), variant="letter", copy_number=secrecy.copy_number(level, copy),
            secret_level=level, cancellation=cancellation)
    correction = _correction(meeting)
    return NoticeData(
        org=org_name(meeting),
        meeting_name=meeting.title,
        recipients=_recipients(meeting, actor),
        host=_other_host(meeting),
        time=meeting.start,
        until=until_text(meeting),
        duration=duration_text(meeting),
        place=core.paper_place(meeting),
        checkin_time=meeting.checkin_time,
        attendees=_people_lines(meeting, actor),
        agenda=_agenda_lines(meeting, actor),
        materials=meeting.materials or "",
        registration_deadline=meeting.signup_deadline,
        contact=meeting.contact or "",
        phone=meeting.contact_phone or "",
        matters=[line for line in (meeting.note or "").splitlines() if line.strip()],
        signer=org_name(meeting),
        date=core.issued_on(meeting) or clock.today(),  # a copy printed again keeps its day
        variant="letter",
        copy_number=secrecy.copy_number(level, copy),
        secret_level=level,
        correction=correction,
        # the notice's 发文字号 (信函格式: at the right under the red double line). A 更正通知
        # is another document, numbered apart: it never repeats the number of the one it corrects
        doc_number=(meeting.doc_no or "") if correction is None else "",
    )


def signin_data(meeting: Meeting, actor: Actor) -> SigninData:
    """The members sign the sheet and make its 应到/实到 (core.counts); the observers (旁听)
    sign on a part of their own below it, counted by nobody."""
    # by 级别, as the seats
    everyone = core.ranked(core.attendees(meeting.id, actor), chair=meeting.chair)
    rows = [r for r in everyone if r.role != core.ROLE_OBSERVER]
    tally = core.counts(meeting.id, actor)
    marked = tally.sign_in_kept  # else 实到 / 缺席 blank, filled in by hand at the door
    return SigninData(
        meeting_name=meeting.title,
        time=meeting.start,
        place=core.paper_place(meeting),
        rows=[SigninRow(r.name, r.unit, r.title, r.phone, _leave_note(r)) for r in rows],
        observers=[SigninRow(r.name, r.unit, r.title, r.phone, _leave_note(r))
                   for r in everyone if r.role == core.ROLE_OBSERVER],
        organizer=meeting.host_unit or "",
        expected=tally.expected,
        present=tally.present if marked else None,
        absent=tally.absent if marked else None,
        on_leave=tally.leave if marked or tally.leave else None,
        blank_rows=2,
        secrecy=secrecy.level_of(meeting),
    )


LEAVE_REASON_CHARS = 4  # a reason this short (出差, 病假, 外出学习) goes on the row with 请假


def _leave_note(row: MeetingAttendee) -> str:
    """What the 签名 column says for one on leave: 请假, with its reason when short (请假（出差）);
    nothing for the others (their line to sign)."""
    if row.attendance != core.LEAVE:
        return ""
    reason = (row.leave_reason or "").strip()
    return f"请假（{reason}）" if reason and len(reason) <= LEAVE_REASON_CHARS else "请假"


def minutes_data(meeting: Meeting, actor: Actor, copy: int | None = None) -> DocumentData:
    refused = proceedings.not_held(meeting, f"打印“{meeting.title}”的纪要")
    if refused:  # a 纪要 records a meeting that was held, never one still being prepared
        raise ProcedureError(refused)
    # by 级别, as the seats
    people = core.ranked(core.attendees(meeting.id, actor), chair=meeting.chair)
    # GB/T 9704 §10.3 names 出席、请假、列席 only: 出席 are the meeting's members; a 特邀 guest
    # attends without being one, so he is listed under 列席 (with his unit when typed in). A
    # 旁听 observer took no part in the meeting: a 纪要 records who held it, not its audience.
    people = [r for r in people if r.role != core.ROLE_OBSERVER]
    # who came as the 签到 has it (the 签到表's 实到): 缺席 and, once signed in, the unmarked in neither list
    came = proceedings.came(people)
    present = [r for r in came if r.role == core.ROLE_ATTEND]
    leave = [r for r in people if r.attendance == core.LEAVE]
    observers = [r for r in came if r.role != core.ROLE_ATTEND]
    head = minutes_head(meeting)
    day = meeting.minutes_date or meeting.start.date()
    number = "　　".join(x for x in (meeting.minutes_issue, chinese_date(day)) if x)
    body = (meeting.minutes_text or "").strip()
    if not body:
        chair = f"{meeting.chair}同志主持召开" if meeting.chair else "召开"
        body = f"{chinese_date(meeting.start.date())}，{chair}{meeting.title}。"
    decisions = core.decisions(meeting.id, actor)
    if decisions:
        body += "\n会议议定以下事项：\n" + "\n".join(
            decision_line(k, d) for k, d in enumerate(decisions, start=1)
        )

    def names(rows: list[MeetingAttendee]) -> str:
        return "、".join(
            (_person_text(r) if r.role == core.ROLE_GUEST else r.name)
            + (f"（{r.leave_reason}）" if r.attendance == core.LEAVE and r.leave_reason else "")
            for r in rows
        )

    return DocumentData(
        title=meeting.title,
        body=body,
        organs=[org_name(meeting)],
        mark_text=head,
        doc_number=number,
        variant="minutes",
        attendees=names(present),
        absentees=names(leave),
        observers=names(observers),
        printer_organ=printer_organ(meeting) or org_name(meeting),  # the 纪要's organ's office
        print_date=day,
        cc="",
        signer_organs=[],
        copy_number=secrecy.copy_number(secrecy.level_of(meeting), copy),
        secret_level=secrecy.level_of(meeting),
    )


def agenda_form(meeting: Meeting, actor: Actor) -> FormDocument:
    sheet = FormDocument(
        title=f"{meeting.title}议程", footer="第{page}页 共{pages}页", body_size=SIZE_4,
        secrecy=secrecy.level_of(meeting),
    )
    sheet.text(
        f"时间：{time_text(meeting.start)}—{meeting.end.hour}:{meeting.end.minute:02d}"
        if meeting.start.date() == meeting.end.date()
        else f"时间：{time_text(meeting.start)}至{time_text(meeting.end)}",
        align="center",
        size=SIZE_4,
        role=fonts.KAITI,
    )
    place = core.paper_place(meeting)
    line = "　　".join(
        x
        for x in (
            f"地点：{place}" if place else "",
            f"主持：{meeting.chair}" if meeting.chair else "",
        )
        if x
    )
    if line:
        sheet.text(line, align="center", size=SIZE_4, role=fonts.KAITI)
    sheet.spacer(4)
    at = meeting.start
    rows = []
    for number, item in enumerate(core.agenda(meeting.id, actor), start=1):
        slot = ""
        if item.minutes:
            until = at + dt.timedelta(minutes=item.minutes)
            slot = f"{at.hour}:{at.minute:02d}—{until.hour}:{until.minute:02d}"
            at = until
        rows.append(
            [
                NUMERALS[number - 1] if number <= 10 else str(number),
                item.topic,
                " ".join(x for x in (item.unit, item.reporter) if x),
                f"{item.minutes}分钟" if item.minutes else "",
                slot,
            ]
        )
    sheet.table(
        [
            Column("序号", 14, "center"),
            Column("议题", 74),
            Column("汇报单位及汇报人", 36),
            Column("时长", 18, "center"),
            Column("时间", 22, "center"),
        ],
        rows,
        row_height=12,
        size=SIZE_SMALL4,
        header_size=SIZE_SMALL4,
    )
    people = _people_lines(meeting, actor)
    if people:
        sheet.spacer(5)
        for paragraph in people.splitlines():
            sheet.text(paragraph, size=SIZE_SMALL4, indent_chars=0)
    if meeting.contact:
        sheet.spacer(3)
        sheet.text(
            "　".join(
                x
                for x in (
                    f"联系人：{meeting.contact}",
                    f"电话：{meeting.contact_phone}" if meeting.contact_phone else "",
                )
                if x
            ),
            size=SIZE_SMALL4,
            align="right",
        )
    return sheet


# ---------------------------------------------------------------- registered forms


COPY_OPTIONS = ("copy", "copies", "all_copies")


@form("notice", "会议通知", "meetings", options=(*COPY_OPTIONS, "added"),
      secrecy=secrecy.COPY_NUMBERED)
def build_notice(ids: Sequence[int], actor: Actor, **options: object) -> bytes:
    """A classified meeting's notice is printed copy by copy, each with its own 份号 (see
    ``copy_numbers``: ``copy``, ``copies`` or ``all_copies``). A 更正通知 printed is the notice
    people hold from then on: once it is handed out (``forms.issue``: written by the command
    line, printed or saved from the preview), core records what it said
    (``core.record_correction``), and later changes are compared with it. A notified meeting
    cancelled prints the 取消通知, recorded alike once handed out (``papers.record_cancellation``).
    ``added``: the notice for the people added since it went out alone, a 补发
    (``meeting_supplement``)."""
    if options.get("added"):  # the 补发 to the people added since it went out
        from officedesk.printing.meeting_supplement import build_supplement

        return build_supplement(ids, actor, options)
    meetings = _meetings(ids, actor, "notice")
    pdf = render_notices(
        [
            notice_data(m, actor, copy)
            for m in meetings
            for copy in copy_numbers(m, actor, options, "notice")
        ]
    )
    said = {meeting.id: notices.as_printed(meeting) for meeting in meetings}  # what the paper says
    cancelled = {meeting.id: papers.cancel_reason(meeting) for meeting in meetings
                 if papers.cancellation_to_print(meeting) is not None}

    def record_corrections() -> None:
        for meeting in meetings:
            if meeting.id in cancelled:
                papers.record_cancellation(meeting.id, actor, cancelled[meeting.id])
            else:
                core.record_correction(meeting.id, actor, said[meeting.id])

    printed = forms.issuing(pdf, record_corrections)
    printed.paper_name = papers.notices_name(meetings)  # 会议通知, 更正通知 or 取消通知, as they say
    return printed


@form("signin", "签到表", "meetings")
def build_signin(ids: Sequence[int], actor: Actor, **options: object) -> bytes:
    return render_signin_many([signin_data(m, actor) for m in _meetings(ids, actor, "signin")])


@form("seating", "座次表", "meetings")
def build_seating(ids: Sequence[int], actor: Actor, **options: object) -> bytes:
    return render_seating(_meetings(ids, actor, "seating"), actor)


@form("namecards", "桌签", "meetings")
def build_namecards(ids: Sequence[int], actor: Actor, **options: object) -> bytes:
    return render_namecards(_meetings(ids, actor, "namecards"), actor)


@form("agenda", "会议议程", "meetings")
def build_agenda(ids: Sequence[int], actor: Actor, **options: object) -> bytes:
    return render_forms([agenda_form(m, actor) for m in _meetings(ids, actor, "agenda")],
                        "会议议程")


@form("minutes", "会议纪要", "meetings", options=COPY_OPTIONS, secrecy=secrecy.COPY_NUMBERED)
def build_minutes(ids: Sequence[int], actor: Actor, **options: object) -> bytes:
    """A classified meeting's 纪要 copy by copy, each with its own 份号, as the notice."""
    return render_documents(
        [
            minutes_data(m, actor, copy)
            for m in _meetings(ids, actor, "minutes")
            for copy in copy_numbers(m, actor, options, "minutes")
        ]
    )


def copy_numbers(meeting: Meeting, actor: Actor, options: dict[str, object],
                 paper: str = "notice", readers: int | None = None) -> list[int | None]:
    """The 份号 to print of a classified meeting's notice or 纪要 (``paper``), each copy its own
    (公文处理工作条例 art. 9), as 发文 prints all its copies: ``copies`` N numbers 1…N,
    ``all_copies`` one per reader (``default_copies``, or `readers`: a 补发's), ``copy`` the
    one copy asked for; none of
    them: copy 000001. An unclassified paper carries no 份号 and prints once: a 份数 or 份号
    asked of it is refused (``secrecy.copy_request``)."""
    asked = secrecy.copy_request(options, meeting.title, bool(secrecy.level_of(meeting)))
    if not secrecy.level_of(meeting):
        return [None]
    if asked == "copies":
        total = secrecy.copy_count(options["copies"], "copies")
    elif asked == "all_copies":
        total = readers or default_copies(meeting, actor, paper)
    elif asked == "copy":
        return [secrecy.copy_count(options["copy"], "copy")]
    else:
        return [None]
    return list(range(1, total + 1))


def default_copies(meeting: Meeting, actor: Actor, paper: str = "notice") -> int:
    """One copy for each reader of the paper, at least one: the notice's are everyone it names
    under 参加人员 (出席, 列席, 特邀 and the 旁听, who must know the time and place as much); the
    纪要's only those it lists (出席, 列席, 特邀: GB/T 9704 §10.3 — a 旁听 is in no list of it)."""
    people = core.attendees(meeting.id, actor)
    if paper == "minutes":
        people = [row for row in people if row.role in COUNTED_ROLES]
    return max(1, len(people))

