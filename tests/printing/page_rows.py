"""A printed 公文's text read back by rows (PyMuPDF), for the pagination tests: each page's
rows top to bottom, the spans of one baseline joined, and the 版心's edges from the paper's top."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from officedesk.printing.gbt9704 import BODY_BOTTOM, BODY_TOP, PAGE_HEIGHT
from tests.printing.conftest import open_pdf, spans

PITCH = 28.94  # the setting's default: 22 lines in the 225 mm 版心
VERSION_TOP = PAGE_HEIGHT - BODY_TOP  # the 版心's top and bottom, from the paper's top edge
VERSION_BOTTOM = PAGE_HEIGHT - BODY_BOTTOM

Row = tuple[float, float, float, str, float]  # baseline, top, bottom, text, size


def text_rows(pdf: bytes, keep: Callable[[Any], bool]) -> list[list[Row]]:
    """Per page, the rows of the spans `keep` takes: (baseline, top, bottom, text, size)."""
    pages = []
    for page in open_pdf(pdf):
        rows: dict[float, list] = {}
        for s in spans(page):
            if keep(s):
                rows.setdefault(round(s.origin_y, 1), []).append(s)
        pages.append([(y, min(s.top for s in r), max(s.bottom for s in r),
                       "".join(s.text for s in sorted(r, key=lambda s: s.x0)), max(s.size for s in r))
                      for y, r in sorted(rows.items())])
    return pages
