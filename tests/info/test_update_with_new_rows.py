"""`import --update` of a 信息 台账 exported, corrected and added to: the corrections and the new
rows are checked before the write lock and written under one, as a 收文 台账's are
(exchange.import_mixed), unless a row names another the file edits or adds (a new 续报 of a
corrected 首报): those files go one by one, in their order.
Before, any new row sent a 信息 file one by one under the lock, its dry run too: a year's 台账
corrected and added to held the lock for tens of seconds, and another workstation's save failed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core import audit, check, info, records
from officedesk.core.info import exchange as info_exchange
from officedesk.exchange import importing, xlsx
from officedesk.store import db as store_db
from officedesk.store.info import InfoItem
from officedesk.store.models import AuditEntry, IssuedNumber
from tests.write_locks import watch_write_locks

FIRST = {"title": "河口镇化工厂泄漏", "unit": "河口镇", "reporter": "赵强", "category": "突发事件",
         "event_at": dt.datetime(2026, 3, 1, 9), "event_level": "较大",
         "reported_at": dt.datetime(2026, 3, 1, 9, 31), "content": "河口镇化工厂储罐泄漏，已疏散周边群众。"}
ITEMS = 6


def _office(admin: Any) -> None:
    """A 突发事件 首报 and ITEMS ordinary items."""
    records.create(info.SPEC, dict(FIRST), admin)
    for n in range(ITEMS):
        records.create(info.SPEC, {"title": f"县林业局开展森林防火检查（{n}）", "unit": "县林业局",
                                   "reporter": "李明", "category": "工作动态",
                                   "reported_at": dt.datetime(2026, 3, 2, 10, n),
                                   "content": "县林业局组织3个检查组，排查隐患12处。"}, admin)


def _fresh(tmp_path: Path, name: str, admin: Any) -> None:
    store_db.close_database()
    store_db.open_database(str(tmp_path / f"{name}.db"))
    _office(admin)


def _exported(path: Path, admin: Any, new: list[dict[str, Any]], corrected=lambda title: True) -> Path:
    """The office's 信息 exported, the 正文 of the items whose 标题 `corrected` names corrected,
    and `new` rows (by label) added under them."""
    xlsx.export(info.SPEC, path, admin)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    for row in range(2, sheet.max_row + 1):
        cells = {label: sheet.cell(row=row, column=index + 1) for index, label in enumerate(headers)}
        if corrected(cells["标题"].value):
            cells["正文"].value = f"{cells['正文'].value}（更正）"
    for values in new:
        sheet.append([values.get(label) for label in headers])
    book.save(path)
    return path


def _new(n: int, **cells: Any) -> dict[str, Any]:
    return {"标题": f"城关镇开展安全生产检查（{n}）", "报送单位": "城关镇", "报送人": "王芳", "类别": "工作动态",
            "报送时间": dt.datetime(2026, 3, 3, 9, n), "正文": "城关镇检查企业20家。", **cells}


def _written() -> dict[str, Any]:
    """What an import left: each item's values (but when it was written), the numbers, the trail."""
    items = [{k: v for k, v in item.__data__.items() if k not in ("created_at", "updated_at")}
             for item in InfoItem.select().order_by(InfoItem.id)]
    numbers = sorted((n.kind, n.text, n.record_id, n.status) for n in IssuedNumber.select())
    trail = sorted((e.action, e.record_id, e.summary) for e in AuditEntry.select().where(AuditEntry.registry == "info"))
    return {"items": items, "numbers": numbers, "trail": trail}


def _both_ways(tmp_path: Path, admin: Any, monkeypatch: Any, new: list[dict[str, Any]], corrected=lambda t: True):
    """The file imported one by one (the reference) and as the import takes it now: (the reference's
    result, what the import's dry run and write left: the locks each took, the report, the result)."""
    _fresh(tmp_path, "one-by-one", admin)
    path = _exported(tmp_path / "更正.xlsx", admin, new, corrected)
    with monkeypatch.context() as patched:
        patched.setattr(importing, "mixed_and_preparable", lambda *args: False)
        slow = xlsx.import_file(info.SPEC, path, admin, on_match="update")
    assert slow.ok, [str(p) for p in slow.problems]
    one_by_one = _written()

    _fresh(tmp_path, "checked-first", admin)
    path = _exported(tmp_path / "更正2.xlsx", admin, new, corrected)
    before = _written()
    from officedesk.exchange import import_mixed

    taken = watch_write_locks(monkeypatch, info_exchange, import_mixed)
    dry = xlsx.import_file(info.SPEC, path, admin, on_match="update", dry_run=True)
    assert dry.ok and _written() == before, [str(p) for p in dry.problems]
    dry_locks = list(taken)
    done = xlsx.import_file(info.SPEC, path, admin, on_match="update")
    assert done.ok, [str(p) for p in done.problems]
    assert (done.imported, len(done.updated)) == (slow.imported, len(slow.updated)) == (dry.imported, len(dry.updated))
    assert _written() == one_by_one  # the same items, numbers and trail as one by one
    assert audit.verify_chain() == [] and check.run_checks() == []
    return dry_locks, taken[len(dry_locks):]


@pytest.fixture
def office(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 5))


def test_corrections_and_new_items_are_checked_without_the_lock(office, admin, tmp_path, monkeypatch):
    new = [_new(n) for n in range(4)]
    dry_locks, locks = _both_ways(tmp_path, admin, monkeypatch, new)
    assert dry_locks == []  # checked, nothing written, no lock (before: the whole file under it)
    assert locks == ["lock"]  # one lock, for the write alone


def test_a_new_followup_of_a_first_report_left_as_it_was_is_checked_without_the_lock(
        office, admin, tmp_path, monkeypatch):
    new = [_new(0), _new(1, 标题=None, 报送单位=None, 类别=None, 续报="信息〔2026〕1号",
                         报送时间=dt.datetime(2026, 3, 1, 11), 正文="明火已扑灭。")]
    dry_locks, locks = _both_ways(tmp_path, admin, monkeypatch, new,
                                  corrected=lambda title: title != FIRST["title"])
    assert dry_locks == [] and locks == ["lock"]


def test_a_new_followup_of_a_corrected_first_report_goes_one_by_one(office, admin, tmp_path, monkeypatch):
    """The 续报 follows its 首报 as the file leaves it: written after its correction, in order."""
    new = [_new(1, 标题=None, 报送单位=None, 类别=None, 续报="信息〔2026〕1号",
                报送时间=dt.datetime(2026, 3, 1, 11), 正文="明火已扑灭。")]
    dry_locks, _ = _both_ways(tmp_path, admin, monkeypatch, new)
    assert dry_locks == ["lock"]  # written under the lock, then undone, as before

