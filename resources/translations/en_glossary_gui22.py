"""English for the twenty-second review's fixes: a 通报 printed by an account not cleared for
every 密级 states the scope of its figures; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- 通报 printing: what the figures count (print preview note, core.counted_scope)
    "%1只统计了%2（打印账号的密级权限为“%3”），通报上已写明这一统计范围。"
    "需要包含全部密级的数字时，请由密级权限为“%4”的人员打印。":
        "The %1 counts only %2 (the printing account's clearance is “%3”); the bulletin states this "
        "scope. For figures that include every classification level, have someone cleared for “%4” "
        "print it.",
    "非密事项": "unclassified items",
    "非密信息": "unclassified information items",
    "密级为%1及以下的事项": "items classified “%1” or below",
    "密级为%1及以下的信息": "information items classified “%1” or below",
}
