"""English for the settings named in a unit's rename question (the settings that follow the
unit renamed in the 通讯录); same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "系统设置（%1）": "settings (%1)",
}
