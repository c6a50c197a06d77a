"""Issue 14: the export streams its rows (fetching.py reads them a batch at a time, xlsx_stream.py
writes the sheet XML straight into the zip). What it writes must be what the list shows and what
the old openpyxl export wrote: the same values, typed the same, masked the same; the file opens
in openpyxl and python-calamine alike and imports back to the same values."""

from __future__ import annotations

import datetime as dt
import random
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils.datetime import to_excel
from python_calamine import CalamineWorkbook

from officedesk.core import clock, petitions, records, registry, settings
from officedesk.core.actor import Actor
from officedesk.core.directory import UNITS
from officedesk.core.errors import ValidationError
from officedesk.core.fields import DATE, DATETIME, INT, PERCENT
from officedesk.exchange import identity, xlsx, xlsx_stream
from officedesk.exchange.common import ForeignNames
from officedesk.exchange.fetching import RecordFetcher
from officedesk.exchange.writing import RowValues
from officedesk.store import db as store_db
from officedesk.store.models import Unit

TRICKY = [
    "甲&乙<丙>丁",
    "  前后有空格  ",
    "回车\r换行\r\n再换行\n",
    "\t制表开头",
    "=SUM(A1:A2)",
    "-1",
    "看似转义_x0041_与_x005F_",
    "控制\x01\x1f字符",
    "表情😀与生僻字𠮷",
    "引号\"与'撇号",
    "]]>",
]


def _expected(value):
    """What openpyxl reads back for a value export_values gave."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return value


def test_every_registry_reads_back_as_its_values_in_both_readers(demo_db, admin, tmp_path):
    """Cell by cell, every registry's export is what RowValues gave (typed where it was typed),
    in openpyxl and in calamine."""
    for spec in registry.all_registries():
        fields = spec.exchange_fields()
        ids = records.list_ids(spec, admin)
        path = tmp_path / f"{spec.name}.xlsx"
        assert xlsx.export(spec, path, admin) == len(ids)
        values = RowValues(spec, admin, ForeignNames(), False, fields)
        fetched = records.fetch(spec, ids)
        # each row ends with its record's id (identity.py: the office's own import finds it)
        expected = [[*(_expected(v) for v in values(fetched[i])), i] for i in ids]
        sheet = openpyxl.load_workbook(path).worksheets[0]
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        width = len(fields) + 1
        assert rows[0] == [*(f.label for f in fields), identity.RECORD_ID], spec.name
        assert [r + [None] * (width - len(r)) for r in rows[1:]] == expected, spec.name
        calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
        for row, want in zip(calamine[1:], expected, strict=True):
            got = [None if v == "" else v for v in row] + [None] * (width - len(row))
            normal = [
                int(v) if isinstance(v, float) and v.is_integer() else v
                for v in got
            ]
            wanted = [
                w.date() if isinstance(w, dt.datetime) and f.kind == DATE else w
                for w, f in zip(want, [*fields, None], strict=True)
            ]
            assert normal == wanted, spec.name


def test_tricky_text_comes_back_as_stored_and_never_as_a_formula(db, admin, tmp_path):
    for index, text in enumerate(TRICKY):
        unit = records.create(UNITS, {"单位名称": f"单位{index}"}, admin)
        Unit.update(short_name=text).where(Unit.id == unit.id).execute()  # as stored long ago
    path = tmp_path / "tricky.xlsx"
    assert xlsx.export(UNITS, path, admin) == len(TRICKY)
    with zipfile.ZipFile(path) as archive:
        body = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in body and "<f " not in body
    by_name = {row[0]: row[1] for row in CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()[1:]}
    assert [by_name[f"单位{i}"] for i in range(len(TRICKY))] == TRICKY
    sheet = openpyxl.load_workbook(path).worksheets[0]
    cells = {row[0].value: row[1] for row in sheet.iter_rows(min_row=2)}
    for index, text in enumerate(TRICKY):
        cell = cells[f"单位{index}"]
        assert cell.data_type == "s", text
        if text.startswith(("=", "-", "\t")):
            assert cell.quotePrefix and cell.number_format == "@", text  # stays text when edited


def test_typed_cells_keep_their_formats(db, admin, tmp_path):
    from officedesk.core.documents.incoming import INCOMING

    records.create(
        INCOMING,
        {"收文日期": "2026-01-05", "来文机关": "市委办", "标题": "通知", "份数": 3},
        admin,
    )
    path = tmp_path / "incoming.xlsx"
    xlsx.export(INCOMING, path, admin)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    labels = [c.value for c in sheet[1]]
    row = sheet[2]
    day = row[labels.index("收文日期")]
    assert day.is_date and day.value == dt.datetime(2026, 1, 5) and day.number_format == 'yyyy"年"m"月"d"日"'
    copies = row[labels.index("份数")]
    assert copies.data_type == "n" and copies.value == 3
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width > 0
    assert all(c.font.b for c in sheet[1])  # the header as before: bold on a shaded fill
    assert sheet[1][0].fill.fgColor.rgb.endswith("DDEBF7")


@pytest.mark.parametrize(
    "value",
    [
        dt.date(1900, 3, 1),
        dt.date(2026, 12, 3),
        dt.date(9999, 12, 31),
        dt.datetime(2026, 12, 3, 9, 0),
        dt.datetime(2026, 12, 3, 9, 7, 13),
        dt.datetime(2026, 12, 3, 23, 59, 59),
        dt.datetime(2026, 12, 3),
    ],
)
def test_date_serials_are_excels(value):
    assert float(xlsx_stream.excel_serial(value)) == pytest.approx(to_excel(value), abs=1e-9)


def test_an_empty_registry_exports_its_header(db, admin, tmp_path):
    path = tmp_path / "empty.xlsx"
    seen = []
    result = xlsx.export(UNITS, path, admin, progress=lambda done, total: seen.append((done, total)))
    assert result == 0 and result.notes == []
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    headers = [*(f.label for f in UNITS.exchange_fields()), identity.RECORD_ID]
    assert rows == [headers]
    assert openpyxl.load_workbook(path).worksheets[0].max_row == 1
    sheet = xlsx.read_rows(path)
    assert sheet.rows == [] and sheet.headers == headers


def test_a_cancelled_or_failed_export_leaves_the_old_file_and_no_part(db, admin, tmp_path):
    for index in range(1200):  # three batches
        Unit.create(name=f"单位{index}")
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the file from yesterday")
    calls = []

    def stop_at_second(done, total):
        calls.append((done, total))
        return len(calls) < 2

    with pytest.raises(xlsx.Cancelled, match="已取消导出"):
        xlsx.export(UNITS, target, admin, progress=stop_at_second)
    assert calls == [(500, 1200), (1000, 1200)]
    assert target.read_bytes() == b"the file from yesterday"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]

    class Broken(Exception):
        pass

    def broken(done, total):  # as the window's cancel button does: it raises
        raise Broken

    with pytest.raises(Broken):
        xlsx.export(UNITS, target, admin, progress=broken)
    assert target.read_bytes() == b"the file from yesterday"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert xlsx.export(UNITS, target, admin) == 1200  # and a finished one replaces it
    assert len(CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()) == 1201


def test_a_target_that_cannot_be_written_is_said_in_chinese(db, admin, tmp_path):
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(ValidationError, match="无法写入"):
        xlsx.export(UNITS, tmp_path / "a-file" / "out.xlsx", admin)


def test_the_fetcher_gives_what_records_fetch_gives(demo_db, admin):
    """fetching.py skips peewee's converters where they do nothing: every stored value of every
    registry must come out exactly as peewee gives it."""
    for spec in registry.all_registries():
        ids = records.list_ids(spec, admin)
        fast = RecordFetcher(spec, admin).fetch(ids)
        slow = records.fetch(spec, ids)
        assert fast.keys() == slow.keys(), spec.name
        for record_id, record in slow.items():
            assert fast[record_id].__data__ == record.__data__, (spec.name, record_id)
            for name, value in record.__data__.items():
                assert type(fast[record_id].__data__[name]) is type(value), (spec.name, name)


def test_the_fetcher_leaves_out_what_the_actor_may_not_see(demo_db, admin):
    low = Actor(username="low", role="clerk", clearance=0)
    hidden = 0
    for spec in registry.all_registries():
        ids = records.list_ids(spec, admin)
        visible = set(records.list_ids(spec, low))
        assert set(RecordFetcher(spec, low).fetch(ids)) == visible, spec.name
        hidden += len(ids) - len(visible)
    assert hidden, "the demo should hold classified records"


def _petitions_sheet(path: Path, rows: int) -> Path:
    """信访 rows as an old 台账 brings them, some texts tricky."""
    rng = random.Random(3)
    labels = petitions.SPEC.exchange_labels or []
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("信访")
    sheet.append(labels)
    for n in range(rows):
        closed = n % 3 == 0
        row = {
            "信访编号": f"信2025-{n + 1:05d}",
            "登记日期": dt.date(2025, 1 + n % 12, 1 + n % 28),
            "信访形式": petitions.FORMS[n % len(petitions.FORMS)],
            "信访人": "张三" if n % 2 else "李四",
            "身份证号": "110101199001011237" if n % 4 == 0 else None,
            "联系电话": f"13{rng.randrange(10**9):09d}",
            "住址": "云岭县 东风村 & 西山 <二组>",
            "人数": 1 + n % 3,
            "问题类别": petitions.categories()[n % 3],
            "反映内容": f"反映第{n}件事：\n一是…\n二是…",
            "诉求": "=要求答复" if n % 5 == 0 else "依法处理",
            "处理方式": "直接答复" if closed else None,
            "办结日期": dt.date(2025, 12, 30) if closed else None,
            "答复意见": "已答复" if closed else None,
        }
        cells = []
        for label in labels:
            value = row.get(label)
            if isinstance(value, str) and value.startswith("="):  # text, not a formula
                value = WriteOnlyCell(sheet, value)
                value.data_type = "s"
            cells.append(value)
        sheet.append(cells)
    workbook.save(path)
    return path


def test_export_then_import_gives_the_same_values(db, admin, tmp_path, monkeypatch):
    """The round trip the issue asks for: a registry exported (unmasked, by an administrator),
    imported into another database and exported again gives the same sheet, in both readers."""
    clock.set_today(dt.date(2026, 1, 10))
    try:
        spec = petitions.SPEC
        report = xlsx.import_file(spec, _petitions_sheet(tmp_path / "in.xlsx", 60), admin)
        assert report.ok and report.imported == 60, report.problems[:3]
        first = tmp_path / "first.xlsx"
        assert xlsx.export(spec, first, admin, unmasked=True) == 60
        store_db.close_database()
        store_db.open_database(str(tmp_path / "other.db"))
        settings.forget_cache()
        report = xlsx.import_file(spec, first, admin)
        assert report.ok and report.imported == 60, report.problems[:3]
        second = tmp_path / "second.xlsx"
        assert xlsx.export(spec, second, admin, unmasked=True) == 60
        a, b = xlsx.read_rows(first), xlsx.read_rows(second)
        # but for the 记录号 each office gave the records (identity.py)
        assert a.headers == b.headers and a.headers[-1] == identity.RECORD_ID
        assert sorted(repr(r[:-1]) for _, r in a.rows) == sorted(repr(r[:-1]) for _, r in b.rows)
        monkeypatch.setitem(sys.modules, "python_calamine", None)  # and the openpyxl reader
        assert xlsx.read_rows(first) == a
        kinds = {f.label: f.kind for f in spec.exchange_fields()}
        typed = {label for label, kind in kinds.items() if kind in (DATE, DATETIME, INT, PERCENT)}
        row = dict(zip(a.headers, a.rows[0][1], strict=True))
        assert typed and all(not isinstance(row[label], str) for label in typed if row[label] is not None)
    finally:
        clock.set_today(None)


def test_the_writer_types_only_what_excel_holds_exactly(tmp_path):
    """In a typed column an int is a number and a date a date, unless Excel would change it:
    then the cell is text, as cells.typed_value decides for the export."""
    path = tmp_path / "w.xlsx"
    book = xlsx_stream.XlsxStream(path)
    kinds = [xlsx_stream.TYPED] * 6 + [xlsx_stream.PERCENT, xlsx_stream.TEXT]
    sheet = book.sheet("表[1]:试?", [10.0] * 8, kinds)
    sheet.header(list("ABCDEFGH"))
    sheet.row([10**15, dt.date(1899, 12, 1), True, 5, dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 8, 30), 40, 7])
    book.finish()
    assert not list(tmp_path.glob("*.part"))
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert rows[1] == [
        "1000000000000000", "1899-12-01", "True", 5.0, dt.date(2026, 1, 2),
        dt.datetime(2026, 1, 2, 8, 30), 40.0, "7",
    ]
    book_ = openpyxl.load_workbook(path)
    assert book_.sheetnames == ["表_1__试_"]
    assert book_.worksheets[0]["G2"].number_format == '0"%"'


def test_a_computed_column_of_any_value_is_escaped_text(tmp_path):
    class Light:
        def __str__(self) -> str:
            return "<红灯> & 超期"

    path = tmp_path / "computed.xlsx"
    book = xlsx_stream.XlsxStream(path)
    sheet = book.sheet("列表", [10.0, 10.0, 10.0], [xlsx_stream.TEXT] * 3)
    sheet.header(["灯", "天数", "文字"])
    sheet.row([Light(), 12, "普通"])
    book.finish()
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert rows[1] == ["<红灯> & 超期", "12", "普通"]  # a number in a text column stays text, as before


def test_a_list_column_the_hook_does_not_give_shows_as_the_list_shows_it(demo_db, clerk, tmp_path):
    """导出 of “the current list” writes the list's columns. 信访's export hook gives the
    exchange columns only; 状态 (a list column, not an exchange one then) came out empty; 期限
    (still none) must not either."""
    from officedesk.core.fields import display

    spec = petitions.SPEC
    columns = spec.columns()
    assert "期限" in [f.label for f in columns] and "期限" not in (spec.exchange_labels or [])
    ids = records.list_ids(spec, clerk)
    path = tmp_path / "list.xlsx"
    assert xlsx.export(spec, path, clerk, ids=ids, columns=columns) == len(ids)
    sheet = xlsx.read_rows(path)
    state = spec.by_label("状态")
    fetched = records.fetch(spec, ids)
    shown = [row[sheet.headers.index("状态")] for _, row in sheet.rows]
    assert shown == [display(state, fetched[i].state) or None for i in ids]
    assert all(shown)
    due = [row[sheet.headers.index("期限")] for _, row in sheet.rows]
    assert due == [fetched[i].next_due for i in ids] and any(due)
    ids_column = [row[sheet.headers.index("身份证号")] for _, row in sheet.rows]
    assert all(v is None or "*" in v for v in ids_column)  # masked for a clerk, as the list is
