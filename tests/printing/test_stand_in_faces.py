"""A character the role's face lacks prints in another face that has it, not as an empty box:
王堃's 堃, 朱镕基's 镕, 张喆's 喆 are outside GB 2312 and the bundled 仿宋 (cut from Fandol Fang)
has none of them, while the bundled 黑体 has all three. Every character of the PDF is drawn in
a face with its glyph (PyMuPDF: each span's font has the span's characters), the paper names
nothing as missing, and the line keeps its measure (the text after the stand-in stays inside
the 版心). A character no bundled face has (𪚥, Extension B, outside the 通用规范汉字表: 䶮 of
that table is in the bundled 楷体 and 小标宋 since probe48) is still named."""

from __future__ import annotations

import dataclasses

import pytest

from officedesk.printing import fonts
from officedesk.printing.fallback import face_for, pieces
from officedesk.printing.gbt9704 import render_document
from officedesk.printing.gbt9704.geometry import BODY_RIGHT, LEFT_MARGIN
from officedesk.printing.proof import font_problems
from officedesk.printing.samples import sample_document
from officedesk.printing.seating import Seat, SeatingChart, render_charts
from officedesk.printing.signin import SigninData, SigninRow, render_signin
from tests.printing.conftest import open_pdf, spans

NAMES = "王堃、朱镕基、张喆、李昇、周玥、吴珺、郑赟、孙旸、钱彧、冯頔、褚龑、陈翀"


@pytest.fixture(autouse=True)
def lacking():
    if not fonts.missing(fonts.FANGSONG, "堃镕喆") or fonts.missing(fonts.HEITI, "堃镕喆"):
        pytest.skip("the bundled faces changed: 仿宋 has these names, or 黑体 lacks them")


def _drawn_in_a_face_with_them(pdf: bytes, names: str = NAMES) -> list[str]:
    """Characters drawn in a face that lacks them (a face's empty box reads back as U+0000),
    and the names the PDF's text does not hold (a two-character name is spaced out)."""
    wrong = []
    text = ""
    with open_pdf(pdf) as doc:
        for page in doc:
            text += page.get_text()
            for span in spans(page):
                role = fonts.role_of_font_name(span.font)
                assert role is not None, span.font
                wrong += list(fonts.missing(role, span.text))
    return wrong + [name for name in names.split("、") if name not in "".join(text.split())]


def test_a_character_the_face_lacks_is_drawn_in_a_face_that_has_it():
    fang = fonts.font(fonts.FANGSONG)
    assert face_for("堃", fang) != fang
    assert not fonts.face_lacks(face_for("堃", fang), "堃")
    assert face_for("王", fang) == fang
    assert pieces("王堃同志", fang) == [("王", fang), ("堃", face_for("堃", fang)), ("同志", fang)]
    # no bundled face has 𪚥: it stays in its own face (an empty box, and named)
    assert face_for("𪚥", fang) == fang


def test_the_document_body_prints_the_names():
    data = sample_document(1)
    body = f"经研究，{NAMES}等同志参加会议。请各单位于2026年12月3日前报送材料。\n" + data.body
    data = dataclasses.replace(data, body=body)
    with fonts.noting_missing() as missing:
        pdf = render_document(data)
    assert not (set(missing) & set(NAMES)), missing
    assert _drawn_in_a_face_with_them(pdf) == []
    assert [p for p in font_problems(pdf) if any(c in p for c in "堃镕喆")] == []
    with open_pdf(pdf) as doc:
        for page in doc:
            for span in spans(page):
                assert span.x1 <= BODY_RIGHT + 1.0 and span.x0 >= LEFT_MARGIN - 1.0, span.text


def test_the_sign_in_sheet_and_the_seating_chart_print_the_names():
    rows = [SigninRow(name, "云岭县人民政府", "副县长") for name in NAMES.split("、")]
    sheet = render_signin(SigninData("全县工作会议", rows=rows))
    assert _drawn_in_a_face_with_them(sheet) == []
    chart = SeatingChart(title="王堃同志主持全县工作会议座次表",
                         podium=[Seat(name, post="朱镕基委员") for name in ("王堃", "张喆")],
                         rows=[])
    assert _drawn_in_a_face_with_them(render_charts([chart]), "王堃、张喆、朱镕基") == []


def test_a_character_no_face_has_is_still_named():
    data = sample_document(1)
    data = dataclasses.replace(data, body="刘𪚥、王堃同志：\n" + data.body)
    with fonts.noting_missing() as missing:
        render_document(data)
    assert "𪚥" in missing and "堃" not in missing


def test_a_text_is_cut_where_its_face_changes_whatever_its_characters():
    """The faces' own characters are found with one search per text (probe43: a 500-sheet
    签到表 paid a character-by-character look-up): the cut is the one made character by
    character, for characters a pattern would read as its own (] \\ - ^), spaces and line
    breaks, a lacking character first or last, and a text of the face's characters only."""
    fang = fonts.font(fonts.FANGSONG)

    def by_character(text: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for char in text:
            face = face_for(char, fang)
            if out and out[-1][1] == face:
                out[-1] = (out[-1][0] + char, face)
            else:
                out.append((char, face))
        return out or [("", fang)]

    texts = ["", "王伟", "堃", "堃王", "王堃", " \n\t\u3000王", "a-z]^\\[堃]-^", "䶮堃王喆 镕", "𪚥王𬱟"]
    texts.append("".join(chr(k) for k in range(32, 127)) + "堃")
    for text in texts:
        assert pieces(text, fang) == by_character(text), text
