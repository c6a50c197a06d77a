"""English for probe18's fixes (the workstation's keyboard and windows at 1366×768): the full
identity of a 信访's petitioners as one pattern; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "%1：身份证号 %2，电话 %3，住址 %4": "%1: ID card no. %2, telephone %3, address %4",
}
