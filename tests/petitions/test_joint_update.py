"""import --update of a joint letter (联名信) from its export: the petitioners' own columns list
one value per petitioner, joined by 、, and a correction of one place is split, checked and
written to that petitioner only, as a new row's lists are read; a masked place is kept as
stored, never written back."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from officedesk.core import petitions
from officedesk.core.idcard import make_id
from officedesk.core.petitions.registration import _petitioners_of
from officedesk.exchange import xlsx

from .conftest import ID_LI, ID_WANG, ID_ZHANG

PEOPLE = [
    {"name": "张建国", "gender": "男", "id_number": ID_ZHANG, "phone": "13812345678",
     "address": "青河村三组18号"},
    {"name": "李桂兰", "gender": "女", "id_number": ID_LI, "phone": "13700001111",
     "address": "青河村二组3号"},
    {"name": "王大山", "gender": "男", "id_number": ID_WANG, "phone": "13987654321",
     "address": "青河村一组7号"},
]
KEYS = ("name", "gender", "id_number", "phone", "address")


@pytest.fixture
def joint(register, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    return register(people_count=3, petitioners=[dict(p) for p in PEOPLE])


def _people(petition_id: int) -> list[dict[str, str]]:
    return [{k: getattr(p, k) or "" for k in KEYS} for p in _petitioners_of(petition_id)]


def _edited(tmp_path, actor, unmasked: bool, edit) -> tuple:
    """Export, let `edit` change the row's cells (label -> value), import --update."""
    path = tmp_path / "信访.xlsx"
    xlsx.export(petitions.SPEC, path, actor, unmasked=unmasked)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    cells = dict(zip(headers, [c.value for c in sheet[2]], strict=True))
    edit(cells)
    for index, header in enumerate(headers, start=1):
        sheet.cell(2, index).value = cells[header]
    book.save(path)
    return xlsx.import_file(petitions.SPEC, path, actor, on_match="update"), cells


def _place(cells: dict, label: str, index: int, value: str) -> None:
    places = cells[label].split("、")
    places[index] = value
    cells[label] = "、".join(places)


def test_a_gender_flipped_in_one_place(joint, admin, tmp_path):
    report, _ = _edited(tmp_path, admin, True, lambda c: _place(c, "性别", 2, "女"))
    assert report.ok and len(report.updated) == 1, report.problems
    assert [p["gender"] for p in _people(joint.id)] == ["男", "女", "女"]
    # the others and every other column as they were
    assert [p["id_number"] for p in _people(joint.id)] == [ID_ZHANG, ID_LI, ID_WANG]


def test_a_phone_changed_in_a_masked_export_keeps_the_masked_values(joint, admin, tmp_path):
    report, cells = _edited(tmp_path, admin, False, lambda c: _place(c, "联系电话", 1, "13911112222"))
    assert "****" in cells["身份证号"] and "****" in cells["联系电话"]  # masked as exported
    assert report.ok and len(report.updated) == 1, report.problems
    people = _people(joint.id)
    assert [p["phone"] for p in people] == ["13812345678", "13911112222", "13987654321"]
    assert [p["id_number"] for p in people] == [ID_ZHANG, ID_LI, ID_WANG]
    assert [p["address"] for p in people] == [p["address"] for p in PEOPLE]
    assert petitions.SPEC.model.get_by_id(joint.id).phone == "13812345678"  # the first's


def test_a_masked_place_edited_is_refused_naming_the_petitioner(joint, admin, tmp_path):
    report, _ = _edited(tmp_path, admin, False, lambda c: _place(c, "身份证号", 1, "320102********9999"))
    assert not report.ok and not report.updated
    problem = report.problems[0]
    assert problem.column == "身份证号"
    assert "第 2 位信访人（李桂兰）" in problem.reason and "遮盖" in problem.reason
    assert [p["id_number"] for p in _people(joint.id)] == [ID_ZHANG, ID_LI, ID_WANG]


def test_a_bad_value_names_row_column_and_petitioner(joint, admin, tmp_path):
    report, _ = _edited(tmp_path, admin, True, lambda c: _place(c, "性别", 1, "不详"))
    assert not report.ok and not report.updated
    problem = report.problems[0]
    assert (problem.row, problem.column) == (2, "性别")
    assert "第 2 位信访人（李桂兰）" in problem.reason
    report, _ = _edited(tmp_path, admin, True, lambda c: _place(c, "联系电话", 2, "1391111"))
    assert report.problems[0].column == "联系电话"
    assert "第 3 位信访人（王大山）" in report.problems[0].reason
    assert _people(joint.id) == PEOPLE


def test_lists_not_matching_the_names_are_refused(joint, admin, tmp_path):
    def drop_one_phone(cells):
        cells["联系电话"] = "、".join(cells["联系电话"].split("、")[:2])

    report, _ = _edited(tmp_path, admin, True, drop_one_phone)
    assert not report.ok and not report.updated
    assert report.problems[0].column == "联系电话"
    assert "“联系电话”一格有 2 项，信访人有 3 人" in report.problems[0].reason

    def one_phone(cells):  # the others' phones would be lost: not "the first one's" here
        cells["联系电话"] = "13812345678"

    report, _ = _edited(tmp_path, admin, True, one_phone)
    assert not report.ok and report.problems[0].column == "联系电话"
    assert "一格有 1 项，信访人有 3 人" in report.problems[0].reason
    assert _people(joint.id) == PEOPLE


def test_a_petitioner_removed_from_every_list(joint, admin, tmp_path):
    def drop_second(cells):
        for label in ("信访人", "性别", "身份证号", "联系电话", "住址"):
            places = cells[label].split("、")
            cells[label] = "、".join(places[:1] + places[2:])

    report, _ = _edited(tmp_path, admin, False, drop_second)  # masked: each kept by its name
    assert report.ok and len(report.updated) == 1, report.problems
    assert _people(joint.id) == [PEOPLE[0], PEOPLE[2]]


def test_a_clerk_who_may_not_see_personal_data(joint, admin, clerk, tmp_path):
    """Corrects the genders of a masked export; a phone is refused as personal data."""
    report, _ = _edited(tmp_path, clerk, False, lambda c: _place(c, "性别", 0, "女"))
    assert report.ok and len(report.updated) == 1, report.problems
    assert [p["gender"] for p in _people(joint.id)] == ["女", "女", "男"]
    assert [p["phone"] for p in _people(joint.id)] == [p["phone"] for p in PEOPLE]
    report, _ = _edited(tmp_path, clerk, False, lambda c: _place(c, "联系电话", 1, "13911112222"))
    assert not report.ok and report.problems[0].column == "联系电话"
    assert "个人信息" in report.problems[0].reason
    assert [p["phone"] for p in _people(joint.id)] == [p["phone"] for p in PEOPLE]


@pytest.mark.parametrize(("label", "place", "right", "wrong"), [
    ("联系电话", 1, "13700001111", "13700009111"),
    ("身份证号", 2, ID_WANG, make_id("410105", dt.date(1961, 4, 17), 113)),
])
def test_a_clerk_s_guess_over_a_place_s_mask_is_not_confirmed(joint, clerk, tmp_path, label, place,
                                                               right, wrong):
    """A full value typed over a masked place is refused the same whether it is the stored one
    or not (a right guess read as no change told the hidden digits)."""
    told = []
    for guess in (right, wrong):
        report, _ = _edited(tmp_path, clerk, False, lambda c, g=guess: _place(c, label, place, g))
        told.append((report.ok, [(p.column, p.reason.replace(guess, "…")) for p in report.problems]))
    assert told[0] == told[1] and not told[0][0], told
    assert _people(joint.id) == PEOPLE
