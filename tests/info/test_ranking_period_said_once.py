"""A 信息工作通报 printed for days that are no month, quarter or year (--from 2026-01-01 --to
2026-11-30) is titled by those days, and its scope line said them twice: “统计期间：2026年1月1日
至2026年11月30日（2026年1月1日至2026年11月30日）”. It says them once; a named period keeps its
days in brackets (2026年第一季度（2026年1月1日至2026年3月31日）)."""

from __future__ import annotations

import datetime as dt

from officedesk.printing import forms

from .test_printing_exchange import _text


def test_days_that_name_the_period_are_said_once(report, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 7))
    report(unit="城关镇", reported_at="2026-03-01 09:00")
    text = _text(forms.get("info-ranking").build([], admin, date_from="2026-01-01",
                                                 date_to="2026-11-30")).replace("\n", "")
    assert "关于2026年1月1日至2026年11月30日信息工作情况的通报" in text
    assert "统计期间：2026年1月1日至2026年11月30日；" in text
    assert text.count("2026年1月1日至2026年11月30日") == 3  # the title, the opening, the scope
    quarter = _text(forms.get("info-ranking").build([], admin, date_from="2026-01-01",
                                                    date_to="2026-03-31")).replace("\n", "")
    assert "统计期间：2026年第一季度（2026年1月1日至2026年3月31日）" in quarter
