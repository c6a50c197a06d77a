"""A name's character outside GB 2312 prints in the face closest in look to its line's: the bundled
楷体 (LXGW WenKai) and 小标宋 (Noto Serif CJK) carry the whole 通用规范汉字表 (2013, 8,105 汉字,
196 of them outside the BMP), so 王堃's 堃 and 朱镕基's 镕 in a 仿宋 body print in 楷体 — before,
the cuts kept only what Fandol has, and 堃 printed in the heavier 黑体. A character of the table
outside the BMP (冯𬱟's 𬱟, the table's form of 頔) prints too and reads back as itself. Every
bundled face still carries GB 2312 whole. PyMuPDF reads the font of each span."""

from __future__ import annotations

import codecs
import dataclasses

import pytest

from officedesk.printing import fonts
from officedesk.printing.gbt9704 import render_document
from officedesk.printing.samples import sample_document
from tests.printing.conftest import open_pdf, spans

# in the 通用规范汉字表, outside GB 2312; Fandol (the bundled 仿宋 and 宋体) has none of them
NAME_CHARS = "堃镕喆昇玥珺赟旸彧翀䶮𬱟"
NAMES = "王堃、朱镕基、张喆、李昇、周玥、吴珺、郑赟、孙旸、钱彧、陈翀、刘䶮、冯𬱟"


def gb2312() -> str:
    out = []
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                out.append(codecs.decode(bytes([high, low]), "gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(out)


@pytest.mark.parametrize("role", fonts.ROLES)
def test_every_bundled_face_carries_gb2312_whole(role):
    chars = gb2312()
    assert len(chars) == 7445  # 6,763 汉字 and 682 symbols
    assert fonts.missing(role, chars) == ""


@pytest.mark.parametrize("role", [fonts.KAITI, fonts.TITLE])
def test_the_kaiti_and_title_cuts_carry_the_names_of_the_general_table(role):
    assert fonts.missing(role, NAME_CHARS) == ""
    # and what the cuts kept before: the traditional forms Fandol has (a quoted 澳門)
    assert fonts.missing(role, "澳門亂來") == ""


def _faces_of(pdf: bytes, chars: str) -> dict[str, set[str]]:
    """Each of chars -> the roles of the spans it is drawn in."""
    found: dict[str, set[str]] = {}
    with open_pdf(pdf) as doc:
        for page in doc:
            for span in spans(page):
                for char in span.text:
                    if char in chars:
                        found.setdefault(char, set()).add(str(fonts.role_of_font_name(span.font)))
    return found


def test_a_name_in_a_fangsong_body_prints_its_stand_in_in_kaiti():
    assert fonts.missing(fonts.FANGSONG, NAME_CHARS) == NAME_CHARS  # Fandol has none of them
    data = sample_document(1)
    data = dataclasses.replace(data, body=f"经研究，{NAMES}等同志参加会议。\n" + data.body)
    with fonts.noting_missing() as missing:
        pdf = render_document(data)
    assert not set(missing) & set(NAME_CHARS), missing
    assert _faces_of(pdf, NAME_CHARS) == {char: {fonts.KAITI} for char in NAME_CHARS}
    with open_pdf(pdf) as doc:
        text = "".join("".join(page.get_text().split()) for page in doc)
    # the text layer names each, 𬱟 (U+2CC5F) too: a search for the name finds it
    assert all(name in text for name in NAMES.split("、")), text[:200]


def test_a_title_prints_the_name_in_its_own_face():
    data = dataclasses.replace(sample_document(1), title="关于王堃冯𬱟同志任职的通知")
    pdf = render_document(data)
    assert _faces_of(pdf, "堃𬱟") == {"堃": {fonts.TITLE}, "𬱟": {fonts.TITLE}}
