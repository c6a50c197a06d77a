"""回避 of the 核查单位: the unit complained of does not check the complaint against itself. The
核查 step refuses it (by its 名称 or its 简称), and so do a sheet bringing a complaint in its
state (import) and a correction that would make the 被投诉单位 the unit checking it."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import directory, records, steps
from officedesk.core.efficiency import complaints as C
from officedesk.core.efficiency import recusal
from officedesk.core.errors import HiddenRecordError, ValidationError
from officedesk.exchange import xlsx

from ..exchange.sheets import write_sheet

TODAY = dt.date(2026, 6, 30)
UNIT = "县住房和城乡建设局"
RAW = {"投诉方式": "电话", "登记日期": "2026-06-01", "投诉人": "群众甲", "投诉类别": "办事拖拉",
       "被投诉单位": UNIT, "被投诉人": "郑某某", "投诉内容": "材料齐全，两周未办结。"}


@pytest.fixture
def office(db, admin, fixed_today):
    fixed_today(TODAY)
    records.create(directory.UNITS, {"单位名称": UNIT, "简称": "县住建局"}, admin)
    for name in ("县纪委监委", "县财政局"):
        records.create(directory.UNITS, {"单位名称": name}, admin)
    return db


def test_the_unit_complained_of_is_refused_as_its_checker(office, admin):
    record = C.register_complaint(RAW, admin)
    for named in (UNIT, "县住建局"):
        with pytest.raises(ValidationError, match=rf"核查单位不能是被投诉单位（{UNIT}）.*回避") as caught:
            steps.perform("complaints", record.id, "核查", {"核查单位": named}, admin)
        assert caught.value.field == "verifier_unit"
    with pytest.raises(ValidationError, match="回避"):  # the core function too
        C.send_for_verification(record.id, record.version, admin, UNIT)
    assert C.SPEC.model.get_by_id(record.id).state == C.TO_VERIFY
    steps.perform("complaints", record.id, "核查", {"核查单位": "县纪委监委"}, admin)
    assert C.SPEC.model.get_by_id(record.id).verifier_unit == "县纪委监委"


def test_a_sheet_naming_it_is_refused_by_row_and_column(office, admin, tmp_path):
    row = {**RAW, "登记日期": dt.date(2026, 6, 1), "状态": "核查中", "核查单位": "县住建局",
           "核查通知日期": dt.date(2026, 6, 2)}
    report = xlsx.import_file(C.SPEC, write_sheet(C.SPEC, tmp_path / "c.xlsx", [row]), admin)
    assert [(p.row, p.column) for p in report.problems] == [(2, "核查单位")], [
        str(p) for p in report.problems]
    assert "回避" in report.problems[0].reason
    assert C.SPEC.model.select().count() == 0
    with pytest.raises(ValidationError, match="回避"):  # `add` too
        C.register_complaint({**RAW, "状态": "核查中", "核查单位": UNIT, "核查通知日期": "2026-06-02"},
                             admin)


def test_a_correction_may_not_make_the_checker_the_unit_complained_of(office, admin):
    record = C.register_complaint({**RAW, "被投诉单位": "县财政局"}, admin)
    steps.perform("complaints", record.id, "核查", {"核查单位": UNIT}, admin)
    record = C.SPEC.model.get_by_id(record.id)
    with pytest.raises(ValidationError, match=rf"被投诉单位（{UNIT}）就是这件投诉的核查单位.*回避") as caught:
        records.update(C.SPEC, record.id, {"被投诉单位": "县住建局"}, record.version, admin)
    assert caught.value.field == "unit"
    assert C.SPEC.model.get_by_id(record.id).unit == "县财政局"


def test_a_section_of_the_unit_complained_of_neither_checks_nor_handles_it(office, admin):
    """县住建局办公室 is in 县住房和城乡建设局: as its 核查单位 it would check the complaint against
    its own unit, and a member of it is a member of the unit complained of."""
    from tests.staff import make_staff

    staff = make_staff([("gwy", "龚文勇", "clerk", "县住建局办公室", "科长", "", True),
                        ("lw", "刘伟", "clerk", "县财政局", "科长", "", True)])
    record = C.register_complaint(RAW, admin)
    for named in ("县住建局办公室", "县住房和城乡建设局办公室"):
        with pytest.raises(ValidationError, match=rf"核查单位不能是被投诉单位（{UNIT}）.*回避"):
            steps.perform("complaints", record.id, "核查", {"核查单位": named}, admin)
    # a member of the section is of the unit: recused, and the complaint is not there for him
    assert f"所在的{UNIT}是这件效能投诉的被投诉单位" in recusal.step_refusal(staff["gwy"], record)
    with pytest.raises(HiddenRecordError, match="没有找到记录号"):
        steps.available_steps("complaints", record.id, staff["gwy"])
    with pytest.raises(HiddenRecordError, match="没有找到记录号"):
        steps.perform("complaints", record.id, "核查", {"核查单位": "县纪委监委"}, staff["gwy"])
    steps.perform("complaints", record.id, "核查", {"核查单位": "县纪委监委"}, staff["lw"])
    assert C.SPEC.model.get_by_id(record.id).state == C.VERIFYING


def test_a_correction_may_not_make_the_checker_a_section_of_the_unit_complained_of(office, admin):
    record = C.register_complaint({**RAW, "被投诉单位": "县财政局"}, admin)
    steps.perform("complaints", record.id, "核查", {"核查单位": "县住建局办公室"}, admin)
    record = C.SPEC.model.get_by_id(record.id)
    with pytest.raises(ValidationError, match="回避"):
        records.update(C.SPEC, record.id, {"被投诉单位": "县住建局"}, record.version, admin)
