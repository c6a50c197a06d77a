"""The units the office expects 信息 from (setting `info.reporting_units`): the 信息工作通报
names those of them that reported nothing in its period, beside the ranking of those that did."""

from __future__ import annotations

from collections.abc import Iterable

from officedesk.core import settings, settings_renamed

REPORTING_UNITS = settings.declare(
    "info.reporting_units",
    str,
    "",
    "信息报送单位",
    "信息",
    help="应向本机关报送信息的单位，每行一个（也可用“、”分开）：信息工作通报列出其中本期未报送信息的单位；"
         "留空则不列。",
    lines=True,
    blank="每行一个单位；留空则通报不列未报送的单位",
)
settings.list_check(REPORTING_UNITS.key, "单位", max_length=100)
# a unit listed here follows its rename in the 通讯录
settings_renamed.follows(REPORTING_UNITS.key, settings_renamed.listed("、\n"))


def listed() -> list[str]:
    """The reporting units as set, in the order written."""
    return settings.list_items(settings.get(REPORTING_UNITS.key), "、\n")


def silent(reported: Iterable[str]) -> list[str]:
    """The listed units not among `reported` (the units with 报送 in the period)."""
    seen = set(reported)
    return [unit for unit in listed() if unit not in seen]
