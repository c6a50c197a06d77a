"""A date-only column (收文日期) given a date with a time of day, as a typed Excel date-time
cell or as text: one rule for both, in every file format. A time of 00:00 is the date itself
(Excel's own dates are so), taken without a word; a real time is dropped, the date kept, and
the import report says so once per column, naming the rows. files/date_times.xls holds the
same rows as ROWS, written with xlwt (not a test dependency) in an Excel 97–2003 file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from officedesk.core import settings
from officedesk.core.documents.incoming import INCOMING
from officedesk.exchange import xlsx
from tests.exchange.builders import build_xlsx
from tests.exchange.test_merged_cells import HEADER, TODAY
from tests.exchange.test_merged_cells_ods import build_ods


@pytest.fixture
def office(db, fixed_today):
    fixed_today(TODAY)
    settings.put("org.code", "云委办")
    return db


def _row(n: int, received: object) -> list[object]:
    return [received, "云州市财政局", f"云市财〔2026〕{700 + n}号", f"带时{n}", "通知", "非密", "平件", 1]


ROWS = [
    HEADER,
    _row(1, dt.datetime(2026, 11, 20, 14, 30)),  # row 2: a typed date-time cell
    _row(2, dt.datetime(2026, 11, 21, 0, 0)),  # row 3: Excel's own date (midnight)
    _row(3, "2026-11-22 09:05"),  # row 4: the same as text
    _row(4, "2026-11-23"),  # row 5: a plain date as text
    _row(5, "2026年11月24日16时"),  # row 6: text the Chinese way
]


def _check(report) -> None:
    assert report.ok and report.imported == 5, [str(p) for p in report.problems]
    note = "“收文日期”列有 3 个单元格带时间，只保存了日期：第 2、4、6 行。"
    assert note in report.summary()
    assert report.as_dict()["times_dropped"] == {"收文日期": [2, 4, 6]}


def _saved() -> None:
    days = {r.title: r.received_on for r in INCOMING.model.select()}
    assert days == {"带时1": dt.date(2026, 11, 20), "带时2": dt.date(2026, 11, 21),
                    "带时3": dt.date(2026, 11, 22), "带时4": dt.date(2026, 11, 23),
                    "带时5": dt.date(2026, 11, 24)}


@pytest.mark.parametrize("build", [build_xlsx, build_ods], ids=["xlsx", "ods"])
def test_a_time_in_a_date_column_is_dropped_and_said_per_column(office, admin, tmp_path, build):
    path = build(tmp_path / f"t.{'ods' if build is build_ods else 'xlsx'}", ROWS)
    _check(xlsx.import_file(INCOMING, path, admin, dry_run=True))
    assert INCOMING.model.select().count() == 0
    _check(xlsx.import_file(INCOMING, path, admin))
    _saved()


def test_the_same_in_an_excel_97_file(office, admin):
    path = Path(__file__).resolve().parent / "files" / "date_times.xls"
    _check(xlsx.import_file(INCOMING, path, admin))
    _saved()


def test_dates_at_midnight_say_nothing(office, admin, tmp_path):
    path = build_xlsx(tmp_path / "m.xlsx", [HEADER, _row(1, dt.datetime(2026, 11, 21)),
                                             _row(2, "2026-11-22 00:00:00")])
    report = xlsx.import_file(INCOMING, path, admin)
    assert report.ok and report.imported == 2
    assert "时间" not in report.summary() and "times_dropped" not in report.as_dict()


def test_a_refused_row_is_not_named_in_the_note(office, admin, tmp_path):
    bad = _row(2, "2026-11-22 09:05")
    bad[3] = None  # no 标题: the row is refused
    path = build_xlsx(tmp_path / "r.xlsx", [HEADER, _row(1, "2026-11-20 14:30"), bad])
    report = xlsx.import_file(INCOMING, path, admin, skip_bad=True)
    assert report.imported == 1 and [p.row for p in report.problems] == [3]
    assert "“收文日期”列有 1 个单元格带时间，只保存了日期：第 2 行。" in report.summary()
