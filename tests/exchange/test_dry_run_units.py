"""`import --dry-run` of a 通讯录 of units takes no write lock: a unit names its 上级单位, which an
earlier row of the file may make, so such a file went one by one under the lock and was undone,
dry run too. Its rows are now checked in memory in their order (core.batch_in_order), a 上级单位
or a 名称/简称 already taken found among the units of the rows before (core.pending_records),
and the dry run says what the old way said; so does an import refused by row."""

from __future__ import annotations

from typing import Any

import pytest

from officedesk.core import directory
from officedesk.exchange import xlsx
from officedesk.store.models import Unit
from tests.write_locks import watch_write_locks

from .dry_runs import said, the_old_way, write_lock_held_elsewhere
from .sheets import write_sheet

GOOD = [{"单位名称": "中共云岭县委员会", "简称": "县委"},
        {"单位名称": "县委办公室", "简称": "县委办", "上级单位": "县委"},
        {"单位名称": "县委办信息科", "上级单位": "县委办公室"},
        {"单位名称": "县应急管理局", "简称": "应急局", "上级单位": "县人民政府"},
        {"单位名称": "县应急局办公室", "上级单位": "应急局"}]
# a 上级单位 a later row makes, or a refused row would have made; a 简称 an earlier row's 名称 or
# another's 简称; a 名称 the office holds as a 简称
BAD = [*GOOD,
       {"单位名称": "县委督查室", "上级单位": "县委组织部"},
       {"单位名称": "县委组织部", "简称": "县委办"},
       {"单位名称": "组织部干部科", "上级单位": "县委组织部"},
       {"单位名称": "县委宣传部", "简称": "县委办信息科"},
       {"单位名称": "县政府", "上级单位": "县委"},
       {"单位名称": "县财政局", "简称": "财政局", "上级单位": "县委宣传部"}]


def _office(admin: Any) -> None:
    """The office's 通讯录: the county government, by its 简称 县政府."""
    from officedesk.core import records

    records.create(directory.UNITS, {"单位名称": "县人民政府", "简称": "县政府"}, admin)


@pytest.mark.parametrize("rows", [GOOD, BAD], ids=["good", "bad"])
@pytest.mark.parametrize("skip_bad", [False, True], ids=["whole", "skip-bad"])
def test_a_dry_run_of_units_naming_earlier_units_takes_no_lock(db, admin, tmp_path, monkeypatch, rows, skip_bad):
    _office(admin)
    path = write_sheet(directory.UNITS, tmp_path / "单位.xlsx", rows)
    before = the_old_way(monkeypatch, lambda: xlsx.import_file(directory.UNITS, path, admin, dry_run=True,
                                                               skip_bad=skip_bad))
    locks = watch_write_locks(monkeypatch)
    with write_lock_held_elsewhere():
        dry = xlsx.import_file(directory.UNITS, path, admin, dry_run=True, skip_bad=skip_bad)
    assert locks == []
    assert said(dry) == said(before)
    assert Unit.select().count() == 1
    assert dry.ok == (rows is GOOD) and dry.imported == len(GOOD), [str(p) for p in dry.problems]


def test_units_refused_by_row_are_refused_with_no_lock_and_good_ones_written(db, admin, tmp_path, monkeypatch):
    _office(admin)
    bad = write_sheet(directory.UNITS, tmp_path / "有问题的.xlsx", BAD)
    before = the_old_way(monkeypatch, lambda: xlsx.import_file(directory.UNITS, bad, admin))
    locks = watch_write_locks(monkeypatch)
    with write_lock_held_elsewhere():
        refused = xlsx.import_file(directory.UNITS, bad, admin)
    assert locks == [] and said(refused) == said(before) and refused.imported == 0
    done = xlsx.import_file(directory.UNITS, write_sheet(directory.UNITS, tmp_path / "单位.xlsx", GOOD), admin)
    assert done.ok and done.imported == len(GOOD) and locks, [str(p) for p in done.problems]
    office = Unit.get(Unit.name == "县委办信息科")
    assert office.parent.name == "县委办公室" and office.parent.parent.name == "中共云岭县委员会"
