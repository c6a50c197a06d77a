"""The 信息工作通报 names a period as the 效能通报 and the 督查通报 do (efficiency_bulletin.
period_text): its year once when both ends are in it (2026年3月5日至11月20日), whole months by
their months (2026年1月至11月). It printed “关于2026年1月1日至2026年11月30日信息工作情况的通报”
where the office's other 通报 of the same days said “2026年1月至11月”."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from officedesk import declared_settings
from officedesk.core import settings
from officedesk.printing import forms


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "")


@pytest.mark.parametrize(("start", "end", "label"), [
    ("2026-01-01", "2026-11-30", "2026年1月至11月"),
    ("2026-03-05", "2026-11-20", "2026年3月5日至11月20日"),
    ("2025-11-01", "2026-02-28", "2025年11月至2026年2月"),
    ("2026-04-01", "2026-06-30", "2026年第二季度"),
])
def test_the_ranking_names_its_period_as_the_other_bulletins_do(db, admin, fixed_today, report,
                                                                 start, end, label):
    declared_settings.declare_all()
    fixed_today(dt.date(2026, 12, 7))
    settings.put("org.name", "中共云岭县委办公室")
    report(unit="县教育局", reported_at="2026-05-06 09:00")
    text = _text(forms.get("info-ranking").build([], admin, date_from=start, date_to=end))
    assert f"关于{label}信息工作情况的通报" in text.replace(" ", "")
    assert f"现将{label}各单位信息报送" in text
