"""A 督查 export carries each task's 反馈 history on a sheet to read, 「反馈记录」 (a task came back
with its last 进度 only): one row per 反馈, of the items the actor may see; import ignores the
sheet and takes the workbook as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from officedesk.core import records
from officedesk.core.actor import Actor
from officedesk.core.supervision import items as sv_items
from officedesk.exchange import xlsx
from officedesk.exchange.report import MATCH_UPDATE
from officedesk.store.supervision import SupervisionItem, SupervisionReport, SupervisionTask
from tests.exchange.test_supervision_tasks import (  # noqa: F401 - the module's fixtures
    sv_copy,
    sv_office,
)

SHEET = "反馈记录"
HEADER = ("督查编号", "任务序号", "牵头单位", "反馈日期", "进度", "进展情况", "存在困难", "下一步措施", "填报人")


@pytest.fixture
def office(sv_office, sv_copy) -> Path:  # noqa: F811
    """The exported office open as it was exported; its folder."""
    return sv_office


def _sheet(path: Path, name: str = SHEET) -> list[tuple[object, ...]]:
    return list(load_workbook(path, read_only=True)[name].iter_rows(values_only=True))


def _stored_reports(items: list[SupervisionItem]) -> set[tuple[object, ...]]:
    reports = (SupervisionReport.select(SupervisionReport, SupervisionTask).join(SupervisionTask)
               .where(SupervisionTask.item.in_([item.id for item in items])))
    numbers = {item.id: item.number for item in items}
    return {(numbers[r.task.item_id], r.task.seq, r.task.lead_unit, r.report_date, r.percent,
             r.progress_text, r.difficulties or None, r.next_steps or None, r.created_by)
            for r in reports}


def _read(row: tuple[object, ...]) -> tuple[object, ...]:
    day = row[3]
    return (*row[:3], day.date() if hasattr(day, "date") else day, *row[4:])


def test_the_export_has_each_report_to_read(office):
    rows = _sheet(office / "supervision.xlsx")
    assert rows[0] == HEADER
    expected = _stored_reports(list(SupervisionItem.select()))
    assert len(expected) > 3  # the demo's and the test's own 反馈
    assert len(rows) - 1 == len(expected) and {_read(r) for r in rows[1:]} == expected


def test_the_workbook_with_its_reports_imports_as_before(office, admin, tmp_path):
    report = xlsx.import_file(sv_items.SPEC, office / "supervision.xlsx", admin, on_match=MATCH_UPDATE)
    assert report.ok and report.updated == [], [str(p) for p in report.problems]
    assert SHEET not in report.summary()
    trial = xlsx.import_file(sv_items.SPEC, office / "supervision.xlsx", admin, on_match=MATCH_UPDATE,
                             dry_run=True)
    assert trial.ok, [str(p) for p in trial.problems]


def test_a_clerk_without_clearance_exports_no_report_of_a_classified_item(office, tmp_path):
    secret = (SupervisionItem.select().join(SupervisionTask).join(SupervisionReport)
              .order_by(SupervisionItem.id).first())
    SupervisionItem.update(secrecy="秘密").where(SupervisionItem.id == secret.id).execute()
    clerk = Actor(username="clerk", role="clerk", clearance=0, display_name="科员")
    path = tmp_path / "clerk.xlsx"
    xlsx.export(sv_items.SPEC, path, clerk)
    rows = _sheet(path)[1:]
    assert rows and secret.number not in {row[0] for row in rows}
    seen = list(SupervisionItem.select().where(SupervisionItem.id.in_(records.list_ids(sv_items.SPEC, clerk))))
    assert secret not in seen
    assert {_read(r) for r in rows} == _stored_reports(seen)


def test_a_sensitive_column_of_a_sheet_to_read_is_masked_as_the_records_are(office, admin, tmp_path):
    """A sheet to read beside the records' (ShownSheet) masks its sensitive columns unless the
    export is unmasked, as the records' own sheet does."""
    import dataclasses

    from officedesk.core.fields import MASK_PHONE, FieldSpec
    from officedesk.core.registry import ShownSheet

    phones = ShownSheet("联系电话", [FieldSpec("number", "督查编号"), FieldSpec("phone", "电话", sensitive=MASK_PHONE)],
                        lambda items: [[item.number, "13812345678"] for item in items])
    spec = dataclasses.replace(sv_items.SPEC, shown_sheets=(phones,))
    xlsx.export(spec, tmp_path / "masked.xlsx", admin)
    xlsx.export(spec, tmp_path / "unmasked.xlsx", admin, unmasked=True)
    masked, unmasked = _sheet(tmp_path / "masked.xlsx", "联系电话"), _sheet(tmp_path / "unmasked.xlsx", "联系电话")
    assert len(masked) == len(unmasked) == SupervisionItem.select().count() + 1
    assert {row[1] for row in unmasked[1:]} == {"13812345678"}
    assert {row[1] for row in masked[1:]} == {"138****5678"}
