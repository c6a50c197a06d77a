"""English for probe99's Chinese strings (保密: the numbers trail and what else a reader below a
record's 密级 is told)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "重新使用已作废的号（%1 %2）": "Voided number used again (%1 %2)",
    "重新使用空缺的号（%1 %2）": "Skipped number used again (%1 %2)",
}
