"""A setting's help says what the clerk needs, never a note left for a developer: no “（verify）”,
TODO or 待核实 in any declared setting's or step's help, nor in their English. The 标志's height
says what GB/T 9704-2012 §7.2.4 says of the 标志 (it does not size it), with the 1999 bound as
the old one."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from officedesk.core import settings, steps
from tests.core.test_cli_words import _printing_settings

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from fill_translations import load_glossary  # noqa: E402

LEFT_OVER = re.compile(r"verify|TODO|FIXME|XXX|待核实|待确认|待定", re.IGNORECASE)


def _helps() -> list[str]:
    _printing_settings()
    found = [s.help for s in settings.declared() if s.help]
    found += [s.help for p in steps.procedures() for s in p.steps if isinstance(s.help, str) and s.help]
    return found


def test_no_help_shown_to_a_clerk_holds_a_note_left_to_check():
    glossary = load_glossary()
    left = [help_text for help_text in _helps() if LEFT_OVER.search(help_text)
            or LEFT_OVER.search(str(glossary.get(help_text, "")))]
    assert left == []


def test_the_mark_height_help_says_what_the_2012_standard_says():
    _printing_settings()
    (mark,) = [s for s in settings.declared() if s.key == "print.mark_height_mm"]
    assert "GB/T 9704-2012" in mark.help and "7.2.4" in mark.help
    assert "推荐使用小标宋体字，颜色为红色，以醒目、美观、庄重为原则" in mark.help
    assert "1999" in mark.help and "22 mm × 15 mm" in mark.help
    english = load_glossary()[mark.help]
    assert "red" in english and "1999" in english and "22 mm × 15 mm" in english
