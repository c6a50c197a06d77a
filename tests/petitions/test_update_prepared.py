"""import --update of a 信访 台账 checks its corrections before the write lock, as a 收文's does
(tests/exchange/test_update_prepared.py): a row that corrects the record's own cells is a
correction `edit` saves (RegistrySpec.plain_update), checked with no lock and saved with the
others under it; a joint letter's petitioners' lists still go through the registry's own
update (update_hook), place by place, under the lock, checked before it (check_update): a dry
run takes no lock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core import audit, batch_corrections, check, petitions, records
from officedesk.core.petitions.registration import _petitioners_of
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store import search_index
from officedesk.store.db import database
from officedesk.store.models import AuditEntry
from tests.exchange.import_paths import copied_at_a_still_moment
from tests.write_locks import watch_write_locks

from .conftest import ID_LI, ID_WANG, ID_ZHANG

ROWS = 6
SPEC = petitions.SPEC
PEOPLE = [
    {"name": "张建国", "gender": "男", "id_number": ID_ZHANG, "phone": "13812345678", "address": "青河村三组18号"},
    {"name": "李桂兰", "gender": "女", "id_number": ID_LI, "phone": "13700001111", "address": "青河村二组3号"},
    {"name": "王大山", "gender": "男", "id_number": ID_WANG, "phone": "13987654321", "address": "青河村一组7号"},
]


@pytest.fixture
def locks(monkeypatch) -> list[str]:
    """Every write transaction taken, by whichever module takes it."""
    return watch_write_locks(monkeypatch, records)


@pytest.fixture
def exported(tmp_path, admin, locks):
    """exported(edit) -> the registry exported and each row's cells changed by `edit(cells)`
    (label -> value); the locks counted from then (an export names the office once)."""

    def make(edit: Any) -> Path:
        path = _exported(tmp_path, admin, edit)
        locks.clear()
        return path

    return make


@pytest.fixture
def office(register, fixed_today) -> list[int]:
    """ROWS letters of one petitioner each, and a joint letter of three (the last)."""
    fixed_today(dt.date(2026, 3, 2))
    return _letters(register)


def _letters(register: Any) -> list[int]:
    ids = [register(content=f"反映青河村第{i}组道路损坏，要求修复。").id for i in range(ROWS)]
    return [*ids, register(people_count=3, petitioners=[dict(p) for p in PEOPLE]).id]


def _exported(tmp_path: Path, actor: Any, edit: Any) -> Path:
    """The registry exported and each row's cells changed by `edit(cells)` (label -> value)."""
    path = tmp_path / "信访.xlsx"
    xlsx.export(SPEC, path, actor, unmasked=True)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    for row in range(2, sheet.max_row + 1):
        cells = dict(zip(headers, [c.value for c in sheet[row]], strict=True))
        edit(cells)
        for index, header in enumerate(headers, start=1):
            sheet.cell(row, index).value = cells[header]
    book.save(path)
    return path


def _corrected_and_one_phone(cells: dict[str, Any]) -> None:
    """Corrected, and a joint letter's second petitioner given another phone (its list)."""
    _corrected(cells)
    if "、" in (cells["信访人"] or ""):
        phones = cells["联系电话"].split("、")
        phones[1] = "13700002222"
        cells["联系电话"] = "、".join(phones)


def _contents() -> dict[int, str]:
    return {p.id: p.content for p in SPEC.model.select()}


def _corrected(cells: dict[str, Any]) -> None:
    cells["反映内容"] = f"{cells['反映内容'].replace('青河村', '白沙村')}（更正）"


def _found(word: str) -> list[int]:
    return sorted(hit.record_id for hit in search_index.search(word, 3, registry="petitions"))


def test_a_dry_run_of_a_petitions_update_takes_no_write_lock(office, admin, exported, locks):
    path = exported(_corrected)
    before = _contents()
    assert _found("河村") == sorted(office) and _found("白沙") == []
    dry = xlsx.import_file(SPEC, path, admin, dry_run=True, on_match="update")
    assert dry.ok, dry.problems
    assert sorted(change.record_id for change in dry.updated) == sorted(office)
    assert locks == [] and _contents() == before

    done = xlsx.import_file(SPEC, path, admin, on_match="update")
    assert done.ok and done.updated == dry.updated, done.problems
    assert locks == ["lock"]  # the import's one transaction: no row takes one of its own
    assert _contents() == {i: f"{text.replace('青河村', '白沙村')}（更正）" for i, text in before.items()}
    # the index renewed: the word taken out is no longer found (nor its tokens), the new one is;
    # a joint letter's further petitioners are still found by name
    assert _found("河村") == [] and _found("白沙") == sorted(office)
    assert _found("王大山") == [office[-1]]
    summaries = [e.summary for e in AuditEntry.select().where(AuditEntry.action == "update")]
    assert summaries == ["导入更新信访：反映内容"] * len(office)
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_a_step_fact_is_refused_by_its_row_without_the_lock(office, admin, exported, locks):
    def closed(cells: dict[str, Any]) -> None:
        cells["办结日期"] = "2026-03-02"

    path = exported(closed)
    report = xlsx.import_file(SPEC, path, admin, on_match="update")
    assert len(report.problems) == len(office) and locks == []
    assert all(p.column == "办结日期" and "由办理步骤记录" in p.reason for p in report.problems)


def test_a_joint_letters_people_still_go_place_by_place(office, admin, exported, monkeypatch):
    joint = office[-1]
    hooked: list[int] = []
    real = SPEC.update_hook

    def watched(record: Any, raw: dict[str, Any], actor: Any) -> Any:
        hooked.append(record.id)
        return real(record, raw, actor)

    monkeypatch.setattr(SPEC, "update_hook", watched)

    path = exported(_corrected_and_one_phone)
    before = _contents()
    saved_together: list[int] = []
    real_save = batch_corrections.save
    monkeypatch.setattr(batch_corrections, "save",
                        lambda spec, pending, actor: saved_together.append(len(pending)) or real_save(spec, pending, actor))
    dry = xlsx.import_file(SPEC, path, admin, dry_run=True, on_match="update")
    assert dry.ok and len(dry.updated) == len(office), dry.problems
    assert _contents() == before
    # every row told as checked (the joint letter's by check_update), with no write
    assert hooked == [] and saved_together == []

    hooked.clear()
    done = xlsx.import_file(SPEC, path, admin, on_match="update")
    assert done.ok and len(done.updated) == len(office), done.problems
    assert hooked == [joint]  # the others saved together, checked before the lock
    assert [p.phone for p in _petitioners_of(joint)] == ["13812345678", "13700002222", "13987654321"]
    assert _contents() == {i: f"{text.replace('青河村', '白沙村')}（更正）" for i, text in before.items()}
    assert audit.verify_chain() == [] and check.run_checks() == []


def _state() -> dict[str, list[tuple[Any, ...]]]:
    tables = {"petition": "id", "petitioner": "id", "audit_entry": "id", "audit_head": "id",
              "search_doc": "id"}
    return {table: database.execute_sql(f'select * from "{table}" order by {key}').fetchall()
            for table, key in tables.items()}


def test_corrections_saved_together_are_saved_as_the_registrys_own_update(office, admin, db, tmp_path,
                                                                         monkeypatch, exported):
    path = exported(_corrected)
    copy = copied_at_a_still_moment(tmp_path, monkeypatch)
    together = xlsx.import_file(SPEC, path, admin, on_match="update")
    assert together.ok and len(together.updated) == len(office), together.problems
    state = _state()

    store_db.close_database()
    store_db.open_database(str(copy))
    monkeypatch.setattr(SPEC, "plain_update", None)  # every row through update_hook, as before
    alone = xlsx.import_file(SPEC, path, admin, on_match="update")
    assert alone.updated == together.updated
    assert _state() == state


def _registered_by(admin: Any) -> Any:
    """register(**fields) on either database: a letter with its petitioners, as the window registers it."""

    def register(**fields: Any) -> Any:
        people = fields.pop("petitioners", None) or [dict(PEOPLE[0])]
        values = {"registered_on": "2026-03-02", "form": "来信", "name": people[0]["name"],
                  "category": "征地拆迁", "content": "反映青河村土地征收补偿款未足额发放。",
                  "region": "青河镇人民政府", **fields}
        return petitions.register_petition(values, people, admin)

    return register


def test_corrections_saved_together_on_either_database(any_db, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 3, 2))

    office = _letters(_registered_by(admin))
    path = _exported(tmp_path, admin, _corrected)
    before = _contents()
    report = xlsx.import_file(SPEC, path, admin, on_match="update")
    assert report.ok and len(report.updated) == len(office), report.problems
    assert _contents() == {i: f"{text.replace('青河村', '白沙村')}（更正）" for i, text in before.items()}
    assert _found("白沙村") == sorted(office) and _found("青河村") == []
    assert _found("王大山") == [office[-1]]
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_corrections_and_new_letters_checked_without_the_lock_on_either_database(
        any_db, admin, fixed_today, tmp_path, monkeypatch):
    """A 台账 corrected and added to (new letters under the exported ones, a joint letter among
    those): both checked with no lock, written under one; the new letters numbered after the
    office's, found by their words and their petitioners."""
    from officedesk.exchange import import_mixed

    fixed_today(dt.date(2026, 3, 2))

    office = _letters(_registered_by(admin))
    path = _exported(tmp_path, admin, _corrected)
    book = openpyxl.load_workbook(path)
    headers = [c.value for c in book.active[1]]
    new = [{"登记日期": "2026-03-02", "信访形式": "来信", "信访人": f"赵新民{i}", "问题类别": "劳动社保",
            "反映内容": f"反映红旗厂拖欠工资第{i}件", "诉求": "支付工资"} for i in range(3)]
    for cells in new:
        book.active.append([cells.get(label) for label in headers])
    book.save(path)
    numbers = {p.id: p.number for p in SPEC.model.select()}
    locks = watch_write_locks(monkeypatch, records, import_mixed)

    dry = xlsx.import_file(SPEC, path, admin, dry_run=True, on_match="update")
    assert dry.ok and dry.imported == 3 and len(dry.updated) == len(office), dry.problems
    assert locks == [] and SPEC.model.select().count() == len(office)
    done = xlsx.import_file(SPEC, path, admin, on_match="update")
    assert done.ok and done.imported == 3 and done.updated == dry.updated, done.problems
    assert locks == ["lock"]
    made = {p.id: p.number for p in SPEC.model.select() if p.id not in numbers}
    assert sorted(made) == sorted(done.ids) and len(set(made.values()) | set(numbers.values())) == len(office) + 3
    assert max(numbers.values()) < min(made.values())  # after the office's, in the same sequence
    assert _found("红旗厂") == sorted(done.ids) and _found("赵新民1") == [done.ids[1]]
    assert _found("白沙村") == sorted(office) and _found("王大山") == [office[-1]]
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_a_joint_letters_lists_with_new_letters_put_only_its_row_under_the_lock(office, admin, exported,
                                                                                 monkeypatch):
    """A 台账 corrected (a joint letter's phone list among the corrections) and added to: the
    dry run takes no lock: the joint letter's row checked by check_update, the other corrections
    and the new letters told as checked, with no write."""
    from officedesk.exchange import import_mixed

    joint = office[-1]

    path = exported(_corrected_and_one_phone)
    book = openpyxl.load_workbook(path)
    headers = [c.value for c in book.active[1]]
    for i in range(2):
        cells = {"登记日期": "2026-03-02", "信访形式": "来信", "信访人": f"赵新民{i}", "问题类别": "劳动社保",
                 "反映内容": f"反映红旗厂拖欠工资第{i}件", "诉求": "支付工资"}
        book.active.append([cells.get(label) for label in headers])
    book.save(path)
    hooked: list[int] = []
    real = SPEC.update_hook
    monkeypatch.setattr(SPEC, "update_hook", lambda record, raw, actor: hooked.append(record.id) or real(record, raw, actor))
    saved_together: list[int] = []
    real_save = batch_corrections.save
    monkeypatch.setattr(batch_corrections, "save",
                        lambda spec, pending, actor: saved_together.append(len(pending)) or real_save(spec, pending, actor))
    locks = watch_write_locks(monkeypatch, records, import_mixed)
    before = _contents()

    dry = xlsx.import_file(SPEC, path, admin, dry_run=True, on_match="update")
    assert dry.ok and dry.imported == 2 and len(dry.updated) == len(office), dry.problems
    assert hooked == [] and saved_together == [] and locks == []
    assert _contents() == before
    hooked.clear()
    done = xlsx.import_file(SPEC, path, admin, on_match="update")
    assert done.ok and done.imported == 2 and len(done.updated) == len(office), done.problems
    assert hooked == [joint] and saved_together == [len(office) - 1]
    assert [p.phone for p in _petitioners_of(joint)] == ["13812345678", "13700002222", "13987654321"]
    assert _found("红旗厂") == sorted(done.ids)
    assert audit.verify_chain() == [] and check.run_checks() == []
