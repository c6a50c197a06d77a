"""收文 imports through the batch (check in memory, one bulk write, the lock held only for the
copy): the same refusals in the same words as the row-by-row path, the same records, 签收 rows,
numbers and audit entries, `check` and the chain whole, and a dry run that takes no write lock."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import audit, batch, batch_write, check
from officedesk.core.documents import incoming
from officedesk.core.documents.incoming import INCOMING
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store.documents import DocStep, IncomingDoc
from officedesk.store.models import AuditEntry, IssuedNumber
from tests.exchange.import_paths import both_dry
from tests.exchange.test_import_batch import sheet_of

HEADERS = ["收文编号", "收文日期", "来文机关", "来文字号", "标题", "文种", "密级", "紧急程度", "份数",
           "办理时限", "状态"]


def _good(i: int, title: str = "来文") -> dict[str, Any]:
    return {"收文日期": "2026-03-01", "来文机关": "市委办公室", "来文字号": f"市委办〔2026〕{i + 1}号",
            "标题": f"{title}第{i}件", "文种": "通知", "份数": 2}


def _ref_of_its_year(row: dict[str, Any]) -> dict[str, Any]:
    """A row received in 2025 with a 来文字号 of 2025 (one of 2026 is refused: not yet numbered)."""
    if str(row["收文日期"]).startswith("2025"):
        row["来文字号"] = row["来文字号"].replace("〔2026〕", "〔2025〕")
    return row


BAD_CELLS: list[dict[str, Any]] = [
    {"收文日期": "2026-13-01"},
    {"收文日期": "2099-01-01"},  # later than today
    {"文种": "便条"},
    {"份数": 0},
    {"份数": "两份"},
    {"密级": "绝密级"},
    {"紧急程度": "特特急"},
    {"标题": "   "},
    {"收文编号": "收〔2027〕1号"},  # a year after this one
    {"收文编号": "收〔2025〕3号"},  # another year than its 收文日期
    {"收文编号": "乱写的编号"},
    {"收文日期": "2025-12-30"},  # before the year of its 来文字号 (市委办〔2026〕N号)
    {"状态": "已办结"},  # a plain import starts at 签收
    {"收文日期": "2026-13-01", "文种": "便条", "份数": 0},  # every bad cell named
]


def _both_dry(path: Path, admin: Any, monkeypatch: Any) -> tuple[Any, Any]:
    return both_dry(INCOMING, path, admin, monkeypatch)


def test_the_incoming_batch_refuses_what_the_row_path_refuses(db, admin, fixed_today, tmp_path, monkeypatch):
    fixed_today(dt.date(2026, 3, 2))
    rows = [_good(0)] + [{**_good(i + 1), **bad} for i, bad in enumerate(BAD_CELLS)] + [_good(99)]
    path = sheet_of(tmp_path / "收文.xlsx", rows, HEADERS)
    batched, one_by_one = _both_dry(path, admin, monkeypatch)
    assert batched.total == one_by_one.total == len(rows)
    assert {(p.row, p.column, p.reason) for p in batched.problems} == {
        (p.row, p.column, p.reason) for p in one_by_one.problems}
    assert batched.bad_rows == one_by_one.bad_rows and len(batched.bad_rows) >= len(BAD_CELLS) - 1
    last = {p.column for p in batched.problems if p.row == len(BAD_CELLS) + 2}  # after the headers and one good row
    assert last >= {"收文日期", "文种", "份数"}
    assert IncomingDoc.select().count() == 0


def test_a_number_brought_twice_or_taken_is_refused_by_both_paths(db, admin, fixed_today, tmp_path,
                                                                   monkeypatch):
    fixed_today(dt.date(2026, 3, 2))
    xlsx.import_file(INCOMING, sheet_of(tmp_path / "先.xlsx", [{**_good(1), "收文编号": "收〔2026〕1号"}],
                                        HEADERS), admin)
    rows = [{**_good(2), "收文编号": "收〔2026〕1号"}, {**_good(3), "收文编号": "收〔2026〕2号"},
            {**_good(4), "收文编号": "收〔2026〕2号"}]
    batched, one_by_one = _both_dry(sheet_of(tmp_path / "后.xlsx", rows, HEADERS), admin, monkeypatch)
    assert {p.row for p in batched.problems} == {p.row for p in one_by_one.problems} >= {2, 4}
    assert IncomingDoc.select().count() == 1


def _written(title: str) -> list[dict[str, Any]]:
    """What an import wrote for the rows titled `title…`: each record's stored values, its step
    rows and its audit entry, without what differs by nature (ids, times, the number's place)."""
    out = []
    for doc in IncomingDoc.select().where(IncomingDoc.title.startswith(title)).order_by(IncomingDoc.id):
        values = {k: v for k, v in doc.__data__.items()
                  if k not in ("id", "receive_no", "title", "from_ref", "created_at", "updated_at")}
        steps = [(s.step, s.state_from, s.state_to, s.person, s.actor, s.at.date(), s.opinion)
                 for s in DocStep.select().where((DocStep.registry == "incoming") & (DocStep.record_id == doc.id))]
        entry = AuditEntry.get((AuditEntry.registry == "incoming") & (AuditEntry.record_id == doc.id))
        after = {k: v for k, v in json.loads(entry.after).items() if k not in ("收文编号", "标题", "来文字号")}
        out.append({"values": values, "steps": steps, "action": entry.action, "after": after,
                    "summary": entry.summary.replace(doc.title, "…"), "number": doc.receive_no != ""})
    return out


def test_the_batch_writes_what_the_row_path_writes(any_db, admin, fixed_today, tmp_path, monkeypatch):
    fixed_today(dt.date(2026, 3, 2))
    variety = [{"收文编号": "收〔2026〕1号"}, {}, {"收文日期": "2026-03-02"}, {"密级": "秘密"},
               {"紧急程度": "特急", "办理时限": "2026-03-10"}, {"收文日期": "2025-12-31"}]
    rows_for = [_ref_of_its_year({**_good(i, "批量"), **extra}) for i, extra in enumerate(variety)]
    done = xlsx.import_file(INCOMING, sheet_of(tmp_path / "批量.xlsx", rows_for, HEADERS), admin)
    assert done.ok, done.problems
    assert done.imported == len(variety)
    # other 来文字号 (the same would be the same 收文), and the 收文编号 next free when its row comes
    rows_one = [_ref_of_its_year({**_good(i + 100, "逐行"), **extra}) for i, extra in enumerate(variety)]
    rows_one[0]["收文编号"] = "收〔2026〕6号"
    with monkeypatch.context() as patched:
        patched.setattr(batch, "supported", lambda spec, rows=None: False)
        slow = xlsx.import_file(INCOMING, sheet_of(tmp_path / "逐行.xlsx", rows_one, HEADERS), admin)
    assert slow.ok, slow.problems
    assert slow.imported == len(variety)
    assert _written("批量") == _written("逐行")
    # numbers: issued in each record's own year's sequence, the brought one claimed
    numbers = sorted(doc.receive_no for doc in IncomingDoc.select())
    assert numbers.count("收〔2026〕1号") == 1 and "收〔2025〕1号" in numbers and "收〔2025〕2号" in numbers
    assert IssuedNumber.select().where(IssuedNumber.kind == "incoming").count() == 2 * len(variety)
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_dry_run_of_incoming_takes_no_write_lock(db, admin, fixed_today, tmp_path, monkeypatch):
    fixed_today(dt.date(2026, 3, 2))
    path = sheet_of(tmp_path / "收文.xlsx", [_good(i) for i in range(30)], HEADERS)
    taken: list[str] = []
    real = store_db.write_transaction

    def watched(*args: Any, **kwargs: Any) -> Any:
        taken.append("lock")
        return real(*args, **kwargs)

    for module in (store_db, batch_write):
        monkeypatch.setattr(module, "write_transaction", watched)
    import officedesk.exchange.importing as importing

    monkeypatch.setattr(importing, "write_transaction", watched)
    report = xlsx.import_file(INCOMING, path, admin, dry_run=True)
    assert report.ok, report.problems
    assert report.imported == 30 and taken == []
    assert IncomingDoc.select().count() == 0
    done = xlsx.import_file(INCOMING, path, admin)
    assert done.imported == 30 and taken == ["lock"]  # the one transaction of the bulk write


@pytest.mark.parametrize("rows", [1200])
def test_a_bad_row_in_a_big_incoming_import_writes_nothing(db, admin, fixed_today, tmp_path, rows):
    fixed_today(dt.date(2026, 3, 2))
    sheet = [_good(i) for i in range(rows)]
    sheet[rows - 3]["份数"] = -1
    report = xlsx.import_file(INCOMING, sheet_of(tmp_path / "收文.xlsx", sheet, HEADERS), admin)
    assert not report.ok and report.imported == 0 and [p.row for p in report.problems] == [rows - 1]
    assert IncomingDoc.select().count() == 0 and DocStep.select().count() == 0
    assert IssuedNumber.select().count() == 0


def _numbered(path: Path, numbers: list[str | None], start: int = 200) -> Path:
    rows = [{**_good(start + i), **({"收文编号": n} if n else {})} for i, n in enumerate(numbers)]
    return sheet_of(path, rows, HEADERS)


def test_numbers_follow_the_sequence_row_after_row_as_add_gives_them(db, admin, fixed_today, tmp_path,
                                                                       monkeypatch):
    """A row issued 收〔2026〕1号 and the next bringing 2号 is the sequence as `add` gives it
    (the batch once claimed 2号 first, and refused it as a jump over 1号 when it wrote)."""
    fixed_today(dt.date(2026, 3, 2))
    path = _numbered(tmp_path / "顺序.xlsx", [None, "收〔2026〕2号", None])
    batched, one_by_one = _both_dry(path, admin, monkeypatch)
    assert batched.ok and one_by_one.ok and batched.imported == 3
    done = xlsx.import_file(INCOMING, path, admin)
    assert done.ok and done.imported == 3
    assert [d.receive_no for d in IncomingDoc.select().order_by(IncomingDoc.id)] == [
        "收〔2026〕1号", "收〔2026〕2号", "收〔2026〕3号"]
    assert check.run_checks() == [] and audit.verify_chain() == []


@pytest.mark.parametrize(("numbers", "wrong"), [
    ([None, "收〔2026〕9号", None], 3),  # a jump after an issued one (row 3, after the headers)
    (["收〔2026〕1号", "收〔2026〕3号"], 3),  # a jump after a brought one
    ([None, None, "收〔2026〕2号"], 4),  # behind the sequence: issued to the second row already
])
def test_a_number_out_of_sequence_is_refused_in_its_row_by_both_paths(db, admin, fixed_today, tmp_path,
                                                                        monkeypatch, numbers, wrong):
    fixed_today(dt.date(2026, 3, 2))
    path = _numbered(tmp_path / "跳号.xlsx", numbers)
    batched, one_by_one = _both_dry(path, admin, monkeypatch)
    assert {(p.row, p.column, p.reason) for p in batched.problems} == {
        (p.row, p.column, p.reason) for p in one_by_one.problems}
    assert [(p.row, p.column) for p in batched.problems] == [(wrong, "收文编号")]
    refused = xlsx.import_file(INCOMING, path, admin)  # what the dry run said, and nothing written
    assert [(p.row, p.column) for p in refused.problems] == [(wrong, "收文编号")]
    assert IncomingDoc.select().count() == 0
    kept = xlsx.import_file(INCOMING, path, admin, skip_bad=True)
    assert kept.imported == len(numbers) - 1 and [p.row for p in kept.problems] == [wrong]
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_number_never_issued_is_not_claimed_without_a_reason(db, admin, fixed_today, tmp_path, monkeypatch):
    """A past register left 1–4 never issued; a plain import bringing 3号 is refused as `add`
    refuses it (--reissue 理由), not claimed without a word."""
    fixed_today(dt.date(2026, 3, 2))
    past = xlsx.import_file(INCOMING, _numbered(tmp_path / "往年.xlsx", ["收〔2026〕5号"]), admin, history=True)
    assert past.ok and past.imported == 1
    path = _numbered(tmp_path / "补号.xlsx", ["收〔2026〕3号"], start=300)
    batched, one_by_one = _both_dry(path, admin, monkeypatch)
    assert {(p.row, p.column, p.reason) for p in batched.problems} == {
        (p.row, p.column, p.reason) for p in one_by_one.problems}
    assert [p.column for p in batched.problems] == ["收文编号"] and "空缺" in batched.problems[0].reason
    assert not xlsx.import_file(INCOMING, path, admin).ok and IncomingDoc.select().count() == 1


@pytest.mark.parametrize("typed", ["收[2026]1号", "收（2026）1号", "收〔2026〕01号", "收【2026】1号", "收 〔2026〕1号",
                                   "收〔2026〕第1号"])
def test_a_number_written_another_way_is_not_a_second_number(db, admin, fixed_today, tmp_path, monkeypatch,
                                                              typed):
    """收[2026]1号 or 收〔2026〕01号 is 收〔2026〕1号: taken as a free-form number it was the same
    number twice, by `add` and import alike; refused, naming the form to write."""
    fixed_today(dt.date(2026, 3, 2))
    first = xlsx.import_file(INCOMING, _numbered(tmp_path / "先.xlsx", [None]), admin)
    assert first.ok and IncomingDoc.get().receive_no == "收〔2026〕1号"
    batched, one_by_one = _both_dry(_numbered(tmp_path / "又.xlsx", [typed], start=300), admin, monkeypatch)
    assert {(p.row, p.column, p.reason) for p in batched.problems} == {
        (p.row, p.column, p.reason) for p in one_by_one.problems}
    assert [(p.row, p.column) for p in batched.problems] == [(2, "收文编号")]
    assert "应写作“收〔2026〕1号”" in batched.problems[0].reason
    with pytest.raises(ValidationError, match="应写作"):
        incoming.sign_in({**_good(400), "收文编号": typed}, admin)
    assert IncomingDoc.select().count() == 1
