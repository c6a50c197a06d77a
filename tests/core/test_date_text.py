"""A date typed or imported with a time of day: midnight is the date (a date cell turned to
text, another system's export); any other time is dropped and the date kept, as for a typed
Excel date-time cell (one rule for text and cells), `time_dropped` telling which time was left
out so that the import report and `add` can say so; a bare number that is an Excel serial (a date column left General) is refused with the date it
would be, never taken silently."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import fields
from officedesk.core.errors import ValidationError


@pytest.mark.parametrize("text", ["2026-03-05 00:00:00", "2026-03-05 00:00", "2026/3/5 0:00",
                                  "2026-03-05T00:00:00", "2026年3月5日0时"])
def test_a_date_at_midnight_is_that_date(text):
    assert fields.parse_date(text, "收文日期") == dt.date(2026, 3, 5)


@pytest.mark.parametrize(("raw", "told"), [
    ("2026-03-05 09:30", dt.time(9, 30)), ("2026-03-05 00:00:01", dt.time(0, 0, 1)),
    ("2026年3月5日9时", dt.time(9, 0)), ("２０２６－３－５　９：３０", dt.time(9, 30)),
    (dt.datetime(2026, 3, 5, 9, 30), dt.time(9, 30))])
def test_a_date_with_another_time_is_that_date_the_time_told(raw, told):
    assert fields.parse_date(raw, "收文日期") == dt.date(2026, 3, 5)
    spec = fields.FieldSpec("received_on", "收文日期", kind=fields.DATE)
    assert fields.parse_value(spec, raw) == dt.date(2026, 3, 5)
    assert fields.time_dropped(spec, raw) == told


@pytest.mark.parametrize("raw", ["2026-03-05", "2026-03-05 00:00", dt.date(2026, 3, 5),
                                 dt.datetime(2026, 3, 5), "不是日期", None, 46086])
def test_nothing_is_dropped_from_a_date_or_a_midnight(raw):
    spec = fields.FieldSpec("received_on", "收文日期", kind=fields.DATE)
    assert fields.time_dropped(spec, raw) is None


def test_a_date_time_field_drops_nothing():
    spec = fields.FieldSpec("start", "开始时间", kind=fields.DATETIME)
    assert fields.time_dropped(spec, "2026-03-05 09:30") is None
    assert fields.parse_value(spec, "2026-03-05 09:30") == dt.datetime(2026, 3, 5, 9, 30)


def test_an_impossible_date_with_a_time_is_still_not_a_date():
    with pytest.raises(ValidationError, match="不是有效日期"):
        fields.parse_date("2026-02-30 00:00", "收文日期")


@pytest.mark.parametrize("raw", [46086, "46086", "46086.5"])
def test_an_excel_serial_is_refused_with_the_date_it_would_be(fixed_today, raw):
    fixed_today(dt.date(2026, 3, 20))
    with pytest.raises(ValidationError) as refused:
        fields.parse_date(raw, "收文日期")
    assert refused.value.message == (
        f"“收文日期”写的 {raw} 像是 Excel 的日期序号（2026年3月5日）：请写成 2026-03-05；"
        "从表格导入的，请把该列设为日期格式后再导入。")


@pytest.mark.parametrize("raw", [46086.375, "46086.375"])
def test_an_excel_serial_where_a_time_is_asked_is_refused_with_the_time_it_would_be(fixed_today, raw):
    fixed_today(dt.date(2026, 3, 20))
    with pytest.raises(ValidationError) as refused:
        fields.parse_datetime(raw, "报送时间")
    assert refused.value.message == (
        f"“报送时间”写的 {raw} 像是 Excel 的日期序号（2026年3月5日）：请写成 2026-03-05 09:00；"
        "从表格导入的，请把该列设为日期格式后再导入。")


def test_a_number_far_from_today_is_no_serial_and_not_a_date(fixed_today):
    fixed_today(dt.date(2026, 3, 20))
    with pytest.raises(ValidationError) as refused:
        fields.parse_date(12345, "收文日期")  # 1933: outside the date window
    assert "不是有效日期" in refused.value.message and "序号" not in refused.value.message


@pytest.mark.parametrize("raw, meant", [("二〇二六年十一月二日", dt.date(2026, 11, 2)),
                                        ("二〇二六年十二月三十一日", dt.date(2026, 12, 31)),
                                        ("二零二六年一月十日", dt.date(2026, 1, 10))])
def test_a_date_in_chinese_numerals_is_refused_with_the_date_to_write(raw, meant):
    """A 成文日期 copied from a document (二〇二六年十一月二日) was only “不是有效日期”: said with
    the date in Arabic numerals, which is what to write."""
    with pytest.raises(ValidationError) as refused:
        fields.parse_date(raw, "成文日期")
    assert refused.value.message == (f"“成文日期”请用阿拉伯数字写日期：“{raw}”应写成 "
                                     f"{meant.year}年{meant.month}月{meant.day}日（或 {meant.isoformat()}）。")


def test_an_impossible_date_in_chinese_numerals_is_not_a_date():
    with pytest.raises(ValidationError, match="不是有效日期"):
        fields.parse_date("二〇二六年二月三十日", "成文日期")
