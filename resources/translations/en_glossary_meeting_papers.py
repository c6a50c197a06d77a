"""English for the meeting papers' review: the copies of a classified meeting's notice and 纪要,
each with its own 份号.

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "涉密会议的文件逐份编份号。印制份数（默认每位参加人一份）：":
        "Each copy of a classified meeting's paper carries its own copy number. Copies to print "
        "(one per participant by default):",
}
