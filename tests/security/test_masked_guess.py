"""A clerk who sees 身份证号 and 联系电话 masked (110101********2318, 138****5678) learns nothing
more from an import --update of his own export: a full value typed over the mask is refused the
same whether it is the stored one or not. The right guess was taken as “与已有记录相同、未改”
and a wrong one refused, so trying birth dates row by row (a dry run writes nothing) told the
hidden digits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from officedesk.core import petitions
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.idcard import make_id
from officedesk.exchange import xlsx

CLERK = Actor(username="clerk1", role="clerk", clearance=1, display_name="科员甲")
ID_NUMBER = make_id("110101", dt.date(1968, 3, 7), 231)
WRONG_ID = make_id("110101", dt.date(1971, 5, 10), 231)  # another birth date, the same mask
PHONE, WRONG_PHONE = "13812345678", "13898765678"


@pytest.fixture
def petition(db, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    return petitions.register_petition(
        {"registered_on": "2026-03-02", "form": "来访", "name": "张建国", "id_number": ID_NUMBER,
         "phone": PHONE, "address": "北京市东城区和平里街道12号", "category": "征地拆迁",
         "content": "反映青河村土地征收补偿款至今未足额发放。", "region": "青河镇人民政府"},
        None, CLI_ACTOR)


def _tried(tmp_path: Path, label: str, value: str) -> tuple[bool, list[str], str]:
    path = tmp_path / f"{label}-{value}.xlsx"
    xlsx.export(petitions.SPEC, path, CLERK)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    cell = sheet.cell(2, [c.value for c in sheet[1]].index(label) + 1)
    assert "*" in str(cell.value)  # the clerk's export shows it masked
    cell.value = value
    book.save(path)
    report = xlsx.import_file(petitions.SPEC, path, CLERK, dry_run=True, on_match="update")
    return report.ok, [p.reason.replace(value, "…") for p in report.problems], \
        report.summary().replace(value, "…")


@pytest.mark.parametrize(("label", "right", "wrong"), [
    ("身份证号", ID_NUMBER, WRONG_ID),
    ("联系电话", PHONE, WRONG_PHONE),
])
def test_a_guess_typed_over_the_mask_is_not_confirmed(petition, tmp_path, label, right, wrong):
    told_right = _tried(tmp_path, label, right)
    told_wrong = _tried(tmp_path, label, wrong)
    assert told_right == told_wrong
    assert not told_right[0]  # refused: he may not correct what he may not see
    stored = petitions.petitioners_of(petition.id, CLI_ACTOR)[0]
    assert (stored.id_number, stored.phone) == (ID_NUMBER, PHONE)
