"""import --update of rows a registry's own update saves (RegistrySpec.update_hook) with a
check-only form (RegistrySpec.check_update): a joint letter's (联名信) petitioner lists corrected
name by name. Their checks are made before the lock, so a dry run, and a file refused by row,
take none and say what the import says; and a 督查 workbook's 分解任务 sheet that changes tasks,
whose steps are checked likewise (DetailSheet.check). Before, those rows were written under the lock and undone
(another workstation holding it, the dry run failed with 数据库正被其他程序占用)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, check, clock, petitions, records, supervision
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.supervision import items as sv_items
from officedesk.exchange import xlsx
from officedesk.exchange.report import MATCH_UPDATE
from officedesk.store.petitions import Petitioner
from officedesk.store.supervision import SupervisionItem, SupervisionTask
from tests.exchange.test_supervision_tasks import (  # noqa: F401 - the module's fixtures
    _column,
    sv_copy,
    sv_office,
)
from tests.exchange.test_supervision_tasks import _edited as _sheets_edited
from tests.write_locks import watch_write_locks

from .dry_runs import write_lock_held_elsewhere
from .test_dry_run_routed import _dry_then_real, _edited, _told


def _joint(count: int) -> list[tuple[int, list[str]]]:
    """`count` joint letters (联名信, three petitioners each) registered: id, the names."""
    made = []
    for n in range(count):
        names = [f"{surname}联{n}" for surname in ("赵", "钱", "孙")]
        record = petitions.register_petition(
            {"registered_on": clock.today().isoformat(), "form": "来信", "category": "征地拆迁",
             "content": f"联名反映补偿款未足额发放（{n}）。", "people_count": len(names)},
            [{"name": name} for name in names], CLI_ACTOR)
        made.append((record.id, names))
    return made


@pytest.mark.parametrize("bad", [False, True], ids=["good", "a-row-refused"])
@pytest.mark.parametrize("skip_bad", [False, True], ids=["whole", "skip-bad"])
def test_a_joint_letters_lists_are_checked_before_the_lock(demo_db, tmp_path, monkeypatch, bad, skip_bad):
    joint = _joint(3)
    assert len(joint) == 3
    corrected = {pid: [*names[:-1], f"{names[-1]}更正"] for pid, names in joint}
    # a 人数 below the names listed: refused as the window refuses it (人数 and names in one row)
    also = {(joint[0][0], "人数"): 1} if bad else {}
    path = _edited(petitions.SPEC, tmp_path, "信访人", {pid: "、".join(n) for pid, n in corrected.items()}, also)
    dry, done, locks = _dry_then_real(petitions.SPEC, path, monkeypatch, skip_bad)
    refused = bad and not skip_bad
    assert _told(dry, refused) == _told(done, refused)
    assert sorted(change.record_id for change in dry.updated) == [pid for pid, _ in joint][bad:]
    assert [p.reason for p in dry.problems] == ([f"人数（1）少于登记的信访人（{len(joint[0][1])} 位），请改正人数。"]
                                                if bad else [])
    kept = not bad or skip_bad
    assert locks == (["lock"] if kept else [])
    listed = {pid: [p.name for p in Petitioner.select().where(Petitioner.petition == pid).order_by(Petitioner.seq)]
              for pid, _ in joint}
    assert [listed[pid] == names for pid, names in corrected.items()] == [kept and not (bad and i == 0)
                                                                          for i in range(3)]
    assert audit.verify_chain() == [] and check.run_checks() == []


@pytest.mark.parametrize("bad", [False, True], ids=["good", "a-row-refused"])
@pytest.mark.parametrize("skip_bad", [False, True], ids=["whole", "skip-bad"])
def test_a_task_sheet_that_changes_tasks_is_checked_before_the_lock(sv_office, sv_copy, admin, tmp_path,  # noqa: F811
                                                                     monkeypatch, bad, skip_bad):
    """A 督查 workbook whose 分解任务 sheet changes tasks (修改任务 of a 责任人, under an item whose own
    row is corrected too; 分解交办 of a new row; 任务办结): the steps' checks are made before the lock
    (DetailSheet.check), each item as its row leaves it; a 时限 past the item's is refused."""
    opened = list(SupervisionItem.select().where(SupervisionItem.status == supervision.OPEN)
                  .order_by(SupervisionItem.id).limit(3))
    first, second, third = opened
    changed = first.tasks.order_by(SupervisionTask.seq).first()
    done = second.tasks.where(SupervisionTask.status == supervision.TASK_OPEN).order_by(SupervisionTask.seq).first()
    late = third.tasks.where(SupervisionTask.status == supervision.TASK_OPEN).order_by(SupervisionTask.seq).first()
    unit = next(t.lead_unit for t in SupervisionTask.select() if t.item_id != first.id
                and t.lead_unit not in {x.lead_unit for x in first.tasks})
    rows: dict[str, int] = {}

    def edit(items, tasks):
        for row in range(2, items.max_row + 1):
            number = items.cell(row, 1).value
            rows[number] = row
            if number == first.number:
                cell = items.cell(row, _column(items, "事项名称"))
                cell.value = f"{cell.value}（更正）"
        for row in tasks.iter_rows(min_row=2):
            if row[0].value == first.number and row[1].value == changed.seq:
                tasks.cell(row[0].row, _column(tasks, "责任人")).value = "改过的人"
            if row[0].value == second.number and row[1].value == done.seq:
                tasks.cell(row[0].row, _column(tasks, "任务状态")).value = supervision.TASK_DONE
                tasks.cell(row[0].row, _column(tasks, "任务办结日期")).value = clock.today()
            if bad and row[0].value == third.number and row[1].value == late.seq:
                tasks.cell(row[0].row, _column(tasks, "时限")).value = third.deadline + dt.timedelta(days=30)
        tasks.append([first.number, None, unit, None, "新增的人"])

    path = tmp_path / "tasks-changed.xlsx"
    _sheets_edited(sv_office / "supervision.xlsx", path, edit)
    before = _tasks()
    locks = watch_write_locks(monkeypatch, records)
    with write_lock_held_elsewhere():
        dry = xlsx.import_file(sv_items.SPEC, path, admin, on_match=MATCH_UPDATE, dry_run=True, skip_bad=skip_bad)
        refused = bad and not skip_bad
        if refused:  # a file refused whole takes no lock either
            done_report = xlsx.import_file(sv_items.SPEC, path, admin, on_match=MATCH_UPDATE, skip_bad=skip_bad)
    assert locks == [] and _tasks() == before
    if not refused:
        done_report = xlsx.import_file(sv_items.SPEC, path, admin, on_match=MATCH_UPDATE, skip_bad=skip_bad)
    assert _told(dry, refused) == _told(done_report, refused)
    assert not done_report.details_kept  # the task a row adds is not named as one the sheet leaves out
    assert sorted({change.record_id for change in dry.updated}) == [first.id, second.id]
    assert [p.row for p in dry.problems] == ([rows[third.number]] if bad else [])
    assert all("不能晚于事项的办结时限" in p.reason for p in dry.problems)
    kept = not refused
    assert locks == (["lock"] if kept else [])
    assert (SupervisionTask.get_by_id(changed.id).responsible == "改过的人") == kept
    assert (SupervisionTask.get_by_id(done.id).status == supervision.TASK_DONE) == kept
    assert SupervisionTask.get_by_id(late.id).deadline == late.deadline
    assert audit.verify_chain() == [] and check.run_checks() == []


def _tasks() -> list[tuple[object, ...]]:
    return [tuple(task.__data__.values()) for task in SupervisionTask.select().order_by(SupervisionTask.id)]
