"""A joint letter in the xlsx exchange: export writes every petitioner's data in the order of
信访人 (masked as usual), import reads it back into the petitioners — none of them left with
no ID number, phone or address, and a column that does not match the names is refused."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from officedesk.core import petitions
from officedesk.core.petitions.registration import _petitioners_of
from officedesk.exchange import xlsx

from .conftest import ID_LI, ID_WANG, ID_ZHANG

PEOPLE = [
    {"name": "张建国", "id_number": ID_ZHANG, "phone": "13812345678", "address": "青河村三组18号"},
    {"name": "李桂兰", "id_number": ID_LI, "address": "青河村二组3号"},
    {"name": "王大山", "id_number": ID_WANG, "phone": "13987654321", "address": "青河村一组7号"},
]


@pytest.fixture
def joint(register, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    return register(people_count=3, petitioners=[dict(p) for p in PEOPLE])


def _exported(path, admin, unmasked: bool) -> tuple[list[str], list]:
    xlsx.export(petitions.SPEC, path, admin, unmasked=unmasked)
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    return list(rows[0]), list(rows[1])


def test_export_writes_every_petitioner_in_order(joint, admin, tmp_path):
    headers, row = _exported(tmp_path / "full.xlsx", admin, unmasked=True)
    cells = dict(zip(headers, row, strict=True))
    assert cells["信访人"] == "张建国、李桂兰、王大山"
    assert cells["身份证号"] == f"{ID_ZHANG}、{ID_LI}、{ID_WANG}"
    assert cells["联系电话"] == "13812345678、、13987654321"  # 李桂兰 gave none: her place empty
    assert cells["住址"] == "青河村三组18号、青河村二组3号、青河村一组7号"
    headers, row = _exported(tmp_path / "masked.xlsx", admin, unmasked=False)
    cells = dict(zip(headers, row, strict=True))
    assert cells["联系电话"] == "138****5678、、139****4321"
    assert ID_LI not in cells["身份证号"] and cells["身份证号"].count("、") == 2


def _reimport(tmp_path, admin, headers, row, **changed):
    cells = dict(zip(headers, row, strict=True))
    cells.update({"信访编号": None, "记录号": None, "登记日期": "2026-03-02", **changed})
    book = openpyxl.Workbook()
    book.active.append(headers)
    book.active.append([cells[h] for h in headers])
    path = tmp_path / "again.xlsx"
    book.save(path)
    return xlsx.import_file(petitions.SPEC, path, admin)


def test_import_reads_every_petitioner_back(joint, admin, tmp_path):
    headers, row = _exported(tmp_path / "full.xlsx", admin, unmasked=True)
    report = _reimport(tmp_path, admin, headers, row)
    assert report.imported == 1, report.problems
    people = [
        {key: p.get(key) or "" for key in ("name", "id_number", "phone", "address")}
        for p in (
            {k: getattr(person, k) for k in ("name", "id_number", "phone", "address")}
            for person in _petitioners_of(report.ids[0])
        )
    ]
    assert people == [{"phone": "", **p} | {k: v for k, v in p.items()} for p in PEOPLE]


def test_a_column_not_matching_the_names_is_refused(joint, admin, tmp_path):
    headers, row = _exported(tmp_path / "full.xlsx", admin, unmasked=True)
    report = _reimport(tmp_path, admin, headers, row, 联系电话="13812345678、13987654321")
    assert report.imported == 0
    assert "“联系电话”一格有 2 项，信访人有 3 人" in report.problems[0].reason
    # a single value (a sheet filled by hand) is the first petitioner's, as before
    report = _reimport(tmp_path, admin, headers, row, 联系电话="13812345678")
    assert report.imported == 1, report.problems
    phones = [p.phone for p in _petitioners_of(report.ids[0])]
    assert phones == ["13812345678", "", ""]


def test_an_update_leaves_every_petitioner_as_exported(joint, admin, tmp_path):
    """import --update of the export, masked or not: the joint columns are no change."""
    for unmasked in (False, True):
        path = tmp_path / f"update-{unmasked}.xlsx"
        xlsx.export(petitions.SPEC, path, admin, unmasked=unmasked)
        report = xlsx.import_file(petitions.SPEC, path, admin, on_match="update")
        assert report.ok and not report.updated and report.unchanged == 1, report.problems
    phones = [p.phone for p in _petitioners_of(joint.id)]
    assert phones == ["13812345678", "", "13987654321"]
