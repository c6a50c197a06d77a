"""Building blocks for the registries' own A4 forms (收文处理笺, 发文稿纸, 催办单, 督查通报, 信访
告知书 …), all in the embedded CJK faces and the same page margins, so every paper looks alike.

A form is laid out into pages first and drawn afterwards, so "第 1 页 共 3 页" footers know the
page count and several forms can go into one PDF (``draw`` onto a shared canvas). Its grid and
table boxes are laid out by ``form_boxes``.

Example::

    from officedesk.printing.common import Column, Field, FormDocument

    form = FormDocument(title="收文处理笺", subtitle="某某市委办公室", footer="第{page}页 共{pages}页")
    form.grid([
        [Field("来文机关", "市政府办公室"), Field("收文编号", "2026-0012")],
        [Field("文件标题", "关于……的通知", span=2)],
        [Field("拟办意见", "", span=2, height=45)],   # a big empty box, 45 mm high
        [Field("领导批示", "", span=2, height=60)],
    ])
    form.spacer(5)
    form.table([Column("序号", 12, "center"), Column("承办单位", 60), Column("办理情况", 84)],
               [["1", "市发改委", "已办结"], ["2", "市财政局", ""]], repeat_header=True)
    pdf_bytes = form.render()

Units: widths and heights are in millimetres throughout this module's public API; text sizes in
points (``SIZE_3`` = 3号 16 pt, ``SIZE_4`` = 4号 14 pt, ``SIZE_SMALL4`` = 小4号 12 pt).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from officedesk.printing import fonts, form_boxes, voided
from officedesk.printing import secrecy as classified
from officedesk.printing.fallback import text_out
from officedesk.printing.form_boxes import Column, Field  # the boxes, imported with the form
from officedesk.printing.gbt9704 import ASCENT, PAGE_HEIGHT, PAGE_WIDTH, new_canvas
from officedesk.printing.layout import Run, justify_extra, text_out_justified, text_width, wrap_runs
from officedesk.printing.titles import wrap_balanced

SIZE_2 = 22.0
SIZE_3 = 16.0
SIZE_4 = 14.0
SIZE_SMALL4 = 12.0
SIZE_5 = 10.5

# form margins (mm): the 订口 and 版心 width of GB/T 9704, a little less 天头 than a 公文
TOP = 25.0
BOTTOM = 22.0
LEFT = 28.0
RIGHT = 26.0

Op = Callable[[Canvas], None]


@dataclass
class _Page:
    ops: list[Op] = field(default_factory=list)


class FormDocument:
    """A titled A4 form (portrait, or ``landscape`` for a wide table such as the 归档文件目录),
    laid out top to bottom with automatic page breaks.

    ``footer`` may contain ``{page}`` and ``{pages}``; it is printed centred at the bottom of
    every page. ``body_role`` / ``label_role`` pick the faces (fonts.FANGSONG, fonts.HEITI …).
    ``secrecy`` (秘密, 机密★10年 …; set it any time before drawing) is printed at the top left of
    every page, above the content (``printing.secrecy``), as a register's or an internal
    form's mark; a paper laid out as a 公文 (``efficiency_bulletin.BulletinDocument``) prints it
    in its first page's 版头 only. ``void_stamp`` (已作废) opposite it, at the top right of
    every page, on a paper of a voided record (``printing.voided``).
    """

    def __init__(
        self,
        title: str = "",
        subtitle: str = "",
        footer: str = "",
        body_size: float = SIZE_SMALL4,
        body_role: str = fonts.FANGSONG,
        label_role: str = fonts.HEITI,
        title_size: float = SIZE_2,
        top: float = TOP,
        bottom: float = BOTTOM,
        left: float = LEFT,
        right: float = RIGHT,
        repeat_title: bool = False,
        secrecy: str = "",
        landscape: bool = False,
    ) -> None:
        fonts.refresh_if_settings_changed()
        self.title_text = title
        self.footer = footer
        self.body_size = body_size
        self.body_font = fonts.font(body_role)
        self.label_font = fonts.font(label_role)
        self.title_font = fonts.font(fonts.TITLE)
        self.title_bold = fonts.fake_bold(fonts.TITLE)
        self.page_size = (PAGE_HEIGHT, PAGE_WIDTH) if landscape else (PAGE_WIDTH, PAGE_HEIGHT)
        self.left = left * mm
        self.right = self.page_size[0] - right * mm
        self.width = self.right - self.left
        self.top = self.page_size[1] - top * mm
        self.bottom = bottom * mm + (10 * mm if footer else 0)
        self.footer_y = bottom * mm
        self.repeat_title = repeat_title
        self.secrecy = secrecy
        self.void_stamp = ""
        self.pages: list[_Page] = []
        self.y = self.top
        self._new_page(first=True)
        if title:
            self.heading(title, size=title_size)
        if subtitle:
            self.text(subtitle, align="center", size=SIZE_3, role=fonts.KAITI)
            self.spacer(2)

    # ------------------------------------------------------------ pages
    @property
    def page_count(self) -> int:
        return len(self.pages)

    def _new_page(self, first: bool = False) -> None:
        self.pages.append(_Page())
        self.y = self.top
        if not first and self.repeat_title and self.title_text:
            self.heading(self.title_text, size=SIZE_3)

    def new_page(self) -> None:
        """Start a new page."""
        self._new_page()

    def room(self) -> float:
        """Space left on the page, in mm."""
        return (self.y - self.bottom) / mm

    def ensure(self, height_mm: float) -> None:
        """Break the page unless ``height_mm`` still fits."""
        if self.y - height_mm * mm < self.bottom - 0.01 and self.y < self.top - 0.01:
            self._new_page()

    def keep_together(self, build: Callable[[], None]) -> None:
        """Lay out ``build()`` (calls on this form) on one page: when it would run over a page
        break, it starts on a new page instead (a 回执 with its cut line, a signature block).
        A block taller than a page starts at a page top and breaks where it must."""
        pages, ops, y = len(self.pages), len(self.pages[-1].ops), self.y
        build()
        if len(self.pages) > pages and y < self.top - 0.01:
            del self.pages[pages:]
            del self.pages[-1].ops[ops:]
            self.y = y
            self._new_page()
            build()

    def ensure_room_for(self, build: Callable[[], None]) -> None:
        """Start a new page unless ``build()`` — tried, then undone — stays on this one: call it
        with a heading and its table's first row, then lay out the whole table, and the heading
        never ends a page with only the table's header under it."""
        pages, ops, y = len(self.pages), len(self.pages[-1].ops), self.y
        build()
        ran_over = len(self.pages) > pages
        del self.pages[pages:]
        del self.pages[-1].ops[ops:]
        self.y = y
        if ran_over and y < self.top - 0.01:
            self._new_page()

    def add(self, op: Op) -> None:
        """Add a raw drawing operation (a function of the canvas) to the current page."""
        self.pages[-1].ops.append(op)

    def spacer(self, height_mm: float) -> None:
        self.y -= height_mm * mm
        if self.y < self.bottom:
            self._new_page()

    # ------------------------------------------------------------ text
    def draw_line(
        self,
        text: str,
        font: str,
        size: float,
        x: float,
        baseline: float,
        color: tuple[float, float, float] = (0, 0, 0),
        bold: bool = False,
        extra: float = 0.0,
    ) -> None:
        def op(c: Canvas) -> None:
            t = c.beginText(x, baseline)
            t.setFont(font, size)
            t.setCharSpace(0)
            t.setHorizScale(100)
            t.setFillColorRGB(*color)
            if bold:
                t.setStrokeColorRGB(*color)
                c.setLineWidth(size * 0.025)
                t.setTextRenderMode(2)
            if extra:
                text_out_justified(t, text, 0.0, extra)
            else:
                text_out(t, text)
            if bold:
                t.setTextRenderMode(0)
            c.drawText(t)

        self.add(op)

    def heading(self, text: str, size: float = SIZE_2) -> None:
        """A centred title in 小标宋, wrapped on several lines when long."""
        lead = size * 1.5
        for line in wrap_balanced([Run(text, self.title_font, size)], self.width - 2 * size,
                                  widest=self.width):
            self.ensure(lead / mm)
            x = self.left + (self.width - line.width) / 2
            self.draw_line(
                line.text,
                self.title_font,
                size,
                x,
                self.y - ASCENT * size - 2,
                bold=self.title_bold,
            )
            self.y -= lead
        self.y -= size * 0.3

    def text(
        self,
        text: str,
        align: str = "left",
        size: float | None = None,
        role: str | None = None,
        indent_chars: float = 0.0,
        leading: float = 1.6,
        color: tuple[float, float, float] = (0, 0, 0),
        keep_after: float = 0.0,
    ) -> None:
        """A wrapped paragraph (newlines start new lines); ``indent_chars`` indents the first
        line by that many characters; its last line goes over to the next page unless
        ``keep_after`` mm more (the line that closes it: a 简报 item's source) stay with it."""
        size = size or self.body_size
        font = fonts.font(role) if role else self.body_font
        lead = size * leading
        indent = indent_chars * size
        lines = wrap_runs([Run(text, font, size)], self.width, first_width=self.width - indent,
                          squeeze=align == "left")
        for k, line in enumerate(lines):
            self.ensure(lead / mm + (keep_after if k == len(lines) - 1 else 0.0))
            if align == "center":
                x = self.left + (self.width - line.width) / 2
            elif align == "right":
                x = self.right - line.width
            else:
                x = self.left + (indent if k == 0 else 0)
            # a left-aligned line that is not a paragraph's last fills the measure (as in the
            # 公文), so a date or name carried whole to the next line leaves no ragged edge
            space = 0.0
            if align == "left":
                space = justify_extra(line.text, line.width, self.right - x, size, line.last)
            self.draw_line(
                line.text, font, size, x, self.y - ASCENT * size - (lead - size) / 2, color,
                extra=space,
            )
            self.y -= lead

    def lines_of(self, text: str, size: float | None = None, role: str | None = None,
                 indent_chars: float = 0.0, align: str = "left") -> int:
        """The lines ``text`` takes set by ``text`` with these arguments."""
        size = size or self.body_size
        font = fonts.font(role) if role else self.body_font
        return len(wrap_runs([Run(text, font, size)], self.width,
                             first_width=self.width - indent_chars * size, squeeze=align == "left"))

    def keep_lines(self, paragraphs: Sequence[str], k: int, size: float | None = None,
                   role: str | None = None, indent_chars: float = 0.0, most: int = 1) -> int:
        """The lines from ``paragraphs[k]`` on that must stand on one page: a heading of its own
        line and the headings right after it (pagination.heading_run, the 公文's rule) with the
        first line of the text under them; for any other paragraph its first ``most`` lines."""
        from officedesk.printing.pagination import heading_run

        def lines_of(text: str) -> int:
            return self.lines_of(text, size, role, indent_chars)

        run = heading_run(paragraphs, k, lines_of)
        after = k + len(run)
        if after >= len(paragraphs):
            return sum(run)
        return sum(run) + min(most if not run else 1, lines_of(paragraphs[after]))

    def paragraphs(self, paragraphs: Sequence[str], size: float | None = None,
                   role: str | None = None, indent_chars: float = 2.0,
                   leading: float = 1.6, keep_after: float = 0.0) -> None:
        """Paragraphs of running text set as ``text`` sets each: a heading of its own line
        (一、 / （一） / 1. / （1）, and a run of them) never ends a page — it goes on to the next
        with the first line of the text under it, as in the 公文 (GB/T 9704 engine); the last
        line keeps ``keep_after`` mm under it on its page (``text``)."""
        lead = (size or self.body_size) * leading
        for k, paragraph in enumerate(paragraphs):
            if k + 1 < len(paragraphs):
                kept = self.keep_lines(paragraphs, k, size, role, indent_chars, most=0)
                if kept:
                    self.ensure(kept * lead / mm)
            self.text(paragraph, size=size, role=role, indent_chars=indent_chars,
                      leading=leading, keep_after=keep_after if k == len(paragraphs) - 1 else 0.0)

    def pair_line(
        self, left: str, right: str, size: float | None = None, role: str | None = None
    ) -> None:
        """One line with text flush left and other text flush right (e.g. 单位 … 日期). A left
        text too long to stand beside the right one (a joint 编发单位 beside the date) goes on
        to the lines below, broken between words, instead of over it and off the page."""
        size = size or self.body_size
        font = fonts.font(role) if role else self.body_font
        lead = size * 1.6
        room = self.width - (text_width(right, font, size) + size if right else 0)
        lines = [left]
        if left and text_width(left, font, size) > room:
            lines = [line.text for line in wrap_runs([Run(left, font, size)], max(room, size), words=True)]
        for k, line in enumerate(lines):
            self.ensure(lead / mm)
            baseline = self.y - ASCENT * size - (lead - size) / 2
            if line:
                self.draw_line(line, font, size, self.left, baseline)
            if right and k == 0:
                self.draw_line(right, font, size, self.right - text_width(right, font, size), baseline)
            self.y -= lead

    def rule(self, width_pt: float = 0.75, color: tuple[float, float, float] = (0, 0, 0)) -> None:
        """A horizontal rule across the page."""
        y, x1, x2 = self.y, self.left, self.right

        def op(c: Canvas) -> None:
            c.setStrokeColorRGB(*color)
            c.setLineWidth(width_pt)
            c.line(x1, y, x2, y)

        self.add(op)
        self.y -= 2 * mm

    # ------------------------------------------------------------ boxes
    def grid(
        self,
        rows: Sequence[Sequence[Field]],
        columns: int = 2,
        label_width: float = 26.0,
        min_height: float = 11.0,
        size: float | None = None,
    ) -> None:
        """A boxed label/value grid (``form_boxes.grid``): each row holds Fields whose spans
        add up to ``columns``; a Field with ``height`` is a box of that height."""
        form_boxes.grid(self, rows, columns, label_width, min_height, size)

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        repeat_header: bool = True,
        row_height: float = 9.0,
        size: float | None = None,
        header_size: float | None = None,
        heading: Callable[[], None] | None = None,
        placed: list[int] | None = None,
    ) -> int:
        """A ruled table whose header repeats on every page it runs onto, never at a page's
        foot without its first row, with ``heading`` (its title, laid out by the caller) kept
        with them (``form_boxes.table``); returns the pages it ran over. ``placed`` receives
        each row's page index."""
        return form_boxes.table(self, columns, rows, repeat_header, row_height, size, header_size,
                                heading, placed)

    # ------------------------------------------------------------ output
    def draw(self, canvas: Canvas, start: int = 1, total: int | None = None) -> int:
        """Draw every page onto ``canvas`` (one showPage each); return the page count. The
        footer numbers pages from ``start`` of ``total`` (default: this form's own pages)."""
        pages = len(self.pages) if total is None else total
        mark_top = self.top + classified.GAP_ABOVE_CONTENT + classified.SIZE
        for number, page in enumerate(self.pages, start=start):
            canvas.setPageSize(self.page_size)
            classified.draw(canvas, self.secrecy, self.left, mark_top)
            voided.draw_stamp(canvas, self.void_stamp, self.right, mark_top + voided.PAD)
            for op in page.ops:
                op(canvas)
            if self.footer:
                footer = self.footer.format(page=number, pages=pages)
                canvas.setFont(self.body_font, SIZE_5)
                canvas.setFillColorRGB(0, 0, 0)
                canvas.drawCentredString(self.page_size[0] / 2, self.footer_y, footer)
            canvas.showPage()
        return len(self.pages)

    def render(self) -> bytes:
        """The PDF of this form alone."""
        return render_forms([self], self.title_text)


def render_forms(forms: Sequence[FormDocument], title: str = "", continuous: bool = False) -> bytes:
    """Several forms in one PDF: each numbers its own pages, or with ``continuous`` the pages
    are numbered over the whole document (the sections of one 归档文件目录): one paper, whose
    every page carries the strictest 密级 of its sections (``secrecy.strictest``, 汇编)."""
    if continuous:
        whole = classified.strictest(f.secrecy for f in forms)
        for form in forms:
            form.secrecy = whole
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title)
    total = sum(f.page_count for f in forms)
    start = 1
    for form in forms:
        if continuous:
            start += form.draw(canvas, start, total)
        else:
            form.draw(canvas)
    canvas.save()
    return buffer.getvalue()
