"""頔 龑 氹 (冯頔, 褚龑, 氹仔) are in none of the bundled 仿宋, 楷体, 宋体 and 小标宋: the bundled 黑体
alone has them, so a 仿宋 line prints them in 黑体. An installed 宋体 that has them (Windows'
simsun.ttc, searched for the CJK extensions) stands in before the 黑体 — closer in look to 仿宋
— and a paper that still prints one in 黑体 inside a line of another face says which in its
print note. Measured in the PDF with PyMuPDF (the font of each span)."""

from __future__ import annotations

import dataclasses

import pytest

from officedesk.core.actor import CLI_ACTOR
from officedesk.printing import fallback, fonts, forms
from officedesk.printing.gbt9704 import render_document
from officedesk.printing.samples import sample_document
from tests.printing.conftest import open_pdf, spans

RARE = "頔龑氹"


@pytest.fixture(autouse=True)
def lacking():
    if fonts.missing(fonts.FANGSONG, RARE) != RARE or fonts.missing(fonts.HEITI, RARE):
        pytest.skip("the bundled faces changed: 仿宋 has these, or 黑体 lacks them")


def test_an_installed_song_face_stands_in_before_the_heiti(monkeypatch):
    fang = fonts.font(fonts.FANGSONG)
    song_ext = fonts.font(fonts.SONG)  # a registered face standing for simsun.ttc
    monkeypatch.setattr(fallback, "_extensions", lambda: ["SimSun-Stand-In"])
    monkeypatch.setattr(fallback, "_faces", {})
    order = fallback.stand_ins(fang)
    assert order.index("SimSun-Stand-In") < order.index(fonts.font(fonts.HEITI))
    assert order.index(song_ext) < order.index("SimSun-Stand-In")  # the roles' own 宋体 first
    # the 黑体's own stand-ins keep the other faces' order: it has no closer face
    assert fallback.stand_ins(fonts.font(fonts.HEITI))[-1] == "SimSun-Stand-In"


def test_a_heiti_stand_in_in_a_fangsong_line_is_named_in_the_print_note(monkeypatch):
    body = "经研究，同意冯頔、褚龑同志赴氹仔考察学习。"
    data = dataclasses.replace(sample_document(1), body=body)
    monkeypatch.setattr(forms, "_FORMS", {})
    built = forms._noting(lambda *_a, **_k: render_document(data))([], CLI_ACTOR)
    heiti = fonts.font(fonts.HEITI)
    with open_pdf(bytes(built)) as pdf:
        drawn = {c: s.font for page in pdf for s in spans(page) for c in s.text if c in RARE}
    assert set(drawn) == set(RARE)
    assert all(fonts.role_of_font_name(name) == fonts.HEITI for name in drawn.values()), drawn
    assert heiti
    said = [n for n in built.notes if "黑体" in n]
    assert len(said) == 1 and all(c in said[0] for c in RARE), built.notes
    assert not built.missing  # printed, not an empty box


def test_no_note_when_every_character_is_in_its_own_face(monkeypatch):
    data = dataclasses.replace(sample_document(1), body="经研究，同意王明同志赴澳门考察学习。")
    built = forms._noting(lambda *_a, **_k: render_document(data))([], CLI_ACTOR)
    assert not [n for n in built.notes if "黑体" in n]
