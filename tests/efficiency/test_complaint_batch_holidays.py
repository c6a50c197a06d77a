"""The 办结时限 of 效能投诉 imported through the batch, counted in the check without the write lock:
a holiday change committed between the check and the write is counted in (the write refuses to
copy rows counted under the old rules, and the batch is checked again), and the count rides
along with the record, so a holiday change after the import moves it as it moves one registered
row by row (core.counted_deadlines)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from officedesk.core import (
    audit,
    batch,
    check,
    directory,
    records,
    rules_read,
    settings,
    workdays,
)
from officedesk.core.efficiency import complaints as C
from officedesk.exchange import xlsx
from officedesk.store.counted_deadline import CountedDeadline
from officedesk.store.db import write_transaction
from tests.exchange.import_paths import holidays_before_write
from tests.exchange.sheets import write_sheet

TODAY = dt.date(2026, 6, 30)
RECEIVED = dt.date(2026, 6, 29)
ROW = {"登记日期": RECEIVED, "投诉方式": "电话", "投诉人": "钱女士", "被投诉单位": "县自然资源局",
       "投诉类别": "办事拖拉", "投诉内容": "不动产登记两周未办结。"}


@pytest.fixture
def office(db, fixed_today, admin):
    fixed_today(TODAY)
    records.create(directory.UNITS, {"单位名称": "县自然资源局", "简称": "自然资源局"}, admin)
    yield db
    workdays.forget_overrides()


def _counted() -> dt.date:
    return workdays.add_working_days(RECEIVED, int(settings.get(C.CLOSE_DAYS.key)))


def _sheet(path: Path, rows: int = 3) -> Path:
    return write_sheet(C.SPEC, path, [{**ROW, "投诉人": f"钱女士{i}"} for i in range(rows)])


def test_a_holiday_entered_between_the_check_and_the_write_is_counted_in(office, admin, tmp_path,
                                                                         monkeypatch):
    old = _counted()
    holiday = dt.date(2026, 7, 6)  # a Monday inside the 20 working days
    calls = holidays_before_write(monkeypatch, [holiday], admin)
    done = xlsx.import_file(C.SPEC, _sheet(tmp_path / "c.xlsx"), admin)
    assert done.ok and done.imported == 3
    assert calls == [0, 1]  # refused under the lock, checked again, written
    new = _counted()
    assert new == workdays.add_working_days(old, 1)  # the holiday moves the limit a day
    assert {r.due_on for r in C.SPEC.model.select()} == {new}
    assert {r.due for r in CountedDeadline.select()} == {new} and CountedDeadline.select().count() == 3
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_rules_changing_before_every_write_write_nothing(office, admin, tmp_path, monkeypatch):
    days = [dt.date(2026, 7, 6), dt.date(2026, 7, 7), dt.date(2026, 7, 8)]
    holidays_before_write(monkeypatch, days, admin)
    with pytest.raises(rules_read.RulesChanged, match="重新导入"):
        xlsx.import_file(C.SPEC, _sheet(tmp_path / "c.xlsx"), admin)
    assert C.SPEC.model.select().count() == CountedDeadline.select().count() == 0


def test_rules_read_tell_a_change_committed_since(office, admin):
    seen = rules_read.read()
    with write_transaction():
        assert rules_read.holds(seen)
    settings.put(C.CLOSE_DAYS.key, 15, admin)
    with write_transaction():
        assert not rules_read.holds(seen)
    assert rules_read.holds(rules_read.read())


def test_a_holiday_change_after_the_import_moves_the_batch_and_the_row_path_alike(office, admin, tmp_path,
                                                                                  monkeypatch):
    fast = xlsx.import_file(C.SPEC, _sheet(tmp_path / "批量.xlsx", 1), admin)
    with monkeypatch.context() as patched:
        patched.setattr(batch, "supported", lambda spec, rows=None: False)
        slow = xlsx.import_file(C.SPEC, _sheet(tmp_path / "逐行.xlsx", 1), admin)
    assert fast.ok and slow.ok
    before = _counted()
    assert workdays.set_override(dt.date(2026, 7, 6), False, "测试", admin) == 2  # both moved
    after = workdays.add_working_days(before, 1)
    records_now = list(C.SPEC.model.select().order_by(C.SPEC.model.id))
    assert [r.due_on for r in records_now] == [after, after]
    assert [r.version for r in records_now] == [2, 2]  # each saved by the recount (audited)
    assert [r.due for r in CountedDeadline.select().order_by(CountedDeadline.record_id)] == [after, after]
    assert check.run_checks() == [] and audit.verify_chain() == []
