"""编辑后标题 and 编辑后正文 are fields of the 信息 (declared once: the form shows them, the list
and the search find them, the 台账 carries them), and a row in a state after 初审 must carry the
facts of the steps before it: 接收时间 and 初审结论 (a clear row error names what is lacking)."""

from __future__ import annotations

import openpyxl
import pytest

from officedesk.core import info, record_lists, records
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx
from officedesk.store.info import InfoItem

from ..exchange.sheets import write_sheet

ROW = {"标题": "县林业局开展森林防火检查", "报送单位": "县林业局", "报送人": "李明",
       "报送时间": "2026-06-01 09:00", "类别": "工作动态", "正文": "排查隐患12处。"}


def test_the_edited_title_and_text_are_fields_searched_and_exported(report, advance, admin,
                                                                    fixed_today):
    import datetime as dt

    fixed_today(dt.date(2026, 6, 30))
    done = advance(report(reported_at="2026-06-01 09:00"), up_to="编辑", on=dt.date(2026, 6, 2))
    spec = info.SPEC
    assert spec.field("edited_title").label == "编辑后标题"
    assert spec.field("edited_content").label == "编辑后正文"
    assert "编辑后标题" in [f.label for f in spec.exchange_fields()]
    assert record_lists.list_ids(spec, admin, text="【编】") == [done.id]


@pytest.mark.parametrize("state", ["待签发", "待编发"])
def test_a_row_after_the_first_check_must_carry_its_receipt_and_check(db, admin, tmp_path, state):
    row = {**ROW, "状态": state, "编辑后标题": "【编】森林防火检查", "编辑后正文": "排查隐患12处。"}
    done = xlsx.import_file(info.SPEC, write_sheet(info.SPEC, tmp_path / "台账.xlsx", [row]), admin)
    assert not done.ok and done.imported == 0
    [problem] = [str(p) for p in done.problems]
    assert "接收时间" in problem and "初审结论" in problem and "编辑后标题" not in problem


def test_adding_an_item_in_a_later_state_names_the_missing_facts(db, admin):
    with pytest.raises(ValidationError) as refused:
        records.create(info.SPEC, {"title": "甲", "unit": "县林业局", "category": "工作动态",
                                   "content": "略", "state": "待签发",
                                   "reported_at": "2026-03-09 10:00",
                                   "edited_title": "甲", "edited_content": "略"}, admin)
    assert "接收时间" in str(refused.value) and "初审结论" in str(refused.value)


def test_a_row_received_only_carries_no_edited_text(db, admin, tmp_path):
    row = {**ROW, "编辑后标题": "【编】森林防火检查"}
    done = xlsx.import_file(info.SPEC, write_sheet(info.SPEC, tmp_path / "台账.xlsx", [row]), admin)
    assert not done.ok and "编辑后标题" in str(done.problems[0])


def test_an_item_voided_after_its_editing_comes_back_voided_with_its_text(
        report, advance, admin, tmp_path, fixed_today):
    import datetime as dt

    from officedesk.core import lifecycle

    fixed_today(dt.date(2026, 6, 30))
    done = advance(report(reported_at="2026-06-01 09:00"), up_to="编辑", on=dt.date(2026, 6, 2))
    lifecycle.void_record("info", done.id, admin, "重复登记")
    path = tmp_path / "台账.xlsx"
    xlsx.export(info.SPEC, path, admin)
    book = openpyxl.load_workbook(path)  # another office's 台账: its own number, no record id
    sheet = book.active
    for cell in sheet[1]:
        if cell.value == "记录号":
            sheet.cell(2, cell.column).value = None
        if cell.value == "信息编号":
            sheet.cell(2, cell.column).value = "信息〔2026〕2号"
        if cell.value == "报送单位":
            sheet.cell(2, cell.column).value = "县水利局"
    book.save(path)
    back = xlsx.import_file(info.SPEC, path, admin)
    assert back.ok and back.imported == 1, [str(p) for p in back.problems]
    item = InfoItem.get_by_id(back.ids[0])
    assert (item.state, item.edited_title) == ("已作废", "【编】" + done.title)
