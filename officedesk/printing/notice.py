"""会议通知: a meeting notice printed as a 通知 in GB/T 9704 layout.

``NoticeData`` holds plain values; ``notice_document`` turns it into the 公文's fields
(title "关于召开……的通知", 主送, body with 会议时间 / 会议地点 / 参加人员 / 会议议程 / 有关事项,
联系人 and phone, 署名 and date) and ``render_notice`` prints it. With ``correction`` it is the
更正通知; with ``cancellation`` the 取消通知 (关于取消召开……的通知: what was 原定, why it is
cancelled, the notice void), in the same format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from officedesk.core import clock
from officedesk.core.meetings.papers import signup_closed
from officedesk.printing.gbt9704 import (
    DocumentData,
    date_text,
    draw_document,
    render_documents,
)
from officedesk.printing.signin import time_text

NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Correction:
    """A 更正通知: the notice already sent gave another time and/or place. ``original_time``
    and ``original_place`` are what it said; the flags say which of them changed."""

    original_time: dt.datetime | dt.date | str | None
    original_place: str = ""
    time: bool = False
    place: bool = False
    # when it was to end ("至17:00"), given when the end changed: a notice whose end alone
    # moved would otherwise read as if nothing changed
    original_until: str = ""


@dataclass(frozen=True)
class Cancellation:
    """A 取消通知: the meeting the notice sent called (``original_time`` and
    ``original_place``, what that notice said) will not take place, ``reason`` (said after 因)."""

    original_time: dt.datetime | dt.date | str | None
    original_place: str = ""
    reason: str = ""


@dataclass
class NoticeData:
    """A meeting notice. Times may be datetimes, dates or text as it should be printed."""

    org: str  # 发文机关 (the red 标志 and the 署名)
    meeting_name: str  # 会议名称: "全市机关作风建设工作会议"
    recipients: str = ""  # 主送
    host: str = ""  # 主办单位, when another unit than the issuing office ("会议由……主办")
    title: str = ""  # default 关于召开{meeting_name}的通知
    purpose: str = ""  # opening clause: "为深入推进……"
    time: dt.datetime | dt.date | str | None = None
    until: str = ""  # the end after the start: "16:30" (…14:00—16:30), "12月11日12:00"
    duration: str = ""  # "会期半天"
    place: str = ""
    checkin_time: dt.datetime | dt.date | str | None = None  # 报到时间
    checkin_place: str = ""
    attendees: str = ""  # 参加人员
    agenda: list[str] = field(default_factory=list)  # 会议议程
    matters: list[str] = field(default_factory=list)  # other 有关事项, one sentence each
    materials: str = ""  # 会议材料
    registration_deadline: dt.datetime | dt.date | str | None = None  # 报名截止
    registration_to: str = ""  # where the 回执 goes (default: the organiser)
    contact: str = ""
    phone: str = ""
    signer: str = ""  # default: org
    date: dt.date | str | None = None  # 成文日期
    doc_number: str = ""
    attachments: list[str] = field(default_factory=list)  # e.g. "参会回执"
    variant: str = "document"  # or "letter" (信函格式)
    mark_suffix: str = "文件"
    cc: str = ""
    printer_organ: str = ""
    print_date: dt.date | str | None = None
    copy_number: str = ""
    secret_level: str = ""
    urgency: str = ""
    correction: Correction | None = None  # reprinted after a change: a 更正通知
    cancellation: Cancellation | None = None  # the meeting cancelled after it went out
    note: str = ""  # 附注 (a 补发's: to whom, and when)


def _sentence(text: str) -> str:
    text = text.strip()
    if text and text[-1] not in "。！？；：":
        text += "。"
    return text


def notice_title(data: NoticeData) -> str:
    if data.title.strip():
        return data.title.strip()
    name = data.meeting_name.strip()
    if data.cancellation is not None:
        return f"关于取消召开{name}的通知"
    if data.correction is not None:
        return f"关于召开{name}的更正通知"
    return f"关于召开{name}的通知"


def notice_body(data: NoticeData) -> str:
    """The body text of the notice, one paragraph a line, headings 一、 二、 …"""
    paragraphs: list[str] = []
    name = data.meeting_name.strip()
    if data.cancellation is not None:
        return _cancellation_body(data.cancellation, name)
    hosted = f"，会议由{data.host.strip()}主办" if data.host.strip() else ""
    when = time_text(data.time)
    opening = f"经研究，决定召开{name}{hosted}。现将有关事项通知如下："
    if data.purpose.strip():
        opening = data.purpose.strip().rstrip("，。,") + "，" + opening
    if data.correction is not None:
        opening = _correction_opening(data, name, when)
    paragraphs.append(opening)
    sections: list[tuple[str, list[str]]] = []
    if when:
        sections.append(
            (
                "会议时间",
                [_sentence(_when_until(data, when))],
            )
        )
    if data.place.strip():
        sections.append(("会议地点", [_sentence(data.place)]))
    elif data.correction is not None and data.correction.place:
        # the place given before was taken back: a 公文 says so, never a program's placeholder
        sections.append(("会议地点", ["地点另行通知。"]))
    if data.attendees.strip():
        sections.append(
            ("参加人员", [_sentence(p) for p in data.attendees.splitlines() if p.strip()])
        )
    agenda = [a.strip().rstrip("。；;") for a in data.agenda if a.strip()]
    if agenda:
        sections.append(
            (
                "会议议程",
                [
                    f"{k}.{a}；" if k < len(agenda) else f"{k}.{a}。"
                    for k, a in enumerate(agenda, start=1)
                ],
            )
        )
    matters: list[str] = []
    checkin = time_text(data.checkin_time)
    if checkin:
        where = f"在{data.checkin_place.strip()}" if data.checkin_place.strip() else ""
        matters.append(f"请参会人员于{checkin}{where}报到。")
    if data.materials.strip():
        matters.append(_sentence(f"会议材料：{data.materials.strip()}"))
    deadline = time_text(data.registration_deadline)
    if deadline and not _signup_closed(data):
        to = data.registration_to.strip() or data.signer.strip() or data.org.strip()
        matters.append(f"请于{deadline}前将参会人员名单报送{to}。")
    matters += [_sentence(m) for m in data.matters if m.strip()]
    if len(matters) > 1:
        matters = [f"{k}.{m}" for k, m in enumerate(matters, start=1)]
    if matters:
        sections.append(("有关事项", matters))
    for k, (heading, lines) in enumerate(sections):
        paragraphs.append(f"{NUMERALS[k]}、{heading}")
        paragraphs.extend(lines)
    contact = []
    if data.contact.strip():
        contact.append(f"联系人：{data.contact.strip()}")
    if data.phone.strip():
        contact.append(f"联系电话：{data.phone.strip()}")
    if contact:
        paragraphs.append("；".join(contact) + "。")
    return "\n".join(paragraphs)


def _when_until(data: NoticeData, when: str) -> str:
    """会议时间 as offices write it: 12月3日（星期四）14:00—16:30, then the 会期 if any."""
    until = f"—{data.until.strip()}" if data.until.strip() else ""
    duration = f"，{data.duration.strip()}" if data.duration.strip() else ""
    return f"{when}{until}{duration}"


def _signup_closed(data: NoticeData) -> bool:
    """The notice is dated after its 报名截止 (core's rule): it asks for no names by then, as
    nobody can still send them (a 更正通知 dated after the deadline of the notice it replaces)."""
    deadline, day = data.registration_deadline, data.date
    if not isinstance(deadline, dt.date) or not isinstance(day, dt.date):
        return False  # a date given as text is printed as it is
    return signup_closed(deadline, day, clock.now())


def _correction_opening(data: NoticeData, name: str, when: str) -> str:
    """原定于……召开的……，时间调整为……，地点调整为……。 The whole notice follows again, so it
    replaces the one sent: recipients keep one notice, not two that contradict each other."""
    fix = data.correction
    assert fix is not None
    was = time_text(fix.original_time)
    where = f"在{fix.original_place.strip()}" if fix.original_place.strip() else ""
    changes = []
    if fix.time:
        changes.append(f"时间调整为{_when_until(data, when)}")
    if fix.place and data.place.strip():
        changes.append(f"地点调整为{data.place.strip()}")
    elif fix.place:
        changes.append("地点另行通知")
    return (f"原定于{was}{fix.original_until.strip()}{where}召开的{name}，{'，'.join(changes)}。"
            "现将调整后的有关事项重新通知如下，原通知同时作废：")


def _cancellation_body(cancel: Cancellation, name: str) -> str:
    """原定于……在……召开的……，因……，决定取消，不再召开。原通知同时作废。 then 特此通知。: nothing
    of the meeting itself follows (its time, people and agenda are for a sitting not held)."""
    was = time_text(cancel.original_time)
    where = f"在{cancel.original_place.strip()}" if cancel.original_place.strip() else ""
    reason = cancel.reason.strip().rstrip("。，；")
    because = f"因{reason}，" if reason else ""
    return (f"原定于{was}{where}召开的{name}，{because}决定取消，不再召开。原通知同时作废。\n"
            "特此通知。")


def notice_document(data: NoticeData) -> DocumentData:
    """The notice as a 公文 (DocumentData) ready for the page engine."""
    signer = data.signer.strip() or data.org.strip()
    return DocumentData(
        title=notice_title(data),
        body=notice_body(data),
        organs=[data.org.strip()],
        mark_suffix=data.mark_suffix,
        doc_number=data.doc_number,
        copy_number=data.copy_number,
        secret_level=data.secret_level,
        urgency=data.urgency,
        recipients=data.recipients,
        attachments=list(data.attachments),
        signer_organs=[signer] if signer else [],
        date=data.date,
        cc=data.cc,
        printer_organ=data.printer_organ,
        print_date=data.print_date,
        variant=data.variant,
        note=data.note,
    )


def draw_notice(canvas: Canvas, data: NoticeData) -> int:
    return draw_document(canvas, notice_document(data))


def render_notices(notices: Sequence[NoticeData]) -> bytes:
    return render_documents([notice_document(n) for n in notices])


def render_notice(data: NoticeData) -> bytes:
    """The PDF of one meeting notice."""
    return render_notices([data])


__all__ = [
    "Cancellation",
    "Correction",
    "NoticeData",
    "render_notice",
    "render_notices",
    "notice_document",
    "notice_body",
    "notice_title",
    "draw_notice",
    "date_text",
]
