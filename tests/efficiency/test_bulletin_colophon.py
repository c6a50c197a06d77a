"""The 效能通报 as a 公文 (GB/T 9704-2012): in 文件格式 a 发文字号 centred under the red 标志 above
the red rule (the setting, else 机关代字〔年份〕 with the number blank for a hand), and the 版记 —
印发机关 and 印发日期 between the rules 0.35/0.35 mm, the last on the 版心's bottom — at the foot of
the last even page. It had neither."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from officedesk.printing import fonts

from .conftest import TODAY

MM = 72 / 25.4
BODY_BOTTOM = (37 + 225) * MM  # from the paper's top, PyMuPDF's y
BODY_LEFT, BODY_RIGHT = 28 * MM, (28 + 156) * MM


def _rules(page) -> list[tuple[float, float, float, float, tuple]]:
    """Horizontal lines: (y, x0, x1, width, colour)."""
    out = []
    for drawing in page.get_drawings():
        for item in drawing["items"]:
            if item[0] == "l" and abs(item[1].y - item[2].y) < 0.1:
                out.append((item[1].y, min(item[1].x, item[2].x), max(item[1].x, item[2].x),
                            drawing.get("width") or 0, drawing.get("color")))
    return out


def _line_of(page, text: str):
    hits = page.search_for(text)
    assert hits, text
    return hits[0]


def test_the_number_stands_under_the_mark_above_the_red_rule(bulletin):
    doc = bulletin(**{"efficiency.bulletin.number": "某委办通〔2025〕3号"})
    page = doc[0]
    number = _line_of(page, "某委办通〔2025〕3号")
    mark = _line_of(page, "文件")
    red = [r for r in _rules(page) if r[4] and r[4][0] > 0.8 and r[4][1] < 0.2]
    assert red, "the red rule"
    rule_y = red[0][0]
    assert mark.y1 < number.y0 < number.y1 < rule_y
    # centred in the 版心 (its width by the face's own advances: PyMuPDF's box of 〔〕 is
    # narrower), 4 mm above the rule
    width = stringWidth("某委办通〔2025〕3号", fonts.font(fonts.FANGSONG), 16)
    assert abs(number.x0 + width / 2 - (BODY_LEFT + BODY_RIGHT) / 2) < 3
    assert abs(rule_y - number.y1 - 4 * MM) < 2 * MM


def test_no_number_set_leaves_the_number_blank_for_a_hand(bulletin):
    page = bulletin()[0]
    text = page.get_text()
    line = next(line for line in text.splitlines() if line.startswith(f"某委办发〔{TODAY.year}〕"))  # the 发文 代字
    assert line.endswith("号") and not any(c.isdigit() for c in line.split("〕")[1])


def test_the_colophon_is_on_the_last_even_page_between_its_rules(bulletin):
    doc = bulletin()
    assert doc.page_count % 2 == 0
    last = doc[-1]
    printed = _line_of(last, "印发")
    rules = sorted(r for r in _rules(last) if r[4] is None or max(r[4]) < 0.2)
    assert len(rules) >= 2, rules
    top, bottom = rules[0], rules[-1]
    assert abs(bottom[0] - BODY_BOTTOM) < 0.5  # the last rule on the 版心's bottom
    for _y, x0, x1, width, _colour in (top, bottom):
        assert abs(x0 - BODY_LEFT) < 0.5 and abs(x1 - BODY_RIGHT) < 0.5
        assert abs(width - 0.35 * MM) < 0.05
    organ_line = [o for o in last.search_for("中共某某县委办公室") if top[0] < o.y0][0]
    assert top[0] < printed.y0 and printed.y1 < bottom[0]
    assert top[0] < organ_line.y0 and organ_line.y1 < bottom[0]


def test_page_numbers_dash_7_mm_under_the_block_as_the_公文(bulletin):
    """GB/T 9704 §7.5: 一字线上距版心下边缘 7 mm — the dash's ink, as the 公文's (was the 4号
    line box's top: the dash inked 9.8 mm under); odd pages right, even left, one character
    in."""
    import numpy as np
    import pymupdf

    doc = bulletin()
    numbered = 0
    for index, page in enumerate(doc):
        hits = page.search_for(f"— {index + 1} —")
        if not hits:
            continue
        numbered += 1
        box = hits[0]
        if (index + 1) % 2:
            assert abs(box.x1 - (BODY_RIGHT - 14)) < 1.5
        else:
            assert abs(box.x0 - (BODY_LEFT + 14)) < 1.5
        clip = pymupdf.Rect(box.x0, BODY_BOTTOM + 1 * MM, box.x0 + 10, 290 * MM)
        pix = page.get_pixmap(dpi=600, clip=clip)
        ink = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
        rows = np.where(ink[:, :, :3].min(axis=2).min(axis=1) < 128)[0]
        top = clip.y0 + rows.min() * 72 / 600
        assert abs((top - BODY_BOTTOM) / MM - 7) < 0.15, (index, (top - BODY_BOTTOM) / MM)
    assert numbered >= 1
