"""Excel exchange: templates, import with row-by-row reasons, dry runs, export with masking."""

from __future__ import annotations

import sys

import openpyxl
import peewee
import pytest

from officedesk.core import records
from officedesk.core.actor import Actor
from officedesk.core.directory import PEOPLE, ROOMS, UNITS
from officedesk.core.errors import ValidationError
from officedesk.core.fields import MASK_ID, MASK_PHONE, FieldSpec
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import xlsx
from officedesk.store.base import EditableModel
from officedesk.store.models import AuditEntry, Person, Room, Unit


def fill(template, rows, path=None):
    """Fill a written template's first sheet from row 2 on, as a clerk would in Excel."""
    workbook = openpyxl.load_workbook(template)
    sheet = workbook.worksheets[0]
    for row_index, row in enumerate(rows, start=2):
        for column_index, value in enumerate(row, start=1):
            sheet.cell(row=row_index, column=column_index, value=value)
    workbook.save(path or template)
    return path or template


def sheet_rows(path):
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def add_units(admin, *names):
    for name in names:
        records.create(UNITS, {"单位名称": name}, admin)


# ---------------------------------------------------------------- templates


def test_template_has_headers_dropdowns_and_frozen_header(db, tmp_path):
    path = xlsx.write_template(PEOPLE, tmp_path / "人员.xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    assert [c.value for c in sheet[1]] == ["姓名", "性别", "单位", "职务", "级别", "电话", "停用"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].comment is not None and "必填" in sheet["A1"].comment.text
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["B"].width - 1
    validations = {str(v.sqref).split(":")[0]: v for v in sheet.data_validations.dataValidation}
    assert "B2" in validations  # 性别: 男 / 女
    gender = validations["B2"]
    assert gender.type == "list" and gender.showErrorMessage
    options = workbook["选项"]
    assert options.sheet_state == "hidden"
    assert [options.cell(row=r, column=1).value for r in (1, 2, 3)] == ["性别", "男", "女"]
    assert "说明" in workbook.sheetnames


def test_template_headers_for_units_and_rooms(db, tmp_path):
    assert sheet_rows(xlsx.write_template(UNITS, tmp_path / "u.xlsx"))[0] == [
        "单位名称",
        "简称",
        "上级单位",
        "停用",
    ]
    assert sheet_rows(xlsx.write_template(ROOMS, tmp_path / "r.xlsx"))[0] == [
        "名称",
        "容量",
        "位置",
        "停用",
    ]


# ---------------------------------------------------------------- round trips


def test_units_people_rooms_round_trip(any_db, admin, tmp_path):
    units = fill(
        xlsx.write_template(UNITS, tmp_path / "units.xlsx"),
        [
            ["县委办公室", "县委办", None],
            [
                "县委督查室",
                "督查室",
                "县委办公室",
            ],  # a parent made by an earlier row of the same file
            ["县财政局", None, None],
        ],
    )
    report = xlsx.import_file(UNITS, units, admin)
    assert report.ok, report.problems
    assert report.imported == 3 and len(report.ids) == 3
    assert Unit.get(Unit.name == "县委督查室").parent.name == "县委办公室"

    people = fill(
        xlsx.write_template(PEOPLE, tmp_path / "people.xlsx"),
        [
            ["张三", "男", "县委办", "秘书科科长", 11, "13800000001"],
            ["李四", "女", "县财政局", "科员", None, 13900000002],  # a phone typed as a number
            ["王五", None, None, None, "3", None],
        ],
    )
    report = xlsx.import_file(PEOPLE, people, admin)
    assert report.ok, report.problems
    zhang = Person.get(Person.name == "张三")
    assert (zhang.unit.name, zhang.title, zhang.rank, zhang.phone) == (
        "县委办公室",
        "秘书科科长",
        11,
        "13800000001",
    )
    li = Person.get(Person.name == "李四")
    assert li.phone == "13900000002" and li.rank == 99 and li.gender == "女"
    assert Person.get(Person.name == "王五").rank == 3

    rooms = fill(
        xlsx.write_template(ROOMS, tmp_path / "rooms.xlsx"),
        [
            ["第一会议室", 60, "县委大楼三楼"],
            ["常委会议室", 30.0, None],
        ],
    )
    report = xlsx.import_file(ROOMS, rooms, admin)
    assert report.ok and report.imported == 2
    assert Room.get(Room.name == "常委会议室").capacity == 30

    # every imported record left an audit entry and is found by the search index
    assert AuditEntry.select().where(AuditEntry.registry == "people").count() == 3
    assert records.list_ids(PEOPLE, admin, text="张") == [zhang.id]


def test_export_then_import_into_another_database(any_db, admin, tmp_path):
    add_units(admin, "县委办公室")
    records.create(
        PEOPLE,
        {
            "姓名": "赵六",
            "性别": "男",
            "单位": "县委办公室",
            "职务": "主任",
            "级别": 8,
            "电话": "0887-3123456",
        },
        admin,
    )
    path = tmp_path / "people-export.xlsx"
    assert xlsx.export(PEOPLE, path, admin) == 1
    rows = sheet_rows(path)
    assert rows[0] == ["姓名", "性别", "单位", "职务", "级别", "电话", "停用", "记录号"]
    assert rows[1] == [
        "赵六",
        "男",
        "县委办公室",
        "主任",
        "副科级",
        "0887-3123456",
        "否",
        Person.get(Person.name == "赵六").id,
    ]  # the unit's name, not its id; 级别 by its 职级 (order 8)
    Person.delete().execute()
    report = xlsx.import_file(PEOPLE, path, admin)
    assert report.ok and report.imported == 1
    assert Person.get(Person.name == "赵六").unit.name == "县委办公室"


# ---------------------------------------------------------------- bad rows


def test_bad_rows_are_reported_with_row_column_and_reason(any_db, admin, tmp_path):
    add_units(admin, "县委办公室")
    path = fill(
        xlsx.write_template(PEOPLE, tmp_path / "bad.xlsx"),
        [
            ["张三", "男", "县委办公室", "科员", 16, "13800000001"],
            ["李四", "未知", "县委办公室", None, None, None],
            [None, "女", "县委办公室", "科员", None, None],
            ["王五", None, "不存在的局", None, "第一", "abc"],
        ],
    )
    report = xlsx.import_file(PEOPLE, path, admin)
    assert not report.ok
    assert report.imported == 0 and Person.select().count() == 0  # nothing kept
    found = {(p.row, p.column) for p in report.problems}
    assert (3, "性别") in found
    assert (4, "姓名") in found
    assert (5, "级别") in found and (5, "电话") in found
    reasons = {(p.row, p.column): p.reason for p in report.problems}
    assert "男、女" in reasons[(3, "性别")]
    assert "请填写“姓名”" in reasons[(4, "姓名")]
    assert str(report.problems[0]).startswith("第 3 行，“性别”列：")
    assert "没有导入任何数据" in report.summary()


def test_rule_errors_name_the_column(db, admin, tmp_path):
    path = fill(
        xlsx.write_template(PEOPLE, tmp_path / "unit.xlsx"),
        [["王五", None, "不存在的局", None, None, None]],
    )
    report = xlsx.import_file(PEOPLE, path, admin)
    assert [(p.row, p.column) for p in report.problems] == [(2, "单位")]
    assert "通讯录中没有单位“不存在的局”" in report.problems[0].reason


def test_duplicate_unique_value_is_a_row_problem(any_db, admin, tmp_path):
    add_units(admin, "县委办公室")
    path = fill(xlsx.write_template(UNITS, tmp_path / "dup.xlsx"), [["县财政局"], ["县委办公室"]])
    report = xlsx.import_file(UNITS, path, admin)
    assert [(p.row, p.column) for p in report.problems] == [(3, "单位名称")]
    assert "重复" in report.problems[0].reason
    assert Unit.select().count() == 1


def test_skip_bad_imports_the_good_rows(any_db, admin, tmp_path):
    path = fill(
        xlsx.write_template(ROOMS, tmp_path / "rooms.xlsx"),
        [["第一会议室", 60, None], ["第二会议室", "很多", None], ["第三会议室", 12, None]],
    )
    report = xlsx.import_file(ROOMS, path, admin, skip_bad=True)
    assert report.imported == 2 and report.skipped == 1
    assert [p.row for p in report.problems] == [3]
    assert sorted(r.name for r in Room.select()) == ["第一会议室", "第三会议室"]


def test_unknown_and_missing_headers(db, admin, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["简称", "备注栏"])
    sheet.append(["县委办", "x"])
    path = tmp_path / "headers.xlsx"
    workbook.save(path)
    report = xlsx.import_file(UNITS, path, admin)
    assert report.unknown_headers == ["备注栏"]
    by_column = {p.column: p for p in report.problems}
    assert by_column["备注栏"].row == 1 and "单位名称" in by_column["备注栏"].reason
    assert "缺少必填列" in by_column["单位名称"].reason
    assert Unit.select().count() == 0


# ---------------------------------------------------------------- dry run


def test_dry_run_writes_nothing(any_db, admin, tmp_path):
    path = fill(
        xlsx.write_template(UNITS, tmp_path / "units.xlsx"),
        [["县委办公室", "县委办", None], ["县委督查室", None, "县委办公室"]],
    )
    audit_before = AuditEntry.select().count()
    report = xlsx.import_file(UNITS, path, admin, dry_run=True)
    assert report.ok and report.dry_run and report.total == 2 and report.imported == 2
    assert report.ids == []
    assert "未写入数据库" in report.summary()
    assert Unit.select().count() == 0
    assert AuditEntry.select().count() == audit_before
    assert records.list_ids(UNITS, admin, text="督查") == []
    # and the real import afterwards still works
    assert xlsx.import_file(UNITS, path, admin).imported == 2


# ---------------------------------------------------------------- reading


def test_broken_file_gives_a_clear_message(db, admin, tmp_path):
    path = tmp_path / "not-excel.xlsx"
    path.write_text("姓名,电话\n张三,1\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="CSV 文本文件.*另存为”.xlsx"):
        xlsx.import_file(PEOPLE, path, admin)
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ValidationError, match="不是有效的 Excel 工作簿"):
        xlsx.import_file(PEOPLE, path, admin)
    with pytest.raises(ValidationError, match="找不到文件"):
        xlsx.read_rows(tmp_path / "missing.xlsx")


def test_both_readers_give_the_same_values(db, tmp_path, monkeypatch):
    import datetime as dt

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["日期", "时间", "数", "文字", "小数"])
    sheet.append([dt.date(2026, 12, 3), dt.datetime(2026, 12, 3, 9, 30), 60, "  张三 ", 1.5])
    sheet.append([None, None, None, None, None])
    sheet.append([None, None, 7.0, "", None])
    path = tmp_path / "values.xlsx"
    workbook.save(path)
    first = xlsx.read_rows(path)
    monkeypatch.setitem(sys.modules, "python_calamine", None)  # force the openpyxl reader
    second = xlsx.read_rows(path)
    assert first == second
    assert first.headers == ["日期", "时间", "数", "文字", "小数"]
    assert first.rows == [
        (2, [dt.date(2026, 12, 3), dt.datetime(2026, 12, 3, 9, 30), 60, "张三", 1.5]),
        (4, [None, None, 7, None, None]),
    ]


# ---------------------------------------------------------------- export: masking and clearance


class Caller(EditableModel):
    """A tiny registry for the masking tests (the petitions registry brings the real ones)."""

    name = peewee.CharField(max_length=50)
    id_number = peewee.CharField(max_length=18, default="")
    phone = peewee.CharField(max_length=20, default="")
    level = peewee.CharField(max_length=10, default="")


CALLERS = RegistrySpec(
    name="test_callers",
    label="来电人",
    model=Caller,
    title_field="name",
    level_field="level",
    fields=[
        FieldSpec("name", "姓名", required=True, searchable=True),
        FieldSpec("id_number", "身份证号", sensitive=MASK_ID),
        FieldSpec("phone", "电话", sensitive=MASK_PHONE),
        FieldSpec("level", "密级", kind="choice", choices=("", "秘密", "机密")),
    ],
)


@pytest.fixture
def callers(db, admin):
    db.create_tables([Caller])
    records.create(
        CALLERS, {"姓名": "钱七", "身份证号": "110101199001011234", "电话": "13812345678"}, admin
    )
    records.create(CALLERS, {"姓名": "孙八", "电话": "13987654321", "密级": "机密"}, admin)
    return CALLERS


def test_export_masks_sensitive_fields_for_clerks(callers, tmp_path):
    clerk = Actor(username="clerk", role="clerk", clearance=3)
    path = tmp_path / "clerk.xlsx"
    xlsx.export(callers, path, clerk)
    rows = sheet_rows(path)
    assert rows[0] == ["姓名", "身份证号", "电话", "密级", "记录号"]
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["钱七"][1] == "110101********1234"
    assert by_name["钱七"][2] == "138****5678"


def test_export_masks_for_the_administrator_unless_asked_and_audits_it(callers, admin, tmp_path):
    path = tmp_path / "admin.xlsx"
    xlsx.export(callers, path, admin)
    by_name = {row[0]: row for row in sheet_rows(path)[1:]}
    assert by_name["钱七"][1:3] == ["110101********1234", "138****5678"]
    views = AuditEntry.select().where(AuditEntry.action == "view")
    assert views.count() == 0
    xlsx.export(callers, path, admin, unmasked=True)
    by_name = {row[0]: row for row in sheet_rows(path)[1:]}
    assert by_name["钱七"][1:3] == ["110101199001011234", "13812345678"]
    assert views.count() == 1 and "admin.xlsx" in views.get().summary


def test_only_those_allowed_may_export_unmasked(callers, tmp_path):
    from officedesk.core.errors import PermissionDeniedError

    clerk = Actor(username="clerk", role="clerk", clearance=3)
    with pytest.raises(PermissionDeniedError):
        xlsx.export(callers, tmp_path / "x.xlsx", clerk, unmasked=True)
    assert not (tmp_path / "x.xlsx").exists()


def test_export_respects_clearance_and_given_ids(callers, admin, tmp_path):
    low = Actor(username="low", role="clerk", clearance=1)
    path = tmp_path / "low.xlsx"
    assert xlsx.export(callers, path, low) == 1
    assert [row[0] for row in sheet_rows(path)[1:]] == ["钱七"]
    ids = records.list_ids(callers, admin, sort="id", descending=False)
    assert (
        xlsx.export(callers, path, low, ids=list(reversed(ids))) == 1
    )  # the 机密 one stays hidden
    assert xlsx.export(callers, path, admin, ids=list(reversed(ids))) == 2
    assert [row[0] for row in sheet_rows(path)[1:]] == ["孙八", "钱七"]


def test_export_row_hook_and_progress(callers, admin, tmp_path):
    import dataclasses

    spec = dataclasses.replace(
        callers, export_row=lambda record, actor: {"姓名": record.name.upper(), "电话": "—"}
    )
    seen = []
    xlsx.export(
        spec, tmp_path / "hook.xlsx", admin, progress=lambda done, total: seen.append((done, total))
    )
    assert seen[-1] == (2, 2)
    rows = sheet_rows(tmp_path / "hook.xlsx")
    assert {rows[1][0], rows[2][0]} == {"钱七", "孙八"}  # the hook's text
    assert rows[1][2] != "—" and "****" in rows[1][2]  # masking is exchange's, whatever the hook


def test_readonly_user_cannot_import(db, tmp_path):
    from officedesk.core.errors import PermissionDeniedError

    path = fill(xlsx.write_template(UNITS, tmp_path / "u.xlsx"), [["县委办公室"]])
    with pytest.raises(PermissionDeniedError):
        xlsx.import_file(UNITS, path, Actor(username="ro", role="readonly", clearance=0))


def test_cancelling_an_import_or_export_writes_nothing(db, admin, tmp_path):
    rows = [[f"会议室{i}", 10, None] for i in range(250)]
    path = fill(xlsx.write_template(ROOMS, tmp_path / "many.xlsx"), rows)
    with pytest.raises(xlsx.Cancelled, match="已取消导入"):
        xlsx.import_file(ROOMS, path, admin, progress=lambda done, total: done < 200)
    assert Room.select().count() == 0
    assert xlsx.import_file(ROOMS, path, admin).imported == 250
    target = tmp_path / "out.xlsx"
    with pytest.raises(xlsx.Cancelled, match="已取消导出"):
        xlsx.export(ROOMS, target, admin, progress=lambda done, total: False)
    assert not target.exists()
