"""What an 印发 issue printed (info_printed_item) edited in the file: a reprint of the 简报 reads
these rows. `check` recomputes each from its item as it stood at the issue's 印发 entry — the
item's row as it stands, with every audited change since taken back (core.info.printed_check) —
and reports a kept row that differs; a change the program made since (a unit renamed) is not one."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import check
from officedesk.core.info import periodicals, renamed
from officedesk.store.info import InfoPrintedItem
from tests.info.conftest import reporter


@pytest.fixture
def report(any_db, admin):
    """The 信息 tests' report(**fields), on SQLite and on PostgreSQL."""
    return reporter(admin)


def _said() -> list[str]:
    return [p.message for p in check.run_checks(update_anchor=False)]


def _issued(report, advance, admin, fixed_today):
    fixed_today(dt.date(2026, 4, 3))
    first = advance(report(title="县林业局开展森林防火检查"))
    advance(report(title="城关镇推进老旧小区改造", unit="城关镇"))
    periodicals.publish(first.issue, admin, dt.date(2026, 4, 3))
    return first


def test_an_issue_printed_and_its_unit_renamed_since_checks_clean(report, advance, admin,
                                                                  fixed_today):
    first = _issued(report, advance, admin, fixed_today)
    renamed.follow_rename("城关镇", "城关街道", admin)
    assert [p.unit for p in InfoPrintedItem.select().order_by(InfoPrintedItem.position)] == [
        "县林业局", "城关镇"]
    assert first.issue
    assert _said() == []


def test_a_printed_title_edited_in_the_file_is_reported(report, advance, admin, fixed_today):
    first = _issued(report, advance, admin, fixed_today)
    InfoPrintedItem.update(title="改过的标题").where(InfoPrintedItem.item == first.id).execute()
    said = _said()
    assert any("每日要情" in s and "2026年第1期" in s and "改过的标题" in s
               and "县林业局开展森林防火检查" in s and "程序之外" in s and "报告管理员" in s
               for s in said), said


def test_a_printed_unit_or_text_edited_in_the_file_is_reported(report, advance, admin,
                                                               fixed_today):
    _issued(report, advance, admin, fixed_today)
    renamed.follow_rename("城关镇", "城关街道", admin)
    InfoPrintedItem.update(unit="城关街道").where(InfoPrintedItem.position == 2).execute()
    InfoPrintedItem.update(content=InfoPrintedItem.content.concat("又及")).where(
        InfoPrintedItem.position == 1).execute()
    said = _said()
    assert any("第 2 条信息" in s and "报送单位" in s and "城关街道" in s for s in said), said
    assert any("第 1 条信息" in s and "正文" in s for s in said), said
