"""信息 imports through the batch (core.info.report_batch: checked in memory without the write
lock, one bulk write) when no 续报 of the file names a first report of the same file: the same
items, numbers, audit entries and search hits as the row-by-row path, 续报 of first reports in
the database following them; a file whose 续报 names a first report of its own rows is written
one by one; a row bringing 采用 and 批示 goes through the batch, its steps written under the lock
once the rows are in, as the row path writes them; a bad row writes nothing and is named by its
row and column; a dry run takes no write lock."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import audit, batch, check, info, records, settings, workdays
from officedesk.core.info import exchange as info_exchange
from officedesk.core.info import report_batch
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store import search_index
from officedesk.store.info import InfoAction, InfoItem
from officedesk.store.models import AuditEntry, IssuedNumber
from tests.write_locks import watch_write_locks

from ..exchange.sheets import write_sheet
from .batch_calls import count_batches

FIRST = {"标题": "河口镇化工厂泄漏", "报送单位": "河口镇", "报送人": "赵强", "类别": "突发事件",
         "事发时间": "2026-03-01 09:00", "事件级别": "较大", "报送时间": "2026-03-01 09:31",
         "密级": "秘密", "正文": "河口镇化工厂储罐泄漏，已疏散周边群众。"}
BASE = {"标题": "县林业局扎实开展秋冬季森林防火检查", "报送单位": "县林业局", "报送人": "李明",
        "报送时间": dt.datetime(2026, 3, 2, 10), "类别": "工作动态",
        "正文": "县林业局组织3个检查组，排查隐患12处。"}
# brought numbers of two years, 续报 of the first report in the database (its unit, event and
# 密级 followed), states with their facts, a new 突发事件, a 密级 and an urgency
VARIETY: list[dict[str, Any]] = [
    {},
    {"信息编号": "信息〔2025〕1号", "报送时间": dt.datetime(2025, 12, 20, 9)},
    {"标题": None, "报送单位": None, "报送人": None, "类别": None,
     "续报": "信息〔2026〕1号", "报送时间": dt.datetime(2026, 3, 1, 11), "正文": "明火已扑灭。"},
    {"标题": "河口镇化工厂泄漏续报二", "报送单位": "河口镇", "类别": None, "续报": "信息〔2026〕1号",
     "报送时间": dt.datetime(2026, 3, 1, 15), "正文": "周边群众已返回。"},
    {"状态": "不采用", "不采用理由": "内容重复。"},
    {"状态": "已上报", "编发期号": "每日要情 2026年第3期", "上报级别": "市",
     "上报时间": dt.datetime(2026, 3, 4, 9)},
    {"标题": "城关镇山体滑坡", "报送单位": "城关镇", "类别": "突发事件", "事发时间": dt.datetime(2026, 3, 3, 8),
     "事件级别": "一般", "电话报告时间": dt.datetime(2026, 3, 3, 8, 20),
     "报送时间": dt.datetime(2026, 3, 3, 8, 40)},
    {"密级": "秘密", "紧急程度": "特急", "标题": "县委督查组发现的问题"},
    {"报送时间": dt.datetime(2025, 12, 28, 16)},
]


def _office(admin: Any) -> None:
    records.create(info.SPEC, dict(FIRST), admin)


def _sheet(path: Path, extras: list[dict[str, Any]]) -> Path:
    """The rows over BASE, each its own item (its 标题 numbered: unit and 标题 name an item)."""
    rows = [{**BASE, "标题": f"{BASE['标题']}（{n}）", **extra} for n, extra in enumerate(extras, 1)]
    return write_sheet(info.SPEC, path, rows)


def _row_by_row(monkeypatch: Any, fn: Any) -> Any:
    with monkeypatch.context() as patched:
        patched.setattr(batch, "supported", lambda spec, rows=None: False)
        return fn()


def _written() -> dict[str, Any]:
    """What the imports wrote: each item's stored values (but the times it was written), its
    history rows and audit entries, the numbers issued and the search hits."""
    out = []
    for record in InfoItem.select().order_by(InfoItem.id):
        values = {k: v for k, v in record.__data__.items() if k not in ("created_at", "updated_at")}
        actions = [(a.kind, a.on, a.person, a.level, a.periodical, a.content) for a in
                   InfoAction.select().where(InfoAction.item == record.id).order_by(InfoAction.id)]
        entries = [(e.action, e.summary, e.before, json.loads(e.after or "null"), e.actor) for e in
                   AuditEntry.select().where((AuditEntry.registry == "info")
                                             & (AuditEntry.record_id == record.id))
                   .order_by(AuditEntry.id)]
        out.append({"values": values, "actions": actions, "audit": entries})
    numbers = [(n.kind, n.prefix, n.year, n.seq, n.text, n.registry, n.record_id, n.status, n.issued_by)
               for n in IssuedNumber.select().order_by(IssuedNumber.kind, IssuedNumber.prefix,
                                                        IssuedNumber.year, IssuedNumber.seq)]
    hits = {query: sorted((h.record_id, h.title) for h in search_index.search(query, 3, registry="info"))
            for query in ("森林防火", "泄漏", "明火已扑灭", "山体滑坡", "城关镇", "督查组")}
    return {"items": out, "numbers": numbers, "hits": hits}


def _reopen(tmp_path: Path, monkeypatch: Any, name: str) -> None:
    store_db.close_database()
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / f"home-{name}"))
    settings.forget_cache()
    workdays.forget_overrides()
    store_db.open_database(str(tmp_path / name / "officedesk.db"))


def test_the_batch_writes_what_the_row_path_writes(db, admin, tmp_path, monkeypatch):
    _office(admin)
    path = _sheet(tmp_path / "信息.xlsx", VARIETY)
    calls = count_batches(monkeypatch)
    done = xlsx.import_file(info.SPEC, path, admin)
    assert done.ok, [str(p) for p in done.problems]
    assert done.imported == len(VARIETY) and calls == [len(VARIETY)]  # by the batch
    batched = _written()
    assert check.run_checks() == [] and audit.verify_chain() == []
    # the same sheet, row by row, into an office of its own (the same first report first)
    _reopen(tmp_path, monkeypatch, "row")
    _office(admin)
    slow = _row_by_row(monkeypatch, lambda: xlsx.import_file(info.SPEC, path, admin))
    assert slow.ok, [str(p) for p in slow.problems]
    assert slow.imported == len(VARIETY) and calls == [len(VARIETY)]  # not by the batch
    one_by_one = _written()
    assert check.run_checks() == [] and audit.verify_chain() == []
    assert batched["items"] == one_by_one["items"]
    assert batched["numbers"] == one_by_one["numbers"]
    assert batched["hits"] == one_by_one["hits"]
    by_title = {r["values"]["title"]: r for r in batched["items"]}
    assert by_title[f"{BASE['标题']}（1）"]["values"]["score"] > 0  # its 报送 point
    # the 续报 follow the first report in the database: its unit, event, 密级, and say so
    first = by_title["河口镇化工厂泄漏"]["values"]
    for title in ("河口镇化工厂泄漏（续报一）", "河口镇化工厂泄漏续报二"):
        later = by_title[title]
        assert later["values"]["followup_of"] == first["id"]
        assert (later["values"]["unit"], later["values"]["secrecy"], later["values"]["event_at"]) == (
            "河口镇", "秘密", first["event_at"])
        assert later["audit"][0][1] == f"续报：{first['number']}"
    numbers = sorted(r["values"]["number"] for r in batched["items"])
    assert numbers == sorted(["信息〔2026〕1号", "信息〔2025〕1号", "信息〔2025〕2号",
                              *(f"信息〔2026〕{n}号" for n in range(2, 9))])
    assert [q for q, hits in batched["hits"].items() if not hits] == []


def test_a_followup_of_a_first_report_of_the_same_file_is_written_one_by_one(db, admin, tmp_path,
                                                                              monkeypatch):
    """The 续报 listed first (as an export lists them, newest first) names a first report the
    file brings: the rows go one by one, the first report's before its 续报."""
    rows = [{"标题": None, "报送单位": None, "类别": None, "续报": "信息〔2026〕1号",
             "报送时间": dt.datetime(2026, 3, 1, 11), "正文": "明火已扑灭。"},
            {**FIRST, "信息编号": "信息〔2026〕1号"}, {}]
    sheet = [{**BASE, "标题": f"{n}", **row} for n, row in enumerate(rows)]
    assert not batch.supported(info.SPEC, sheet)
    assert batch.supported(info.SPEC, sheet[1:]) and not batch.supported(info.SPEC)
    assert not batch.supported(info.SPEC, [{**BASE, "续报": "1"}])  # an id: maybe an earlier row's
    calls = count_batches(monkeypatch)
    done = xlsx.import_file(info.SPEC, _sheet(tmp_path / "续报.xlsx", rows), admin)
    assert done.ok and done.imported == 3 and calls == [], [str(p) for p in done.problems]
    first = InfoItem.get(InfoItem.number == "信息〔2026〕1号")
    later = InfoItem.get(InfoItem.title == "河口镇化工厂泄漏（续报一）")
    assert later.followup_of == first.id and later.unit == "河口镇" and later.secrecy == "秘密"
    assert first.id < later.id
    assert check.run_checks() == [] and audit.verify_chain() == []


ADOPTED: list[dict[str, Any]] = [
    {},
    {"状态": "已采用", "编发期号": "每日要情 2026年第3期", "上报级别": "市",
     "上报时间": dt.datetime(2026, 3, 4, 9), "采用情况": "市级：市委信息（2026-03-05）"},
    {"状态": "已采用", "编发期号": "每日要情 2026年第4期", "上报级别": "省",
     "上报时间": dt.datetime(2026, 3, 4, 10), "采用情况": "市级：市委信息（2026-03-05）；省级：省委要情（2026-03-06）",
     "领导批示": "县长 王振国（2026-03-06）：请抓紧推广。"},
    {"信息编号": "信息〔2025〕1号", "报送时间": dt.datetime(2025, 12, 20, 9), "状态": "已采用",
     "编发期号": "每日要情 2025年第9期", "上报级别": "市", "上报时间": dt.datetime(2025, 12, 21, 9),
     "采用情况": "市级：市委信息（2025-12-22）", "领导批示": "县委书记 李建华：已阅。"},
    {"状态": "不采用", "不采用理由": "内容重复。"},
]


@pytest.mark.parametrize("history", [False, True], ids=["plain", "history"])
def test_rows_bringing_adoptions_and_instructions_go_through_the_batch(db, admin, tmp_path, monkeypatch,
                                                                       history):
    """采用 and 批示 are written as the item's steps after it (their own rows and audit entry):
    checked with the rest before the write lock, written by the batch under it once the rows
    are in, as the row path writes them (a past 台账's mark after them). Before, one such row
    sent the file row by row under the lock, dry run too."""
    _office(admin)
    path = _sheet(tmp_path / "采用.xlsx", ADOPTED)
    calls = count_batches(monkeypatch)
    locks = watch_write_locks(monkeypatch, records)
    dry = xlsx.import_file(info.SPEC, path, admin, dry_run=True, history=history)
    assert dry.ok and dry.imported == len(ADOPTED) and locks == [], [str(p) for p in dry.problems]
    done = xlsx.import_file(info.SPEC, path, admin, history=history)
    assert done.ok and done.imported == len(ADOPTED), [str(p) for p in done.problems]
    assert calls == [len(ADOPTED), len(ADOPTED)] and locks == ["lock"]  # by the batch, one lock
    batched = _written()
    assert check.run_checks() == [] and audit.verify_chain() == []

    _reopen(tmp_path, monkeypatch, "row")
    _office(admin)
    slow = _row_by_row(monkeypatch, lambda: xlsx.import_file(info.SPEC, path, admin, history=history))
    assert slow.ok and slow.imported == len(ADOPTED), [str(p) for p in slow.problems]
    one_by_one = _written()
    # the record's making is the batch's own entry (tests/exchange/test_voided_batch): the rest
    # is the same — its 采用 and 批示 rows, the step entry after it, the mark after that, the
    # values the steps leave (采用情况, 领导批示, 得分), the numbers and the hits
    for ours, theirs in zip(batched["items"], one_by_one["items"], strict=True):
        assert ours["values"] == theirs["values"] and ours["actions"] == theirs["actions"]
        assert [e[0] for e in ours["audit"]] == [e[0] for e in theirs["audit"]]
        assert ours["audit"][1:] == theirs["audit"][1:]
    assert batched["numbers"] == one_by_one["numbers"] and batched["hits"] == one_by_one["hits"]
    adopted = [r for r in batched["items"] if r["actions"]]
    assert [len(r["actions"]) for r in adopted] == [1, 3, 2]
    assert all(r["audit"][1][1] == "导入：采用和批示" and r["values"]["score"] > 0 for r in adopted)


def test_a_bad_row_in_a_big_import_writes_nothing(db, admin, tmp_path, monkeypatch):
    _office(admin)
    before = (InfoItem.select().count(), IssuedNumber.select().count(), AuditEntry.select().count())
    rows: list[dict[str, Any]] = [{"续报": "信息〔2026〕1号", "报送单位": None, "类别": None,
                                   "报送时间": dt.datetime(2026, 3, 1, 12)} if n % 10 == 0 else {}
                                  for n in range(600)]
    rows[-3] = {"续报": "信息〔2026〕99号", "类别": None}  # no such first report
    rows[-2] = {"报送时间": dt.datetime(2026, 3, 1, 9)}  # fine: an ordinary item, whenever
    rows[-1] = {"类别": "不存在的类别"}
    calls = count_batches(monkeypatch)
    report = xlsx.import_file(info.SPEC, _sheet(tmp_path / "大.xlsx", rows), admin)
    assert not report.ok and report.imported == 0 and calls
    assert [(p.row, p.column) for p in report.problems] == [(len(rows) - 1, "续报"),
                                                            (len(rows) + 1, "类别")]
    assert (InfoItem.select().count(), IssuedNumber.select().count(),
            AuditEntry.select().count()) == before


def _watch_locks(monkeypatch: Any) -> list[str]:
    """Every write transaction begun from now on (the import's, the batch's, the create hook's)."""
    return watch_write_locks(monkeypatch, info_exchange)


def test_a_dry_run_takes_no_write_lock_and_writes_nothing(db, admin, tmp_path, monkeypatch):
    _office(admin)
    before = (InfoItem.select().count(), IssuedNumber.select().count(), AuditEntry.select().count())
    taken = _watch_locks(monkeypatch)
    report = xlsx.import_file(info.SPEC, _sheet(tmp_path / "信息.xlsx", VARIETY), admin, dry_run=True)
    assert report.ok, [str(p) for p in report.problems]
    assert report.imported == len(VARIETY) and taken == []
    assert (InfoItem.select().count(), IssuedNumber.select().count(),
            AuditEntry.select().count()) == before


def test_the_rows_are_checked_without_the_write_lock(db, admin, tmp_path, monkeypatch):
    """Every row's values, its first report and its state are read outside any transaction; the
    write is one transaction (the row path held the import's transaction while it checked)."""
    _office(admin)
    in_transaction: list[bool] = []
    real = info_exchange.parsed_row

    def watched(raw: dict[str, Any], actor: Any) -> Any:
        in_transaction.append(store_db.database.in_transaction())
        return real(raw, actor)

    monkeypatch.setattr(report_batch.exchange, "parsed_row", watched)
    taken = _watch_locks(monkeypatch)
    done = xlsx.import_file(info.SPEC, _sheet(tmp_path / "信息.xlsx", VARIETY), admin)
    assert done.ok and done.imported == len(VARIETY)
    assert in_transaction == [False] * len(VARIETY)
    assert taken == ["lock"]  # the one transaction of the bulk write


def test_the_check_reads_whether_the_chains_are_in_force_once(db, admin, tmp_path, monkeypatch):
    """代录 is checked on every row as the create path checks it, the chains' setting (which may
    ask the 岗位 table) read once for the batch, not a row."""
    from officedesk.core import chains

    _office(admin)
    asked: list[bool] = []
    real = chains.enforced

    def counted() -> bool:
        asked.append(real())
        return asked[-1]

    monkeypatch.setattr(chains, "enforced", counted)
    report = xlsx.import_file(info.SPEC, _sheet(tmp_path / "信息.xlsx", VARIETY), admin, dry_run=True)
    assert report.ok and report.imported == len(VARIETY)
    assert len(asked) == 1


LINKED: list[dict[str, Any]] = [
    # an export lists the newest first: the 续报 above its 首报, each bringing its 信息编号
    {"标题": None, "报送单位": None, "类别": None, "续报": "信息〔2026〕1号", "信息编号": "信息〔2026〕2号",
     "报送时间": dt.datetime(2026, 3, 1, 11), "正文": "明火已扑灭。"},
    {**FIRST, "信息编号": "信息〔2026〕1号"},
    {"信息编号": "信息〔2026〕3号"},
    {"信息编号": "信息〔2026〕4号", "状态": "已采用", "编发期号": "每日要情 2026年第3期", "上报级别": "市",
     "上报时间": dt.datetime(2026, 3, 4, 9), "采用情况": "市级：市委信息（2026-03-05）"},
    {"信息编号": "信息〔2025〕1号", "报送时间": dt.datetime(2025, 12, 20, 9)},
]


def test_a_past_register_with_followups_of_its_own_first_reports_goes_through_the_batch(
        db, admin, tmp_path, monkeypatch):
    """import --history of a 台账 whose 续报 name 首报 of the same file: the rows checked in memory
    in the order one by one writes them (core.batch_in_order), before the lock, and written as
    checked by the batch, the 续报 too, each naming its 首报 — what the row path writes. Before,
    the 续报 were written one by one after the batch under its lock (and, before that, sent the
    whole file one by one, dry run too). The dry run takes no lock."""
    from officedesk.core import batch_write
    from officedesk.exchange import import_linked

    path = _sheet(tmp_path / "往年台账.xlsx", LINKED)
    batched_rows: list[int] = []
    real_write = batch_write.write
    monkeypatch.setattr(batch_write, "write", lambda spec, good, *a, **k: batched_rows.append(len(good))
                        or real_write(spec, good, *a, **k))
    locks = watch_write_locks(monkeypatch, records, import_linked)
    dry = xlsx.import_file(info.SPEC, path, admin, history=True, dry_run=True)
    assert dry.ok and dry.imported == len(LINKED), [str(p) for p in dry.problems]
    assert locks == [] and InfoItem.select().count() == 0  # each 续报 finds its 首报 in memory
    locks.clear()
    batched_rows.clear()
    done = xlsx.import_file(info.SPEC, path, admin, history=True)
    assert done.ok and done.imported == len(LINKED), [str(p) for p in done.problems]
    assert locks == ["lock"] and batched_rows == [len(LINKED)]  # the 续报 too
    batched = _written()
    assert check.run_checks() == [] and audit.verify_chain() == []
    later = InfoItem.get(InfoItem.number == "信息〔2026〕2号")
    first = InfoItem.get(InfoItem.number == "信息〔2026〕1号")
    assert later.followup_of == first.id and later.unit == "河口镇" and later.secrecy == "秘密"

    _reopen(tmp_path, monkeypatch, "row")
    slow = _row_by_row(monkeypatch, lambda: xlsx.import_file(info.SPEC, path, admin, history=True))
    assert slow.ok and slow.imported == len(LINKED), [str(p) for p in slow.problems]
    one_by_one = _written()
    by_number = {r["values"]["number"]: r for r in one_by_one["items"]}
    for ours in batched["items"]:  # ids may differ: the 续报 is made after the batch
        theirs = by_number[ours["values"]["number"]]
        mine = {k: v for k, v in ours["values"].items() if k not in ("id", "followup_of")}
        assert mine == {k: v for k, v in theirs["values"].items() if k not in ("id", "followup_of")}
        assert ours["actions"] == theirs["actions"]
        assert [e[0] for e in ours["audit"]] == [e[0] for e in theirs["audit"]]
    assert [n[:6] + n[7:] for n in batched["numbers"]] == [n[:6] + n[7:] for n in one_by_one["numbers"]]
    assert {q: [t for _, t in hits] for q, hits in batched["hits"].items()} == \
        {q: [t for _, t in hits] for q, hits in one_by_one["hits"].items()}


def test_a_bad_followup_of_a_past_register_is_named_and_nothing_is_written(db, admin, tmp_path):
    """A 续报 of a 首报 of the file refused (报送时间 no date): named by its row and column in the
    dry run and the import, and nothing of the file is written, the batch's rows neither."""
    rows = [{**LINKED[0], "报送时间": "2026-02-30 11:00"}, *LINKED[1:]]
    path = _sheet(tmp_path / "往年台账.xlsx", rows)
    for dry_run in (True, False):
        report = xlsx.import_file(info.SPEC, path, admin, history=True, dry_run=dry_run)
        assert [(p.row, p.column) for p in report.problems] == [(2, "报送时间")], [str(p) for p in report.problems]
        assert InfoItem.select().count() == 0 and not report.ids
    kept = xlsx.import_file(info.SPEC, path, admin, history=True, skip_bad=True)
    assert kept.imported == len(rows) - 1 and InfoItem.select().count() == len(rows) - 1
    # the 续报 skipped leaves its number unissued, which check says (and nothing else)
    assert [p.kind for p in check.run_checks()] == ["numbers"] and audit.verify_chain() == []
