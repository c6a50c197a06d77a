"""English for the 信息 strings added with the report-time rules (info-rules): the step
电话报告 of a sudden event; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "电话报告": "Phone report",
    "突发事件登记后才来的电话报告：记一次，按来电时间（晚于时限的仍算迟报）":
        "A phone report of an emergency that came after it was registered: recorded once, at "
        "the time of the call (after its limit it is still late)",
}
