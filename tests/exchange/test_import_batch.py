"""The batch import (check in memory, one bulk write) refuses exactly what the row-by-row path
refuses, with the same words; a bad row writes nothing at all; the audit chain and `check`
pass after a big import; the per-column converters give parse_value's values and refusals."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core import audit, batch, check, converters, petitions, records, registry
from officedesk.core.directory import PEOPLE, UNITS
from officedesk.core.errors import ValidationError
from officedesk.core.fields import parse_value
from officedesk.exchange import xlsx
from officedesk.store import search_index
from officedesk.store.models import AuditEntry, IssuedNumber, Person
from officedesk.store.petitions import Petition, Petitioner, PetitionStep

HEADERS = ["信访编号", "登记日期", "信访形式", "信访人", "身份证号", "联系电话", "住址", "人数",
           "问题类别", "反映内容", "诉求", "处理方式", "办结日期", "答复意见"]


def _good(i: int) -> dict[str, Any]:
    return {"登记日期": "2026-03-01", "信访形式": "来信", "信访人": f"周大海{i}", "联系电话": f"138{i:08d}",
            "住址": "城关镇", "人数": 1, "问题类别": "劳动社保", "反映内容": f"拖欠工资第{i}件", "诉求": "支付工资"}


def _brought(number: str) -> dict[str, str]:
    """An old 台账's row with its number: of the year of its 登记日期 (the number's own year)."""
    return {"信访编号": number, "登记日期": "2025-03-01"}


# cells each path must refuse (or take) in the same way: the row path is the reference
BAD_CELLS: list[dict[str, Any]] = [
    {"登记日期": "2026-13-01"},
    {"登记日期": "2026-02-30"},
    {"登记日期": "1900-01-01"},  # outside the date window
    {"登记日期": "2026/3/1 下午"},
    {"登记日期": "２０２６-03-01"},  # full-width digits
    {"登记日期": dt.date(1901, 1, 1)},
    {"登记日期": "2099-01-01"},  # later than today: the registration rule
    {"信访形式": "电邮"},
    {"信访形式": "来信 "},  # trailing space: taken
    {"信访形式": "来_x0007_信"},  # an escaped control character as Excel stores it
    {"问题类别": "不存在的类别"},
    {"人数": 0},
    {"人数": "两人"},
    {"人数": 1_000_001},
    {"人数": "3人"},  # taken as 3
    {"联系电话": "abc"},
    {"联系电话": 87654321},  # a number cell in a phone column
    {"身份证号": 110101199003077777},  # 18 digits as a number: digits lost
    {"身份证号": "110101********7777"},  # masked on export
    {"身份证号": "110101199003071234"},  # a bad check digit
    {"反映内容": "很" * 20_001},
    {"反映内容": "   "},
    {"信访人": "李桂兰、王芳", "人数": 1},  # two petitioners, one person counted
    {"登记日期": "2026-13-01", "信访形式": "电邮", "人数": 0},  # every bad cell named
    {"办结日期": "2026-03-02"},  # 已办结 without its facts
]


def sheet_of(path: Path, rows: list[dict[str, Any]], headers: list[str]) -> Path:
    """An .xlsx of these columns, each row's cells by label (a missing label: empty)."""
    book = openpyxl.Workbook()
    book.active.append(headers)
    for row in rows:
        book.active.append([row.get(label) for label in headers])
    book.save(path)
    return path


def _sheet(path: Path, rows: list[dict[str, Any]]) -> Path:
    return sheet_of(path, rows, HEADERS)


def _both_paths(path: Path, admin, monkeypatch, **options: Any) -> tuple[Any, Any]:
    batched = xlsx.import_file(petitions.SPEC, path, admin, dry_run=True, **options)
    monkeypatch.setattr(batch, "supported", lambda spec, rows=None: False)
    one_by_one = xlsx.import_file(petitions.SPEC, path, admin, dry_run=True, **options)
    monkeypatch.undo()
    return batched, one_by_one


def test_the_batch_refuses_what_the_row_path_refuses(db, admin, fixed_today, tmp_path, monkeypatch):
    fixed_today(dt.date(2026, 3, 2))
    rows = [_good(0)] + [{**_good(i + 1), **bad} for i, bad in enumerate(BAD_CELLS)] + [_good(99)]
    path = _sheet(tmp_path / "信访.xlsx", rows)
    batched, one_by_one = _both_paths(path, admin, monkeypatch)
    assert batched.total == one_by_one.total == len(rows)
    assert {(p.row, p.column, p.reason) for p in batched.problems} == {
        (p.row, p.column, p.reason) for p in one_by_one.problems}
    assert batched.imported == one_by_one.imported and batched.bad_rows == one_by_one.bad_rows
    assert len(batched.bad_rows) >= 15  # the corpus does hold bad rows
    every = {(p.row, p.column) for p in batched.problems if p.row == len(BAD_CELLS) + 1}
    assert {column for _, column in every} >= {"登记日期", "信访形式", "人数"}
    # skip_bad writes the same good rows either way
    done = xlsx.import_file(petitions.SPEC, path, admin, skip_bad=True)
    assert done.imported == one_by_one.imported and Petition.select().count() == done.imported
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_bad_row_writes_nothing(any_db, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 3, 2))
    rows = [{**_good(i), **(_brought(f"信2025-{i:05d}") if i % 2 else {})} for i in range(1, 1201)]
    rows[977]["登记日期"] = "2026-02-31"
    path = _sheet(tmp_path / "信访.xlsx", rows)
    counts = (AuditEntry.select().count(), IssuedNumber.select().count(), search_index.SearchDoc.select().count())
    report = xlsx.import_file(petitions.SPEC, path, admin)
    assert report.imported == 0 and [(p.row, p.column) for p in report.problems] == [(979, "登记日期")]
    assert Petition.select().count() == Petitioner.select().count() == PetitionStep.select().count() == 0
    assert (AuditEntry.select().count(), IssuedNumber.select().count(),
            search_index.SearchDoc.select().count()) == counts
    # a number the file brings along that another record took meanwhile: nothing either
    rows[977]["登记日期"] = "2026-02-28"
    records.create(UNITS, {"单位名称": "县委办公室"}, admin)
    petitions.SPEC.create_hook({**_good(0), **_brought("信2025-00001")}, admin)
    taken = xlsx.import_file(petitions.SPEC, _sheet(tmp_path / "again.xlsx", rows), admin)
    assert taken.imported == 0 and Petition.select().count() == 1
    assert [(p.row, p.column) for p in taken.problems] == [(2, "信访编号")]
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_cancel_before_the_write_writes_nothing(db, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 3, 2))
    path = _sheet(tmp_path / "信访.xlsx", [_good(i) for i in range(1, 1101)])
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < total // 2  # stops when the checks are done, before the lock

    with pytest.raises(xlsx.Cancelled):
        xlsx.import_file(petitions.SPEC, path, admin, progress=progress)
    assert seen and Petition.select().count() == 0 and AuditEntry.select().count() == 0


def test_a_cancel_is_heard_while_the_rows_are_first_looked_at(db, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 3, 2))
    path = _sheet(tmp_path / "信访.xlsx", [_good(i) for i in range(1, 5001)])
    seen: list[tuple[int, int]] = []
    with pytest.raises(xlsx.Cancelled):
        xlsx.import_file(petitions.SPEC, path, admin, progress=lambda done, total: seen.append((done, total)) or False)
    assert seen == [(0, 10_000)] and Petition.select().count() == 0


def _import_many(admin, tmp_path: Path, count: int) -> None:
    rows = [{**_good(i), **(_brought(f"信2025-{i // 2 + 1:05d}") if i % 2 else {}),
             **({"处理方式": "直接答复", "办结日期": "2026-03-02", "答复意见": "已答复"} if i % 3 == 0 else {})}
            for i in range(count)]
    report = xlsx.import_file(petitions.SPEC, _sheet(tmp_path / "信访.xlsx", rows), admin)
    assert report.ok and report.imported == count, report.problems[:3]
    assert Petition.select().count() == count and Petitioner.select().count() == count
    assert AuditEntry.select().where(AuditEntry.registry == "petitions").count() == count
    assert audit.verify_chain() == [] and check.run_checks() == []
    ids = report.ids
    assert records.list_ids(petitions.SPEC, admin, text=f"拖欠工资第{count - 1}件") == [ids[-1]]
    # the one-record path chains on after it
    petitions.SPEC.create_hook(_good(count + 1), admin)
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_the_chain_and_check_pass_after_an_import(any_db, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 3, 2))
    _import_many(admin, tmp_path, 3000)


@pytest.mark.slow
def test_the_chain_and_check_pass_after_a_big_import(db, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 3, 2))
    _import_many(admin, tmp_path, 20_000)


def test_people_batch_refuses_what_the_row_path_refuses(db, admin, tmp_path, monkeypatch):
    records.create(UNITS, {"单位名称": "县委办公室"}, admin)
    path = tmp_path / "人员.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["姓名", "性别", "单位", "职务", "级别", "电话"])
    for row in [["张三", "男", "县委办公室", "科员", 16, "13812345678"], ["李四", "中", "县委办公室", "", 16, ""],
                ["王五", "女", "不存在的局", "", "第一", "12"], ["赵六", "", "", "x" * 101, None, 13812345678],
                ["", "男", "县委办公室", "", None, None]]:
        book.active.append(row)
    book.save(path)
    batched = xlsx.import_file(PEOPLE, path, admin, dry_run=True)
    monkeypatch.setattr(batch, "supported", lambda spec, rows=None: False)
    one_by_one = xlsx.import_file(PEOPLE, path, admin, dry_run=True)
    assert {(p.row, p.column, p.reason) for p in batched.problems} == {
        (p.row, p.column, p.reason) for p in one_by_one.problems}
    assert batched.imported == one_by_one.imported == 1 and Person.select().count() == 0


CORPUS: list[Any] = [
    None, "", "  ", "x", " 来信 ", "来信", "来\x07信", "来信\n", "\x00", "a" * 501, "很" * 20_001,
    0, 1, -5, 16, 99, 100, 101, 10_000, 10_001, 1_000_000, 1_000_001, True, False, 2.5, 3.0,
    "3", "3人", "-1", "12345678901234567", "2026-03-01", "2026-3-1", "2026/03/01", "2026.03.01",
    "2026年3月1日", "20260301", "2026-02-30", "2026-13-01", "1900-01-01", "2099-12-31", "0026-03-01",
    "２０２６-03-01", "2026-03-01 09:00", "2026-W09-1", "+202-03-01", "2_26-03-01",
    dt.date(2026, 3, 1), dt.date(1901, 1, 1), dt.date(2090, 1, 1), dt.datetime(2026, 3, 1, 9, 30),
    "13812345678", "0871-6543210", "12", "110101199003077772", "是", "否", "√", "劳动社保", "来访",
]


def _outcome(convert, value: Any) -> tuple[str, Any]:
    try:
        return "value", convert(value)
    except ValidationError as exc:
        return "refused", (exc.message, exc.field)


def test_converters_give_parse_values_results(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    for spec in registry.all_registries():
        table = converters.table(spec)
        for field_spec in spec.fields:
            name, convert = table[field_spec.label]
            assert name == field_spec.name
            for value in CORPUS:
                assert _outcome(convert, value) == _outcome(partial(parse_value, field_spec), value), (
                    spec.name, field_spec.name, value)


def test_a_brought_number_in_full_width_is_stored_as_it_is_claimed(db, admin, fixed_today, tmp_path):
    """信２０２５－０００１２ is 信2025-00012 in the number register and on the record (row by
    row and in the batch), and a second row bringing the plain form is the same number."""
    fixed_today(dt.date(2026, 3, 2))
    petitions.SPEC.create_hook({**_good(0), **_brought("信２０２５－０００１２")}, admin)
    rows = [{**_good(i), **_brought(f"信２０２５－{i + 100:05d}".translate(str.maketrans("0123456789", "０１２３４５６７８９")))}
            for i in range(1, 1201)]
    report = xlsx.import_file(petitions.SPEC, _sheet(tmp_path / "信访.xlsx", rows), admin)
    assert report.imported == 1200
    stored = {p.number for p in Petition.select()}
    assert stored == {n.text for n in IssuedNumber.select()}
    assert "信2025-00012" in stored and "信2025-00101" in stored
    again = xlsx.import_file(petitions.SPEC, _sheet(tmp_path / "again.xlsx", [{**_good(9), **_brought("信2025-00012")}]), admin)
    assert again.imported == 0 and [p.column for p in again.problems] == ["信访编号"]
