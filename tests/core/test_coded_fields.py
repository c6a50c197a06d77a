"""Short coded fields (身份证号, 电话): a space typed inside is dropped as the leading and
trailing ones are (and as phones always were), and a code that is too long is told what is
wrong with it, never to "put the long text in an attachment"."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from officedesk.core import converters, petitions
from officedesk.core.errors import ValidationError
from officedesk.core.fields import FieldSpec, parse_value
from officedesk.core.idcard import make_id
from officedesk.exchange import xlsx

ID = make_id("110101", dt.date(1990, 3, 7), 123)
SPACED = f"{ID[:10]} {ID[10:]}"  # "1101011990 0307…": 19 characters as typed


def _id_field() -> FieldSpec:
    return petitions.SPEC.field("id_number")


def test_a_space_inside_an_id_number_is_dropped(db):
    assert parse_value(_id_field(), SPACED) == ID
    assert parse_value(_id_field(), f" {ID[:6]}\u3000{ID[6:]} ") == ID
    assert converters.converter(_id_field())(SPACED) == ID  # the import's fast path alike


def test_a_too_long_id_number_says_what_is_wrong_with_it(db):
    with pytest.raises(ValidationError) as refused:
        parse_value(_id_field(), ID + "1")
    assert "身份证号应为 18 位，现在是 19 位" in refused.value.message
    assert "附件" not in refused.value.message


def test_only_long_texts_are_sent_to_an_attachment(db):
    phone = petitions.SPEC.field("phone")
    with pytest.raises(ValidationError) as refused:
        parse_value(phone, "1" * 41)
    assert "附件" not in refused.value.message
    with pytest.raises(ValidationError) as refused:
        parse_value(FieldSpec("title", "标题", max_length=20), "字" * 21)
    assert "最多 20 个字" in refused.value.message and "附件" not in refused.value.message
    with pytest.raises(ValidationError, match="请删减，或把长文放进附件"):
        parse_value(FieldSpec("body", "正文", kind="longtext"), "字" * 20_001)


def test_an_imported_id_number_with_a_space_inside_is_taken(db, admin, tmp_path):
    template = xlsx.write_template(petitions.SPEC, tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(template)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    values = {"登记日期": "2026-03-02", "信访形式": "来信", "信访人": "张三", "身份证号": SPACED,
              "问题类别": petitions.categories()[0], "反映内容": "反映道路破损"}
    sheet.append([values.get(str(h).rstrip("*")) for h in headers])
    book.save(tmp_path / "p.xlsx")
    report = xlsx.import_file(petitions.SPEC, tmp_path / "p.xlsx", admin, dry_run=True)
    assert [p.reason for p in report.problems] == [] and report.imported == 1


def test_the_form_takes_an_id_typed_with_spaces(qtbot):
    """The form's box took 18 characters, cutting 1101011990 03071233 before core tidied it."""
    from PySide6.QtWidgets import QWidget

    from officedesk.core import petitions
    from officedesk.ui.widgets.record_form import FieldInput

    parent = QWidget()
    qtbot.addWidget(parent)
    box = FieldInput(petitions.SPEC.field("id_number"), parent)
    box.widget.setText("1101011990 03071233")
    assert box.widget.text() == "1101011990 03071233"
