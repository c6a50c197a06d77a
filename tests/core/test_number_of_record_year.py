"""信访, 督查 and 效能投诉 numbers are of the year of the record's own date (登记日期, 立项日期),
not of the day they are entered (README: "A number is of the year of the document's own
date, typed or issued"), as 收文 and 信息 are: a 信访 of 2026-12-31 entered on 2027-01-04 is
信2026-N, counted with 2026's. `add` (the create hooks), the window's functions and 转督查 all
go through records.create and the registry's number_year."""

from __future__ import annotations

import datetime as dt

from officedesk.core import numbering, petitions, rule_checks, supervision
from officedesk.core.efficiency import complaints

ENTERED = dt.date(2027, 1, 4)


def _petition(day: str, name: str = "周大海") -> dict:
    return {"登记日期": day, "信访形式": "来信", "信访人": name, "问题类别": "劳动社保",
            "反映内容": f"{name}反映拖欠工资", "联系电话": "13812345678"}


def _complaint(day: str) -> dict:
    return {"投诉方式": "电话", "登记日期": day, "投诉人": "钱女士", "联系电话": "13912345678",
            "被投诉单位": "县自然资源局", "被投诉人": "吴某某", "投诉类别": "办事拖拉",
            "投诉内容": "不动产登记两周未办结。"}


def test_a_petition_takes_the_year_of_its_registration(db, admin, fixed_today):
    fixed_today(ENTERED)
    this_year = petitions.SPEC.create_hook(_petition("2027-01-02", "王一"), admin)  # `add`
    late = petitions.SPEC.create_hook(_petition("2026-12-31", "王二"), admin)
    in_window = petitions.register_petition(
        {"registered_on": "2026-12-30", "form": "来访", "name": "王三", "category": "劳动社保",
         "content": "反映拖欠工资", "phone": "13812345678"}, None, admin)
    today = petitions.SPEC.create_hook(_petition("2027-01-04", "王四"), admin)
    assert [this_year.number, late.number, in_window.number, today.number] == [
        "信2027-00001", "信2026-00001", "信2026-00002", "信2027-00002"]
    assert numbering.last_issued("petition", "信", 2026) == 2
    assert not [f.message for f in rule_checks.check_numbers()]


def test_a_supervision_item_takes_the_year_of_its_start(db, admin, fixed_today):
    fixed_today(ENTERED)
    late = supervision.SPEC.create_hook(
        {"事项名称": "跨年督查", "来源": "领导批示", "立项日期": "2026-12-31"}, admin)
    assert late.number == "督〔2026〕1号"
    in_window = supervision.create_item({"事项名称": "另一件去年的", "来源": "领导批示",
                                         "立项日期": "2026-12-28"}, admin)
    assert in_window.number == "督〔2026〕2号"
    # 转督查 of a 信访 opens the item today: this year's number
    petition = petitions.SPEC.create_hook(_petition("2026-12-31"), admin)
    petitions.to_supervision(petition.id, admin)
    [item] = supervision.items_for_source("petition", petition.id, admin)
    assert item.start_date == ENTERED and item.number == "督〔2027〕1号"
    assert not [f.message for f in rule_checks.check_numbers()]


def test_a_complaint_takes_the_year_of_its_registration(db, admin, fixed_today):
    fixed_today(ENTERED)
    this_year = complaints.SPEC.create_hook(_complaint("2027-01-04"), admin)  # `add`
    late = complaints.SPEC.create_hook(_complaint("2026-12-31"), admin)
    in_window = complaints.register_complaint(_complaint("2026-12-29"), admin)
    assert [this_year.number, late.number, in_window.number] == [
        "效投2027-0001", "效投2026-0001", "效投2026-0002"]
    assert not [f.message for f in rule_checks.check_numbers()]
