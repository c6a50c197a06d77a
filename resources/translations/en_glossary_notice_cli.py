"""English for the meeting notice's papers and notes: the 修改 note when the 报名截止 has passed
(the 更正通知 then asks for no names by it).

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "%1报名截止时间（%2）已过，更正通知中不再写报名要求；如仍需报名，请在“修改”中设置新的报名截止时间。":
        "%1 The registration deadline (%2) has passed: the correction notice no longer asks for "
        "the names by it. To take names still, set a new registration deadline in Edit.",
}
