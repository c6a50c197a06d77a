"""Build the bundled print faces in resources/fonts/ from free fonts in Debian packages.

Run once by hand when a face changes (the results are committed):

    apt-get download texlive-lang-chinese fonts-noto-cjk fonts-lxgw-wenkai unicode-data
    for d in *.deb; do dpkg-deb -x "$d" x; done
    PYTHONPATH=$PWD .venv/bin/python scripts/build_fonts.py x/usr/share

Each face is cut to GB 2312 (all 6,763 汉字 and its symbols), ASCII, the punctuation of
GB/T 15834, the 汉字 of Fandol (GB 2312's, 1,179 traditional forms) and every character of
the 通用规范汉字表 (2013, 8,105 汉字: names outside GB 2312 such as 堃 镕 喆) that the source
face has, and its CFF outlines are converted to TrueType quadratic outlines (fontTools'
cu2qu), because reportlab embeds TrueType (glyf) faces only. Layout tables are dropped:
reportlab uses none.

The 通用规范汉字表 is read from the Unicode Character Database's Unihan (Debian's
``unicode-data``): its field kTGH gives each of the 8,105 characters its number in the table
("2013:1" to "2013:8105"). Fandol has 6,638 of them, LXGW WenKai and Noto Serif CJK all 8,105,
196 of which are outside the BMP (Extensions B to E): those are kept too, reportlab embeds
them (and printing.text_layer makes the PDF's text layer name them rightly).
"""

from __future__ import annotations

import bz2
import contextlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"

# output file -> (source path under the Debian share folder, index in a .ttc, family name)
FACES = {
    "od-fangsong.ttf": ("texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf", 0, "OD FangSong"),
    "od-xiaobiaosong.ttf": ("fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2, "OD XiaoBiaoSong"),
    "od-kaiti.ttf": ("fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "OD KaiTi"),
    "od-songti.ttf": ("texlive/texmf-dist/fonts/opentype/public/fandol/FandolSong-Regular.otf", 0, "OD SongTi"),
}
# the 汉字 the cuts kept before the 通用规范汉字表 was read (the table's 6,638 Fandol has and
# 1,179 traditional forms: 澳門, 亂): still kept, so a quoted 繁体 name stays in its own face
REFERENCE = "texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf"
# the Unihan file with the field kTGH: a character's number in the 通用规范汉字表 (2013)
UNIHAN = "unicode/Unihan_OtherMappings.txt.bz2"
TABLE_SIZE = 8105


def gb2312_chars() -> set[int]:
    out: set[int] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                out.add(ord(bytes([hi, lo]).decode("gb2312")))
    return out


def general_standard_chars(share: Path) -> set[int]:
    """The 8,105 characters of the 通用规范汉字表 (2013), from Unihan's kTGH field."""
    numbers: dict[int, int] = {}
    with bz2.open(share / UNIHAN, "rt", encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 3 and fields[1] == "kTGH":
                for value in fields[2].split():
                    year, number = value.split(":")
                    if year == "2013":
                        numbers[int(number)] = int(fields[0][2:], 16)
    if sorted(numbers) != list(range(1, TABLE_SIZE + 1)):
        raise SystemExit(f"{UNIHAN}: kTGH numbers {len(numbers)} characters, not 1..{TABLE_SIZE}")
    return set(numbers.values())


def wanted(reference: TTFont, table: set[int]) -> set[int]:
    chars = gb2312_chars() | set(range(0x20, 0x7F)) | set(range(0xA0, 0x180))
    chars |= set(range(0x2000, 0x2070)) | set(range(0x2150, 0x2190))  # — … ‰ ※ Ⅰ
    chars |= set(range(0x2460, 0x24FF)) | set(range(0x3000, 0x3040))  # ①  〔〕《》「」
    chars |= set(range(0xFF01, 0xFF5F)) | {0xFFE0, 0xFFE1, 0xFFE5}  # full-width forms ￥
    chars |= {cp for cp in reference.getBestCmap() if 0x4E00 <= cp <= 0x9FFF}
    chars |= table
    return chars


def open_face(path: Path, index: int) -> TTFont:
    if path.suffix.lower() == ".ttc":
        return TTCollection(str(path)).fonts[index]
    return TTFont(str(path))


def cff_to_glyf(font: TTFont) -> None:
    """Replace CFF outlines by TrueType quadratic ones (as fontTools' otf2ttf snippet)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=2.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    font["maxp"].tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(font["maxp"], attr, 0)
    font["maxp"].maxZones = 1
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["post"].glyphOrder = glyph_order
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\x00\x01\x00\x00"


def build(share: Path) -> None:
    general = general_standard_chars(share)
    chars = wanted(TTFont(str(share / REFERENCE)), general)
    for out_name, (rel, index, family) in FACES.items():
        font = open_face(share / rel, index)
        cmap = font.getBestCmap()
        keep = sorted(cp for cp in chars if cp in cmap)
        options = subset.Options()
        options.layout_features = []
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG", "DSIG"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.hinting = False
        options.desubroutinize = True
        sub = subset.Subsetter(options)
        sub.populate(unicodes=keep)
        sub.subset(font)
        if "CFF " in font:
            cff_to_glyf(font)
        # the Fandol faces lack U+2015 (GB 2312's A1AA dash): draw it with the em dash
        for table in font["cmap"].tables:
            if table.isUnicode() and 0x2014 in table.cmap and 0x2015 not in table.cmap:
                table.cmap[0x2015] = table.cmap[0x2014]
        # a modified face must not keep the source's (possibly reserved) names
        names = font["name"]
        names.names = [n for n in names.names if n.nameID not in (1, 3, 4, 6, 16, 17, 18, 21, 22)]
        postscript = family.replace(" ", "-")
        for name_id, text in ((1, family), (2, "Regular"), (3, f"{postscript};subset"), (4, family), (6, postscript)):
            names.setName(text, name_id, 3, 1, 0x409)
        font.save(str(OUT / out_name))
        print(f"{out_name}: {len(keep)} characters ({len(general & set(keep))} of the "
              f"通用规范汉字表's {len(general)}), {(OUT / out_name).stat().st_size // 1024} KiB")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
