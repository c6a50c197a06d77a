"""Rule 10 (issue 11) and issue 10 point 8: every field has sane bounds, declared once on its
FieldSpec and used by the form, `add`, import and the template; refused with a clear message."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from officedesk.core import records, registry, stats
from officedesk.core.documents import incoming
from officedesk.core.errors import ValidationError
from officedesk.core.fields import FieldSpec, parse_value
from officedesk.exchange import xlsx
from tests.test_cli import Cli

BIG = str(2**63)  # one above the largest 64-bit integer


@pytest.fixture
def office(tmp_path):
    cli = Cli.initialised(tmp_path, here=True)
    return cli


def test_add_refuses_numbers_and_dates_out_of_bounds_with_a_message(office):
    for args, words in [
        (("add", "rooms", "名称=第一会议室", "容量=-3"), "“容量”应在 1 到 10000 之间，现在是 -3"),
        (("add", "people", "姓名=张三", "级别=-1"), "没有职级“-1”，请从职级表中选择"),
        (("add", "people", "姓名=张三", "级别=100"), "“级别”应在 1 到 99 之间"),
        (("add", "incoming", "来文机关=县政府", "标题=关于X的通知", f"份数={BIG}"), "“份数”应在"),
        (("add", "incoming", "来文机关=县政府", "标题=关于X的通知", "收文日期=0001-01-01"), "超出允许的范围"),
        (("add", "supervision", "事项名称=修路", "办结时限=9999-12-31"), "超出允许的范围"),
        (("stats", "--year", "9999"), "“统计年份”应在"),
    ]:
        result = office(*args, check=1)
        assert words in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert "已添加会议室" in office("add", "rooms", "名称=第一会议室", "容量=60").stdout


def test_every_number_and_text_has_bounds(db, admin):
    rooms = registry.get("rooms")
    with pytest.raises(ValidationError, match="容量"):
        records.create(rooms, {"名称": "会议室", "容量": 0}, admin)
    people = registry.get("people")
    with pytest.raises(ValidationError, match="级别"):
        records.create(people, {"姓名": "李四", "级别": "100"}, admin)
    with pytest.raises(ValidationError, match="应在"):  # 5,000 digits: no ValueError of int()
        records.create(rooms, {"名称": "会议室", "容量": "9" * 5000}, admin)
    # a long text: at most its kind's length (备注 20,000 characters), refused with the count
    with pytest.raises(ValidationError, match="最多 20000 个字，现在是 1000000 个"):
        parse_value(incoming.INCOMING.field("note"), "长" * 1_000_000)
    # a line of text takes what its column holds, declared once by the model
    assert registry.get("petitions").field("category").max_length == 50
    # a step's number: 承办 time limit
    with pytest.raises(ValidationError, match="办理时限"):
        parse_value(incoming.LIMIT_DAYS, 10**20)
    # dates are within the window of the present (a setting), whatever path they come by
    for bad in ("9999-12-31", dt.date(1, 1, 1)):
        with pytest.raises(ValidationError, match="超出允许的范围"):
            parse_value(FieldSpec("d", "办结时限", kind="date"), bad)
    with pytest.raises(ValidationError, match="统计年份"):
        stats.collect(admin, 9999)


def test_import_and_template_use_the_declaration(db, admin, tmp_path):
    rooms = registry.get("rooms")
    template = xlsx.write_template(rooms, tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(template)
    notes = {row[0]: row[1] for row in book["说明"].iter_rows(values_only=True) if row[0]}
    assert "1 到 10000 之间的整数" in notes["容量"]
    rules = [v for v in book.worksheets[0].data_validations.dataValidation if v.type == "whole"]
    assert [(r.formula1, r.formula2) for r in rules] == [("1", "10000")]
    sheet = book.worksheets[0]
    sheet.append(["第一会议室", -3, "三楼"])
    sheet.append(["第二会议室", 40, "四楼"])
    book.save(tmp_path / "rooms.xlsx")
    report = xlsx.import_file(rooms, tmp_path / "rooms.xlsx", admin)
    assert report.imported == 0 and [p.column for p in report.problems] == ["容量"]
    assert "1 到 10000" in report.problems[0].reason


def test_the_form_uses_the_declared_range(app_ctx, qtbot):
    from officedesk.ui.widgets.record_form import FieldInput

    field_input = FieldInput(registry.get("rooms").field("capacity"), None)
    spin = field_input.widget
    assert (spin.minimum(), spin.maximum()) == (0, 10_000)  # 0 shows blank: not given
    assert field_input.value() is None
    field_input.set_value(60)
    assert field_input.value() == 60
    rank = FieldInput(registry.get("people").field("rank"), None)  # by name, from the 职级 table
    names = [rank.widget.itemText(i) for i in range(rank.widget.count())]
    assert "正科级" in names and "科员" in names
