"""A printed 公文's text read back by rows (PyMuPDF), for the pagination tests: each page's
rows top to bottom, the spans of one baseline joined, and the 版心's edges from the paper's top;
and the many 公文 of a sweep drawn into one PDF, each on pages of its own."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import pymupdf

from officedesk.printing.gbt9704 import BODY_BOTTOM, BODY_TOP, PAGE_HEIGHT, DocumentData
from officedesk.printing.gbt9704.draw import draw_document, new_canvas
from tests.printing.conftest import open_pdf, spans

PITCH = 28.94  # the setting's default: 22 lines in the 225 mm 版心
VERSION_TOP = PAGE_HEIGHT - BODY_TOP  # the 版心's top and bottom, from the paper's top edge
VERSION_BOTTOM = PAGE_HEIGHT - BODY_BOTTOM

Row = tuple[float, float, float, str, float]  # baseline, top, bottom, text, size


def drawn_apart(documents: Sequence[DocumentData]) -> list[list[pymupdf.Page]]:
    """Each document's pages, the documents drawn one after another into one PDF as
    render_document draws one alone (draw_document: its own composition, its own page numbers
    from — 1 —). A sweep's hundreds of 公文 each paid a PDF of its own — its font subsets, its
    saving, its reading back: two thirds of a render."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer)
    counts = [draw_document(canvas, data) for data in documents]
    canvas.save()
    pages = list(open_pdf(buffer.getvalue()))
    assert len(pages) == sum(counts), (len(pages), counts)
    starts = [sum(counts[:k]) for k in range(len(counts))]
    return [pages[start:start + count] for start, count in zip(starts, counts, strict=True)]


def text_rows(pdf: bytes | Iterable[pymupdf.Page], keep: Callable[[Any], bool]) -> list[list[Row]]:
    """Per page, the rows of the spans `keep` takes: (baseline, top, bottom, text, size), of a
    PDF or of some of its pages (drawn_apart)."""
    pages = []
    for page in open_pdf(pdf) if isinstance(pdf, bytes) else pdf:
        rows: dict[float, list] = {}
        for s in spans(page):
            if keep(s):
                rows.setdefault(round(s.origin_y, 1), []).append(s)
        pages.append([(y, min(s.top for s in r), max(s.bottom for s in r),
                       "".join(s.text for s in sorted(r, key=lambda s: s.x0)), max(s.size for s in r))
                      for y, r in sorted(rows.items())])
    return pages
