"""A 台账 imported twice: a 续报 row (报送单位 and 标题 blank: taken from its 首报) is found again
by its 首报 and 报送时间 (exchange.matching), on both import paths — refused as an existing
record by default, left alone with --matched skip — and never by 报送单位 + 标题, which every
续报 of one 首报 shares (“…（续报）”)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from officedesk.core import batch, info, records
from officedesk.exchange import xlsx
from officedesk.store.info import InfoItem

from ..exchange.sheets import write_sheet

FIRST = {"title": "河口镇化工厂泄漏", "unit": "河口镇", "reporter": "赵强", "category": "突发事件",
         "event_at": "2026-03-01 09:00", "event_level": "较大", "reported_at": "2026-03-01 09:31",
         "content": "河口镇化工厂储罐泄漏。"}


def _followups(first: str) -> list[dict[str, Any]]:
    return [{"续报": first, "报送时间": dt.datetime(2026, 3, 1, h), "正文": f"{h}时进展。"}
            for h in (11, 15)]


@pytest.mark.parametrize("by_rows", [False, True])
def test_followups_imported_again_are_found(db, admin, tmp_path, monkeypatch, by_rows):
    if by_rows:
        monkeypatch.setattr(batch, "supported", lambda spec, rows=None: False)
    first = records.create(info.SPEC, dict(FIRST), admin)
    path = write_sheet(info.SPEC, tmp_path / "续报.xlsx", _followups(first.number))
    done = xlsx.import_file(info.SPEC, path, admin)
    assert done.ok and done.imported == 2, [str(p) for p in done.problems]
    assert InfoItem.select().count() == 3

    again = xlsx.import_file(info.SPEC, path, admin)  # refused: they are records already
    assert not again.ok and again.imported == 0 and again.matched == 2
    skipped = xlsx.import_file(info.SPEC, path, admin, on_match="skip")
    assert skipped.ok and skipped.imported == 0 and skipped.matched_skipped == 2
    assert InfoItem.select().count() == 3

    # a third 续报 of the same 首报 (the same title “…（续报）”) is new, not an earlier one
    later = write_sheet(info.SPEC, tmp_path / "三.xlsx",
                        [*_followups(first.number),
                         {"续报": first.number, "报送时间": dt.datetime(2026, 3, 2, 9), "正文": "次日。"}])
    third = xlsx.import_file(info.SPEC, later, admin, on_match="skip")
    assert third.ok and third.imported == 1 and third.matched_skipped == 2
    assert InfoItem.select().count() == 4
