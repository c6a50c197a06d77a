"""English for the 信息 strings added with the report-time rules (info-rules): the step
电话报告 of a sudden event; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "电话报告": "Phone report",
}
