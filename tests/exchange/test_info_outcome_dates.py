"""The dates an imported 信息's 采用情况 and 领导批示 carry: each 采用 and 批示 counts in the period of
its own date, so the import holds them to the rule the steps 采用 and 批示 keep — not before the
item was reported (报送时间), not after today — and refuses a date that is no date, naming row,
column and reason; the dry run says the same and nothing is written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import info
from officedesk.core.info import procedure
from officedesk.exchange import xlsx
from officedesk.store.info import InfoAction, InfoItem

from .sheets import write_sheet

TODAY = dt.date(2026, 11, 20)
BASE = {"标题": "导入四", "报送单位": "县林业局", "报送人": "王五",
        "报送时间": dt.datetime(2026, 11, 2, 9), "类别": "工作动态", "正文": "正文。",
        "状态": "已编发", "编发期号": "每日要情 2026年第3期"}


@pytest.fixture
def office(db, fixed_today):
    fixed_today(TODAY)
    return db


def _import(tmp_path: Path, row: dict[str, Any], admin, dry_run: bool = False) -> Any:
    rows = [BASE | {"标题": "另一件"}, BASE | row]
    path = write_sheet(info.SPEC, tmp_path / "i.xlsx", rows)
    return xlsx.import_file(info.SPEC, path, admin, dry_run=dry_run)


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        ({"状态": "已采用", "采用级别": "市", "采用情况": "市级：市委信息（2026-10-01）"},
         "采用情况", "采用日期（2026-10-01）不能早于报送日期（2026-11-02）"),
        ({"状态": "已采用", "采用级别": "市", "采用情况": "市级：市委信息（2026-11-21）"},
         "采用情况", "采用日期不能晚于今天"),
        ({"领导批示": "李国强（2026-10-05）：很好"},
         "领导批示", "批示日期（2026-10-05）不能早于报送日期（2026-11-02）"),
        ({"领导批示": "县长 王振国（2026-11-03）：请阅。\n李国强（2027-05-05）：未来"},
         "领导批示", "批示日期不能晚于今天"),
    ],
    ids=["adopted-before-reported", "adopted-in-future", "instructed-before-reported",
         "instructed-in-future"],
)
def test_an_adoption_or_instruction_dated_out_of_order_is_refused(
    office, admin, tmp_path, row, column, words
):
    for dry_run in (True, False):
        report = _import(tmp_path, row, admin, dry_run)
        assert [(p.row, p.column) for p in report.problems] == [(3, column)], [
            str(p) for p in report.problems]
        assert words in report.problems[0].reason
        assert InfoItem.select().count() == 0 and InfoAction.select().count() == 0


@pytest.mark.parametrize(
    ("row", "column", "text"),
    [
        ({"状态": "已采用", "采用级别": "市", "采用情况": "市级：市委信息（2026-13-40）"},
         "采用情况", "2026-13-40"),
        ({"状态": "已采用", "采用级别": "市",
          "采用情况": "县级：每日要情 2026年第3期（2026-11-03）；市级：市委信息（2026-02-30）"},
         "采用情况", "2026-02-30"),
        ({"领导批示": "李国强（2026-13-40）：很好"}, "领导批示", "2026-13-40"),
        ({"领导批示": "县长 王振国（2026-11-03）：请阅。\n李国强（2026-11-31）：很好"},
         "领导批示", "2026-11-31"),
    ],
    ids=["adoption", "second-adoption", "instruction", "second-instruction"],
)
def test_a_date_that_is_no_date_is_refused(office, admin, tmp_path, row, column, text):
    for dry_run in (True, False):
        report = _import(tmp_path, row, admin, dry_run)
        assert [(p.row, p.column) for p in report.problems] == [(3, column)], [
            str(p) for p in report.problems]
        reason = report.problems[0].reason
        assert f"“{column}”不是有效日期：“{text}”" in reason and "2026年12月3日" in reason
        assert InfoItem.select().count() == 0


def test_dates_in_order_come_back_as_given(office, admin, tmp_path):
    row = {"状态": "已采用", "采用级别": "市",
           "采用情况": "县级：每日要情 2026年第3期（2026-11-02）；市级：市委信息（2026年11月20日）",
           "领导批示": "李国强（2026-11-02）：很好"}
    report = _import(tmp_path, row, admin)
    assert report.ok, [str(p) for p in report.problems]
    item = InfoItem.get(InfoItem.title == "导入四")
    assert [(a.kind, a.level, a.on) for a in procedure.actions_of(item.id, admin)] == [
        ("采用", "县", dt.date(2026, 11, 2)), ("批示", "", dt.date(2026, 11, 2)),
        ("采用", "市", dt.date(2026, 11, 20))]
    assert item.adopted == ("县级：每日要情 2026年第3期（2026-11-02）；"
                            "市级：市委信息（2026-11-20）")


@pytest.mark.parametrize(
    ("when", "words"),
    [(dt.datetime(2026, 10, 1, 9), "上报时间（2026-10-01 09:00）不能早于报送时间（2026-11-02 09:00）"),
     (dt.datetime(2026, 11, 21, 9), "上报时间不能晚于现在")],
    ids=["before-reported", "in-future"],
)
def test_a_sending_up_out_of_order_is_refused(office, admin, tmp_path, when, words):
    row = {"状态": "已上报", "上报级别": "市", "上报时间": when}
    for dry_run in (True, False):
        report = _import(tmp_path, row, admin, dry_run)
        assert [(p.row, p.column) for p in report.problems] == [(3, "上报时间")], [
            str(p) for p in report.problems]
        assert words in report.problems[0].reason
        assert InfoItem.select().count() == 0
