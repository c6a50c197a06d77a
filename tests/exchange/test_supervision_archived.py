"""A 督查事项 filed by 归档 is one 件 of the 归档文件目录. Its 督查台账 exported and brought into
an empty office with `import --history` comes back filed: the export carries its 档号, the import
files it under that 档号 (the 目录 entry as filed: 全宗号, 门类, 年度, 保管期限, 机构代码, 件号,
题名, 文号, 日期), `check` finds the entry held by its 归档 step, and the next 归档 of that class
takes the next 件号. A 档号 on a row not 办结, written otherwise, of another 全宗 or year, or
one the office has filed already, is refused by row and column, nothing written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from officedesk.core import check, settings, steps
from officedesk.core.documents import archive, archive_check
from officedesk.core.supervision import items as sv_items
from officedesk.exchange import xlsx
from officedesk.store.documents import ArchiveItem
from officedesk.store.supervision import SupervisionItem
from tests.exchange.test_round_trip import _office, office_copy

# the 目录 entry's columns a 台账 carries (its 页数 too, in the 页数 column beside the 档号)
ENTRY = ("archive_no", "fonds", "category", "year", "retention", "org_code", "piece_no", "title",
         "doc_ref", "responsible", "doc_date", "secrecy", "pages")


def _ledger(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "督查事项"
    sheet.append(["督查编号", "事项名称", "来源", "立项日期", "办结时限", "牵头单位", "状态", "办结日期"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


CLOSED = [["督〔2025〕1号", "推进城区停车场建设", "领导批示", "2025-03-03", "2025-06-30", "县公安局",
           "已办结", "2025-06-20"],
          ["督〔2025〕2号", "整治农村人居环境", "领导批示", "2025-03-05", "2025-06-30", "县公安局",
           "已办结", "2025-06-25"]]


def _entries() -> dict[str, tuple[object, ...]]:
    return {SupervisionItem.get_by_id(e.record_id).number: tuple(getattr(e, c) for c in ENTRY)
            for e in ArchiveItem.select().where(ArchiveItem.registry == "supervision")}


@pytest.fixture
def exported(db, admin, tmp_path) -> tuple[Path, Path, dict[str, tuple[object, ...]]]:
    """An empty office (its copy), and the 台账 of one where item 1 was filed (D30, DCS, 6 页)."""
    _office()
    settings.put("org.fonds", "Z107", admin)
    empty = tmp_path / "empty.db"
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the office's settings in the file copied
    shutil.copy(db.database, empty)
    report = xlsx.import_file(sv_items.SPEC, _ledger(tmp_path / "in.xlsx", CLOSED), admin, history=True)
    assert report.ok, [str(p) for p in report.problems]
    first = SupervisionItem.get(SupervisionItem.number == "督〔2025〕1号")
    steps.perform("supervision", first.id, "归档", {"保管期限": "定期30年", "机构代码": "DCS", "页数": "6"},
                  admin)
    filed = _entries()
    assert list(filed) == ["督〔2025〕1号"]
    xlsx.export(sv_items.SPEC, tmp_path / "out.xlsx", admin)
    return empty, tmp_path / "out.xlsx", filed


def test_the_export_carries_the_item_s_archive_number(exported):
    _empty, out, filed = exported
    rows = list(load_workbook(out)["督查事项"].iter_rows(values_only=True))
    column = rows[0].index("档号")
    got = {row[0]: row[column:column + 2] for row in rows[1:]}
    assert rows[0][column + 1] == "页数"
    assert got == {"督〔2025〕1号": (filed["督〔2025〕1号"][0], 6), "督〔2025〕2号": (None, None)}


def test_a_past_register_brings_the_filed_item_back_filed(exported, db, admin):
    empty, out, filed = exported
    office_copy(empty, db)
    report = xlsx.import_file(sv_items.SPEC, out, admin, history=True)
    assert report.ok, [str(p) for p in report.problems]
    got = _entries()
    assert {k: [(c, a, b) for c, a, b in zip(ENTRY, v, got[k], strict=True) if a != b]
            for k, v in filed.items()} == {"督〔2025〕1号": []}
    assert got == filed
    assert list(archive_check.problems()) == []
    assert [str(p) for p in check.run_checks(update_anchor=False)] == []
    # the next 归档 of that class follows the 件号 brought
    second = SupervisionItem.get(SupervisionItem.number == "督〔2025〕2号")
    outcome = steps.perform("supervision", second.id, "归档",
                            {"保管期限": "定期30年", "机构代码": "DCS"}, admin)
    assert outcome.extra["archive_no"] == "Z107-WS·2025-D30-DCS-0002"


@pytest.mark.parametrize(("number", "said"), [
    ("Z107-WS·2025-D30-DCS-0001", "已归档"),       # taken by the office's own 件
    ("Z107-WS·2024-D30-0003", "年度"),              # not the year of its 办结
    ("Z999-WS·2025-D30-0003", "全宗号"),             # another 全宗
    ("Z107-WS.2025-D30-0003", "档号"),               # not written as a 档号 is
    ("Z107-WS·2025-D20-0003", "档号"),               # no 保管期限 of DA/T 22
])
def test_a_number_the_office_cannot_file_is_refused_by_row(exported, db, admin, tmp_path, number, said):
    _empty, _out, _filed = exported
    before = _entries()
    rows = [["督〔2025〕3号", "第三项", "领导批示", "2025-03-05", "2025-06-30", "县公安局", "已办结",
             "2025-06-25", number]]
    path = _ledger(tmp_path / "bad.xlsx", rows)
    book = load_workbook(path)
    book.active.cell(1, 9, "档号")
    book.save(path)
    report = xlsx.import_file(sv_items.SPEC, path, admin, history=True)
    problems = [str(p) for p in report.problems]
    assert not report.ok and len(problems) == 1, problems
    assert "第 2 行" in problems[0] and "档号" in problems[0] and said in problems[0], problems
    assert _entries() == before and not SupervisionItem.select().where(
        SupervisionItem.number == "督〔2025〕3号").exists()


def test_an_open_item_with_an_archive_number_is_refused(db, admin, tmp_path):
    _office()
    settings.put("org.fonds", "Z107", admin)
    path = _ledger(tmp_path / "open.xlsx", [["督〔2025〕1号", "第一项", "领导批示", "2025-03-05",
                                             "2025-06-30", "县公安局", "办理中", None]])
    book = load_workbook(path)
    book.active.cell(1, 9, "档号")
    book.active.cell(2, 9, "Z107-WS·2025-D30-0001")
    book.save(path)
    report = xlsx.import_file(sv_items.SPEC, path, admin, history=True)
    problems = [str(p) for p in report.problems]
    assert not report.ok and len(problems) == 1 and "第 2 行" in problems[0] and "档号" in problems[0], problems
    assert not SupervisionItem.select().exists()
    assert archive.archive_items(admin) == []


def test_an_item_brought_filed_on_any_database(any_db, admin, fixed_today):
    """`add` (the create hook a sheet's row goes through one by one) files an item brought 办结
    with its 档号, the export reads it back, and the class's next 归档 follows it: on SQLite and
    PostgreSQL alike (the 档号 is read by a statement compiled per kind of database)."""
    import datetime as dt

    settings.put("org.fonds", "Z107", admin)
    fixed_today(dt.date(2026, 4, 20))
    brought = sv_items.SPEC.create_hook(
        {"督查编号": "督〔2025〕1号", "事项名称": "整治违规停车", "来源": "领导批示", "立项日期": "2025-03-02",
         "办结时限": "2025-06-30", "牵头单位": "县公安局", "状态": "已办结", "办结日期": "2025-06-20",
         "档号": "Z107-WS·2025-D10-0041", "页数": "9"}, admin)
    assert brought.archive_no == "Z107-WS·2025-D10-0041" and brought.archive_pages == 9
    assert list(archive_check.problems()) == []
    other = sv_items.SPEC.create_hook(
        {"督查编号": "督〔2025〕2号", "事项名称": "整治占道经营", "来源": "领导批示", "立项日期": "2025-03-02",
         "办结时限": "2025-06-30", "牵头单位": "县公安局", "状态": "已办结", "办结日期": "2025-06-21"}, admin)
    assert other.archive_no == "" and other.archive_pages is None
    outcome = steps.perform("supervision", other.id, "归档", {"保管期限": "定期10年"}, admin)
    assert outcome.extra["archive_no"] == "Z107-WS·2025-D10-0042"


def test_a_list_is_not_filtered_by_the_archive_number_in_silence(exported, admin):
    """A 督查事项's 档号 is its 目录 entry's, no column of the item: a list filtered by it
    (`list supervision 档号=…`) is refused saying where to look, never “no such record”."""
    from officedesk.core import record_lists
    from officedesk.core.errors import ValidationError

    _empty, _out, filed = exported
    condition = record_lists.Filter("archive_no", "eq", filed["督〔2025〕1号"][0])
    with pytest.raises(ValidationError, match="归档文件目录"):
        record_lists.list_ids(sv_items.SPEC, admin, [condition], "", limit=10)


def test_the_batch_files_as_one_by_one_does(db, fixed_today, admin, tmp_path, monkeypatch):
    """A past 台账 whose items come filed goes through the batch (before, the whole file went one
    by one under the lock): the 目录 entries, their 件号 claimed, the items and every audit entry
    as one by one writes them; a 档号 two rows bring is refused in the second, in the dry run too."""
    import datetime as dt

    from tests.exchange import test_import_batch_supervision as batch_tests
    from tests.exchange.import_paths import both_ways, clock_held_still
    from tests.write_locks import watch_write_locks

    fixed_today(batch_tests.TODAY, dt.time(10, 0))
    clock_held_still(monkeypatch)

    def office() -> None:
        batch_tests._units(admin)
        settings.put("org.fonds", "Z107", admin)

    def written() -> dict[str, object]:
        from officedesk.store.models import NumberSequence

        return {**batch_tests._written(), "filed": sorted(_entries().items()),
                "pieces": sorted((s.prefix, s.year, s.last_value) for s in NumberSequence.select()
                                 .where(NumberSequence.kind == "archive"))}

    office()
    # numbered, as an export is (a filed row without its 督查编号 goes one by one: its 目录's 文号
    # is the number issued under the lock)
    rows = [{"督查编号": "督〔2026〕1号", "牵头单位": "县财政局", "状态": "已办结", "办结日期": dt.date(2026, 6, 20),
             "档号": "Z107-WS·2026-D30-0007", "页数": 12},
            {"督查编号": "督〔2026〕2号", "牵头单位": "县水利局", "状态": "已办结",
             "办结日期": dt.date(2026, 6, 21), "档号": "Z107-WS·2026-Y-BGS-0002"},
            {"督查编号": "督〔2026〕3号", "牵头单位": "县水利局", "状态": "已办结", "办结日期": dt.date(2026, 6, 21)},
            {"督查编号": "督〔2026〕4号", "牵头单位": "县水利局"}]
    path = batch_tests._sheet(tmp_path / "台账.xlsx", rows)
    taken = watch_write_locks(monkeypatch)
    _done, batched, one_by_one = both_ways(sv_items.SPEC, path, admin, tmp_path, monkeypatch, written,
                                           prepare=office)
    assert taken[:1] == ["lock"] and len(taken) > 1  # the batch's one write, then the row path's
    assert batched == one_by_one
    assert [number for number, _ in batched["filed"]] == ["督〔2026〕1号", "督〔2026〕2号"]
    assert sorted(p[2] for p in batched["pieces"]) == [2, 7]
    assert [entry[-1] for _, entry in batched["filed"]] == [12, 0]  # 页数: given, and not counted
    twice = batch_tests._sheet(tmp_path / "twice.xlsx", [{**rows[0], "督查编号": "督〔2026〕5号"},
                                                          {**rows[1], "督查编号": "督〔2026〕6号",
                                                           "档号": "Z107-WS·2026-D30-0008"},
                                                          {**rows[2], "督查编号": "督〔2026〕7号",
                                                           "档号": "Z107-WS·2026-D30-0008"}])
    for dry_run in (True, False):
        report = xlsx.import_file(sv_items.SPEC, twice, admin, dry_run=dry_run)
        # the first is filed already (by the import above), the third brings the second's
        said = [(p.row, p.column) for p in report.problems if p.column == "档号"]
        assert said == [(2, "档号"), (4, "档号")] and not report.ok, dry_run


def test_pages_without_an_archive_number_are_refused(db, admin, tmp_path):
    """页数 is the filed 件's: on a row without a 档号 it is refused, saying what to do."""
    _office()
    settings.put("org.fonds", "Z107", admin)
    path = _ledger(tmp_path / "pages.xlsx", [[*CLOSED[0], None, 6]])
    book = load_workbook(path)
    book.active.cell(1, 9, "档号")
    book.active.cell(1, 10, "页数")
    book.save(path)
    report = xlsx.import_file(sv_items.SPEC, path, admin, history=True)
    problems = [str(p) for p in report.problems]
    assert not report.ok and len(problems) == 1 and "页数" in problems[0] and "档号" in problems[0], problems
    assert not SupervisionItem.select().exists()
