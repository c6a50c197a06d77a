"""A 信访 import spanning two years stays on the batch path (bench_exchange measures it at
100,000 rows) and numbers each record in its own year's sequence (its 登记日期), continuous,
exactly as the rows added one by one: the batch plans every year's sequence it issues in,
records each issued number against its record, and is made again when another workstation
gives a number meanwhile in any of them, not only in this year's."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import audit, batch, batch_write, check, numbering, petitions, registry
from officedesk.exchange import xlsx
from officedesk.store.models import IssuedNumber
from officedesk.store.petitions import Petition
from tests.exchange.test_import_batch import sheet_of

ENTERED = dt.date(2027, 1, 4)
HEADERS = ["信访编号", "登记日期", "信访形式", "信访人", "联系电话", "问题类别", "反映内容"]
# registered in the last days of 2026 and the first of 2027, in no order
DAYS = ["2026-12-30", "2027-01-02", "2026-12-31", "2027-01-03", "2026-12-29", "2027-01-04", "2026-12-31"]
# the 2026 sequence has given 1, the 2027 one 1 (added before the import)
EXPECTED = ["信2026-00002", "信2027-00002", "信2026-00003", "信2027-00003", "信2026-00004",
            "信2027-00004", "信2026-00005"]


def _row(i: int, day: str, **more: Any) -> dict[str, Any]:
    return {"登记日期": day, "信访形式": "来信", "信访人": f"周大海{i}", "联系电话": "13812345678",
            "问题类别": "劳动社保", "反映内容": f"拖欠工资第{i}件", **more}


def _sheet(path: Path, rows: list[dict[str, Any]]) -> Path:
    return sheet_of(path, rows, HEADERS)


def _batch_calls(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = batch.create_many
    monkeypatch.setattr(batch, "create_many", lambda spec, rows, *a, **k: calls.append(len(rows)) or real(spec, rows, *a, **k))
    return calls


def _numbers_hold(ids: list[int]) -> None:
    """Each record's number is in its 登记日期's year, issued to it and to no other."""
    for record_id in ids:
        record = Petition.get_by_id(record_id)
        issued = IssuedNumber.get((IssuedNumber.kind == "petition") & (IssuedNumber.text == record.number))
        assert (issued.record_id, issued.year) == (record.id, record.registered_on.year)
        assert issued.status in ("used", "manual")  # issued, or brought by the sheet
    assert check.run_checks() == [] and audit.verify_chain() == []


@pytest.mark.parametrize("path", ["batch", "one by one"])
def test_an_import_spanning_two_years_numbers_each_record_in_its_year(db, admin, fixed_today, tmp_path,
                                                                       monkeypatch, path):
    fixed_today(ENTERED)
    petitions.SPEC.create_hook(_row(0, "2026-12-01"), admin)
    petitions.SPEC.create_hook(_row(0, "2027-01-01", 信访人="王芳"), admin)
    calls = _batch_calls(monkeypatch)
    if path == "one by one":
        monkeypatch.setattr(batch, "supported", lambda spec, rows=None: False)
    else:  # chunk boundaries inside the batch: the issued numbers run on across them
        monkeypatch.setattr(batch_write, "WRITE_CHUNK", 3)
    report = xlsx.import_file(petitions.SPEC, _sheet(tmp_path / "信访.xlsx", [_row(i, d) for i, d in enumerate(DAYS, 1)]),
                              admin)
    assert report.imported == len(DAYS), report.summary()
    assert calls == ([len(DAYS)] if path == "batch" else [])
    assert [Petition.get_by_id(i).number for i in report.ids] == EXPECTED
    assert (numbering.last_issued("petition", "信", 2026), numbering.last_issued("petition", "信", 2027)) == (5, 4)
    _numbers_hold(report.ids)
    # and the next ones go on in each year, as `add` gives them
    assert petitions.SPEC.create_hook(_row(20, "2026-12-31"), admin).number == "信2026-00006"
    assert petitions.SPEC.create_hook(_row(21, "2027-01-04"), admin).number == "信2027-00005"


@pytest.mark.parametrize("path", ["batch", "one by one"])
def test_brought_numbers_of_both_years_move_their_own_sequences(db, admin, fixed_today, tmp_path, monkeypatch,
                                                                path):
    fixed_today(ENTERED)
    calls = _batch_calls(monkeypatch)
    if path == "one by one":
        monkeypatch.setattr(batch, "supported", lambda spec, rows=None: False)
    rows = [_row(1, "2026-12-30", 信访编号="信2026-00001"), _row(2, "2026-12-31"),
            _row(3, "2027-01-03", 信访编号="信2027-00001"), _row(4, "2027-01-02")]
    report = xlsx.import_file(petitions.SPEC, _sheet(tmp_path / "信访.xlsx", rows), admin)
    assert calls == ([4] if path == "batch" else []) and report.imported == 4, report.summary()
    assert [Petition.get_by_id(i).number for i in report.ids] == [
        "信2026-00001", "信2026-00002", "信2027-00001", "信2027-00002"]
    assert [IssuedNumber.get(IssuedNumber.text == n).status for n in ("信2026-00001", "信2026-00002")] == [
        "manual", "used"]
    _numbers_hold(report.ids)


def test_a_number_given_meanwhile_in_last_years_sequence_makes_the_batch_again(db, admin, fixed_today,
                                                                             monkeypatch):
    """Another workstation registers a 信访 of 2026-12-31 while the batch (2026 and 2027 rows)
    is made ready: the 2026 sequence moved, so the batch is made again after it."""
    fixed_today(ENTERED)
    petitions.SPEC.create_hook(_row(0, "2026-12-01"), admin)
    saved: list[Petition] = []

    def another_workstation_saves(done, total):
        if done > total // 2 and not saved:
            worker = threading.Thread(target=lambda: saved.append(
                petitions.SPEC.create_hook(_row(99, "2026-12-31"), admin)))  # its own connection
            worker.start()
            worker.join()
        return True

    tries: list[int] = []
    real_plan = batch_write._plan
    monkeypatch.setattr(batch_write, "_plan", lambda *args: tries.append(1) or real_plan(*args))
    ids, _ = batch.create_many(petitions.SPEC, [_row(i, d) for i, d in enumerate(DAYS, 1)], admin,
                               progress=another_workstation_saves)
    assert saved and saved[0].number == "信2026-00002" and len(tries) == 2
    assert [Petition.get_by_id(i).number for i in ids] == [
        "信2026-00003", "信2027-00001", "信2026-00004", "信2027-00002", "信2026-00005", "信2027-00003",
        "信2026-00006"]
    _numbers_hold(ids)


def test_registries_numbered_by_their_own_year_may_take_the_batch(db):
    """The batch plans each record's number in its own year: a number_year no longer keeps a
    registry off it (only sub-rows without prepare_new, or rows that refer to each other, do)."""
    registry.load_all()
    assert petitions.SPEC.number_year is not None and batch.supported(petitions.SPEC)
    for spec in registry.all_registries():
        plain = spec.create_hook is None or spec.prepare_new is not None
        refers = bool(spec.links_by_number) or any(  # rows naming others: only with the rows
            getattr(f, "rel_model", None) is spec.model for f in spec.model._meta.fields.values())
        assert batch.supported(spec) == (plain and not refers), spec.name


def test_a_brought_number_of_a_later_year_is_refused_as_one_by_one(db, admin, fixed_today, tmp_path,
                                                                  monkeypatch):
    """信2028-N brought on 2027-01-04 would be counted in a year not begun: the row path
    (claim_manual) refuses it, and so does the batch, with the same words, nothing written."""
    fixed_today(ENTERED)
    path = _sheet(tmp_path / "信访.xlsx", [_row(1, "2027-01-02", 信访编号="信2028-00001"),
                                          _row(2, "2027-01-03", 信访编号="信2027-00001")])
    calls = _batch_calls(monkeypatch)
    batched = xlsx.import_file(petitions.SPEC, path, admin)
    assert calls == [2]
    monkeypatch.setattr(batch, "supported", lambda spec, rows=None: False)
    one_by_one = xlsx.import_file(petitions.SPEC, path, admin, dry_run=True)
    assert [(p.row, p.reason) for p in batched.problems] == [(p.row, p.reason) for p in one_by_one.problems]
    assert [p.row for p in batched.problems] == [2] and "晚于今年（2027 年）" in batched.problems[0].reason
    assert batched.imported == 0 and Petition.select().count() == 0
