"""import --update of corrections a registry saves by a route of its own (RegistrySpec.
correction_route: a unit's 名称 — the rename moves every record naming it —, a petition's 信访人,
which its petitioner list keeps): the route's checks are made before the lock
(correction_route_check), so a dry run, and a file refused by row, take none and say what the
import says. Before, those rows were written under the lock and undone (another workstation
holding it, the dry run failed with 数据库正被其他程序占用)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core import audit, check, directory, petitions, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.exchange import xlsx
from tests.write_locks import watch_write_locks

from .dry_runs import said, write_lock_held_elsewhere


def _told(report: Any, refused: bool = False) -> dict[str, Any]:
    """What a report says of the rows, a dry run's and the import's alike (of a file refused
    whole, what it refuses: the dry run tells the good rows' changes too)."""
    told = said(report)
    for key in ("dry_run", "summary", "skipped", "ids", "imported", *(["updated"] if refused else [])):
        told.pop(key, None)
    return told


def _edited(spec: Any, tmp_path: Path, label: str, rows: dict[int, Any], also: dict[tuple[int, str], Any]) -> Path:
    """The registry's export with `label` of the records `rows` names (id -> new value) and
    the cells `also` names ((id, label) -> value) changed."""
    path = tmp_path / f"{spec.name}.xlsx"
    xlsx.export(spec, path, CLI_ACTOR)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    heads = [cell.value for cell in sheet[1]]
    ids = {sheet.cell(row, heads.index("记录号") + 1).value: row for row in range(2, sheet.max_row + 1)}
    for record_id, value in rows.items():
        sheet.cell(ids[record_id], heads.index(label) + 1, value)
    for (record_id, other), value in also.items():
        sheet.cell(ids[record_id], heads.index(other) + 1, value)
    book.save(path)
    return path


def _dry_then_real(spec: Any, path: Path, monkeypatch: Any, skip_bad: bool) -> tuple[Any, Any, list[str]]:
    locks = watch_write_locks(monkeypatch, records)
    with write_lock_held_elsewhere():
        dry = xlsx.import_file(spec, path, CLI_ACTOR, on_match="update", dry_run=True, skip_bad=skip_bad)
    assert locks == []
    if skip_bad or dry.ok:
        done = xlsx.import_file(spec, path, CLI_ACTOR, on_match="update", skip_bad=skip_bad)
    else:  # refused whole: no lock either
        with write_lock_held_elsewhere():
            done = xlsx.import_file(spec, path, CLI_ACTOR, on_match="update", skip_bad=skip_bad)
        assert locks == []
    return dry, done, locks


@pytest.mark.parametrize("bad", [False, True], ids=["good", "a-row-refused"])
@pytest.mark.parametrize("skip_bad", [False, True], ids=["whole", "skip-bad"])
def test_units_renamed_are_checked_before_the_lock(demo_db, tmp_path, monkeypatch, bad, skip_bad):
    units = list(directory.UNITS.model.select().order_by(directory.UNITS.model.id))
    renamed = {unit.id: f"{unit.name}（更名）" for unit in units[:3]}
    also = {(units[3].id, "单位名称"): units[4].name} if bad else {}  # a name another unit has
    path = _edited(directory.UNITS, tmp_path, "单位名称", renamed, also)
    dry, done, locks = _dry_then_real(directory.UNITS, path, monkeypatch, skip_bad)
    assert _told(dry, bad and not skip_bad) == _told(done, bad and not skip_bad)
    assert [change.record for change in dry.updated] == list(renamed.values())
    assert not dry.ok if bad else dry.ok
    kept = not bad or skip_bad
    assert locks == (["lock"] if kept else [])
    names = {unit.id: unit.name for unit in directory.UNITS.model.select()}
    assert all((names[i] == name) == kept for i, name in renamed.items())
    assert audit.verify_chain() == [] and check.run_checks() == []


@pytest.mark.parametrize("bad", [False, True], ids=["good", "a-row-refused"])
def test_a_petitioner_corrected_is_checked_before_the_lock(demo_db, tmp_path, monkeypatch, bad):
    model = petitions.SPEC.model
    single = [p for p in model.select().order_by(model.id) if (p.people_count or 1) == 1][:3]
    corrected = {p.id: f"{p.name}更正" for p in single}
    also = {(single[0].id, "登记日期"): "三月一日前后"} if bad else {}
    path = _edited(petitions.SPEC, tmp_path, "信访人", corrected, also)
    dry, done, locks = _dry_then_real(petitions.SPEC, path, monkeypatch, skip_bad=False)
    assert _told(dry, bad) == _told(done, bad)
    assert sorted(change.record_id for change in dry.updated) == [p.id for p in single][bad:]
    assert locks == ([] if bad else ["lock"])
    names = {p.id: p.name for p in model.select()}
    assert all((names[i] == name) != bad for i, name in corrected.items())
    assert audit.verify_chain() == [] and check.run_checks() == []
