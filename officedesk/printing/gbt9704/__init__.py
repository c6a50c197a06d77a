"""The 公文 page engine in GB/T 9704-2012 geometry (DOMAIN.md §2).

A4; 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm; 22 lines of 28 characters of 3号 (16 pt) 仿宋 on
a fixed grid. Line pitch and tracking are office settings (``print.line_pitch_pt``,
``print.tracking_pt``) with the standard's defaults; the red rule's star is
``print.red_rule_star``.

Public API (data in, PDF bytes out)::

    from officedesk.printing.gbt9704 import DocumentData, render_document
    pdf = render_document(DocumentData(
        organs=["中共某某市委办公室"], doc_number="某委办发〔2026〕7号",
        title="关于做好2026年元旦春节期间有关工作的通知", recipients="各区委，市委各部委：",
        body="一、……\\n（一）……", signer_organs=["中共某某市委办公室"],
        date=datetime.date(2026, 1, 5), cc="市人大常委会办公室。",
        printer_organ="中共某某市委办公室", print_date=datetime.date(2026, 1, 5)))

``render_documents([...])`` puts several documents into one PDF (each numbered from 1);
``draw_document(canvas, data)`` draws one onto a canvas the caller owns. Layout is done in
memory first (``compose``), so the page count, the 版记's place and page numbers are known
before anything is drawn; that also makes the geometry testable without a PDF.
"""

from officedesk.printing.gbt9704.compose import compose, corner_lines
from officedesk.printing.gbt9704.draw import (
    draw_composed,
    draw_document,
    draw_page,
    draw_placed,
    draw_star,
    new_canvas,
    page_count,
    render_document,
    render_documents,
)
from officedesk.printing.gbt9704.flow import (
    Composed,
    ComposedPage,
    Flow,
    Placed,
    Rule,
    blank_gap,
    text_line,
)
from officedesk.printing.gbt9704.geometry import (
    ASCENT,
    BLACK,
    BODY_BOTTOM,
    BODY_HEIGHT,
    BODY_RIGHT,
    BODY_TOP,
    BODY_WIDTH,
    CHARS_PER_LINE,
    LEFT_MARGIN,
    LINES_PER_PAGE,
    MARK_CHAR_WIDTH,
    MARK_HEIGHT,
    PAGE_HEIGHT,
    PAGE_NUMBER_GAP,
    PAGE_WIDTH,
    RED,
    SIZE_2,
    SIZE_3,
    SIZE_4,
    VARIANTS,
    DocumentData,
    date_text,
    heading_level,
    line_pitch,
    page_number_baseline,
    paragraph_runs,
    tracking,
)
from officedesk.printing.gbt9704.mark import letter_rules

__all__ = [
    "ASCENT", "BLACK", "BODY_BOTTOM", "BODY_HEIGHT", "BODY_RIGHT", "BODY_TOP", "BODY_WIDTH",
    "CHARS_PER_LINE", "LEFT_MARGIN", "LINES_PER_PAGE", "MARK_CHAR_WIDTH",
    "MARK_HEIGHT", "PAGE_HEIGHT", "PAGE_NUMBER_GAP", "PAGE_WIDTH", "RED", "SIZE_2", "SIZE_3",
    "SIZE_4", "VARIANTS", "Composed", "ComposedPage", "DocumentData", "Flow", "Placed", "Rule",
    "compose", "corner_lines", "date_text", "draw_composed", "draw_document", "draw_page", "draw_placed", "draw_star", "blank_gap",
    "heading_level", "letter_rules", "line_pitch", "new_canvas", "page_count", "page_number_baseline", "paragraph_runs", "render_document",
    "render_documents", "text_line", "tracking",
]
