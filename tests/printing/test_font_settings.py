"""A font setting (print.font.<role>) is checked when saved — by `settings.put`/`put_many`, which
the settings dialog's 打印与字体 page and `settings set` call: a file that is not there, not a
font, a PostScript-outline OpenType reportlab cannot embed, or a face number past a collection's
end is refused saying what to do. One saved before reads as empty: the automatic choice prints."""

from __future__ import annotations

import json
import logging

import pytest

from officedesk.core import settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.printing import fonts
from officedesk.store.models import AppSetting

KEY = "print.font.fangsong"


def _otf(path):
    """The start of a CFF-outline OpenType file ('OTTO' and a table directory)."""
    tables = [b"CFF ", b"cmap", b"head", b"hhea"]
    directory = b"OTTO" + len(tables).to_bytes(2, "big") + bytes(6)
    directory += b"".join(tag + bytes(12) for tag in tables)
    path.write_bytes(directory + bytes(64))
    return path


@pytest.mark.parametrize(("value", "message"), [
    (lambda tmp: str(tmp / "没有这个.ttf"), "打印字体：仿宋（正文）.*找不到字体文件.*或留空自动查找"),
    (lambda tmp: "simfang.ttf", "请写字体文件的完整路径"),
    (lambda tmp: str((tmp / "notes.ttf").write_text("not a font") and tmp / "notes.ttf"),
     "“notes.ttf”不是可用的 TrueType 字体文件"),
    (lambda tmp: str(_otf(tmp / "source.otf")), "PostScript（CFF）.*无法嵌入.*TrueType"),
    (lambda tmp: str(fonts.bundled_font_file(fonts.HEITI)) + "#7", "只有 2 个字体.*0 到 1"),
    (lambda tmp: str(fonts.bundled_font_file(fonts.KAITI)) + "#1", "不是字体集合.*去掉"),
])
def test_a_file_that_cannot_print_is_refused_when_saved(db, tmp_path, value, message):
    with pytest.raises(ValidationError, match=message) as refused:
        settings.put(KEY, value(tmp_path), CLI_ACTOR)
    assert refused.value.field == KEY
    assert AppSetting.get_or_none(AppSetting.key == KEY) is None
    with pytest.raises(ValidationError, match=message):  # the dialog saves them all at once
        settings.put_many({"print.font.search_system": False, KEY: value(tmp_path)}, CLI_ACTOR)
    assert settings.get("print.font.search_system") is True


@pytest.mark.parametrize("value", [
    "", lambda: str(fonts.bundled_font_file(fonts.KAITI)),
    lambda: str(fonts.bundled_font_file(fonts.HEITI)) + "#1",
])
def test_a_truetype_face_is_kept(db, value):
    text = value() if callable(value) else value
    settings.put(KEY, text, CLI_ACTOR)
    settings.forget_cache()
    assert settings.get(KEY) == text


def test_a_saved_file_gone_since_is_kept_and_said_in_chinese(db, tmp_path, caplog):
    """The administrator's file removed after it was chosen: reading the setting does not erase
    it, the bundled face prints meanwhile, and setting_trouble says in Chinese that the file
    cannot be found and what to do (put it back, or choose another)."""
    mine = tmp_path / "my.ttf"
    mine.write_bytes(fonts.bundled_font_file(fonts.FANGSONG).read_bytes())
    settings.put(KEY, str(mine), CLI_ACTOR)
    mine.unlink()
    settings.forget_cache()
    fonts.reset_fonts()
    with caplog.at_level(logging.WARNING):
        assert settings.get(KEY) == str(mine)
        assert fonts.choice(fonts.FANGSONG).source == "bundled"
        trouble = fonts.setting_trouble(fonts.FANGSONG)
    assert "refused" not in caplog.text and "reading the default" not in caplog.text
    assert trouble is not None
    assert "仿宋" in trouble and "找不到字体文件" in trouble and str(mine) in trouble
    assert "放回原处" in trouble and "另选字体文件" in trouble and "自带的字体" in trouble
    assert fonts.setting_troubles() == [trouble]
    assert json.loads(AppSetting.get(AppSetting.key == KEY).value) == str(mine)
    mine.write_bytes(fonts.bundled_font_file(fonts.FANGSONG).read_bytes())  # put back
    fonts.reset_fonts()
    assert fonts.setting_trouble(fonts.FANGSONG) is None
    assert fonts.choice(fonts.FANGSONG).source == "setting"


def test_one_saved_before_that_never_printed_is_kept_and_skipped(db, tmp_path):
    AppSetting.insert(key=KEY, value=json.dumps("simfang.ttf")).execute()
    settings.forget_cache()
    fonts.reset_fonts()
    assert settings.get(KEY) == "simfang.ttf"
    assert fonts.choice(fonts.FANGSONG).source != "setting"
    assert "完整路径" in (fonts.setting_trouble(fonts.FANGSONG) or "")
