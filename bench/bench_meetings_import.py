"""会议 xlsx import at scale: rows a second, how long the write lock is held (the import and its
--dry-run), and how long another process's save waits meanwhile (it fails after the busy timeout).

    .venv/bin/python bench/bench_meetings_import.py [--rows 1000] [--small-rows 300] [--update-only]
    .venv/bin/python bench/bench_meetings_import.py --corrected 1000 --added 300

Works on temporary databases, each given a 通讯录 of 8 units, 40 people and 8 rooms. The sheet
is a 会议台账 of new meetings, one at a time (six a day, none clashing with another row): a room of the 通讯录 or an outside venue, a 主持人, 4–9 people 出席
(some 列席, a few 特邀 typed with their units), two agenda items; a fifth 已发通知, a tenth 已取消
with its 取消原因. Each size is imported through the batch (core.batch with
core.meetings.meeting_batch: checked without the lock, one bulk write) and, as the baseline,
row by row as every 会议 import was before (exchange.importing's one transaction, the lock held
throughout; its dry run took it too). The other process adds a 会议室 every 0.2 s: the batch
makes its room lookups again under the lock (nothing its rows found changed) and writes.
Then the `import --update` of the --rows meetings exported and the 会议名称 of those not
cancelled corrected: checked before the lock and saved together (core.meetings.corrected),
against every row checked under the lock through the 修改 step's save, as before.
`--corrected N --added M`: a 台账 of N meetings exported, those not cancelled moved half an hour
later, and M new meetings added under them (on the days after, in the rooms and with the people
of the others): the corrections and the new rows checked before the lock (exchange.import_mixed
with core.meetings.corrected), against the whole file one by one under the lock, as before.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_exchange import HOME, _print_table  # noqa: E402
from bench_supervision_import import measured  # noqa: E402
from bench_supervision_import import timed as _timed  # noqa: E402

UNITS = ["县委办公室", "县政府办公室", "县发展和改革局", "县财政局", "县教育局", "县水利局", "县交通运输局",
         "县农业农村局"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "建国海涛志明芳立新红梅文斌国庆小燕德胜丽华永强俊静涛明"
ROOMS = [("第一会议室", 60), ("第二会议室", 30), ("第三会议室", 20), ("常委会议室", 25), ("四楼小会议室", 16),
         ("五楼会议室", 40), ("视频会议室", 50), ("报告厅", 200)]
SLOTS = (8, 10, 12, 14, 16, 18)  # six meetings a day, 90 minutes each: none overlaps another
PEOPLE = 40


def people_names() -> list[str]:
    rng = random.Random(7)
    names: list[str] = []
    while len(names) < PEOPLE:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN[::2]) + rng.choice(GIVEN[1::2])
        if name not in names:
            names.append(name)
    return names


def fill_directory() -> None:
    from officedesk.core import directory, records
    from officedesk.core.actor import CLI_ACTOR

    for unit in UNITS:
        records.create(directory.UNITS, {"单位名称": unit}, CLI_ACTOR)
    for n, name in enumerate(people_names()):
        records.create(directory.PEOPLE, {"姓名": name, "单位": UNITS[n % len(UNITS)], "职务": "负责人",
                                          "级别": n + 1}, CLI_ACTOR)
    for name, capacity in ROOMS:
        records.create(directory.ROOMS, {"名称": name, "容量": capacity}, CLI_ACTOR)


def meetings_sheet(path: Path, rows: int, seed: int = 11, clashing: bool = False,
                   first: dt.datetime = dt.datetime(2025, 1, 6)) -> Path:
    """The sheet; `clashing`: one row in ten moved into the half of the row before it, at the
    县宾馆 with that row's 主持人 among its people (due at both: saved with `--force 理由`)."""
    import openpyxl

    from officedesk.core import meetings

    rng = random.Random(seed)
    names = people_names()
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("会议")
    labels = meetings.SPEC.exchange_labels or []
    sheet.append(labels)
    before: tuple[dt.datetime, str] | None = None
    for n in range(rows):
        start = first + dt.timedelta(days=n // len(SLOTS), hours=SLOTS[n % len(SLOTS)])
        present = rng.sample(names, rng.randint(4, 9))
        clash = clashing and n % 10 == 3 and before is not None
        if clash and before is not None:
            start = before[0] + dt.timedelta(minutes=30)
            present = [before[1], *(name for name in present if name != before[1])]
        end = start + dt.timedelta(minutes=90)
        status = "已取消" if n % 10 == 9 else ("已发通知" if n % 5 == 0 else None)
        row = {
            "会议名称": f"专题会议第{n + 1}次：研究{rng.choice(UNITS)}重点工作",
            "会议类型": rng.choice(("专题会议", "工作会议", "座谈会")),
            "开始时间": f"{start:%Y-%m-%d %H:%M}",
            "结束时间": f"{end:%Y-%m-%d %H:%M}",
            "地点": rng.choice(ROOMS)[0] if n % 7 and not clash else "县宾馆",
            "主办单位": rng.choice(UNITS),
            "主持人": present[0] if n % 3 or clash else rng.choice(names),
            "出席人员": "、".join(present),
            "列席人员": "、".join(rng.sample([x for x in names if x not in present], 2)) if n % 4 == 0 else None,
            "特邀人员": "张教授（省社科院）" if n % 25 == 0 else None,
            "议程": f"1. 听取汇报（{rng.choice(UNITS)}，20分钟）\n2. 研究部署（{rng.choice(UNITS)}）",
            "联系人": "张敏",
            "联系电话": "0731-88886666",
            "状态": status,
            "取消原因": "改期" if status == "已取消" else None,
        }
        sheet.append([row.get(label) for label in labels])
        before = (start, str(row["主持人"])) if status != "已取消" else None
    workbook.save(path)
    return path


def timed(path: Path, db_name: str, dry_run: bool = False):
    """bench_supervision_import.timed for the 会议 registry, its database given the 通讯录."""
    from officedesk.core.meetings import SPEC

    return _timed(path, db_name, dry_run, spec=SPEC, prepare=fill_directory)


def _exported(db_name: str, rows: int):
    """A new bench database of that name with `rows` meetings imported, exported and opened to
    be edited: (the file, the workbook, its sheet, the headers)."""
    import openpyxl
    from bench_exchange import _fresh

    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.meetings import SPEC
    from officedesk.exchange import xlsx

    _fresh(db_name)
    fill_directory()
    made = xlsx.import_file(SPEC, meetings_sheet(HOME / f"{db_name}.xlsx", rows), CLI_ACTOR)
    assert made.ok and made.imported == rows, [str(p) for p in made.problems[:3]]
    path = HOME / f"{db_name}-edited.xlsx"
    xlsx.export(SPEC, path, CLI_ACTOR)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    return path, book, sheet, [cell.value for cell in sheet[1]]


def update_measured(rows: int, moved: bool = False) -> list[tuple[str, str, str, str, str, str]]:
    """`import --update` of the 会议 台账 exported, each meeting not cancelled renamed (`moved`:
    moved half an hour later instead, its rooms and people checked again, a notified one told
    its notice is outdated), against every row checked under the lock (bench_exchange.
    _checked_under_the_lock), another process saving meanwhile; the dry run's lock too."""
    import contextlib

    from bench_exchange import _checked_under_the_lock, timed_update, update_table

    from officedesk.core import audit, check
    from officedesk.core.meetings import SPEC

    results = []
    corrected = 0
    for name, baseline in (("now", contextlib.nullcontext), ("before", _checked_under_the_lock)):
        db_name = f"meetings-update-{name}-{rows}{'-moved' if moved else ''}"
        path, book, sheet, header = _exported(db_name, rows)
        title, state = header.index("会议名称") + 1, header.index("状态") + 1
        times = [header.index(label) + 1 for label in ("开始时间", "结束时间")]
        corrected = 0
        for row in range(2, sheet.max_row + 1):
            if sheet.cell(row, state).value == "已取消":  # a cancelled meeting is not corrected
                continue
            corrected += 1
            if not moved:
                sheet.cell(row, title).value = f"{sheet.cell(row, title).value}（更正）"
                continue
            for column in times:  # six a day two hours apart: half an hour later meets none
                sheet.cell(row, column).value += dt.timedelta(minutes=30)
        book.save(path)
        results.append(timed_update(SPEC, path, db_name, corrected, baseline))
        assert audit.verify_chain() == [] and check.run_checks() == []
    shape = "moved 30 min later" if moved else "renamed"
    return update_table("会议", corrected, f"{rows:,} meetings, {corrected:,} {shape}", *results)


def mixed_measured(corrected: int, added: int) -> list[tuple[str, str, str, str, str, str]]:
    """`import --update` of `corrected` meetings exported, each not cancelled moved half an hour
    later, and `added` new meetings under them (the days after the others'), against the whole
    file one by one under the lock (bench_exchange._one_by_one_when_mixed), another process saving
    meanwhile; the dry run's lock too."""
    import contextlib

    import openpyxl
    from bench_exchange import _one_by_one_when_mixed, timed_update, update_table

    from officedesk.core import audit, check
    from officedesk.core.meetings import SPEC

    results = []
    moved = 0
    after = dt.datetime(2025, 1, 6) + dt.timedelta(days=corrected // len(SLOTS) + 1)
    for name, baseline in (("now", contextlib.nullcontext), ("before", _one_by_one_when_mixed)):
        db_name = f"meetings-mixed-{name}-{corrected}-{added}"
        path, book, sheet, header = _exported(db_name, corrected)
        state = header.index("状态") + 1
        times = [header.index(label) + 1 for label in ("开始时间", "结束时间")]
        moved = 0
        for row in range(2, sheet.max_row + 1):
            if sheet.cell(row, state).value == "已取消":  # a cancelled meeting is not corrected
                continue
            moved += 1
            for column in times:  # six a day two hours apart: half an hour later meets none
                sheet.cell(row, column).value += dt.timedelta(minutes=30)
        new = openpyxl.load_workbook(meetings_sheet(HOME / f"{db_name}-new.xlsx", added, seed=23,
                                                    first=after)).active
        labels = [str(cell.value) for cell in new[1]]
        for values in new.iter_rows(min_row=2, values_only=True):
            cells = dict(zip(labels, values, strict=True))
            sheet.append([cells.get(str(label).rstrip("*＊").strip()) for label in header])
        book.save(path)
        results.append(timed_update(SPEC, path, db_name, moved, baseline, added))
        assert audit.verify_chain() == [] and check.run_checks() == []
    table = update_table("会议", moved + added, f"{corrected:,} meetings, {moved:,} moved 30 min + {added:,} new",
                         *results)
    return [("会议 import --update, corrected + new rows (baseline: one by one)", *table[0][1:]), *table[1:]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000)
    parser.add_argument("--small-rows", type=int, default=300)
    parser.add_argument("--update-only", action="store_true",
                        help="only the `import --update` of the --rows meetings exported and corrected")
    parser.add_argument("--clashing-only", action="store_true",
                        help="only the --rows new meetings, one in ten due at the row before it (--force 理由)")
    parser.add_argument("--corrected", type=int, default=0, metavar="N",
                        help="only the `import --update` of N meetings exported and moved, with --added new ones")
    parser.add_argument("--added", type=int, default=300, metavar="M")
    args = parser.parse_args()

    from officedesk.core import clock
    from officedesk.core.meetings import SPEC, forcing

    clock.set_today(dt.date(2026, 12, 1))
    if args.corrected:
        _print_table(mixed_measured(args.corrected, args.added))
        return 0
    with forcing("同一领导确需先后出席"):  # the clashing rows: a leader due at the row before
        clashing = measured("会议 (1 in 10 clashing)", SPEC, args.rows,
                            meetings_sheet(HOME / f"meetings-clashing-{args.rows}.xlsx", args.rows, clashing=True),
                            f"meetings-clashing-{args.rows}", timing=timed)
    if args.clashing_only:
        _print_table(clashing)
        return 0
    results = update_measured(args.rows) + update_measured(args.rows, moved=True)
    if args.update_only:
        _print_table(results)
        return 0
    results += clashing
    for rows in (args.rows, args.small_rows):
        sheet = meetings_sheet(HOME / f"meetings-{rows}.xlsx", rows)
        results += measured("会议", SPEC, rows, sheet, f"meetings-{rows}", timing=timed)
    _print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
