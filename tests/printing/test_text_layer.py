"""reportlab writes a character outside the BMP into a subset's ToUnicode map as five hex digits
(<2CC5F>), which PDF readers take for other characters: printing.text_layer writes it as UTF-16
(a surrogate pair), and leaves the map of BMP characters as reportlab writes it."""

from __future__ import annotations

from reportlab.pdfbase import ttfonts

from officedesk.printing import fonts, text_layer


def test_a_character_outside_the_bmp_is_mapped_as_utf16():
    cmap = text_layer.to_unicode_cmap("F", [0x20, 0x738B, 0x2CC5F])  # " 王𬱟"
    assert "<02> <D873DC5F>" in cmap.split("\n")
    assert "<01> <738B>" in cmap.split("\n")
    assert "2CC5F" not in cmap


def test_a_bmp_subset_maps_as_reportlab_writes_it():
    subset = [0x20, 0x738B, 0x5803, 0xFF0C]
    assert text_layer.to_unicode_cmap("F", subset) == text_layer._original("F", subset)


def test_installed_with_the_print_faces():
    assert fonts.register_fonts()
    assert ttfonts.makeToUnicodeCMap is text_layer.to_unicode_cmap
