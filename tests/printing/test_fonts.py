"""Font roles: bundled fallback, administrator's file, official faces found on the system."""

from __future__ import annotations

import logging

from officedesk.core import settings
from officedesk.printing import fonts


def test_every_role_registers_a_bundled_face():
    names = fonts.register_fonts()
    assert set(names) == set(fonts.ROLES)
    for role in fonts.ROLES:
        choice = fonts.choice(role)
        assert choice.source == "bundled"
        assert choice.path.exists()
        assert (choice.path.parent / "licenses").is_dir()
    # 黑体 and 楷体 are different faces from the body's
    assert len({names[fonts.FANGSONG], names[fonts.HEITI], names[fonts.KAITI]}) == 3


def test_full_width_punctuation_is_in_the_cjk_face():
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(fonts.font(fonts.FANGSONG)).face
    cmap = face.charToGlyph
    for char in "，。：；“”《》〔〕—…、（）":
        assert cmap.get(ord(char)), char


def test_administrator_file_wins(db):
    settings.put("print.font.kaiti", str(fonts.bundled_font_file(fonts.HEITI)) + "#0")
    fonts.reset_fonts()
    choice = fonts.choice(fonts.KAITI)
    assert choice.source == "setting"
    assert choice.path == fonts.bundled_font_file(fonts.HEITI)
    assert fonts.font(fonts.KAITI) == fonts.font(fonts.HEITI)


def test_unusable_file_falls_back_with_a_warning(db, tmp_path, caplog):
    # a TrueType table directory over damaged tables: saved (the setting's check reads only
    # the directory; what is plainly no font is refused, test_font_settings.py), then skipped
    bad = tmp_path / "broken.ttf"
    tags = [b"cmap", b"glyf", b"head", b"loca"]
    bad.write_bytes(b"\x00\x01\x00\x00" + len(tags).to_bytes(2, "big") + bytes(6)
                    + b"".join(tag + bytes(4) + (9999).to_bytes(4, "big") + bytes(4) for tag in tags))
    settings.put("print.font.fangsong", str(bad))
    fonts.reset_fonts()
    with caplog.at_level(logging.WARNING):
        choice = fonts.choice(fonts.FANGSONG)
    assert choice.source == "bundled"
    assert "broken.ttf" in caplog.text


def test_official_face_found_in_the_font_folders(monkeypatch, tmp_path):
    folder = tmp_path / "Fonts" / "sub"
    folder.mkdir(parents=True)
    (folder / "SimHei.TTF").symlink_to(fonts.bundled_font_file(fonts.HEITI))
    monkeypatch.undo()  # the autouse fixture hid system fonts; this test wants them
    monkeypatch.setattr(fonts, "font_dirs", lambda: [tmp_path / "Fonts"])
    fonts.reset_fonts()
    assert fonts.find_system_font(fonts.HEITI) == folder / "SimHei.TTF"
    assert fonts.find_system_font(fonts.KAITI) is None
    assert fonts.choice(fonts.HEITI).source == "system"
    assert fonts.choice(fonts.KAITI).source == "bundled"
    fonts.reset_fonts()


def test_system_search_can_be_switched_off(db, monkeypatch, tmp_path):
    (tmp_path / "simhei.ttf").symlink_to(fonts.bundled_font_file(fonts.HEITI))
    monkeypatch.undo()
    monkeypatch.setattr(fonts, "font_dirs", lambda: [tmp_path])
    settings.put("print.font.search_system", False)
    fonts.reset_fonts()
    assert fonts.choice(fonts.HEITI).source == "bundled"
    fonts.reset_fonts()


def test_gui_fallback_font_file_exists():
    path = fonts.gui_fallback_font_file()
    assert path.exists() and path.suffix in (".ttf", ".ttc")


def test_font_settings_are_declared():
    keys = {s.key for s in settings.declared()}
    for role in fonts.ROLES:
        assert f"print.font.{role}" in keys


def test_a_changed_setting_applies_to_the_next_print(db):
    from officedesk.printing.gbt9704 import render_document
    from officedesk.printing.samples import sample_document
    from tests.printing.conftest import open_pdf, spans

    fonts.refresh_if_settings_changed()
    render_document(sample_document(1))
    settings.put("print.font.fangsong", str(fonts.bundled_font_file(fonts.KAITI)))
    page = open_pdf(render_document(sample_document(1)))[0]
    body = next(s for s in spans(page) if "结合工作实际" in s.text)
    assert "Kai" in body.font
    assert fonts.choice(fonts.FANGSONG).source == "setting"
