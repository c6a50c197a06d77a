"""A joint 上行文 whose 版头 of every organ's name leaves page 1 no room for the title and the
正文's first line prints its 发文机关标志 with the 主办机关's name alone, “文件” style (GB/T
9704-2012 §7.2.4), and says so; the 签发人 are all still there (§7.2.6: in the organs' order,
two a line, left to right and top down) with the 发文字号 on the last one's line (§7.2.5). Only
a head too tall even so is refused. Measured in the PDF with PyMuPDF."""

from __future__ import annotations

import pytest

from officedesk.core.errors import ValidationError
from officedesk.printing import print_notes
from officedesk.printing.gbt9704 import render_document
from tests.printing.conftest import MM, open_pdf, spans
from tests.printing.test_crowded_head import NUMBER, ORGANS, SIGNERS, _request, _rows

LONG_TITLE = "关于申请追加2026年度防汛救灾资金和农村公路建设补助资金及地质灾害防治专项资金的请示"
LEFT, WIDTH, TOP = 28 * MM, 156 * MM, 37 * MM


def _printed(data):
    with print_notes.noting() as notes:
        pdf = open_pdf(render_document(data))
    return pdf, notes


def test_five_organs_print_the_lead_organ_alone_with_the_text_on_page_one():
    """Five organs, a two-line title: refused before (“只放得下 1 行标题”); now page 1 holds the
    标志 of the 主办机关 alone, centred, 35 mm under the 版心 top, the whole title, the 主送 and
    the 正文's first line, and the clerk is told."""
    pdf, notes = _printed(_request(5))
    page = pdf[0]
    marks = [s for s in spans(page) if s.size > 30]
    assert [s.text for s in marks] == [ORGANS[0] + "文件"]
    mark = marks[0]
    assert not any(o in page.get_text() for o in ORGANS[1:5])
    assert abs((mark.x0 + mark.x1) / 2 - (LEFT + WIDTH / 2)) < 1.5  # centred on the 版心
    assert abs(mark.top - (TOP + 35 * MM)) < 1.5 * MM
    titles = [[s.text for s in spans(p) if abs(s.size - 22) < 0.1] for p in pdf]
    assert len(titles[0]) == 2 and "".join(titles[0]).startswith("关于申请") and not any(titles[1:])
    first = page.get_text()
    assert "中共云州市委：" in first and "现将有关事项请示如下。" in first
    assert len(notes) == 1 and ORGANS[0] in notes[0] and "第九条" in notes[0]


@pytest.mark.parametrize("count", [5, 6])
def test_every_signer_still_two_a_line_in_the_organs_order(count):
    """§7.2.6 with the single-name 标志: every organ's 签发人, in their order left to right and
    top down, two a line (the long name alone on its row), first names in one column, the
    发文字号 on the last row's line a character clear of the names, all inside the 版心."""
    pdf, notes = _printed(_request(count))
    assert notes
    page = pdf[0]
    rows = _rows(page)
    assert [s.text for r in rows for s in r] == SIGNERS[:count]
    assert all(len(r) <= 2 for r in rows)
    assert [r for r in rows if len(r) == 1 and r[0].text == SIGNERS[1]]
    assert len({round(r[0].x0, 1) for r in rows}) == 1
    seconds = {round(r[1].x0, 1) for r in rows if len(r) == 2}
    assert len(seconds) <= 1
    number = next(s for s in spans(page) if s.text == NUMBER)
    assert abs(number.origin_y - rows[-1][0].origin_y) < 0.5
    assert rows[-1][0].x0 - number.x1 >= 16 - 0.5
    assert abs(number.x0 - (LEFT + 16)) < 1.0  # one character in from the left
    assert max(s.x1 for r in rows for s in r) <= LEFT + WIDTH - 16 + 0.5
    label = next(s for s in spans(page) if s.text.startswith("签发人"))
    assert abs(label.origin_y - rows[0][0].origin_y) < 0.5
    mark = next(s for s in spans(page) if s.size > 30)
    # 发文字号 and 签发人 two blank lines under the 标志 (its bottom about 15 mm)
    assert rows[0][0].top > mark.bottom


def test_a_head_that_fits_keeps_every_organ_and_says_nothing():
    pdf, notes = _printed(_request(2, "关于追加防汛资金的请示"))
    marks = [s.text for s in spans(pdf[0]) if s.size > 30]
    assert ORGANS[0] in marks and ORGANS[1] in marks and "文件" in marks
    assert notes == []


def test_refused_only_when_even_the_lead_organ_alone_leaves_no_room(monkeypatch):
    """Six organs under an office's 80 mm 标志 and a four-line title: the single-name head
    leaves no room either — refused, saying so and to how many lines to shorten it (a
    three-line title fits page 1 set on 24 lines)."""
    from officedesk.core import settings

    monkeypatch.setitem(settings._cache, "print.upward_mark_offset_mm", 80.0)
    with pytest.raises(ValidationError, match="即使发文机关标志只用主办机关名称") as refused:
        render_document(_request(6, LONG_TITLE[:-3] + "和水毁道路修复资金的请示"))
    assert "请把标题缩短到" in str(refused.value)


def test_the_printed_paper_carries_the_note():
    """A form's PDF (forms.Printed) carries the note the command line and the preview say."""
    from officedesk.printing import forms

    made = forms._noting(lambda: render_document(_request(5)))()
    assert isinstance(made, forms.Printed) and len(made.notes) == 1
    assert forms._noting(lambda: render_document(_request(2, "关于追加防汛资金的请示")))().notes == ()


def test_the_preview_shows_the_note(qtbot):
    from officedesk.printing import forms
    from officedesk.ui.print_preview import PrintPreviewDialog

    made = forms._noting(lambda: render_document(_request(5)))()
    dialog = PrintPreviewDialog(made, "公文（正式文件）")
    qtbot.addWidget(dialog)
    assert not dialog.notes_label.isHidden() and ORGANS[0] in dialog.notes_label.text()
    plain = PrintPreviewDialog(bytes(made), "公文（正式文件）")
    qtbot.addWidget(plain)
    assert plain.notes_label.isHidden()


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    from tests.cli_office import new_office

    yield from new_office(tmp_path, monkeypatch, capsys)


def test_the_command_line_says_the_note(office, monkeypatch):
    """`print` writes the paper and says on stderr how its 标志 was laid out."""
    from officedesk.printing import forms

    forms.load_all()
    monkeypatch.setitem(forms._FORMS, "joint-request", forms.Form(
        "joint-request", "联合请示", "outgoing",
        forms._noting(lambda ids, actor, **_: render_document(_request(5))), needs_ids=False))
    out, err = office("print", "joint-request", "-o", str(office.out / "joint.pdf"))
    assert "已生成联合请示" in out
    assert "注意：" in err and f"只用主办机关名称“{ORGANS[0]}”" in err
