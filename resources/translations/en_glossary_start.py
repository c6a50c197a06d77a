"""English for the window's start with a data folder it cannot write, or a database it cannot
open (the boxes' titles; the message, a rule's, stays Chinese); same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "无法启动机关办公桌面": "Cannot start OfficeDesk",
    "无法打开数据库": "Cannot open the database",
}
