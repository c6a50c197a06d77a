"""签到表: a meeting's sign-in sheet.

Columns 序号、姓名、单位、职务、联系电话、签名; the header row repeats on every page; the last
page carries 应到 / 实到 / 缺席 / 请假 counts (blank lines to fill in by hand when unknown).
``render_signin_many`` puts many sheets into one PDF sharing one set of font subsets, each sheet
numbered "第 1 页 共 N 页" on its own.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from officedesk.printing import fonts
from officedesk.printing.common import SIZE_4, SIZE_SMALL4, Column, FormDocument
from officedesk.printing.gbt9704 import date_text, new_canvas
from officedesk.printing.layout import text_width


@dataclass
class SigninRow:
    name: str
    unit: str = ""
    title: str = ""  # 职务
    phone: str = ""
    # printed in the 签名 column instead of the blank line to sign (请假（出差）): nobody signs
    # for one known to be away
    note: str = ""


@dataclass
class SigninData:
    """A sign-in sheet. ``rows`` are SigninRow or plain (name, unit, title, phone) tuples;
    ``blank_rows`` adds empty lines for people who come unannounced; ``expected`` (应到) defaults
    to the number of rows; ``present`` (实到), ``absent`` (缺席) and ``on_leave`` (请假) are
    printed when known, else left blank to fill in."""

    meeting_name: str
    time: dt.datetime | dt.date | str | None = None
    place: str = ""
    rows: Sequence[SigninRow | tuple[str, ...]] = field(default_factory=list)
    organizer: str = ""
    expected: int | None = None
    present: int | None = None
    absent: int | None = None
    on_leave: int | None = None
    blank_rows: int = 0
    show_phone: bool = True
    secrecy: str = ""  # the meeting's 密级, printed top left of every page
    # 旁听人员: they sign on a part of their own after the counts, which leave them out
    observers: Sequence[SigninRow | tuple[str, ...]] = field(default_factory=list)


COLUMNS = (
    Column("序号", 13, "center"),
    Column("姓名", 22, "center", whole=True),  # a name is never split (买买提·艾力)
    Column("单位", 44),
    Column("职务", 30),
    Column("联系电话", 27, "center"),
    Column("签名", 24, write_in=True),  # each signs here: 请假（出差） takes none of its room
)


def time_text(value: dt.datetime | dt.date | str | None) -> str:
    """2026年12月3日（星期四）9:00 for a datetime, 2026年12月3日 for a date."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        weekday = "一二三四五六日"[value.weekday()]
        return f"{date_text(value.date())}（星期{weekday}）{value.hour}:{value.minute:02d}"
    if isinstance(value, dt.date):
        return date_text(value)
    return str(value).strip()


def _row(row: SigninRow | tuple[str, ...]) -> SigninRow:
    if isinstance(row, SigninRow):
        return row
    values = [str(v) if v is not None else "" for v in row] + ["", "", "", "", ""]
    return SigninRow(*values[:5])


def build_signin(data: SigninData) -> FormDocument:
    """Lay out one sheet (not drawn yet)."""
    title = data.meeting_name.strip()
    if not title.endswith("签到表"):
        title += "签到表"
    form = FormDocument(
        title=title, footer="第{page}页 共{pages}页", body_size=SIZE_SMALL4, repeat_title=True,
        secrecy=data.secrecy,
    )
    info = []
    if data.time:
        info.append(f"时间：{time_text(data.time)}")
    if data.place:
        info.append(f"地点：{data.place}")
    if info:
        joined = "　　".join(info)
        if text_width(joined, form.body_font, SIZE_4) <= form.width:
            form.text(joined, align="center", size=SIZE_4)
        else:
            for part in info:
                form.text(part, align="center", size=SIZE_4)
    if data.organizer:
        form.text(f"主办：{data.organizer}", align="center", size=SIZE_4)
    form.spacer(2)
    columns = list(COLUMNS)
    rows = [_row(r) for r in data.rows]
    table_rows = [
        [str(i), r.name, r.unit, r.title, r.phone if data.show_phone else "", r.note]
        for i, r in enumerate(rows, start=1)
    ]
    table_rows += [[str(len(rows) + i), "", "", "", "", ""] for i in range(1, data.blank_rows + 1)]
    expected = data.expected if data.expected is not None else len(rows)

    def count(value: int | None) -> str:
        return f"{value}" if value is not None else "　　　"

    _table_with_total(
        form, columns, table_rows,
        f"应到{expected}人　　实到{count(data.present)}人　　"
        f"缺席{count(data.absent)}人　　请假{count(data.on_leave)}人", blank=data.blank_rows)
    observers = [_row(r) for r in data.observers]
    if observers:
        form.spacer(6)

        def heading() -> None:
            form.text("旁听人员签到（不计入应到、实到人数）", size=SIZE_4, role=fonts.HEITI)
            form.spacer(2)

        _table_with_total(
            form, columns,
            [[str(i), r.name, r.unit, r.title, r.phone if data.show_phone else "", r.note]
             for i, r in enumerate(observers, start=1)],
            f"旁听 {len(observers)} 人", heading)
    return form


def _table_with_total(form: FormDocument, columns: Sequence[Column], rows: list[list[str]],
                      total: str, heading: Callable[[], None] | None = None,
                      blank: int = 0) -> None:
    """A table (after its `heading`) and the total under it, the total never alone at the top
    of a page: when it would run over, the last row goes over with it (under the header that
    repeats there), or the whole part when it has one row. The ``blank`` rows at the end (for
    who comes unlisted) never take a page of their own: those the last name's page has room
    for, with the total, are kept; when it has room for none, the last name goes over with
    them all (a sheet of 500 printed a page of one blank row and the total)."""
    pages, ops, y = len(form.pages), len(form.pages[-1].ops), form.y

    def take_back() -> None:
        del form.pages[pages:]
        del form.pages[-1].ops[ops:]
        form.y = y

    def lay_out(part: list[list[str]], carry: int = 0, placed: list[int] | None = None) -> bool:
        """The table with its last ``carry`` rows on a new page, and the total: whether the
        total went over alone."""
        carry = min(carry, len(part))
        if heading is not None and carry < len(part):
            heading()
        if carry:
            if carry < len(part):
                form.table(columns, part[:-carry], repeat_header=True, row_height=10.0,
                           header_size=SIZE_SMALL4)
            form.new_page()
            if heading is not None and carry == len(part):
                heading()
        form.table(columns, part[-carry:] if carry else part, repeat_header=True,
                   row_height=10.0, header_size=SIZE_SMALL4, placed=placed)
        table_pages = len(form.pages)
        form.spacer(3)
        form.text(total, size=SIZE_4, role=fonts.HEITI)
        return len(form.pages) > table_pages

    placed: list[int] = []
    over = lay_out(rows, placed=placed)
    named = len(rows) - blank
    if blank and named > 0 and len(form.pages) - 1 > placed[named - 1]:
        # the total's page holds no name: the blank rows the last name's page has room for
        last_named = placed[named - 1]
        for keep in range(sum(p == last_named for p in placed[named:]), -1, -1):
            take_back()
            if not lay_out(rows[:named + keep]) and len(form.pages) - 1 == last_named:
                return
        take_back()
        lay_out(rows, blank + 1)
    elif over and rows:  # the total went over alone: the last row goes with it
        take_back()
        lay_out(rows, 1)


def draw_signin(canvas: Canvas, data: SigninData) -> int:
    """Draw one sheet onto ``canvas``; return its page count."""
    return build_signin(data).draw(canvas)


def render_signin_many(
    sheets: Sequence[SigninData],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """Many sheets in one PDF. ``progress(done, total)`` is called after each sheet;
    ``cancelled()`` returning True stops early (what was built so far is returned)."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, "签到表")
    total = len(sheets)
    for done, data in enumerate(sheets, start=1):
        if cancelled is not None and cancelled():
            break
        draw_signin(canvas, data)
        if progress is not None:
            progress(done, total)
    canvas.save()
    return buffer.getvalue()


def render_signin(data: SigninData) -> bytes:
    """The PDF of one sign-in sheet."""
    return render_signin_many([data])


__all__ = [
    "SigninData",
    "SigninRow",
    "render_signin",
    "render_signin_many",
    "draw_signin",
    "build_signin",
    "time_text",
]
