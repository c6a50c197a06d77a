"""`import --dry-run` of a 台账 in which a 作废 row's number is brought again by a live row (issued
again on purpose, --reissue, where it came from) takes no write lock: the batch takes a number
once, so such a file went one by one under the lock and was undone, dry run too. Its rows are now
checked in memory in their order (core.batch_in_order), each number claimed against the numbers
the rows before took (core.number_claims): the second claim of the voided number is refused in
the words one by one had for it, and the dry run says what the old way said."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core import registry
from officedesk.exchange import xlsx
from tests.write_locks import watch_write_locks

from .dry_runs import said, the_old_way, write_lock_held_elsewhere
from .test_voided import MAKERS, TODAY, _another_office, _office, _voided_export


def _reissued_sheet(name: str, admin: Any, tmp_path: Path, live_first: bool) -> Path:
    """The voided record's export, its row again below (or above) it without 状态 — the number
    issued again to a live record — and a row more of another title, without a number."""
    path, _number = _voided_export(name, admin, tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    voided = [cell.value for cell in sheet[2]]
    live = list(voided)
    live[headers.index("状态")] = None
    other = list(live)
    title = registry.get(name).field(registry.get(name).title_field).label
    number = registry.get(name).field(registry.get(name).number_field).label
    other[headers.index(title)], other[headers.index(number)] = f"{voided[headers.index(title)]}（另一件）", None
    if "记录号" in headers:
        live[headers.index("记录号")] = other[headers.index("记录号")] = None
    if live_first:
        sheet.delete_rows(2)
        sheet.append(live)
        sheet.append(voided)
    else:
        sheet.append(live)
    sheet.append(other)
    book.save(path)
    return path


@pytest.mark.parametrize("name", list(MAKERS))
@pytest.mark.parametrize("history", [False, True], ids=["plain", "history"])
@pytest.mark.parametrize("live_first", [False, True], ids=["voided-first", "live-first"])
def test_a_dry_run_of_a_voided_number_brought_again_takes_no_lock(
    db, admin, fixed_today, tmp_path, monkeypatch, name, history, live_first
):
    fixed_today(TODAY)
    _office()
    path = _reissued_sheet(name, admin, tmp_path, live_first)
    _another_office(tmp_path)
    spec = registry.get(name)
    before = the_old_way(monkeypatch, lambda: xlsx.import_file(spec, path, admin, dry_run=True, history=history))
    assert not before.ok and before.imported == 2, [str(p) for p in before.problems]  # the second claim
    locks = watch_write_locks(monkeypatch)
    with write_lock_held_elsewhere():
        dry = xlsx.import_file(spec, path, admin, dry_run=True, history=history)
    assert locks == []
    assert said(dry) == said(before)
    assert spec.model.select().count() == 0
