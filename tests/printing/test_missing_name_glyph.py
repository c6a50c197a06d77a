"""A character no print face has (𪚥; 䶮, once used here, is in the bundled 楷体 and 小标宋, which
carry the whole 通用规范汉字表) still prints, as an empty box, on the 座次表 and the 桌签 (the
通知, the 签到表 and the 公文 print their face's box): 欧阳𪚥 never prints as 欧阳, a complete
plausible 复姓 name, the wrong card on the table. Rendered with PyMuPDF: ink where the character
stands, right of 阳."""

from __future__ import annotations

import pymupdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from officedesk.printing import fonts
from officedesk.printing.fallback import face_for
from officedesk.printing.meeting_seats import draw_namecard
from officedesk.printing.seating import Seat, SeatingChart, render_charts
from tests.printing.conftest import open_pdf

NAME = "欧阳𪚥"


@pytest.fixture(autouse=True)
def lacking():
    heiti = fonts.font(fonts.HEITI)
    if not fonts.face_lacks(face_for("𪚥", heiti), "𪚥"):
        pytest.skip("a print face of this machine has 𪚥")


def _ink_right_of(page: pymupdf.Page, before: str) -> list[float]:
    """For each drawn ``before`` character of the page: the share of dark pixels in the em box
    just after it (where the name's next character stands)."""
    shares = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                for char in span["chars"]:
                    if char["c"] != before:
                        continue
                    x0, y0, x1, y1 = char["bbox"]
                    size = span["size"]
                    if line["dir"][0] > 0:
                        box = pymupdf.Rect(x1 + size * 0.05, y0, x1 + size * 0.95, y1)
                    else:  # the 桌签's top face, turned 180°: the next character stands left
                        box = pymupdf.Rect(x0 - size * 0.95, y0, x0 - size * 0.05, y1)
                    box &= page.rect
                    pix = page.get_pixmap(dpi=150, clip=box, colorspace=pymupdf.csGRAY)
                    dark = sum(1 for v in pix.samples if v < 128)
                    shares.append(dark / max(1, pix.width * pix.height))
    return shares


def test_the_seating_chart_prints_a_box_for_the_missing_character():
    chart = SeatingChart("测试会议", "2027年3月10日", [Seat(NAME, "县住房和城乡建设局副局长", 1),
                                                    Seat("韦刚", "县委书记", 2)], [], "")
    page = open_pdf(render_charts([chart]))[0]
    shares = _ink_right_of(page, "阳")
    assert shares and all(share > 0.03 for share in shares), shares
    # and what is drawn after it still shows (the invisible text mode does not outlive the box)
    after = [s for s in page.get_text("words") if s[4].startswith("韦")]
    pix = page.get_pixmap(dpi=150, clip=pymupdf.Rect(after[0][:4]), colorspace=pymupdf.csGRAY)
    assert sum(1 for v in pix.samples if v < 128) > 20


def test_the_name_card_prints_a_box_for_the_missing_character(tmp_path):
    path = tmp_path / "card.pdf"
    canvas = Canvas(str(path))
    draw_namecard(canvas, NAME)
    canvas.save()
    page = pymupdf.open(str(path))[0]
    shares = _ink_right_of(page, "阳")
    assert len(shares) == 2 and all(share > 0.03 for share in shares), shares  # both faces
