"""效能投诉 from a sheet in a later state: the state's facts and dates come from the row and are
checked as the steps check them; the complaint lands in its state with its dates and its history,
or the row is refused naming its column and what to do. An imported 投诉编号 is never issued
again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import settings, state_facts, workdays
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.efficiency import complaints as C
from officedesk.exchange import xlsx

from .sheets import write_sheet

TODAY = dt.date(2026, 6, 30)
BASE = {
    "投诉编号": "效投2026-0007", "登记日期": dt.date(2026, 5, 6), "投诉方式": "来信",
    "投诉人": "李女士", "联系电话": "13938491325", "被投诉单位": "县住房和城乡建设局",
    "被投诉人": "郑某某", "投诉类别": "办事拖拉", "投诉内容": "材料齐全，两周未办结。",
}
CLOSED = {
    **BASE, "状态": "已办结", "核查单位": "县纪委监委", "核查通知日期": dt.date(2026, 5, 7),
    "核查完成日期": dt.date(2026, 5, 20), "核查结论": "属实", "核查情况": "经调阅台账，情况属实。",
    "处理结果": "效能告诫", "办结日期": dt.date(2026, 5, 25),
}


@pytest.fixture
def office(db, fixed_today):
    fixed_today(TODAY)
    return db


def _sheet(path: Path, rows: list[dict[str, Any]]) -> Path:
    return write_sheet(C.SPEC, path, rows)


def test_a_closed_complaint_comes_back_closed_with_its_dates_and_history(office, admin, tmp_path):
    report = xlsx.import_file(C.SPEC, _sheet(tmp_path / "c.xlsx", [CLOSED]), admin)
    assert report.ok, [str(p) for p in report.problems]
    record = C.SPEC.model.get_by_id(report.ids[0])
    assert (record.number, record.state, record.finding, record.action) == (
        "效投2026-0007", "已办结", "属实", "效能告诫")
    assert (record.verify_sent_on, record.verified_on, record.closed_on) == (
        dt.date(2026, 5, 7), dt.date(2026, 5, 20), dt.date(2026, 5, 25))
    # the time limits the steps would have set, from the settings
    assert record.verify_due == workdays.add_working_days(
        dt.date(2026, 5, 7), int(settings.get(C.VERIFY_DAYS.key)))
    assert record.due_on == workdays.add_working_days(
        dt.date(2026, 5, 6), int(settings.get(C.CLOSE_DAYS.key)))
    assert [(s.kind, s.on) for s in C.steps_of(record.id, CLI_ACTOR)] == [
        ("登记", dt.date(2026, 5, 6)), ("核查", dt.date(2026, 5, 7)),
        ("结论", dt.date(2026, 5, 20)), ("处理", dt.date(2026, 5, 25))]
    assert state_facts.check_all() == []
    # the imported number is claimed: the next registration takes the one after it
    later = C.register_complaint({**{k: BASE[k] for k in list(BASE)[1:]}, "登记日期": TODAY}, admin)
    assert later.number == "效投2026-0008"


def test_an_untrue_complaint_needs_no_action(office, admin, tmp_path):
    row = {**CLOSED, "核查结论": "不属实", "处理结果": None}
    report = xlsx.import_file(C.SPEC, _sheet(tmp_path / "c.xlsx", [row]), admin)
    assert report.ok, [str(p) for p in report.problems]
    record = C.SPEC.model.get_by_id(report.ids[0])
    assert (record.state, record.action) == ("已办结", C.NO_ACTION)


def test_a_complaint_being_checked_keeps_its_limit(office, admin, tmp_path):
    row = {**BASE, "状态": "核查中", "核查单位": "县纪委监委",
           "核查通知日期": dt.date(2026, 6, 1), "核查时限": dt.date(2026, 7, 10)}
    report = xlsx.import_file(C.SPEC, _sheet(tmp_path / "c.xlsx", [row]), admin)
    assert report.ok, [str(p) for p in report.problems]
    record = C.SPEC.model.get_by_id(report.ids[0])
    assert (record.state, record.verify_due) == ("核查中", dt.date(2026, 7, 10))
    assert C.offered_steps(record) == ("结论",)


@pytest.mark.parametrize(
    ("changes", "column", "words"),
    [
        ({"处理结果": None}, "状态", "缺少：处理结果"),
        ({"核查完成日期": None, "核查情况": None}, "状态", "缺少：核查情况、核查完成日期"),
        ({"状态": "核查中"}, "核查结论", "请填写相应的状态"),
        ({"状态": None}, "核查单位", "没有填写状态"),
        ({"核查完成日期": dt.date(2026, 5, 6)}, "核查完成日期", "不能早于“核查通知日期”"),
        ({"办结日期": dt.date(2026, 7, 1)}, "办结日期", "不能是将来的日期"),
        ({"核查结论": "不属实"}, "处理结果", "应为“不予处理”"),
        ({"处理结果": "不予处理"}, "处理结果", "应作出处理"),
        ({"处理结果": "其他"}, "处理意见", "请写明处理意见"),
    ],
    ids=["no-action", "no-finding-date", "checking-with-finding", "no-state", "dates-backwards",
         "future", "untrue-warned", "true-unpunished", "other-unexplained"],
)
def test_a_state_without_its_facts_is_refused_by_row_and_column(
    office, admin, tmp_path, changes, column, words
):
    rows = [BASE | {"投诉编号": "效投2026-0001"}, {**CLOSED, **changes}]
    report = xlsx.import_file(C.SPEC, _sheet(tmp_path / "c.xlsx", rows), admin)
    assert [(p.row, p.column) for p in report.problems] == [(3, column)], [
        str(p) for p in report.problems]
    assert words in report.problems[0].reason
    assert C.SPEC.model.select().count() == 0  # nothing written while a row is refused
