"""The units the office expects 信息 from (setting `info.reporting_units`): those of them that
reported nothing in a period, beside the ranking of those that did — one line (`silent_line`)
the 信息工作通报, `info-ranking` (and its --json `silent`) and the window's 排名 all say."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from officedesk.core import i18n, settings, settings_renamed

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


def silent_in(ranked: Iterable[Any]) -> list[str]:
    """The listed units that reported nothing in a ranking's period (`ranked`: its UnitScores):
    a unit with only an 采用 or a 批示 in it, of an item reported before, reported nothing."""
    return silent(s.unit for s in ranked if s.reported)


def silent_line(ranked: Iterable[Any]) -> i18n.Text | None:
    """本期未报送信息的单位：甲、乙。 — None when every listed unit reported (or none is listed)."""
    units = silent_in(ranked)
    if not units:
        return None
    return i18n.text("本期未报送信息的单位：%1。", tuple(i18n.Verbatim(unit) for unit in units))
