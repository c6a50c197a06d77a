"""发文 imports through the batch (check in memory, one bulk write, the lock held only for the
copy), as 收文's do: the same refusals in the same words as the row-by-row path (`draft`), each
naming its row and column; the same records, 拟稿 rows, search entries and claimed 发文字号 —
a typed one checked row after row as claim_manual checks it, a draft issued none —, `check`
and the chain whole; a dry run that takes no write lock, and another workstation free to save
while the rows are checked."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import audit, batch, batch_write, check, records, settings
from officedesk.core.directory import UNITS
from officedesk.core.documents import doc_rules, outgoing
from officedesk.core.documents.outgoing import OUTGOING
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store import search_index
from officedesk.store.documents import DocStep, OutgoingDoc
from officedesk.store.models import AuditEntry, IssuedNumber, NumberSequence
from tests.exchange.import_paths import both_dry
from tests.exchange.test_import_batch import sheet_of

TODAY = dt.date(2026, 6, 30)
NO = "云委办发〔{year}〕{seq}号"


def _office(database: Any, fixed_today: Any, admin: Any) -> Any:
    fixed_today(TODAY)
    settings.put("org.name", "中共云岭县委办公室")
    settings.put("org.code", "云委办")
    for name in ("县委办公室", "县委组织部"):
        records.create(UNITS, {"单位名称": name}, admin)
    return database


@pytest.fixture
def office(db, fixed_today, admin):
    return _office(db, fixed_today, admin)


@pytest.fixture
def any_office(any_db, fixed_today, admin):
    """The same office on SQLite and on PostgreSQL."""
    return _office(any_db, fixed_today, admin)


def _draft(i: int, title: str = "发文") -> dict[str, Any]:
    return {"标题": f"{title}第{i}件", "文种": "通知", "拟稿单位": "县委办公室", "拟稿人": f"陈思雨{i}"}


def _signed(i: int, title: str = "发文", day: dt.date = dt.date(2026, 6, 2)) -> dict[str, Any]:
    return {**_draft(i, title), "核稿人": "李科长", "签发人": "姚国强", "签发日期": day}


def _numbered(i: int, seq: int, title: str = "发文", year: int = 2026) -> dict[str, Any]:
    return {**_signed(i, title, dt.date(year, 6, 2) if year == 2026 else dt.date(year, 12, 30)),
            "发文字号": NO.format(year=year, seq=seq)}


def _sheet(path: Path, rows: list[dict[str, Any]]) -> Path:
    """The registry's sheet, and the columns a clerk may add (保密期限)."""
    return sheet_of(path, rows, [*(f.label for f in OUTGOING.exchange_fields()), "保密期限"])


def _both_dry(path: Path, admin: Any, monkeypatch: Any) -> tuple[Any, Any]:
    return both_dry(OUTGOING, path, admin, monkeypatch)


def _said(report: Any) -> set[tuple[int, str, str]]:
    return {(p.row, p.column, p.reason) for p in report.problems}


def test_outgoing_imports_take_the_batch():
    assert OUTGOING.prepare_new is not None and batch.supported(OUTGOING)
    assert OUTGOING.number_kind is None and OUTGOING.typed_number_kind == "outgoing"


# each refused by both paths in the same words, in its row and column
BAD: list[tuple[dict[str, Any], str]] = [
    ({"文种": "便条"}, "文种"),
    ({"份数": 0}, "份数"),
    ({"密级": "绝密级"}, "密级"),
    ({"标题": "   "}, "标题"),
    ({"签发日期": dt.date(2099, 1, 1)}, "签发日期"),
    ({"拟稿单位": "县委宣传科"}, "拟稿单位"),  # not in the 通讯录
    ({"保密期限": "10年"}, "保密期限"),  # 非密
    ({"状态": "已核稿", "核稿人": None, "签发人": None, "签发日期": None}, "状态"),  # a state without its facts
    ({"状态": "已核稿"}, "签发人"),  # a fact of a later step
    ({"签发人": None, "签发日期": None, "复核人": "周秘书"}, "复核人"),  # 复核 before 签发
    ({"签发人": "王副主任"}, "签发人"),  # not on the list of signers
    ({"文种": "请示", "主送": ""}, "主送"),  # a 请示 signed without its 主送机关
    ({"文种": "请示", "主送": "市委、市政府"}, "主送"),  # a 请示 to two organs
    ({"状态": "已印制", "发文字号": NO.format(year=2026, seq=1), "印发日期": dt.date(2026, 6, 1)}, "印发日期"),
    ({"发文字号": "云委办发[2026]1号"}, "发文字号"),  # brackets: check_wenhao
    ({"发文字号": "云委办发〔2026〕第1号"}, "发文字号"),
    ({"发文字号": "云委办 发〔2026〕1号"}, "发文字号"),  # the office's own, a space in it: another sequence
    ({"发文字号": "云委办发〔2027〕1号"}, "发文字号"),  # a year after this one
    ({"发文字号": "云委办发〔2025〕1号"}, "发文字号"),  # not the year of its 签发日期/成文日期
    ({"状态": "拟稿中", "签发人": None, "签发日期": None, "核稿人": None,
      "发文字号": NO.format(year=2026, seq=7)}, "发文字号"),  # a number on a draft
]


def test_the_outgoing_batch_refuses_what_the_row_path_refuses(office, admin, tmp_path, monkeypatch):
    settings.put(doc_rules.SIGNERS.key, "姚国强")
    rows = [_signed(0)] + [{**_signed(i + 1), **bad} for i, (bad, _) in enumerate(BAD)] + [_draft(99)]
    batched, one_by_one = _both_dry(_sheet(tmp_path / "发文.xlsx", rows), admin, monkeypatch)
    assert batched.total == one_by_one.total == len(rows)
    assert _said(batched) == _said(one_by_one)
    # each in its row (after the headers and one good row) and column
    assert {(p.row, p.column) for p in batched.problems} == {
        (i + 3, column) for i, (_, column) in enumerate(BAD)}, sorted(_said(batched))
    assert batched.imported == one_by_one.imported == 2
    assert OutgoingDoc.select().count() == 0 and IssuedNumber.select().count() == 0


def _written(title: str) -> list[dict[str, Any]]:
    """What an import wrote for the rows titled `title…`: each record's stored values, its 拟稿
    row, its create entry, its search entry and its claimed number, without what differs by
    nature (ids, times, titles, the number itself)."""
    out = []
    for doc in OutgoingDoc.select().where(OutgoingDoc.title.startswith(title)).order_by(OutgoingDoc.id):
        values = {k: v for k, v in doc.__data__.items()
                  if k not in ("id", "doc_no", "title", "created_at", "updated_at", "numbered_at")}
        steps = [(s.step, s.state_from, s.state_to, s.person, s.actor, s.at.date(), s.opinion)
                 for s in DocStep.select().where((DocStep.registry == "outgoing") & (DocStep.record_id == doc.id))]
        entries = list(AuditEntry.select().where((AuditEntry.registry == "outgoing")
                                                 & (AuditEntry.record_id == doc.id)).order_by(AuditEntry.id))
        create = entries[0]
        after = {k: v for k, v in json.loads(create.after).items() if k not in ("发文字号", "标题")}
        trail = "；".join(e.summary for e in entries).replace(doc.title, "…")
        if doc.doc_no:
            trail = trail.replace(doc.doc_no, "№")
        found = search_index.SearchDoc.get((search_index.SearchDoc.registry == "outgoing")
                                           & (search_index.SearchDoc.record_id == doc.id))
        claimed = [(n.status, n.registry, n.issued_by)
                   for n in IssuedNumber.select().where((IssuedNumber.kind == "outgoing")
                                                        & (IssuedNumber.record_id == doc.id))]
        assert found.title == f"{doc.doc_no} {doc.title}".strip()
        assert (doc.numbered_at is not None) == bool(doc.doc_no)
        out.append({"values": values, "steps": steps, "action": create.action, "after": after,
                    "trail": trail, "level": found.level, "claimed": claimed,
                    "number": bool(doc.doc_no), "searched": _numbered_out(found.body.replace(doc.title, "…"), doc.doc_no)})
    return out


def _numbered_out(text: str, number: str) -> str:
    """The text with the record's 发文字号 (each import's own) put as №: in the same place."""
    return text.replace(number, "№") if number else text


def test_the_batch_writes_what_the_row_path_writes(any_office, admin, tmp_path, monkeypatch):
    def variety(title: str, first: int) -> list[dict[str, Any]]:
        return [
            _numbered(0, first, title),
            _draft(1, title),
            {**_draft(2, title), "拟稿单位": "", "拟稿人": ""},  # the importing clerk drafted it
            _signed(3, title),
            {**_signed(4, title), "复核人": "周秘书"},  # 已复核
            {**_numbered(5, first + 1, title), "状态": "已印制", "印发日期": dt.date(2026, 6, 4)},
            {**_draft(6, title), "密级": "秘密", "紧急程度": "特急", "主送": "县委组织部"},
            {**_signed(7, title), "文种": "请示", "主送": "市委办公室"},
            {**_draft(8, title), "核稿人": "李科长", "状态": "已核稿"},
            _numbered(9, first // 2 + 1, title, year=2025),  # numbered in the year it was signed
        ]

    done = xlsx.import_file(OUTGOING, _sheet(tmp_path / "批量.xlsx", variety("批量", 1)), admin)
    assert done.ok, done.problems
    # the numbers next free when their rows come
    with monkeypatch.context() as patched:
        patched.setattr(batch, "supported", lambda spec, rows=None: False)
        slow = xlsx.import_file(OUTGOING, _sheet(tmp_path / "逐行.xlsx", variety("逐行", 3)), admin)
    assert slow.ok, slow.problems
    assert done.imported == slow.imported == 10
    batched, one_by_one = _written("批量"), _written("逐行")
    for row, (fast, slow_row) in enumerate(zip(batched, one_by_one, strict=True)):
        assert fast == slow_row, row  # the trail: the batch's one audit entry says what the row path's two say
    assert [d["number"] for d in batched] == [True, False, False, False, False, True, False, False, False, True]
    # brought numbers claimed (as typed), no number issued to a draft, the sequences moved past them
    numbers = [n.text for n in IssuedNumber.select().where(IssuedNumber.kind == "outgoing").order_by(IssuedNumber.id)]
    assert sorted(numbers) == sorted([*(NO.format(year=2026, seq=s) for s in (1, 2, 3, 4)),
                                      NO.format(year=2025, seq=1), NO.format(year=2025, seq=2)])
    assert {(s.year, s.last_value) for s in NumberSequence.select().where(NumberSequence.kind == "outgoing")} == {
        (2026, 4), (2025, 2)}
    assert check.run_checks() == [] and audit.verify_chain() == []
    # the record's history shows that its 发文字号 was brought
    first = OutgoingDoc.get(OutgoingDoc.title == "批量第0件")
    shown = audit.history("outgoing", first.id, admin)
    assert any("登记外来发文字号：云委办发〔2026〕1号" in e.summary for e in shown)
    assert json.loads(shown[0].after)["发文字号"] == "云委办发〔2026〕1号"
    # the next 编号 goes on after them
    signed = OutgoingDoc.get(OutgoingDoc.title == "批量第4件")
    numbered = outgoing.assign_number(signed.id, signed.version, admin)
    assert numbered.doc_no == NO.format(year=2026, seq=5)


def test_a_dry_run_of_outgoing_takes_no_write_lock(office, admin, tmp_path, monkeypatch):
    rows = [_numbered(0, 1)] + [_draft(i) for i in range(1, 30)]
    path = _sheet(tmp_path / "发文.xlsx", rows)
    taken: list[str] = []
    real = store_db.write_transaction

    def watched(*args: Any, **kwargs: Any) -> Any:
        taken.append("lock")
        return real(*args, **kwargs)

    import officedesk.exchange.importing as importing

    for module in (store_db, batch_write, importing):
        monkeypatch.setattr(module, "write_transaction", watched)
    report = xlsx.import_file(OUTGOING, path, admin, dry_run=True)
    assert report.ok, report.problems
    assert report.imported == 30 and taken == []
    assert OutgoingDoc.select().count() == 0 and IssuedNumber.select().count() == 0
    done = xlsx.import_file(OUTGOING, path, admin)
    assert done.imported == 30 and taken == ["lock"]  # the one transaction of the bulk write


def _free(path: Path) -> bool:
    """Whether another workstation could save now: SQLite's write lock is not held."""
    other = sqlite3.connect(path, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        other.close()


def test_others_may_save_while_an_outgoing_import_is_checked(office, admin, tmp_path):
    """The row-by-row path held the write lock from the first row to the last (a 10,000-row
    import: every other workstation's save failed after the busy timeout); the batch checks
    every row without it and takes it only to copy the made rows in."""
    rows = [_numbered(0, 1)] + [_signed(i) if i % 3 else _draft(i) for i in range(1, 60)]
    seen: list[tuple[int, int, bool]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total, _free(tmp_path / "officedesk.db")))
        return True

    report = xlsx.import_file(OUTGOING, _sheet(tmp_path / "发文.xlsx", rows), admin, progress=progress)
    assert report.ok and report.imported == len(rows), report.problems
    checked = [free for done, total, free in seen if len(rows) <= done < total]  # every row checked
    assert checked and all(checked), seen
    assert not seen[-1][2]  # the copy, under the lock


def test_a_bad_row_writes_nothing_and_skip_bad_keeps_the_rest(office, admin, tmp_path):
    rows = [_numbered(0, 1), _draft(1), {**_signed(2), "份数": -1}, _numbered(3, 2), _draft(4)]
    path = _sheet(tmp_path / "发文.xlsx", rows)
    refused = xlsx.import_file(OUTGOING, path, admin)
    assert not refused.ok and refused.imported == 0
    assert [(p.row, p.column) for p in refused.problems] == [(4, "份数")]
    assert (OutgoingDoc.select().count(), DocStep.select().count(), IssuedNumber.select().count()) == (0, 0, 0)
    kept = xlsx.import_file(OUTGOING, path, admin, skip_bad=True)
    assert kept.imported == 4 and [p.row for p in kept.problems] == [4]
    assert sorted(d.doc_no for d in OutgoingDoc.select() if d.doc_no) == [NO.format(year=2026, seq=s) for s in (1, 2)]
    assert DocStep.select().count() == 4 and IssuedNumber.select().count() == 2
    assert check.run_checks() == [] and audit.verify_chain() == []


@pytest.mark.parametrize(("numbers", "wrong", "column"), [
    ([1, 3], 3, "发文字号"),  # a jump (row 3, after the headers)
    ([1, None, 4], 4, "发文字号"),  # a draft between takes no number: still a jump
    ([None, 2, 1], 3, "发文字号"),  # a draft takes none: 2号 jumps over 1号
    ([1, 1], 3, ""),  # twice in the file: the same 发文 (found by its 发文字号) as the row before
    ([2], 2, "发文字号"),  # a jump over the first
])
def test_a_typed_number_out_of_sequence_is_refused_in_its_row_by_both_paths(office, admin, tmp_path, monkeypatch,
                                                                             numbers, wrong, column):
    rows = [_numbered(i, n) if n else _draft(i) for i, n in enumerate(numbers)]
    path = _sheet(tmp_path / "跳号.xlsx", rows)
    batched, one_by_one = _both_dry(path, admin, monkeypatch)
    assert _said(batched) == _said(one_by_one)
    assert [(p.row, p.column) for p in batched.problems] == [(wrong, column)]
    assert not xlsx.import_file(OUTGOING, path, admin).ok and OutgoingDoc.select().count() == 0
    kept = xlsx.import_file(OUTGOING, path, admin, skip_bad=True)
    assert kept.imported == len(numbers) - 1 and [p.row for p in kept.problems] == [wrong]
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_number_taken_or_never_issued_is_refused_by_both_paths(office, admin, tmp_path, monkeypatch):
    first = xlsx.import_file(OUTGOING, _sheet(tmp_path / "先.xlsx", [_numbered(0, 1)]), admin)
    assert first.ok and first.imported == 1
    taken = _sheet(tmp_path / "重号.xlsx", [_numbered(1, 1)])
    batched, one_by_one = _both_dry(taken, admin, monkeypatch)
    assert [(p.row, p.column) for p in batched.problems] == [(p.row, p.column) for p in one_by_one.problems] == [
        (2, "发文字号")]
    # a past register left 2–4 never issued: a plain import bringing 3号 is refused as `add` refuses it
    past = xlsx.import_file(OUTGOING, _sheet(tmp_path / "往年.xlsx", [_numbered(2, 5)]), admin, history=True)
    assert past.ok and past.imported == 1
    gap = _sheet(tmp_path / "空缺.xlsx", [_numbered(3, 3)])
    batched, one_by_one = _both_dry(gap, admin, monkeypatch)
    assert _said(batched) == _said(one_by_one) and [p.column for p in batched.problems] == ["发文字号"]
    assert "空缺" in batched.problems[0].reason
    assert not xlsx.import_file(OUTGOING, gap, admin).ok and OutgoingDoc.select().count() == 2


def test_a_number_the_anchor_knows_as_issued_is_refused_by_both_paths(office, admin, tmp_path, monkeypatch):
    """A database restored outside the program, its sequence behind the anchor's mark: a brought
    云委办发〔2026〕1号 may have gone out already. `add` refuses it until `officedesk restored`, and
    so does the batch (it claimed it)."""
    from officedesk.core import anchor

    anchor.write(anchor.anchor_path(office), {"outgoing|云委办发|2026": 3})
    path = _sheet(tmp_path / "恢复后.xlsx", [_draft(0), _numbered(1, 1)])
    batched, one_by_one = _both_dry(path, admin, monkeypatch)
    assert {(p.row, p.reason) for p in batched.problems} == {(p.row, p.reason) for p in one_by_one.problems}
    assert [p.row for p in batched.problems] == [3] and "可能已经发出过" in batched.problems[0].reason
    assert not xlsx.import_file(OUTGOING, path, admin).ok and OutgoingDoc.select().count() == 0


def test_the_check_reads_the_units_once_not_for_each_row(office, admin, monkeypatch):
    """Every row's 拟稿单位 is looked up among the units: within the check (which writes nothing)
    they are read once, not asked again whether they changed for each row; one not kept is
    still refused in its row."""
    from officedesk.core import changes

    reads: list[int] = []
    real = changes.latest
    monkeypatch.setattr(changes, "latest", lambda: reads.append(1) or real())
    rows = [{**_draft(i), "拟稿单位": "县委组织部" if i % 2 else "县委办公室"} for i in range(200)]
    rows[150]["拟稿单位"] = "县委宣传科"
    prepared, problems = batch.check(OUTGOING, rows, admin)
    assert [(p.index, p.field) for p in problems] == [(150, "drafting_unit")]
    assert sum(new is not None for new in prepared) == 199 and len(reads) <= 3
