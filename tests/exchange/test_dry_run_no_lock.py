"""`import --dry-run` of a 信息 file whose 续报 name 首报 of the same file takes no write lock: the
rows are checked in memory in the order one by one writes them (core.batch_in_order), and the dry
run says exactly what the old way said — every row written under the lock, then undone — with
another workstation holding the lock meanwhile (it failed after the busy timeout before). So
does a file refused by row (no --skip-bad): nothing written, no lock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import info, records
from officedesk.exchange import xlsx
from officedesk.store.info import InfoItem
from tests.write_locks import watch_write_locks

from .dry_runs import said, the_old_way, write_lock_held_elsewhere
from .sheets import write_sheet

TODAY = dt.date(2026, 3, 10)
FIRST = {"标题": "河口镇化工厂泄漏", "报送单位": "河口镇", "报送人": "赵强", "类别": "突发事件",
         "事发时间": "2026-03-01 09:00", "事件级别": "较大", "报送时间": "2026-03-01 09:31",
         "密级": "秘密", "正文": "河口镇化工厂储罐泄漏，已疏散周边群众。"}
LATER = {"续报": "信息〔2026〕1号", "报送时间": "2026-03-01 11:00", "正文": "明火已扑灭。"}
BASE = {"标题": "县林业局开展森林防火检查", "报送单位": "县林业局", "报送人": "李明",
        "报送时间": "2026-03-02 10:00", "类别": "工作动态", "正文": "县林业局组织3个检查组，排查隐患12处。"}


def _first(number: str, **cells: Any) -> dict[str, Any]:
    return {**FIRST, "信息编号": number, **cells}


def _later(of: str, **cells: Any) -> dict[str, Any]:
    return {**LATER, "续报": of, **cells}


def _item(n: int, **cells: Any) -> dict[str, Any]:
    return {**BASE, "标题": f"{BASE['标题']}（{n}）", **cells}


# the 续报 listed before their 首报, as an export lists them (newest first)
GOOD = [_later("信息〔2026〕1号"), _later("信息〔2026〕1号", 标题="河口镇化工厂泄漏续报二", 报送时间="2026-03-01 15:00"),
        _first("信息〔2026〕1号"), _item(1), _item(2)]
# what one by one refuses, row by row: a 续报 before its 首报, of another unit, of an ordinary
# item, of a voided 首报, of a 首报 whose row is bad (a cell; a rule; a number out of its
# sequence), below its 首报's 密级; a 续报 of a 续报 of the file; one naming an item of the office
BAD = [
    _first("信息〔2026〕1号"),
    _later("信息〔2026〕1号", 报送时间="2026-03-01 09:00"),
    _later("信息〔2026〕1号", 报送单位="城关镇"),
    _later("信息〔2026〕1号", 密级="非密"),
    _later("信息〔2026〕1号", 信息编号="信息〔2026〕2号", 标题="泄漏续报"),
    _later("信息〔2026〕2号", 标题="泄漏续报的续报"),
    _item(1, 信息编号="信息〔2026〕3号"),
    _later("信息〔2026〕3号"),
    _first("信息〔2026〕4号", 标题="城关镇山体滑坡", 状态="已作废"),
    _later("信息〔2026〕4号"),
    _first("", 标题="事件级别不对", 事件级别="特别大"),
    _later("信息〔2026〕9号"),
    _first("信息〔2026〕5号", 标题="事发时间晚于报送", 事发时间="2026-03-01 10:00"),
    _later("信息〔2026〕5号"),
    _first("信息〔2026〕8号", 标题="跳号的首报"),
    _later("信息〔2026〕8号"),
    _item(2),
    _later("1", 标题="续报库中的首报"),
]


# a past 台账 whose 续报 each bring their 信息编号 and name a 首报 of the file: imported --history,
# the rest go through the batch and the 续报 one by one after them (exchange.import_linked); its
# dry run is checked that way; one 续报 comes before its 首报, one row brings no number
PAST = [_later("信息〔2026〕1号", 信息编号="信息〔2026〕3号"), _first("信息〔2026〕1号"),
        _item(1, 信息编号="信息〔2026〕2号"),
        _later("信息〔2026〕1号", 信息编号="信息〔2026〕4号", 报送时间="2026-03-01 09:00", 正文="更早的续报"),
        _item(2), _later("信息〔2026〕2号", 信息编号="信息〔2026〕6号")]


def _office(admin: Any) -> None:
    """An office holding one 突发事件 of its own (id 1, 信息〔2025〕1号)."""
    records.create(info.SPEC, {**FIRST, "标题": "城关镇暴雨内涝", "信息编号": "信息〔2025〕1号",
                               "报送时间": "2025-12-01 09:31", "事发时间": "2025-12-01 09:00"}, admin)


def _sheet(tmp_path: Path, rows: list[dict[str, Any]], name: str = "信息.xlsx") -> Path:
    path = tmp_path / name
    return write_sheet(info.SPEC, path, rows)


@pytest.mark.parametrize("rows", [GOOD, BAD, PAST], ids=["good", "bad", "past"])
@pytest.mark.parametrize("history", [False, True], ids=["plain", "history"])
@pytest.mark.parametrize("skip_bad", [False, True], ids=["whole", "skip-bad"])
def test_a_dry_run_of_followups_of_the_file_takes_no_lock_and_says_what_it_said(
    db, admin, fixed_today, tmp_path, monkeypatch, rows, history, skip_bad
):
    fixed_today(TODAY)
    _office(admin)
    path = _sheet(tmp_path, rows)
    before = the_old_way(monkeypatch, lambda: xlsx.import_file(info.SPEC, path, admin, dry_run=True,
                                                               history=history, skip_bad=skip_bad))
    locks = watch_write_locks(monkeypatch)
    with write_lock_held_elsewhere():
        dry = xlsx.import_file(info.SPEC, path, admin, dry_run=True, history=history, skip_bad=skip_bad)
    assert locks == []
    assert said(dry) == said(before)
    assert InfoItem.select().count() == 1
    if rows is GOOD:
        assert dry.ok and dry.imported == len(GOOD), [str(p) for p in dry.problems]
    else:
        assert not dry.ok and dry.imported >= 3, [str(p) for p in dry.problems]


# BAD but its row with a bad cell: refused by the rules alone, found only when the rows are checked
BY_RULES = [row for row in BAD if row.get("事件级别") != "特别大"]


@pytest.mark.parametrize("rows", [BAD, BY_RULES], ids=["bad-cell", "rules"])
@pytest.mark.parametrize("history", [False, True], ids=["plain", "history"])
def test_a_file_refused_by_row_is_refused_with_no_lock(db, admin, fixed_today, tmp_path, monkeypatch, history,
                                                      rows):
    """Not a dry run, but refused whole (a bad row, no --skip-bad): nothing written, every row
    checked in memory, no lock; what it says is what it said."""
    fixed_today(TODAY)
    _office(admin)
    path = _sheet(tmp_path, rows)
    before = the_old_way(monkeypatch, lambda: xlsx.import_file(info.SPEC, path, admin, history=history))
    locks = watch_write_locks(monkeypatch)
    with write_lock_held_elsewhere():
        refused = xlsx.import_file(info.SPEC, path, admin, history=history)
    assert locks == []
    assert said(refused) == said(before)
    assert refused.imported == 0 and InfoItem.select().count() == 1


@pytest.mark.parametrize("history", [False, True], ids=["plain", "history"])
def test_the_import_itself_still_writes_the_followups_after_their_first_report(
        db, admin, fixed_today, tmp_path, monkeypatch, history):
    """A good file is checked in memory, then written as checked (core.batch_write: staged, then
    copied in under the lock; tests/exchange/test_linked_write.py), the same as the old way
    writes it; with --skip-bad, a bad file's good rows one by one, as before."""
    fixed_today(TODAY)
    _office(admin)
    locks = watch_write_locks(monkeypatch)
    done = xlsx.import_file(info.SPEC, _sheet(tmp_path, GOOD), admin, history=history)
    assert done.ok and done.imported == len(GOOD), [str(p) for p in done.problems]
    assert locks and "lock" in locks
    first = InfoItem.get(InfoItem.number == "信息〔2026〕1号")
    assert InfoItem.select().where(InfoItem.followup_of == first.id).count() == 2
    skipped = xlsx.import_file(info.SPEC, _sheet(tmp_path, BY_RULES, "有问题的.xlsx"), admin, history=history,
                               skip_bad=True)
    assert skipped.imported > 0 and skipped.problems


@pytest.mark.parametrize("rows", [GOOD, BAD, PAST], ids=["good", "bad", "past"])
@pytest.mark.parametrize("history", [False, True], ids=["plain", "history"])
def test_on_either_database_the_dry_run_begins_no_write_transaction(any_db, admin, fixed_today, tmp_path,
                                                                    monkeypatch, rows, history):
    """SQLite and PostgreSQL: no write transaction begun (PostgreSQL's row locks on the audit head
    and the number sequences, held till the rollback), and what the old way says."""
    fixed_today(TODAY)
    _office(admin)
    path = _sheet(tmp_path, rows)
    before = the_old_way(monkeypatch, lambda: xlsx.import_file(info.SPEC, path, admin, dry_run=True, history=history))
    locks = watch_write_locks(monkeypatch)
    dry = xlsx.import_file(info.SPEC, path, admin, dry_run=True, history=history)
    assert locks == [] and said(dry) == said(before)


def test_a_dry_run_checked_in_memory_hears_a_cancel(db, admin, fixed_today, tmp_path):
    fixed_today(TODAY)
    _office(admin)
    asked: list[tuple[int, int]] = []

    def stop(done: int, total: int) -> bool:
        asked.append((done, total))
        return False

    with pytest.raises(xlsx.Cancelled, match="已取消导入"):
        xlsx.import_file(info.SPEC, _sheet(tmp_path, GOOD), admin, dry_run=True, progress=stop)
    assert asked == [(len(GOOD), 2 * len(GOOD))]  # as a batch's check: half of its check and write
