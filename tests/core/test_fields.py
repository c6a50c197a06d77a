"""Field parsing and display: dates and times as clerks type them, masks of personal data."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import fields
from officedesk.core.errors import ValidationError
from officedesk.core.fields import FieldSpec


@pytest.mark.parametrize(
    "text",
    [
        "2026-12-03",
        "2026/12/3",
        "2026.12.03",
        "2026年12月3日",
        "2026年12月3",
        "20261203",
        " 2026-12-3 ",
        # a Chinese input method in full-width mode: digits and marks alike (－．／, a minus, a dash)
        "２０２６年１２月３日",
        "２０２６－１２－０３",
        "2026．12．3",
        "２０２６／１２／３",
        "2026－12－3",
        "2026−12−03",
        "2026–12–03",
    ],
)
def test_dates(text):
    assert fields.parse_date(text) == dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    "text",
    [
        "2026-12-03 09:00",
        "2026/12/3 9:00",
        "2026-12-03T09:00",
        "2026年12月3日9时",
        "2026年12月3日 9点",
        "2026年12月3日9时0分",
        "2026-12-3 9：00",
        "２０２６－１２－０３　０９：００",
        "2026．12．3 9:00",
    ],
)
def test_datetimes(text):
    assert fields.parse_datetime(text) == dt.datetime(2026, 12, 3, 9, 0)


def test_datetime_with_minutes_and_seconds():
    assert fields.parse_datetime("2026年12月3日14时30分") == dt.datetime(2026, 12, 3, 14, 30)
    assert fields.parse_datetime("2026-12-03 14:30:15") == dt.datetime(2026, 12, 3, 14, 30, 15)
    assert fields.parse_datetime(dt.date(2026, 12, 3)) == dt.datetime(2026, 12, 3)


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-01", "明天", "12/03/2026", "2026-12"])
def test_bad_dates_say_how_to_write_them(text):
    with pytest.raises(ValidationError) as caught:
        fields.parse_date(text, "收文日期")
    assert "收文日期" in caught.value.message and "2026-12-03" in caught.value.message


@pytest.mark.parametrize("text", ["2026-12-03 25:00", "2026-12-03 9", "下午三点"])
def test_bad_times(text):
    with pytest.raises(ValidationError):
        fields.parse_datetime(text)


def test_masks():
    assert fields.mask(fields.MASK_ID, "110101199003071234") == "110101********1234"
    assert fields.mask(fields.MASK_PHONE, "13812345678") == "138****5678"
    assert fields.mask(fields.MASK_PHONE, "123") == "***"
    assert fields.mask(None, "13812345678") == "13812345678"
    assert fields.mask(fields.MASK_ID, "") == ""


def test_address_mask_keeps_only_the_leading_area():
    address = fields.MASK_ADDRESS
    # up to and including the first 县/区/市/乡/镇/街道, the rest one * a character
    assert fields.mask(address, "北京市东城区和平里街道12号") == "北京市" + "*" * 11
    assert fields.mask(address, "云岭县青河镇新村3组12号") == "云岭县" + "*" * 10
    assert fields.mask(address, "新疆维吾尔自治区乌鲁木齐市") == "新疆维吾尔自治区" + "*" * 5
    assert fields.mask(address, "和平里街道12号") == "和平里街道" + "****"  # at least four: masked
    # no area in front (a 小区 or 社区 is no area, a marker far in is no leading area): all of it
    assert fields.mask(address, "青河村三组18号") == "*" * 8
    assert fields.mask(address, "阳光小区3栋") == "*" * 6
    assert fields.mask(address, "和平社区3号") == "*" * 6
    assert fields.mask(address, "青河村三组十八号院东侧靠近青河镇") == "*" * 16
    assert fields.mask(address, "云岭县") == "云岭县"  # nothing beyond the county to hide
    assert fields.mask(address, "") == ""


def test_display_masks_unless_allowed():
    id_field = FieldSpec("id_number", "身份证号", sensitive=fields.MASK_ID)
    phone = FieldSpec("phone", "电话", sensitive=fields.MASK_PHONE)
    assert fields.display(id_field, "110101199003071234") == "110101********1234"
    assert fields.display(id_field, "110101199003071234", unmasked=True) == "110101199003071234"
    assert fields.display(phone, "13812345678") == "138****5678"


def test_parse_value_kinds():
    assert fields.parse_value(FieldSpec("n", "份数", kind=fields.INT), "3份") == 3
    assert fields.parse_value(FieldSpec("n", "份数", kind=fields.INT), 3.0) == 3
    with pytest.raises(ValidationError):
        fields.parse_value(FieldSpec("n", "份数", kind=fields.INT), "三")
    with pytest.raises(ValidationError):
        fields.parse_value(FieldSpec("p", "进度", kind=fields.PERCENT), "120%")
    assert fields.parse_value(FieldSpec("b", "是否", kind=fields.BOOL), "是") is True
    choice = FieldSpec("c", "密级", kind=fields.CHOICE, choices=("秘密", "机密"))
    assert fields.parse_value(choice, "机密") == "机密"
    with pytest.raises(ValidationError) as caught:
        fields.parse_value(choice, "内部")
    assert "秘密、机密" in caught.value.message
    with pytest.raises(ValidationError):
        fields.parse_value(FieldSpec("t", "标题", required=True), "  ")
    assert fields.parse_value(FieldSpec("t", "标题"), "") is None


def test_chinese_date_has_no_leading_zeros():
    assert fields.chinese_date(dt.date(2026, 1, 5)) == "2026年1月5日"
