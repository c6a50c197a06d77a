"""A 台账 with 作废 rows goes through the batch (checked before the write lock, one lock, none in
its dry run), each voided row's record voided under that lock as one by one: the same state,
number, 作废 step, audit entries and index as the row-by-row path writes — a few 作废 rows no
longer send the whole file one by one (minutes under the lock for a county's 台账)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core import audit, batch, check, lifecycle, records, registry, settings
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store import search_index
from officedesk.store.db import database
from officedesk.store.models import AuditEntry, IssuedNumber
from tests.write_locks import watch_write_locks

from .test_voided import MAKERS, TODAY, _office, _voided_export


def _open_office(tmp_path: Path, name: str) -> None:
    store_db.close_database()
    settings.forget_cache()
    store_db.open_database(str(tmp_path / f"{name}.db"))
    _office()


def _written(name: str) -> dict[str, Any]:
    """What an import left, but its times and the actor's stamps."""
    spec = registry.get(name)
    [record] = list(spec.model.select())
    p = database.param
    body = database.execute_sql(f"select body from search_doc where registry = {p} and record_id = {p}",
                                (name, record.id)).fetchone()[0]
    return {
        "state": lifecycle.state_of(spec, record),
        "number": getattr(record, spec.number_field),
        "void": lifecycle.void_recorded(name, record)[1],
        "voiding": _after_making([(e.registry, e.record_id, e.action, e.summary, e.before, e.after)
                                  for e in AuditEntry.select()
                                  .where(AuditEntry.registry.in_([name, *_number_registries()]))
                                  .order_by(AuditEntry.id)]),
        "numbers": [(n.kind, n.text, n.status, n.void_reason, n.record_id) for n in IssuedNumber.select()],
        "body": body,
        "indexed": body == records.search_text(spec, record),
    }


def _after_making(entries: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The entries after the record's making (its create entry and the steps that made it)."""
    made = max(at for at, entry in enumerate(entries) if entry[2] in ("create", "step"))
    return entries[made + 1:]


def _number_registries() -> list[str]:
    return [f"number:{kind}" for kind in lifecycle.NUMBER_KINDS.values()]


@pytest.mark.parametrize("name", list(MAKERS))
@pytest.mark.parametrize("history", [False, True], ids=["plain", "history"])
def test_a_voided_row_goes_through_the_batch_as_it_goes_one_by_one(
    db, admin, fixed_today, tmp_path, monkeypatch, name, history
):
    fixed_today(TODAY)
    _office()
    path, number = _voided_export(name, admin, tmp_path)
    spec = registry.get(name)

    _open_office(tmp_path, "one-by-one")
    with monkeypatch.context() as patched:
        patched.setattr(batch, "supported", lambda spec, rows=None: False)
        slow = xlsx.import_file(spec, path, admin, history=history)
    assert slow.ok and slow.imported == 1, [str(p) for p in slow.problems]
    row_path = _written(name)

    _open_office(tmp_path, "batch")
    locks = watch_write_locks(monkeypatch, records)
    dry = xlsx.import_file(spec, path, admin, history=history, dry_run=True)
    assert dry.ok and locks == []  # checked with no lock
    made: list[Any] = []
    real_create = batch.create_many
    monkeypatch.setattr(batch, "create_many", lambda *a, **k: made.append(1) or real_create(*a, **k))
    report = xlsx.import_file(spec, path, admin, history=history)
    assert report.ok and report.imported == 1, [str(p) for p in report.problems]
    assert made and locks == ["lock"]  # the batch's, and only it
    batched = _written(name)

    # the record's making is the batch's own (a 发文's brought 字号, a 信访's state from its
    # columns: one create entry where the row path writes two; tests/exchange/test_import_batch_*):
    # its 作废 (and a past 台账's mark after it) is the same, after it
    assert batched == row_path
    voiding = [entry[2] for entry in batched["voiding"]]
    assert voiding[:2] == ["void", "void"] and voiding.count("import") == int(history)
    assert (batched["state"], batched["number"]) == ("已作废", number)
    assert [n[2] for n in batched["numbers"] if n[1] == number] == ["voided"]
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_register_with_a_voided_row_among_many_is_written_at_once(db, admin, fixed_today, tmp_path, monkeypatch):
    """Forty 信访 rows, the third voided: one lock, every row made, the third voided and found by
    its number, the others as they came."""
    from officedesk.core import petitions

    fixed_today(TODAY)
    _office()
    path, number = _voided_export("petitions", admin, tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    voided = [c.value for c in sheet[2]]
    sheet.delete_rows(2)
    for n in range(40):
        row = list(voided)
        if n != 2:
            for label, value in (("记录号", None), ("信访编号", None), ("状态", None), ("信访人", f"李{n}"),
                                 ("反映内容", f"第{n}号路灯不亮")):
                row[headers.index(label)] = value
        sheet.append(row)
    book.save(path)
    _open_office(tmp_path, "batch")
    locks = watch_write_locks(monkeypatch, records)
    report = xlsx.import_file(petitions.SPEC, path, admin)
    assert report.ok and report.imported == 40, [str(p) for p in report.problems]
    assert locks == ["lock"]
    states = [lifecycle.state_of(petitions.SPEC, p) for p in petitions.SPEC.model.select().order_by(petitions.SPEC.model.id)]
    assert states.count("已作废") == 1 and len(states) == 40
    [hit] = [h for h in search_index.search(number, 3) if h.registry == "petitions"]
    assert lifecycle.state_of(petitions.SPEC, petitions.SPEC.model.get_by_id(hit.record_id)) == "已作废"
    assert IssuedNumber.get(IssuedNumber.text == number).status == "voided"
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_number_voided_and_issued_again_in_the_file_goes_one_by_one(db, admin, fixed_today, tmp_path, monkeypatch):
    """--reissue: a voided row's number on a live row of the file too; the batch takes a number
    once, so the rows go one by one (as before)."""
    fixed_today(TODAY)
    _office()
    path, number = _voided_export("petitions", admin, tmp_path)
    rows = xlsx.read_rows(path)
    spec = registry.get("petitions")
    label = spec.field(spec.number_field).label
    raw = [dict(zip(rows.headers, values, strict=False)) for _, values in rows.rows]
    again = {**raw[0], "状态": None}
    assert batch.voided_number_reissued(spec, [*raw, again])
    assert not batch.voided_number_reissued(spec, [*raw, {**again, label: None}])
    assert not batch.voided_number_reissued(spec, [again])


def test_voided_rows_through_the_batch_on_either_database(any_db, admin, fixed_today, tmp_path, monkeypatch):
    """SQLite and PostgreSQL: a 台账 bringing its numbers, the second row 已作废."""
    from officedesk.core import petitions

    from .sheets import write_sheet

    fixed_today(TODAY)
    _office()
    rows = [{"信访编号": f"信2026-{n:05d}", "登记日期": "2026-06-04", "信访形式": "来信", "信访人": f"张{n}",
             "问题类别": "城乡建设", "反映内容": f"第{n}盏路灯不亮", **({"状态": "已作废"} if n == 2 else {})}
            for n in (1, 2, 3)]
    path = write_sheet(petitions.SPEC, tmp_path / "台账.xlsx", rows)
    made: list[Any] = []
    real_create = batch.create_many
    monkeypatch.setattr(batch, "create_many", lambda *a, **k: made.append(1) or real_create(*a, **k))
    report = xlsx.import_file(petitions.SPEC, path, admin)
    assert report.ok and report.imported == 3 and made, [str(p) for p in report.problems]
    model = petitions.SPEC.model
    states = {p.number: lifecycle.state_of(petitions.SPEC, p) for p in model.select()}
    assert states["信2026-00002"] == "已作废" and states["信2026-00001"] != "已作废"
    assert {n.text: n.status for n in IssuedNumber.select()}["信2026-00002"] == "voided"
    assert audit.verify_chain() == []


def test_a_voided_row_refused_by_a_rule_is_told_by_the_rule_as_one_by_one(db, admin, fixed_today, tmp_path,
                                                                          monkeypatch):
    """A 督查事项 row 已作废 whose 办结时限 is before its 立项日期: the batch named its 状态 cell
    (“状态”只能是…（现在是“已作废”）), whose 已作废 is no value the item is made with; it names
    the rule, as the row path does."""
    from .import_paths import rows_only

    fixed_today(TODAY)
    _office()
    path, _number = _voided_export("supervision", admin, tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(2, headers.index("办结时限") + 1).value = "2026-05-01"
    book.save(path)
    _open_office(tmp_path, "another")
    spec = registry.get("supervision")
    batched = xlsx.import_file(spec, path, admin, dry_run=True)
    one_by_one = rows_only(monkeypatch, lambda: xlsx.import_file(spec, path, admin, dry_run=True))
    assert [str(p) for p in batched.problems] == [str(p) for p in one_by_one.problems] == [
        "第 2 行，“办结时限”列：办结时限（2026-05-01）不能早于立项日期（2026-06-03）。"]
