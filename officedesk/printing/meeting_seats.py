"""A meeting's seats on paper: the 座次表 (the podium, the hall's rows, the 旁听席 at the back)
and the 桌签 (name cards), drawn with reportlab from core.meetings' seating."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from officedesk.core import meetings as core
from officedesk.core import settings
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError
from officedesk.printing import fonts, secrecy
from officedesk.printing.layout import text_width
from officedesk.printing.names import draw_name
from officedesk.printing.seating import Seat, SeatingChart, render_charts
from officedesk.printing.signin import time_text
from officedesk.store.meetings import Meeting

# ---------------------------------------------------------------- seating chart

LAND_W, LAND_H = landscape(A4)


def seating_chart(
    meeting: Meeting, actor: Actor, arrangement: core.Seating | None = None
) -> SeatingChart:
    """The meeting's 座次 as plain data for printing.seating (rows as seen from the hall)."""
    arrangement = arrangement or core.seating(meeting)
    rows_by_id = {r.id: r for r in core.attendees(meeting.id, actor)}
    ranked = sorted(  # No. 1, 2, 3… by the one rule of the seats (core.rank_key)
        arrangement.podium,
        key=lambda i: (core.rank_key(rows_by_id[i], chair=meeting.chair) if i in rows_by_id
                       else (True, 999, 0, i)),
    )
    numbers = {attendee_id: n for n, attendee_id in enumerate(ranked, start=1)}

    def seat(attendee_id: int, numbered: bool) -> Seat:
        row = rows_by_id.get(attendee_id)
        if row is None:
            return Seat("")
        return Seat(row.name, row.title or "", numbers.get(attendee_id) if numbered else None)

    left_of = settings.get("meetings.seating.left_of")
    rule = (
        "2号在1号左手（按主席台上领导面向会场）"
        if left_of == "leaders"
        else "2号在1号左侧（按台下面向主席台）"
    )
    place = core.paper_place(meeting)
    # the 旁听席, counted among the rows printed (an empty row is not)
    gallery = core.gallery_rows(
        core.Seating(rows=[row for row in arrangement.rows if row]), core.seated_people(meeting.id))
    return SeatingChart(
        title=meeting.title,
        subtitle="　　".join(x for x in (time_text(meeting.start), place) if x),
        podium=[seat(i, True) for i in arrangement.podium],
        rows=[[seat(i, False) for i in row] for row in arrangement.rows if row],
        gallery=gallery,
        note=f"说明：本图为台下面向主席台视角；主席台按级别居中排列，{rule}。"
        + ("座次已人工调整。" if arrangement.manual else ""),
        secrecy=secrecy.level_of(meeting),
    )


def render_seating(meetings: Sequence[Meeting], actor: Actor) -> bytes:
    return render_charts([seating_chart(m, actor) for m in meetings])


# ---------------------------------------------------------------- name cards


def draw_namecard(canvas: Canvas, name: str, mark: str = "") -> None:
    """A4 landscape folded in half along the long side: the name upright on the bottom face
    and, turned 180°, on the top face, so it reads upright from both sides of the tent. A
    classified meeting's card carries its 密级 ``mark`` at the sheet's top left, turned with
    the top face (it reads upright at the foot of that face)."""
    face = fonts.font(fonts.HEITI)
    half = LAND_H / 2
    text = f"{name[0]}　{name[1]}" if len(name) == 2 else name
    size = min(150.0, (LAND_W - 50 * mm) / max(text_width(text, face, 1.0), 1e-6), half * 0.62)
    canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
    canvas.setLineWidth(0.4)
    canvas.setDash(3, 3)
    canvas.line(8 * mm, half, LAND_W - 8 * mm, half)
    canvas.setDash()
    canvas.setFillColorRGB(0.55, 0.55, 0.55)
    canvas.setFont(fonts.font(fonts.FANGSONG), 7)
    canvas.drawString(8 * mm, half + 1.5 * mm, "沿此线对折")
    canvas.setFillColorRGB(0, 0, 0)
    baseline_offset = size * 0.35  # centre the CJK em box on the half's middle
    draw_name(canvas, LAND_W / 2, half / 2 - baseline_offset, text, face, size)
    canvas.saveState()
    canvas.translate(LAND_W / 2, half + half / 2)
    canvas.rotate(180)
    draw_name(canvas, 0, -baseline_offset, text, face, size)
    canvas.restoreState()
    secrecy.draw(canvas, mark, 8 * mm, LAND_H - 8 * mm, rotate=True)
    canvas.showPage()


def namecard_names(meeting: Meeting, actor: Actor) -> list[str]:
    """Who gets a 桌签: everyone seated — none for those on 请假 or 缺席 (core.seated_people),
    and none in the 旁听席: a 桌签 marks a member's place (a 特邀 guest has his), the back rows
    are open seating."""
    seated = {r.id for r in core.seated_people(meeting.id)}
    return [row.name for row in core.attendees(meeting.id, actor)
            if row.id in seated and row.role != core.ROLE_OBSERVER]


def namecards_refusal(meeting: Meeting, actor: Actor) -> str:
    """Why a meeting has no 桌签 to print (a PDF of no page is no paper); "" when it has."""
    if namecard_names(meeting, actor):
        return ""
    if not core.attendees(meeting.id, actor):
        return (f"会议“{meeting.title}”还没有参会人员，没有桌签可打印：请先“修改”会议，"
                "填写出席人员，再打印桌签。")
    return (f"会议“{meeting.title}”的参会人员都已请假、缺席或在旁听席，没有要摆桌签的座位："
            "请先“修改”会议的出席人员或登记其出席情况，再打印桌签。")


def render_namecards(meetings: Sequence[Meeting], actor: Actor) -> bytes:
    for meeting in meetings:  # refused before anything is drawn, as the other papers are
        refused = namecards_refusal(meeting, actor)
        if refused:
            raise ProcedureError(refused)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=landscape(A4), invariant=1, pageCompression=1,
        initialFontName=fonts.font(fonts.FANGSONG),  # else every page names Helvetica
    )
    canvas.setTitle("桌签")
    canvas.setCreator("OfficeDesk 机关办公桌面")
    for meeting in meetings:
        for name in namecard_names(meeting, actor):
            draw_namecard(canvas, name, secrecy.level_of(meeting))
    canvas.save()
    return buffer.getvalue()
