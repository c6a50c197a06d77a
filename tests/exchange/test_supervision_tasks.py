"""The 督查 registry's xlsx round trip keeps each task: the demo office's items, some given tasks
that differ from their item (时限, 协办单位, 责任人, 办理要求, 进度, 办结), exported and imported
into an empty office come back task by task; a clerk's edit of the 分解任务 sheet comes in with
clear row messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from officedesk.core import clock, supervision
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import ValidationError
from officedesk.core.supervision import items as sv_items
from officedesk.exchange import xlsx
from officedesk.exchange.report import MATCH_SKIP, MATCH_UPDATE
from officedesk.store.supervision import SupervisionItem, SupervisionReport, SupervisionTask
from tests.exchange.test_round_trip import DIRECTORY, _office, demo_office_in, office_copy
from tests.made_once import made_once

TASK_COLUMNS = ("seq", "lead_unit", "co_units", "responsible", "deadline", "requirement",
                "assigned_on", "status", "progress", "last_report_on", "done_on", "done_report")
ITEM_COLUMNS = ("number", "title", "source", "secrecy", "content", "leader", "instruction",
                "start_date", "deadline", "urgency", "level", "cycle", "lead_unit", "co_units",
                "responsible", "status", "closed_on")


def _tasks_differing_from_their_item() -> None:
    """Open items given a second task of their own: another unit, its own 协办单位, 责任人,
    an earlier 时限, a 办理要求 and a 反馈 (进度 40%)."""
    units = sorted({t.lead_unit for t in SupervisionTask.select()})
    opened = (SupervisionItem.select().where(SupervisionItem.status == supervision.OPEN)
              .order_by(SupervisionItem.id).limit(3))
    for n, item in enumerate(opened):
        own = {t.lead_unit for t in item.tasks}
        lead = next(u for u in units if u not in own)
        co = next(u for u in units if u not in own and u != lead)
        deadline = max(item.start_date, item.deadline - dt.timedelta(days=5 + n))
        task = supervision.add_task(item.id, {
            "lead_unit": lead, "co_units": co, "responsible": f"任务人{n}",
            "deadline": deadline, "requirement": f"第{n}项的办理要求",
            "assigned_on": item.start_date,
        }, CLI_ACTOR)
        supervision.add_report(task.id, {"report_date": item.start_date, "percent": 40,
                                         "progress_text": "已开展"}, CLI_ACTOR)


@pytest.fixture(scope="module")
def sv_office(tmp_path_factory) -> Path:
    """The demo office with tasks of their own (demo.db, its home) and its 督查 and directory
    exports, in one folder made once a run and copied for each module that imports the fixture
    (six: tests/made_once.py)."""
    folder = tmp_path_factory.mktemp("sv-round-trip")

    def make() -> None:
        with demo_office_in(folder):
            _tasks_differing_from_their_item()
            for spec in (*DIRECTORY, sv_items.SPEC):
                xlsx.export(spec, folder / f"{spec.name}.xlsx", CLI_ACTOR, unmasked=True)
            (folder / "items.txt").write_text(repr(_stored()), encoding="utf-8")

    made_once(("sv office", clock.today()), [folder], make,
              lambda: tmp_path_factory.mktemp("sv-round-trip-kept"),
              workers=tmp_path_factory.getbasetemp())
    return folder


def _stored() -> dict[str, tuple[object, ...]]:
    """Each item by its 督查编号: its fields, and every field of each of its tasks."""
    found = {}
    for item in SupervisionItem.select().order_by(SupervisionItem.id):
        tasks = tuple(tuple(getattr(t, c) for c in TASK_COLUMNS)
                      for t in item.tasks.order_by(SupervisionTask.seq))
        found[item.number] = (tuple(getattr(item, c) for c in ITEM_COLUMNS), tasks)
    return found


def _empty_office(folder: Path, admin: Actor) -> None:
    _office()
    for other in DIRECTORY:
        report = xlsx.import_file(other, folder / f"{other.name}.xlsx", admin, on_match=MATCH_SKIP)
        assert report.ok, [str(p) for p in report.problems]


def test_the_tasks_come_back_each_with_its_own_fields(sv_office, db, admin):
    _empty_office(sv_office, admin)
    report = xlsx.import_file(sv_items.SPEC, sv_office / "supervision.xlsx", admin, history=True)
    assert report.ok, [str(p) for p in report.problems]
    expected = eval((sv_office / "items.txt").read_text(encoding="utf-8"), {"datetime": dt})  # noqa: S307
    assert any(len(tasks) > 1 for _, tasks in expected.values())  # the test's own tasks
    got = _stored()
    assert set(got) == set(expected)
    for number, (item, tasks) in expected.items():
        assert got[number][0] == item, number
        assert got[number][1] == tasks, number


def test_a_clerk_without_clearance_exports_no_classified_task(sv_office, db, admin, tmp_path):
    _empty_office(sv_office, admin)
    xlsx.import_file(sv_items.SPEC, sv_office / "supervision.xlsx", admin, history=True)
    secret = SupervisionItem.select().join(SupervisionTask).order_by(SupervisionItem.id).first()
    SupervisionItem.update(secrecy="秘密").where(SupervisionItem.id == secret.id).execute()
    clerk = Actor(username="clerk", role="clerk", clearance=0, display_name="科员")
    path = tmp_path / "clerk.xlsx"
    xlsx.export(sv_items.SPEC, path, clerk)
    book = load_workbook(path, read_only=True)
    cells = {str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
             for c in row if c is not None}
    assert secret.title not in cells and secret.number not in cells
    assert "分解任务" in book.sheetnames
    tasks_sheet = list(book["分解任务"].iter_rows(values_only=True))
    numbers = {row[0] for row in tasks_sheet[1:]}
    assert numbers and secret.number not in numbers


def _edited(source: Path, target: Path, edit) -> None:
    book = load_workbook(source)
    edit(book["督查事项"], book["分解任务"])
    book.save(target)


def _column(sheet, label: str) -> int:
    return next(c.column for c in sheet[1] if c.value == label)


def test_a_clerks_edit_of_the_task_sheet_comes_in(sv_office, db, admin, tmp_path):
    """A task's 责任人 changed, a task added under an item: imported as the clerk wrote them."""
    _empty_office(sv_office, admin)
    path = tmp_path / "edited.xlsx"
    added: dict[str, object] = {}

    def edit(items, tasks):
        tasks.cell(2, _column(tasks, "责任人")).value = "改过的人"
        row = [c.value for c in tasks[2]]
        number = row[0]
        units = {c.value for c in tasks["C"][1:] if c.value}
        own = {r[2] for r in tasks.iter_rows(min_row=2, values_only=True) if r[0] == number}
        added.update(number=number, unit=sorted(units - own)[0])
        tasks.append([number, None, added["unit"], None, "新增的人", None, "新增任务的要求"])

    _edited(sv_office / "supervision.xlsx", path, edit)
    report = xlsx.import_file(sv_items.SPEC, path, admin, history=True)
    assert report.ok, [str(p) for p in report.problems]
    item = SupervisionItem.get(SupervisionItem.number == added["number"])
    tasks = list(item.tasks.order_by(SupervisionTask.seq))
    assert tasks[0].responsible == "改过的人"
    new = tasks[-1]
    assert (new.lead_unit, new.responsible, new.requirement) == (added["unit"], "新增的人", "新增任务的要求")
    assert new.deadline == item.deadline and new.assigned_on == item.start_date  # as 分解 gives them


def test_bad_task_rows_are_refused_with_their_item_saying_what_to_do(sv_office, db, admin, tmp_path):
    _empty_office(sv_office, admin)
    path = tmp_path / "bad.xlsx"
    numbers: list[str] = []

    def edit(items, tasks):
        tasks.cell(2, _column(tasks, "时限")).value = "2026年13月5日"
        tasks.cell(3, _column(tasks, "牵头单位")).value = "县不存在局"
        numbers.extend([tasks.cell(2, 1).value, tasks.cell(3, 1).value])
        tasks.append(["督〔2026〕999号", None, "县财政局"])

    _edited(sv_office / "supervision.xlsx", path, edit)
    report = xlsx.import_file(sv_items.SPEC, path, admin, history=True, skip_bad=True)
    said = [str(p) for p in report.problems]
    wrong_date = next(s for s in said if "“分解任务”表第 2 行“时限”" in s)
    assert "日期" in wrong_date
    unknown = next(s for s in said if "“分解任务”表第 3 行“牵头单位”" in s)
    assert "县不存在局" in unknown and "通讯录" in unknown
    orphan = next(s for s in said if "督〔2026〕999号" in s)
    assert "请在“督查事项”表中填写该事项" in orphan
    # the items of the bad rows are not imported, the others are
    got = {item.number for item in SupervisionItem.select()}
    assert got and not got & set(numbers)


@pytest.fixture
def sv_copy(sv_office, db):
    """The exported office itself in the place of the `db` fixture's new database."""
    return office_copy(sv_office / "demo.db", db)


def test_the_export_imported_again_changes_nothing(sv_office, sv_copy, admin):
    before = _stored()
    report = xlsx.import_file(sv_items.SPEC, sv_office / "supervision.xlsx", admin,
                              on_match=MATCH_UPDATE)
    assert report.ok and report.updated == [], [str(p) for p in report.problems]
    assert _stored() == before


def test_an_update_changes_a_task_and_adds_one(sv_office, sv_copy, admin, tmp_path):
    """import --update: a task row changed is 修改任务, a row without 序号 a new task (分解交办),
    a bad cell refused naming the task sheet's row."""
    path = tmp_path / "edited.xlsx"
    opened = SupervisionItem.get(SupervisionItem.status == supervision.OPEN)
    first = opened.tasks.order_by(SupervisionTask.seq).first()
    other = SupervisionItem.select().where((SupervisionItem.status == supervision.OPEN)
                                           & (SupervisionItem.id != opened.id)).first()
    unit = next(t.lead_unit for t in SupervisionTask.select() if t.item_id != opened.id
                and t.lead_unit not in {x.lead_unit for x in opened.tasks})
    rows: dict[str, int] = {}

    def edit(items, tasks):
        for row in tasks.iter_rows(min_row=2):
            if row[0].value == opened.number and row[1].value == first.seq:
                tasks.cell(row[0].row, _column(tasks, "责任人")).value = "改过的人"
                tasks.cell(row[0].row, _column(tasks, "协办单位")).value = None
            if row[0].value == other.number and "bad" not in rows:
                rows["bad"] = row[0].row
                tasks.cell(row[0].row, _column(tasks, "交办日期")).value = "明天"
        tasks.append([opened.number, None, unit, None, "新增的人"])
        rows["new"] = tasks.max_row

    _edited(sv_office / "supervision.xlsx", path, edit)
    report = xlsx.import_file(sv_items.SPEC, path, admin, on_match=MATCH_UPDATE, skip_bad=True)
    said = [str(p) for p in report.problems]
    assert len(said) == 1 and f"“分解任务”表第 {rows['bad']} 行“交办日期”" in said[0], said
    assert [change.record_id for change in report.updated] == [opened.id]
    assert report.details_kept == {}  # the task added is none the sheet left out (it was, once)
    changes = report.updated[0].changes
    assert changes[f"第{first.seq}项任务责任人"] == (first.responsible, "改过的人")
    tasks = list(SupervisionItem.get_by_id(opened.id).tasks.order_by(SupervisionTask.seq))
    assert tasks[0].responsible == "改过的人" and tasks[0].co_units == ""
    assert (tasks[-1].lead_unit, tasks[-1].responsible) == (unit, "新增的人")


def test_the_template_has_the_task_sheet_and_a_filled_one_comes_in(sv_office, db, admin, tmp_path,
                                                                   fixed_today):
    _empty_office(sv_office, admin)
    fixed_today(dt.date(2026, 12, 4))
    path = xlsx.write_template(sv_items.SPEC, tmp_path / "template.xlsx")
    book = load_workbook(path)
    assert book.sheetnames[:2] == ["督查事项", "分解任务"]
    items, tasks = book["督查事项"], book["分解任务"]
    units = sorted({t for row in load_workbook(sv_office / "supervision.xlsx")["分解任务"]
                    .iter_rows(min_row=2, values_only=True) for t in [row[2]]})[:2]

    def put(sheet, values: dict[str, object]) -> None:
        row = sheet.max_row + 1
        for label, value in values.items():
            sheet.cell(row, _column(sheet, label), value)

    put(items, {"督查编号": "督〔2026〕1号", "事项名称": "模板事项", "来源": "其他",
                "立项日期": dt.date(2026, 11, 2), "办结时限": dt.date(2026, 12, 31)})
    put(tasks, {"督查编号": "督〔2026〕1号", "牵头单位": units[0], "责任人": "甲",
                "时限": dt.date(2026, 12, 20)})
    put(tasks, {"督查编号": "督〔2026〕1号", "牵头单位": units[1], "责任人": "乙"})
    book.save(path)
    report = xlsx.import_file(sv_items.SPEC, path, admin)
    assert report.ok, [str(p) for p in report.problems]
    item = SupervisionItem.get(SupervisionItem.number == "督〔2026〕1号")
    got = [(t.lead_unit, t.responsible, t.deadline) for t in item.tasks.order_by(SupervisionTask.seq)]
    assert got == [(units[0], "甲", dt.date(2026, 12, 20)), (units[1], "乙", dt.date(2026, 12, 31))]


def _far_cell(source: Path, target: Path) -> None:
    """The 分解任务 sheet given one cell at ZZ1000000: a few bytes in the file, a million rows ×
    702 columns in a reader's area (as a hostile or broken file has it): calamine, asked to
    read it, took the machine's memory until the kernel killed the process."""
    import zipfile

    with zipfile.ZipFile(source) as archive:
        parts = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b"</sheetData>",
                                    b'<row r="1000000"><c r="ZZ1000000"><v>1</v></c></row></sheetData>')
                data = data.replace(b'<dimension ref="', b'<dimension ref="A1:ZZ1000000" x="')
            archive.writestr(info, data)


def test_a_task_sheet_with_a_far_cell_is_refused_before_it_is_read(sv_office, db, admin, tmp_path):
    _empty_office(sv_office, admin)
    path = tmp_path / "far.xlsx"
    _far_cell(sv_office / "supervision.xlsx", path)
    with pytest.raises(ValidationError, match="没有导入“far.xlsx”：其中的“分解任务”表行数超过上限"):
        xlsx.import_file(sv_items.SPEC, path, admin, history=True)
    assert SupervisionItem.select().count() == 0


def test_hidden_and_merged_task_rows_are_read_as_the_clerk_sees_them(sv_office, db, admin, tmp_path):
    """A task row hidden (struck out by hand) is left out and said; 督查编号 merged down over the
    tasks of one item is each task's, as in the items sheet."""
    _empty_office(sv_office, admin)
    path = tmp_path / "seen.xlsx"
    picked: dict[str, object] = {}

    def edit(items, tasks):
        by_item: dict[str, list[int]] = {}
        for row in tasks.iter_rows(min_row=2):
            by_item.setdefault(row[0].value, []).append(row[0].row)
        number, rows = next((n, r) for n, r in by_item.items() if len(r) >= 2)
        first, second = rows[0], rows[1]
        picked.update(number=number, count=len(rows))
        tasks.cell(second, 1).value = None
        tasks.merge_cells(f"A{first}:A{second}")
        hidden_number, hidden_rows = next((n, r) for n, r in by_item.items() if n != number and len(r) >= 2)
        tasks.row_dimensions[hidden_rows[-1]].hidden = True
        picked.update(hidden=hidden_number, hidden_count=len(hidden_rows), hidden_row=hidden_rows[-1])

    _edited(sv_office / "supervision.xlsx", path, edit)
    report = xlsx.import_file(sv_items.SPEC, path, admin, history=True)
    assert report.ok, [str(p) for p in report.problems]
    merged = SupervisionItem.get(SupervisionItem.number == picked["number"])
    assert merged.tasks.count() == picked["count"]
    hidden = SupervisionItem.get(SupervisionItem.number == picked["hidden"])
    assert hidden.tasks.count() == picked["hidden_count"] - 1
    assert f"第 {picked['hidden_row']} 行是隐藏的" in report.summary(), report.summary()


def test_items_corrected_with_their_tasks_as_exported_are_checked_before_the_lock(sv_office, sv_copy, admin,
                                                                                  tmp_path, monkeypatch):
    """import --update of the 督查 workbook whose 分解任务 sheet is left as exported (the items'
    own cells corrected): checked before the write lock like a sheet without tasks (its dry run
    takes none) and saved together; a task row deleted is still named as kept, dry run or not."""
    from officedesk.core import records
    from tests.write_locks import watch_write_locks

    path = tmp_path / "items-corrected.xlsx"
    dropped: list[str] = []
    opened = {item.number for item in SupervisionItem.select().where(SupervisionItem.status == supervision.OPEN)}

    def edit(items, tasks):
        column = _column(items, "事项名称")
        for row in range(2, items.max_row + 1):
            if items.cell(row, 1).value in opened:  # an item closed is no longer corrected
                items.cell(row, column).value = f"{items.cell(row, column).value}（更正）"
        dropped.append(tasks.cell(2, 1).value)
        tasks.delete_rows(2)

    _edited(sv_office / "supervision.xlsx", path, edit)
    count = len(opened)
    tasks_before = [(t.id, t.version) for t in SupervisionTask.select().order_by(SupervisionTask.id)]
    locks = watch_write_locks(monkeypatch, records)
    dry = xlsx.import_file(sv_items.SPEC, path, admin, on_match=MATCH_UPDATE, dry_run=True)
    assert dry.ok and len(dry.updated) == count, [str(p) for p in dry.problems]
    assert locks == []
    assert any(dropped[0] in kept for kept in dry.details_kept["分解任务"])
    report = xlsx.import_file(sv_items.SPEC, path, admin, on_match=MATCH_UPDATE)
    assert report.ok and len(report.updated) == count, [str(p) for p in report.problems]
    assert locks == ["lock"] and report.details_kept == dry.details_kept
    assert {item.number for item in SupervisionItem.select() if item.title.endswith("（更正）")} == opened
    assert [(t.id, t.version) for t in SupervisionTask.select().order_by(SupervisionTask.id)] == tasks_before
    # indexed together as each alone is: the item's fields, 来源 and its tasks' text
    from officedesk.store.search_index import SearchDoc

    bodies = {doc.record_id: doc.body for doc in SearchDoc.select().where(SearchDoc.registry == "supervision")}
    assert bodies == {item.id: records.search_text(sv_items.SPEC, item) for item in SupervisionItem.select()}
    assert all("（更正）" in bodies[item.id] for item in SupervisionItem.select() if item.number in opened)


@pytest.mark.parametrize(("label", "typed"), [("进度", 60), ("最近反馈日期", dt.date(2026, 1, 5)),
                                              ("任务状态", "办理中")])
def test_a_task_fact_its_steps_record_is_refused_not_dropped(sv_office, sv_copy, admin, tmp_path, label, typed):
    """A task's 进度 and 最近反馈日期 come from its 反馈, its 办结 from 任务办结: a sheet that changes
    them (a done task typed 办理中 again) is refused naming the row and column and what to do,
    never passed as “与已有记录相同、未改” with the clerk's figure dropped."""
    done = label == "任务状态"
    task = SupervisionTask.select().where(SupervisionTask.status == ("已办结" if done else "办理中")).first()
    item = SupervisionItem.get_by_id(task.item_id)
    path = tmp_path / "edited.xlsx"
    rows: list[int] = []

    def edit(items, tasks):
        for row in tasks.iter_rows(min_row=2):
            if row[0].value == item.number and row[1].value == task.seq:
                assert tasks.cell(row[0].row, _column(tasks, label)).value != typed
                tasks.cell(row[0].row, _column(tasks, label)).value = typed
                if done:
                    tasks.cell(row[0].row, _column(tasks, "任务办结日期")).value = None
                rows.append(row[0].row)

    _edited(sv_office / "supervision.xlsx", path, edit)
    before = _stored()
    for dry_run in (True, False):
        report = xlsx.import_file(sv_items.SPEC, path, admin, on_match=MATCH_UPDATE, dry_run=dry_run)
        said = [str(p) for p in report.problems]
        assert not report.ok and len(said) == 1, said
        assert f"“分解任务”表第 {rows[0]} 行“{label}”" in said[0] and "导入更新不能修改" in said[0], said
        assert _stored() == before


def test_a_report_typed_into_the_sheet_to_read_is_said_not_registered(sv_office, sv_copy, admin, tmp_path):
    """反馈记录 is written to read and never read back: a 反馈 a clerk adds there is not taken
    for registered — the report says the sheet's rows this office does not hold, and what to do;
    the workbook as exported says nothing."""

    same = xlsx.import_file(sv_items.SPEC, sv_office / "supervision.xlsx", admin, on_match=MATCH_UPDATE,
                            dry_run=True)
    assert same.ok and same.shown_unread == {}, same.summary()
    assert "只供查看" not in str(same.summary())
    path = tmp_path / "typed.xlsx"
    book = load_workbook(sv_office / "supervision.xlsx")
    sheet = book["反馈记录"]
    first = [c.value for c in sheet[2]]
    assert first[0], "the demo office has 反馈"
    sheet.append([*first[:3], dt.date(2026, 11, 28), 80, "新的反馈：已完成八成", *first[6:]])
    book.save(path)
    reports = SupervisionReport.select().count()
    for dry_run in (True, False):
        report = xlsx.import_file(sv_items.SPEC, path, admin, on_match=MATCH_UPDATE, dry_run=dry_run)
        assert report.ok and report.shown_unread == {"反馈记录": 1}, report.summary()
        said = str(report.summary())
        assert "“反馈记录”表只供查看" in said and "1 行" in said and "登记“反馈”" in said
        assert report.as_dict()["shown_unread"] == {"反馈记录": 1}
    assert SupervisionReport.select().count() == reports


def test_the_sheet_to_read_into_an_office_without_the_items_is_said_unread(sv_office, db, admin):
    """A 督查 台账 exported elsewhere, imported as new rows: its 反馈 are not imported with the
    items (to read only); as a past 台账 (--history) they come back with their tasks
    (test_supervision_history_round_trip.py)."""
    _empty_office(sv_office, admin)
    rows = load_workbook(sv_office / "supervision.xlsx")["反馈记录"].max_row - 1
    report = xlsx.import_file(sv_items.SPEC, sv_office / "supervision.xlsx", admin, dry_run=True,
                              skip_bad=True)
    assert report.shown_unread == {"反馈记录": rows} and rows > 0
    for dry_run in (True, False):
        report = xlsx.import_file(sv_items.SPEC, sv_office / "supervision.xlsx", admin, history=True,
                                  dry_run=dry_run)
        assert report.ok and report.shown_unread == {}, report.summary()
    assert SupervisionReport.select().count() == rows
