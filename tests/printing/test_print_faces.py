"""The bundled print faces, the specimen page, and every form of `print --list` proofed for its
fonts: all embedded, every character in its own role's face."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from fontTools.ttLib import TTCollection, TTFont

from officedesk.printing import fonts, forms
from officedesk.printing.proof import font_problems
from officedesk.printing.specimen import gb2312_hanzi, render_specimen


def _open_face(role: str) -> TTFont:
    made = fonts.choice(role)
    if made.path.suffix.lower() == ".ttc":
        return TTCollection(str(made.path)).fonts[made.index]
    return TTFont(str(made.path))


@pytest.mark.parametrize("role", fonts.ROLES)
def test_bundled_face_is_truetype_and_covers_gb2312(role):
    face = _open_face(role)
    assert "glyf" in face and "CFF " not in face  # reportlab embeds TrueType outlines only
    cmap = face.getBestCmap()
    lacking = [c for c in gb2312_hanzi() + "，。、：；？！“”‘’（）《》〔〕【】—…·" if ord(c) not in cmap]
    assert lacking == []
    assert fonts.missing(role, "关于召开全县防汛工作会议的通知〔2026〕7号") == ""


def test_each_role_has_its_own_face():
    files = fonts.role_files()
    assert set(files) == set(fonts.ROLES)
    assert len(set(files.values())) == len(fonts.ROLES)
    for path in files.values():
        assert Path(path.split("#")[0]).is_file()
    licences = {p.name for p in (fonts.bundled_font_file(fonts.FANGSONG).parent / "licenses").iterdir()}
    assert {"fandol-COPYING-GPL3.txt", "noto-cjk-copyright.txt", "lxgw-wenkai-copyright.txt",
            "wqy-microhei-copyright.txt"} <= licences


def test_bundle_stays_small():
    folder = fonts.bundled_font_file(fonts.FANGSONG).parent
    total = sum(p.stat().st_size for p in folder.glob("*.tt[fc]"))
    assert total < 30 * 1024 * 1024


def test_role_files_follow_the_administrators_setting(db):
    from officedesk.core import settings

    settings.put("print.font.kaiti", str(fonts.bundled_font_file(fonts.FANGSONG)))
    fonts.reset_fonts()
    assert fonts.role_files()[fonts.KAITI] == str(fonts.bundled_font_file(fonts.FANGSONG))


def test_specimen_shows_each_role_in_its_face():
    pdf = render_specimen()
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        assert len(doc) == 1
        text = doc[0].get_text()
        for role in fonts.ROLES:
            assert fonts.ROLE_LABELS[role] in text
            assert Path(fonts.role_files()[role].split("#")[0]).name in text
        assert text.count("覆盖 GB 2312 全部 6763 个汉字") == len(fonts.ROLES)
        used = {fonts.role_of_font_name(f[3]) for f in doc[0].get_fonts()}
        assert used == set(fonts.ROLES)
    assert font_problems(pdf) == []


def test_specimen_names_missing_characters(db, tmp_path):
    """An administrator's face that lacks 汉字 is reported on the specimen, in red."""
    from fontTools import subset

    from officedesk.core import settings

    small = tmp_path / "digits.ttf"
    face = TTFont(str(fonts.bundled_font_file(fonts.SONG)))
    cutter = subset.Subsetter()
    cutter.populate(text="—0123456789 ")
    cutter.subset(face)
    for name_id in (1, 4, 6):  # reportlab shares one font object between faces of one name
        face["name"].setName("DigitsOnly", name_id, 3, 1, 0x409)
    face.save(str(small))
    settings.put("print.font.songti", str(small))
    fonts.reset_fonts()
    assert fonts.choice(fonts.SONG).source == "setting"
    assert fonts.missing(fonts.SONG, "— 12 —") == ""
    assert fonts.missing(fonts.SONG, "页码") == "页码"
    with pymupdf.open(stream=render_specimen(), filetype="pdf") as doc:
        text = doc[0].get_text()
    assert "digits.ttf" in text
    assert "缺 6" in text  # 6,763 汉字 and the punctuation lacking


def test_a_character_outside_its_face_is_caught():
    from officedesk.printing.common import FormDocument

    form = FormDocument(title="测试")
    form.text("张\U00020000华")  # CJK Extension B: in no bundled face
    assert font_problems(form.render())  # extracted as U+0000 (the face's empty box)
    assert font_problems(FormDocument(title="测试").render()) == []


def test_every_form_is_proofed(every_form):
    assert set(every_form) == {f.name for f in forms.all_forms()}


@pytest.mark.parametrize("name", sorted(f.name for f in forms.all_forms()))
def test_no_font_unembedded_and_no_character_outside_its_face(every_form, name):
    assert font_problems(every_form[name]) == []
