"""English for the 取消通知: a cancelled meeting's notice, once it went out, tells its people
that the meeting will not take place.

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "印发取消通知：告知已收到会议通知的单位和人员，会议不再召开":
        "Issue the cancellation notice: tells the units and people who received the meeting "
        "notice that the meeting will not take place",
}
