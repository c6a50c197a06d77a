"""English for the window's start with a data folder it cannot write (the box's title; the
message, a rule's, stays Chinese); same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "无法启动机关办公桌面": "Cannot start OfficeDesk",
}
